//! What the page reads from the browser at start and keeps there, with no framework: the
//! device clock, the visitor's remembered choices, and the route a widget starts at. Both
//! modules use it: the full page through its hooks (`hooks.rs`), the first module directly
//! (`first.rs`), which links no Yew.

use chrono::NaiveDateTime;

use super::embedding::{host_query_with, route_in_host_query, Embedding, Mode};
use super::i18n::Lang;
use super::route::Route;
use crate::engine::beijing_from_unix_millis;

const LANG_KEY: &str = "pinggu-hours.lang";
const ELDERLY_KEY: &str = "pinggu-hours.elderly";

/// The Beijing wall time now, from the device's UTC clock (its time zone is ignored).
/// `None` when the clock reads a time chrono cannot represent (a device set past the year
/// 262142): the page then says so rather than showing a wrong date.
pub fn beijing_now() -> Option<NaiveDateTime> {
    beijing_from_unix_millis(js_sys::Date::now())
}

/// The page's query (`?lang=en&view=plan`), or empty.
pub fn page_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language and elderly mode chosen on this device before, if any, where `embedding`
/// remembers choices: a host page's storage is the host's, and a hall screen's last visitor
/// is not the next.
pub fn stored_prefs(embedding: &Embedding) -> (Option<Lang>, bool) {
    let storage = storage().filter(|_| embedding.remembers_choices());
    let Some(storage) = storage else {
        return (None, false);
    };
    let lang = storage
        .get_item(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::parse(&code));
    let elderly = storage.get_item(ELDERLY_KEY).ok().flatten().as_deref() == Some("1");
    (lang, elderly)
}

/// Remembers the visitor's language and elderly mode on the device, where `embedding`
/// remembers choices ([`Embedding::remembers_choices`]).
pub fn store_prefs(embedding: &Embedding, lang: Lang, elderly: bool) {
    if let Some(storage) = storage().filter(|_| embedding.remembers_choices()) {
        let _ = storage.set_item(LANG_KEY, lang.code());
        let _ = storage.set_item(ELDERLY_KEY, if elderly { "1" } else { "0" });
    }
}

/// The route a widget starts at: the page's URL, a host's opted-in parameters, or (an
/// element that keeps its state to itself) the default view.
pub fn start_route(embedding: &Embedding) -> Route {
    let search = page_query();
    match (embedding.mode, &embedding.url_prefix) {
        (Mode::Element, Some(prefix)) => route_in_host_query(&search, prefix),
        (Mode::Element, None) => Route::default(),
        (Mode::Page | Mode::Frame | Mode::Kiosk, _) => Route::parse(&search),
    }
}

/// Writes `query` (from [`Route::to_query`]) into the page's address: a new history entry
/// for a new view, the same entry for a refinement of the one shown.
pub fn sync_url(query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let current = location.search().unwrap_or_default();
    if current == query {
        return;
    }
    let url = format!("{}{query}", location.pathname().unwrap_or_default());
    if let Ok(history) = window.history() {
        let null = wasm_bindgen::JsValue::NULL;
        let _ = if Route::parse(&current).view == Route::parse(query).view {
            history.replace_state_with_url(&null, "", Some(&url))
        } else {
            history.push_state_with_url(&null, "", Some(&url))
        };
    }
}

/// Names the browser tab in `lang`, on the project's own page only (a host's title is the
/// host's).
pub fn set_document_title(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let standalone = document
        .body()
        .is_some_and(|body| body.class_name().split(' ').any(|c| c == "ph-page"));
    if standalone {
        document.set_title(lang.texts().document_title);
    }
}

/// Writes `query` (from [`Route::to_query`]) into the host page's URL under the host's
/// `prefix` (`url-state="ph"` gives `?ph-view=plan`), beside every parameter and the `#hash`
/// the host has, replacing the entry so the host's history gains nothing.
pub fn mirror_to_host(prefix: &str, query: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let next = host_query_with(&search, prefix, query);
    if next == search {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        // The host's own history state is kept as it was.
        let kept = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let url = format!("{path}{next}{hash}");
        let _ = history.replace_state_with_url(&kept, "", Some(&url));
    }
}
