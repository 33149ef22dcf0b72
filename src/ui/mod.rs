//! The visitor's page: Yew function components over the engine. The page asks the engine
//! every question; it never derives an hour or a rule itself.

mod app;
mod hall_card;
mod hall_list;
mod i18n;
mod state;

pub use app::{App, AppProps};
pub use i18n::Lang;
pub use state::{Action, AppState};

/// The id of the element the widget mounts into; the whole body is used when it is absent,
/// so a bare page still shows the widget.
pub const ROOT_ID: &str = "pinggu-hours";

/// Mounts the widget into `#pinggu-hours` (or the body) with the data compiled in.
pub fn mount() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document
        .get_element_by_id(ROOT_ID)
        .or_else(|| document.body().map(Into::into));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root(root).render();
    }
}
