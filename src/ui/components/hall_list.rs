//! The halls at a glance, at the moment shown: a one-line count of the halls serving, a
//! choice of order (the data's, or open halls first), then one card per center, and the
//! search for village and community stations when the data has any (`station_search.rs`,
//! passed in as children, so the first module links it only when its data has stations).

use yew::prelude::*;

use super::hall_card::HallCard;
use super::station_search::StationSearch;
use crate::engine::{Engine, HallStatus, ServingCount};
use crate::ui::hooks::{use_app, use_statuses};
use crate::ui::i18n::serving_summary;
use crate::ui::route::HallOrder;
use crate::ui::state::Action;

/// What follows the cards: the station search, or nothing.
#[derive(Properties, PartialEq)]
pub struct HallListProps {
    #[prop_or_default]
    pub children: Html,
}

/// The hall list with the station search under it: the full page's, and the first
/// module's when its data has stations.
pub fn hall_list_with_stations() -> Html {
    html! { <HallList><StationSearch /></HallList> }
}

/// Whether `status` gets a card of its own in the list (and a word from the announcer), by
/// [`Hall::listed_among`](crate::engine::Hall::listed_among).
pub fn listed(engine: &Engine, statuses: &[HallStatus], status: &HallStatus) -> bool {
    let hall = engine.halls().get(status.hall);
    hall.is_none_or(|h| h.listed_among(statuses.len()))
}

#[function_component(HallList)]
pub fn hall_list(props: &HallListProps) -> Html {
    let statuses = use_statuses();
    let Some(state) = use_app() else {
        return html! {};
    };
    let (lang, words, order) = (state.lang, state.lang.cards(), state.route.order);
    let centers: Vec<HallStatus> = statuses
        .iter()
        .filter(|s| listed(&state.engine, &statuses, s))
        .copied()
        .collect();
    let shown: Vec<&HallStatus> = match order {
        HallOrder::OpenFirst => HallStatus::open_first(&centers),
        HallOrder::Data => centers.iter().collect(),
    };
    let button = |value: HallOrder, label: &'static str| {
        let state = state.clone();
        let onclick = Callback::from(move |_| state.dispatch(Action::SetOrder(value)));
        html! {
            <button type="button" class="ph-order-button" aria-pressed={(order == value).to_string()} {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <>
        <section class="ph-halls" aria-labelledby="ph-halls-heading">
            <@{state.embedding.heading(2)} id="ph-halls-heading">{ lang.texts().halls_heading }</@>
            <p class="ph-serving-summary">{ serving_summary(lang, ServingCount::of(&centers)) }</p>
            <div class="ph-order" role="group" aria-label={words.order_label}>
                { button(HallOrder::Data, words.order_data) }
                { button(HallOrder::OpenFirst, words.order_open_first) }
            </div>
            <ul class="ph-hall-list">
                { for shown.into_iter().map(|status| html! {
                    <HallCard key={status.hall.to_string()} status={*status} />
                }) }
            </ul>
        </section>
        { props.children.clone() }
        </>
    }
}
