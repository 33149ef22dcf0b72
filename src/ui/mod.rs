//! The visitor's page: Yew function components over the engine. The page asks the engine
//! every question; it never derives an hour or a rule itself.
//!
//! Laid out as Yew's examples are: `app` (the root), `components/` (one part per file),
//! `hooks` (reading the shared state; the clock, URL and storage effects), `state` (the one
//! reducer), `route` (the URL parameters) and `i18n/` (every word and format). The route,
//! the reducer and the words hold no browser type, so they build and are tested natively;
//! the rest exists only in the browser (wasm32).

pub mod i18n;
pub mod route;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
pub mod data_folder;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[cfg(target_arch = "wasm32")]
mod offline;

#[cfg(target_arch = "wasm32")]
pub use app::{App, AppProps};
pub use i18n::Lang;
pub use route::{HallOrder, Route, View};

/// The id of the element the widget mounts into; the whole body is used when it is absent,
/// so a bare page still shows the widget.
#[cfg(target_arch = "wasm32")]
const ROOT_ID: &str = "pinggu-hours";

/// Mounts the widget into `#pinggu-hours` (or the body) with the data compiled in.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id(ROOT_ID)
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        // Whatever the page held before (the no-script notice) is replaced by the widget.
        root.set_text_content(None);
        let props = AppProps {
            route: None,
            lang: None,
            sync_url: true,
            now: None,
            engine: None,
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
