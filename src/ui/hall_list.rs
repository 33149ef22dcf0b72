//! The halls at a glance: one card per hall, in the order of the data.

use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::hall_card::HallCard;
use super::i18n::Lang;
use crate::engine::Engine;

#[derive(Properties)]
pub struct HallListProps {
    pub engine: Rc<Engine>,
    pub now: NaiveDateTime,
    pub lang: Lang,
}

impl PartialEq for HallListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.engine, &other.engine) && self.now == other.now && self.lang == other.lang
    }
}

#[function_component(HallList)]
pub fn hall_list(props: &HallListProps) -> Html {
    let texts = props.lang.texts();
    let statuses = props.engine.status_all(props.now);
    html! {
        <section class="ph-halls" aria-labelledby="ph-halls-heading">
            <h2 id="ph-halls-heading">{ texts.halls_heading }</h2>
            <ul class="ph-hall-list">
                { for props.engine.halls().iter().zip(statuses).map(|(hall, status)| html! {
                    <HallCard key={hall.id.clone()} name={props.lang.pick(&hall.name).to_owned()} {status} lang={props.lang} />
                }) }
            </ul>
        </section>
    }
}
