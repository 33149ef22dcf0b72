//! The halls at a glance, at the moment shown: a one-line count of the halls serving, a
//! choice of order (the data's, or open halls first), then one card per center, and the
//! search for village and community stations when the data has any (`station_search.rs`).
//! The first module draws the same markup without Yew (`first_view/list.rs`).

use yew::prelude::*;

use super::hall_card::HallCard;
use super::station_search::StationSearch;
use crate::engine::ServingCount;
use crate::ui::hooks::{use_app, use_statuses};
use crate::ui::i18n::serving_summary;
use crate::ui::listing::{in_order, listed_statuses, order_choices};
use crate::ui::route::HallOrder;
use crate::ui::state::Action;

#[function_component(HallList)]
pub fn hall_list() -> Html {
    let statuses = use_statuses();
    let Some(state) = use_app() else {
        return html! {};
    };
    let (lang, words, order) = (state.lang, state.lang.cards(), state.route.order);
    let centers = listed_statuses(&state.engine, &statuses);
    let shown = in_order(&centers, order);
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
                { for order_choices(lang).into_iter().map(|(value, label)| button(value, label)) }
            </div>
            <ul class="ph-hall-list">
                { for shown.into_iter().map(|status| html! {
                    <HallCard key={status.hall.to_string()} status={*status} />
                }) }
            </ul>
        </section>
        <StationSearch />
        </>
    }
}
