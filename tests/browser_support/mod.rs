//! What every browser test needs: mount the page, let Yew render, and read the DOM.
#![allow(dead_code)]

use std::time::Duration;

use chrono::NaiveDateTime;
use pinggu_hours::engine::parse_at;
use pinggu_hours::ui::{App, AppProps, Lang, Route, View};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// A Beijing wall time written as the page writes it (`2026-11-25T09:00`).
pub fn beijing(text: &str) -> NaiveDateTime {
    parse_at(text).unwrap()
}

/// "Now" for the tests that do not ask about it: Wednesday 25 November 2026, 09:00. Every
/// test gives the page its "now", so no outcome depends on the day the tests run.
pub fn test_now() -> Option<NaiveDateTime> {
    Some(beijing("2026-11-25T09:00"))
}

/// The page on `view` at the chosen Beijing moment `at`, in `lang`, with the tests' "now"
/// and no URL of its own.
pub fn page_at(view: View, at: &str, lang: Lang) -> AppProps {
    AppProps {
        route: Some(Route {
            view,
            at: Some(beijing(at)),
            ..Route::default()
        }),
        lang: Some(lang),
        sync_url: false,
        now: test_now(),
        ..AppProps::default()
    }
}

/// Mounts the page into a fresh element and waits until its first status is on screen.
pub async fn mount(props: AppProps) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    for _ in 0..50 {
        if root.query_selector("[data-ready]").unwrap().is_some() {
            break;
        }
        settle().await;
    }
    root
}

/// Waits (up to 10 s) until an element matching `selector` is under `root`: for what comes
/// after the first render (a data folder fetched). A test fails if it never comes.
pub async fn wait_for(root: &Element, selector: &str) -> Element {
    for _ in 0..500 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found;
        }
        settle().await;
    }
    panic!("{selector} never appeared")
}

/// Lets Yew render what was just dispatched.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// The first element matching `selector`; a test fails if there is none.
pub fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} missing"))
}

/// Every element matching `selector`, in document order.
pub fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

/// The text of the first element matching `selector`.
pub fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap()
}

/// An attribute of the first element matching `selector`, if both exist.
pub fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
}
