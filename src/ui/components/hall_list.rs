//! The halls at a glance, at the moment shown: one card per hall, in the order of the data.

use yew::prelude::*;

use super::hall_card::HallCard;
use crate::ui::hooks::{use_app, use_statuses};

#[function_component(HallList)]
pub fn hall_list() -> Html {
    let statuses = use_statuses();
    let Some(state) = use_app() else {
        return html! {};
    };
    html! {
        <section class="ph-halls" aria-labelledby="ph-halls-heading">
            <@{state.embedding.heading(2)} id="ph-halls-heading">{ state.lang.texts().halls_heading }</@>
            <ul class="ph-hall-list">
                { for statuses.iter().map(|status| html! {
                    <HallCard key={status.hall.to_string()} status={status.clone()} />
                }) }
            </ul>
        </section>
    }
}
