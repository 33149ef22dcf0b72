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
use crate::ui::hooks::{use_app, use_statuses};
use crate::ui::state::Action;
use crate::ui::stations::station_results;

#[function_component(StationSearch)]
pub fn station_search() -> Html {
    let statuses = use_statuses();
    let Some(state) = use_app() else {
        return html! {};
    };
    let Some(results) = station_results(&state, &statuses) else {
        return html! {};
    };
    let (words, text, line) = (
        state.lang.stations(),
        state.route.station.clone(),
        results.line,
    );
    let shown = results.shown;
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
