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
mod list;
#[cfg(target_arch = "wasm32")]
mod live;
mod taps;
mod writer;

#[cfg(target_arch = "wasm32")]
pub use live::{Start, Widget};
pub use taps::{first_view_shows, respond, Response, Tap};
pub use writer::Markup;

use crate::ui::embedding::Layout;
use crate::ui::route::View;
use crate::ui::state::AppState;

/// The whole first view of `state` (the widget's root element and what it holds).
pub fn render(state: &AppState) -> String {
    let mut m = Markup::new();
    let (lang, texts, embedding) = (state.lang, state.lang.texts(), &state.embedding);
    let compact = embedding.layout == Layout::Compact;
    let kiosk = embedding.is_kiosk();
    let own = embedding.owns_document();
    let mut class = String::from("ph-app");
    if state.elderly {
        class.push_str(" ph-elderly");
    }
    if kiosk {
        class.push_str(" ph-kiosk");
    }
    m.open("div")
        .attr("lang", lang.tag())
        .attr("data-app", "first")
        .attr("data-handover", &state.route.to_query(lang))
        .attr_opt("data-problem", state.route.problem.as_deref())
        .attr_opt("data-elderly", state.elderly.then_some(""))
        .attr("data-source", state.data_source.as_str())
        .attr("class", &class)
        .close_start();
    if own {
        m.element(
            "a",
            &[("href", "#ph-main"), ("class", "ph-skip")],
            texts.skip_to_content,
        );
    }
    if !compact {
        chrome::header(&mut m, state);
    }
    chrome::clock_notice(&mut m, state);
    // A hall screen whose clock cannot be trusted shows the notice for the staff alone.
    if !(kiosk && state.clock_problem().is_some()) {
        if !compact {
            chrome::nav(&mut m, state);
        }
        match own {
            true => m.open("main").attr("id", "ph-main").attr("tabindex", "-1"),
            false => m.open("div"),
        };
        m.attr("class", "ph-main").close_start();
        let view = if compact {
            &View::Now
        } else {
            &state.route.view
        };
        match view {
            View::Now => list::hall_list(&mut m, state, &state.statuses()),
            _ => {
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
    // The announcer's live region: empty until a status changes on the live clock.
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
