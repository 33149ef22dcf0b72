//! Offline use of the full page: registers the service worker that `tools/service-worker.mjs`
//! writes for each release build (`sw.js` beside index.html), once the first status is on
//! screen, so the worker never delays it. Not on pages that embed the widget: their origin and
//! URL belong to the host.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsValue;

/// Starts the registration and returns at once. Where service workers cannot run (a `file://`
/// page such as the one-file copy, a plain-http origin, an old browser) or the build has no
/// `sw.js` (a debug build), the page simply stays online-only: nothing is thrown.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let supported = window.is_secure_context()
        && js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !supported {
        return;
    }
    if let Some(performance) = window.performance() {
        let _ = performance.mark("service-worker-register");
    }
    // A refused registration changes nothing on the page; it is caught so that it does not
    // surface as an unhandled rejection.
    // The closure lives as long as the page (one per page load).
    let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
    let _ = navigator.service_worker().register("sw.js").catch(&ignore);
    ignore.forget();
}
