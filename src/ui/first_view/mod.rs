//! The first view as markup: what the page's first module shows until the full page takes
//! over (every hall's status now, the banner, the section links), written as text from the
//! state and set in one assignment. The first module links no Yew: Yew's runtime and the
//! components' render code were over half its bytes, for a view it renders once a minute.
//! The markup is the full page's for the same state, element for element, so the handover
//! moves nothing on screen: `tests/browser_first_view.rs` renders both for a table of
//! states and compares them. Every fact is the engine's and every word the i18n tables',
//! through the same functions the Yew components call (`card_lines.rs`, `listing.rs`,
//! `stations.rs`, `state/derived.rs`).

mod card;
mod chrome;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod focus;
mod list;
#[cfg(target_arch = "wasm32")]
mod live;
mod taps;
mod writer;

#[cfg(target_arch = "wasm32")]
pub use live::{Start, Widget};
pub use taps::{first_view_shows, respond, Response, Tap};
pub use writer::Markup;

use crate::engine::HallStatus;
use crate::ui::embedding::Layout;
use crate::ui::state::AppState;

/// The whole first view of `state` (the widget's root element and what it holds), with
/// `statuses` its [`AppState::statuses`] (asked once by a redraw, which also announces them).
pub fn render(state: &AppState, statuses: &[HallStatus]) -> String {
    let mut m = Markup::new();
    let (lang, texts, embedding) = (state.lang, state.lang.texts(), &state.embedding);
    let compact = embedding.layout == Layout::Compact;
    let own = embedding.owns_document();
    m.open("div")
        .attr("lang", lang.tag())
        .attr("data-app", "first")
        .attr("data-handover", &state.handover_query())
        .attr_opt("data-problem", state.route.problem.as_deref())
        .attr_opt("data-elderly", state.elderly.then_some(""))
        .attr("data-source", state.data_source.as_str())
        .attr("class", &state.root_class())
        .close_start();
    if own {
        let skip = [("href", "#ph-main"), ("class", "ph-skip")];
        m.element("a", &skip, texts.skip_to_content);
    }
    if !compact {
        chrome::header(&mut m, state);
    }
    chrome::clock_notice(&mut m, state);
    if state.shows_views() {
        if !compact {
            chrome::nav(&mut m, state);
        }
        match own {
            true => m.open("main").attr("id", "ph-main").attr("tabindex", "-1"),
            false => m.open("div"),
        };
        m.attr("class", "ph-main").close_start();
        match first_view_shows(state.shown_view()) {
            true => list::hall_list(&mut m, state, statuses),
            false => {
                let attrs = [
                    ("role", "status"),
                    ("aria-busy", "true"),
                    ("class", "ph-loading"),
                ];
                m.element("p", &attrs, texts.loading_view);
            }
        }
        m.end(if own { "main" } else { "div" });
    }
    // The announcer's live region, written empty: the first module keeps the one on the
    // page across redraws and puts its words in (`live.rs`).
    let live = [
        ("role", "status"),
        ("aria-live", "polite"),
        ("class", "ph-sr-only"),
    ];
    m.element("div", &live, "");
    m.end("div");
    m.finish()
}

#[cfg(test)]
mod tests;
