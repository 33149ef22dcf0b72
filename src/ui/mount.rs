//! Starting the widget: on the project's page (`#pinggu-hours`, also in its iframe mode) and
//! in each `<pinggu-hours>` element of a host page. The loader (`static/embed/loader.js`)
//! starts the first module and mounts its widgets, then mounts the full page off screen with
//! the visitor's state ([`Handover`]) and swaps it in once its first status is rendered.

use std::rc::Rc;

use web_sys::Element;
use yew::AppHandle;

use super::app::{App, AppProps};
use super::embedding::{query_value, Embedding};
use super::i18n::Lang;
use super::route::Route;
use crate::engine::parse_at;

/// Where the visitor is when the full page takes over from the first module: the route as
/// the first module wrote it (`data-handover`) and its elderly mode (`data-elderly`).
pub struct Handover {
    pub route: Route,
    pub elderly: bool,
}

impl Handover {
    /// Reads what the loader passes on; `None` when the full page starts on its own.
    /// `problem` is the parameter the first module could not understand (`data-problem`),
    /// which the route's query no longer holds but the page still names.
    pub fn new(query: Option<String>, problem: Option<String>, elderly: bool) -> Option<Self> {
        let mut route = Route::parse(&query?);
        route.problem = problem;
        Some(Handover { route, elderly })
    }

    fn apply(self, props: &mut AppProps) {
        props.lang = self.route.lang.or(props.lang);
        props.route = Some(self.route);
        props.elderly = Some(self.elderly);
    }
}

/// Mounts the project's page into `root` (`#pinggu-hours`, or the loader's off-screen copy
/// of it), replacing what it held (the no-script notice). With `ready`, the page calls it
/// once its first status is rendered instead of marking `hours-ready`: the loader then puts
/// the copy in place of the first view in one step, so that no frame shows neither (Yew may
/// yield to the browser in the middle of a first render).
pub fn mount_page(
    root: Element,
    handover: Option<Handover>,
    ready: Option<js_sys::Function>,
) -> AppHandle<App> {
    let search = super::device::page_query();
    // Whatever the page held before (the hours the build wrote in, tools/prerender.mjs) is
    // replaced by the widget. Emptied here, the root is filled by the first render in this
    // same task (Yew renders in a microtask), so the browser never paints it empty.
    root.set_text_content(None);
    let mut props = AppProps {
        embedding: Rc::new(Embedding::from_page_query(&search)),
        data_url: query_value(&search, "data").filter(|d| !d.is_empty()),
        ..AppProps::default()
    };
    if let Some(handover) = handover {
        handover.apply(&mut props);
    }
    props.ready = ready;
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}

/// Mounts one widget into `root` (inside the shadow root of `host`, a `<pinggu-hours>`
/// element), configured by `host`'s attributes; `page_url` is the full page's address;
/// `handover` and `ready` as for [`mount_page`].
pub fn mount_element(
    host: Element,
    root: Element,
    page_url: &str,
    handover: Option<Handover>,
    ready: Option<js_sys::Function>,
) -> AppHandle<App> {
    let attribute = |name: &str| host.get_attribute(name);
    let embedding = Embedding::from_attributes(attribute, page_url);
    let mut props = AppProps {
        lang: attribute("lang").and_then(|code| Lang::parse(&code)),
        sync_url: false,
        now: attribute("at").and_then(|at| parse_at(at.trim()).ok()),
        embedding: Rc::new(embedding),
        data_url: attribute("data").filter(|d| !d.trim().is_empty()),
        host: Some(host),
        ..AppProps::default()
    };
    if let Some(handover) = handover {
        handover.apply(&mut props);
    }
    props.ready = ready;
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}
