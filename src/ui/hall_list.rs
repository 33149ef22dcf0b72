//! The halls at a glance, at the moment shown: one card per hall, in the order of the data.

use yew::prelude::*;

use super::app::use_app;
use super::hall_card::HallCard;

#[derive(Properties, PartialEq)]
pub struct HallListProps {
    /// The section heading; the planner names its own.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
}

#[function_component(HallList)]
pub fn hall_list(props: &HallListProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let Some(engine) = state.engine.as_ref() else {
        return html! {};
    };
    let texts = state.lang.texts();
    let heading = props
        .heading
        .clone()
        .unwrap_or(AttrValue::Static(texts.halls_heading));
    html! {
        <section class="ph-halls" aria-labelledby="ph-halls-heading">
            <h2 id="ph-halls-heading">{ heading }</h2>
            <ul class="ph-hall-list">
                { for engine.halls().iter().zip(engine.status_all(state.moment())).map(|(hall, status)| html! {
                    <HallCard key={hall.id.clone()} {status} />
                }) }
            </ul>
        </section>
    }
}
