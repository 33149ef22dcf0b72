//! The widget's state in a host page's URL, only when the host opts in (`url-state="ph"`):
//! under its own prefix (`?ph-view=plan`), beside every parameter and the `#hash` the host
//! already has, replacing the entry so the host's history gains nothing.

use yew::prelude::*;

use super::app::AppContext;
use super::device::mirror_to_host;

/// Mirrors the route into the host URL's `prefix-` parameters when the host asked for it;
/// does nothing otherwise (and never on the project's own page, which has its own sync).
#[hook]
pub fn use_host_url(state: &AppContext) {
    let prefix = state.embedding.url_prefix.clone();
    let query = state.route.to_query(state.lang);
    use_effect_with((query, prefix), |(query, prefix)| {
        if let Some(prefix) = prefix {
            mirror_to_host(prefix, query);
        }
    });
}
