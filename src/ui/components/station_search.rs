//! Village and community service stations (Article 8), found by name under the centers'
//! cards: with hundreds of stations in the data, a card each would bury the centers and
//! slow the first view, so a resident types part of their village's name and gets their
//! station's card. The text lives in the route (`?station=`), so a reload, a shared link
//! or the full page taking over keeps it. Hidden when the data has no station, on a page
//! showing one hall, in the compact layout (the cards only), and on a hall screen, which
//! has no keyboard.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::hall_card::HallCard;
use crate::engine::{HallLevel, HallStatus};
use crate::ui::embedding::Layout;
use crate::ui::hooks::{use_app, use_statuses};
use crate::ui::i18n::{stations_found, stations_hint};
use crate::ui::state::Action;

/// At most this many station cards at once: one or two characters can match dozens.
const SHOWN: usize = 12;

#[function_component(StationSearch)]
pub fn station_search() -> Html {
    let statuses = use_statuses();
    let Some(state) = use_app() else {
        return html! {};
    };
    let engine = &state.engine;
    let is_station = |s: &&HallStatus| {
        let hall = engine.halls().get(s.hall);
        hall.is_some_and(|h| h.level == HallLevel::Station)
    };
    let stations = statuses.iter().filter(is_station).count();
    // A page showing one hall (an embedder's `hall`) has nothing to search, and the compact
    // layout is the status cards only.
    let compact = state.embedding.layout == Layout::Compact;
    if stations == 0 || statuses.len() == 1 || compact || state.embedding.is_kiosk() {
        return html! {};
    }
    let (lang, words) = (state.lang, state.lang.stations());
    let text = state.route.station.clone();
    let found = engine.find_stations(&text);
    let shown: Vec<&HallStatus> = statuses
        .iter()
        .filter(|s| found.binary_search(&s.hall).is_ok())
        .take(SHOWN)
        .collect();
    let line = match (text.trim().is_empty(), found.len()) {
        (true, _) => stations_hint(lang, stations),
        (false, 0) => format!("{}{}{}", words.none.0, text.trim(), words.none.1),
        (false, n) => stations_found(lang, n, shown.len()),
    };
    let oninput = {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            state.dispatch(Action::SetStationQuery(value));
        })
    };
    html! {
        <section class="ph-stations" aria-labelledby="ph-stations-heading">
            <@{state.embedding.heading(2)} id="ph-stations-heading">{ words.heading }</@>
            <form class="ph-station-search" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="ph-field">
                    <label for="ph-station-q">{ words.label }</label>
                    <input id="ph-station-q" type="search" autocomplete="off"
                        aria-describedby="ph-station-result" value={text} {oninput} />
                </div>
            </form>
            <p id="ph-station-result" class="ph-hint ph-station-result" role="status">{ line }</p>
            if !shown.is_empty() {
                <ul class="ph-hall-list ph-station-list">
                    { for shown.into_iter().map(|status| html! {
                        <HallCard key={status.hall.to_string()} status={*status} />
                    }) }
                </ul>
            }
        </section>
    }
}
