//! The widget's state in a host page's URL, only when the host opts in (`url-state="ph"`):
//! under its own prefix (`?ph-view=plan`), beside every parameter and the `#hash` the host
//! already has, replacing the entry so the host's history gains nothing.

use yew::prelude::*;

use super::app::AppContext;
use super::embedding::host_query_with;

/// Mirrors the route into the host URL's `prefix-` parameters when the host asked for it;
/// does nothing otherwise (and never on the project's own page, which has its own sync).
#[hook]
pub fn use_host_url(state: &AppContext) {
    let prefix = state.embedding.url_prefix.clone();
    let query = state.route.to_query(state.lang);
    use_effect_with((query, prefix), |(query, prefix)| {
        let (Some(prefix), Some(window)) = (prefix, web_sys::window()) else {
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
    });
}
