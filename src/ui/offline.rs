//! Offline use of the full page: registers the service worker that `tools/service-worker.mjs`
//! writes for each release build (`sw.js` beside index.html), once the first status is on
//! screen, so the worker never delays it. Not on pages that embed the widget: their origin and
//! URL belong to the host.

/// Starts the registration and returns at once; a browser without service workers, a `file://`
/// page or a build without `sw.js` (a debug build) simply stays online-only.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(performance) = window.performance() {
        let _ = performance.mark("service-worker-register");
    }
    let container = window.navigator().service_worker();
    // The promise's outcome changes nothing on the page; a failure leaves it online-only.
    let _ = container.register("sw.js");
}
