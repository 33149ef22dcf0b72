//! The visitor's page: Yew function components over the engine. The page asks the engine
//! every question; it never derives an hour or a rule itself.

mod announcer;
mod app;
mod booking_helper;
mod booking_rules;
mod download;
mod effects;
mod hall_card;
mod hall_detail;
mod hall_list;
mod header;
mod i18n;
mod matter_detail;
mod matter_finder;
mod matter_level;
mod matter_link;
mod matter_list;
mod matter_search;
mod nav;
mod planner;
mod route;
mod span_list;
mod special_days;
mod state;
mod toolbar;
mod view_link;
mod week_table;

pub use app::{App, AppContext, AppProps};
pub use i18n::Lang;
pub use route::{Route, View};
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
        // Whatever the page held before (the no-script notice) is replaced by the widget.
        root.set_text_content(None);
        let props = AppProps {
            route: None,
            lang: None,
            sync_url: true,
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
