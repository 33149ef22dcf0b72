//! The first module: the smallest build of the page that answers "is it open now?" (every
//! hall's status, the banner, the section links). It links no Yew: the view is written as
//! markup from the page's state (`ui/first_view/`) and set in one step, then drawn again
//! when the minute or the visitor's choice changes. Trunk builds it as the page's main
//! module; the loader (static/embed/loader.js) joins its glue into embed.js, mounts its
//! widgets, and later hands each one over to the full page (src/main.rs), which draws the
//! same markup for the same state.

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::rc::Rc;

    use pinggu_hours::engine::parse_at;
    use pinggu_hours::ui::device::page_query;
    use pinggu_hours::ui::embedding::Embedding;
    use pinggu_hours::ui::first_view::{Start, Widget};
    use pinggu_hours::ui::i18n::Lang;
    use wasm_bindgen::prelude::wasm_bindgen;
    use wasm_bindgen::JsValue;
    use web_sys::Element;

    /// A widget of the first module, kept by the loader until the full page takes over.
    #[wasm_bindgen]
    pub struct FirstView(Rc<Widget>);

    #[wasm_bindgen]
    impl FirstView {
        /// Stops the widget (its clock, its listeners) once the full page has replaced it.
        pub fn destroy(self) {
            self.0.stop();
        }
    }

    /// Shows the first view of the project's page in `root`, an off-screen copy of
    /// `#pinggu-hours`, and calls `ready` once it holds the first status.
    #[wasm_bindgen]
    pub fn first_page(root: Element, ready: js_sys::Function) -> FirstView {
        let embedding = Embedding::from_page_query(&page_query());
        let own_page = embedding.owns_document();
        let widget = Widget::start(
            root,
            Start {
                embedding,
                lang: None,
                now: None,
            },
        );
        let _ = ready.call0(&JsValue::NULL);
        // The offline cache belongs to the project's own origin, and waits for the status.
        if own_page {
            pinggu_hours::ui::offline::register_service_worker();
        }
        FirstView(widget)
    }

    /// Shows the first view of a `<pinggu-hours>` element `host` in `root` (in its shadow
    /// root); `page_url` is the full page's address.
    #[wasm_bindgen]
    pub fn first_element(host: Element, root: Element, page_url: String) -> FirstView {
        let attribute = |name: &str| host.get_attribute(name);
        let start = Start {
            embedding: Embedding::from_attributes(attribute, &page_url),
            lang: attribute("lang").and_then(|code| Lang::parse(&code)),
            now: attribute("at").and_then(|at| parse_at(at.trim()).ok()),
        };
        let widget = Widget::start(root, start);
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("hours-ready");
        }
        let _ = host.set_attribute("data-ready", "");
        FirstView(widget)
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
