//! The hall list in the first view: the count of halls serving, the choice of order, a
//! card per center, then the station search when the data has stations. The same markup
//! as the full page's `components/hall_list.rs` and `components/station_search.rs`.

use super::card::card;
use super::writer::Markup;
use crate::engine::{Engine, HallStatus, ServingCount};
use crate::ui::i18n::serving_summary;
use crate::ui::listing::{in_order, listed_statuses, order_choices};
use crate::ui::state::AppState;
use crate::ui::stations::station_results;

/// Writes the list section, and the station search after it.
pub fn hall_list(m: &mut Markup, state: &AppState, statuses: &[HallStatus]) {
    let (lang, words, order) = (state.lang, state.lang.cards(), state.route.order);
    let centers = listed_statuses(&state.engine, statuses);
    m.open("section")
        .attr("aria-labelledby", "ph-halls-heading")
        .attr("class", "ph-halls")
        .close_start();
    let heading = state.embedding.heading(2);
    m.element(
        heading,
        &[("id", "ph-halls-heading")],
        lang.texts().halls_heading,
    );
    let summary = serving_summary(lang, ServingCount::of(&centers));
    m.element("p", &[("class", "ph-serving-summary")], &summary);
    m.open("div")
        .attr("role", "group")
        .attr("aria-label", words.order_label)
        .attr("class", "ph-order")
        .close_start();
    for (value, label) in order_choices(lang) {
        let pressed = if order == value { "true" } else { "false" };
        m.element(
            "button",
            &[
                ("type", "button"),
                ("aria-pressed", pressed),
                ("class", "ph-order-button"),
            ],
            label,
        );
    }
    m.end("div");
    m.open("ul").attr("class", "ph-hall-list").close_start();
    for status in in_order(&centers, order) {
        card(m, state, status);
    }
    m.end("ul").end("section");
    // A constant: with no station in the data, no station search in this build.
    if Engine::EMBEDDED_HAS_STATIONS {
        station_search(m, state, statuses);
    }
}

/// The search for village and community stations, with the cards it finds.
fn station_search(m: &mut Markup, state: &AppState, statuses: &[HallStatus]) {
    let Some(results) = station_results(state, statuses) else {
        return;
    };
    let words = state.lang.stations();
    m.open("section")
        .attr("aria-labelledby", "ph-stations-heading")
        .attr("class", "ph-stations")
        .close_start();
    let heading = state.embedding.heading(2);
    m.element(heading, &[("id", "ph-stations-heading")], words.heading);
    m.open("form")
        .attr("role", "search")
        .attr("class", "ph-station-search")
        .close_start();
    m.open("div").attr("class", "ph-field").close_start();
    m.element("label", &[("for", "ph-station-q")], words.label);
    m.open("input")
        .attr("id", "ph-station-q")
        .attr("type", "search")
        .attr("autocomplete", "off")
        .attr("aria-describedby", "ph-station-result")
        .attr("value", &state.route.station)
        .close_start();
    m.end("div").end("form");
    m.element(
        "p",
        &[
            ("id", "ph-station-result"),
            ("role", "status"),
            ("class", "ph-hint ph-station-result"),
        ],
        &results.line,
    );
    if !results.shown.is_empty() {
        m.open("ul")
            .attr("class", "ph-hall-list ph-station-list")
            .close_start();
        for status in results.shown {
            card(m, state, status);
        }
        m.end("ul");
    }
    m.end("section");
}
