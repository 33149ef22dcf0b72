//! The full page (planner, matter finder, hall page, booking helper): Trunk builds this
//! binary for wasm32 as a second module, `app.js` with `app_bg.wasm`. The loader brings it in
//! after the first module's first status (static/embed/loader.js) and mounts it off screen
//! with the visitor's state, then swaps it in; the one-file page mounts it directly.

#[cfg(target_arch = "wasm32")]
mod exports {
    use pinggu_hours::ui::Handover;
    use wasm_bindgen::prelude::wasm_bindgen;
    use web_sys::Element;

    /// Mounts the full page into `root`. With `handover` (the first module's `data-handover`,
    /// `data-problem` and `data-elderly`) and `ready`, it starts where the visitor is and
    /// calls `ready` once rendered.
    #[wasm_bindgen]
    pub fn mount_page(
        root: Element,
        handover: Option<String>,
        problem: Option<String>,
        elderly: bool,
        ready: Option<js_sys::Function>,
    ) {
        let handover = Handover::new(handover, problem, elderly);
        // The page lives as long as the document: its handle is not kept.
        let _ = pinggu_hours::ui::mount_page(root, handover, ready);
    }

    /// Mounts the full widget of a `<pinggu-hours>` element `host` into `root` (in its
    /// shadow root); `page_url` is the full page's address, the rest as for [`mount_page`].
    #[wasm_bindgen]
    pub fn mount_element(
        host: Element,
        root: Element,
        page_url: String,
        handover: Option<String>,
        problem: Option<String>,
        elderly: bool,
        ready: Option<js_sys::Function>,
    ) {
        let handover = Handover::new(handover, problem, elderly);
        let _ = pinggu_hours::ui::mount_element(host, root, &page_url, handover, ready);
    }
}

/// The loader calls the exports; starting the module mounts nothing by itself.
#[cfg(target_arch = "wasm32")]
fn main() {}

/// Natively there is no page to show; point at the commands that are useful here.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the page is built for wasm32: run `make serve`; for the command line, `cargo run --bin hours`");
    std::process::exit(2);
}
