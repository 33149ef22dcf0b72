//! Starting the widget: on the project's page (`#pinggu-hours`, also in its iframe mode) and
//! in each `<pinggu-hours>` element of a host page. The loader (`static/embed.js`) starts the
//! WebAssembly once per page and calls [`mount_element`] for every element.

use std::rc::Rc;

use web_sys::Element;

use super::app::{App, AppProps};
use super::embedding::{query_value, Embedding};
use super::i18n::Lang;
use crate::engine::parse_at;

/// The id of the element the project's page (`index.html`) mounts into.
const ROOT_ID: &str = "pinggu-hours";

/// Mounts the project's page into `#pinggu-hours`, if this document is that page; a host
/// page has no such element and is left alone (its widgets are mounted one by one).
pub fn mount_page() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        return;
    };
    let search = document
        .location()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    // Whatever the page held before (the hours the build wrote in, tools/prerender.mjs) is
    // replaced by the widget. Emptied here, the root is filled by the first render in this
    // same task (Yew renders in a microtask), so the browser never paints it empty.
    root.set_text_content(None);
    let props = AppProps {
        embedding: Rc::new(Embedding::from_page_query(&search)),
        data_url: query_value(&search, "data").filter(|d| !d.is_empty()),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// Mounts one widget into `root` (inside the shadow root of `host`, a `<pinggu-hours>`
/// element), configured by `host`'s attributes; `page_url` is the full page's address.
pub fn mount_element(host: Element, root: Element, page_url: &str) {
    let attribute = |name: &str| host.get_attribute(name);
    let embedding = Embedding::from_attributes(attribute, page_url);
    let props = AppProps {
        lang: attribute("lang").and_then(|code| Lang::parse(&code)),
        sync_url: false,
        now: attribute("at").and_then(|at| parse_at(at.trim()).ok()),
        embedding: Rc::new(embedding),
        data_url: attribute("data").filter(|d| !d.trim().is_empty()),
        host: Some(host),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
