//! The first module: the smallest build of the page that answers "is it open now?" (the
//! hall list with every hall's status). Trunk builds it as the page's main module; the
//! loader (static/embed/loader.js) joins its glue into embed.js, mounts its widgets, and
//! later hands each one over to the full page (src/main.rs).

#[cfg(target_arch = "wasm32")]
mod exports {
    use pinggu_hours::ui::{FirstViews, Widget};
    use wasm_bindgen::prelude::wasm_bindgen;
    use web_sys::Element;
    use yew::AppHandle;

    /// A widget of the first module, kept by the loader until the full page takes over.
    #[wasm_bindgen]
    pub struct FirstView(AppHandle<Widget<FirstViews>>);

    #[wasm_bindgen]
    impl FirstView {
        /// Stops the widget (its clock, its listeners) once the full page has replaced it.
        pub fn destroy(self) {
            self.0.destroy();
        }
    }

    /// Mounts the first view of the project's page into `root`, an off-screen copy of
    /// `#pinggu-hours`; `ready` is called once its first status is rendered.
    #[wasm_bindgen]
    pub fn first_page(root: Element, ready: js_sys::Function) -> FirstView {
        FirstView(pinggu_hours::ui::mount_page::<FirstViews>(
            root,
            None,
            Some(ready),
        ))
    }

    /// Mounts the first view of a `<pinggu-hours>` element `host` into `root` (in its
    /// shadow root); `page_url` is the full page's address.
    #[wasm_bindgen]
    pub fn first_element(host: Element, root: Element, page_url: String) -> FirstView {
        FirstView(pinggu_hours::ui::mount_element::<FirstViews>(
            host, root, &page_url, None, None,
        ))
    }
}

/// The loader calls the exports; starting the module mounts nothing by itself.
#[cfg(target_arch = "wasm32")]
fn main() {}

/// Natively there is no page to show.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("the page is built for wasm32: run `make serve`; for the command line, `cargo run --bin hours`");
    std::process::exit(2);
}
