//! Holidays, adjusted workdays and the hall's exception days in the next 30 days, and what
//! each changes for one hall: the hall's spans on that day and an exception's reason, from
//! the engine.

use chrono::NaiveDate;
use yew::prelude::*;

use super::exception_notes::exception_reason;
use super::span_list::SpanList;
use crate::ui::hooks::use_app_engine;
use crate::ui::i18n::{date_short, day_kind_label};

/// How far ahead the visitor is told about special days.
const AHEAD_DAYS: u32 = 30;

#[derive(Properties, PartialEq)]
pub struct SpecialDaysProps {
    pub hall: String,
    pub from: NaiveDate,
}

#[function_component(SpecialDays)]
pub fn special_days(props: &SpecialDaysProps) -> Html {
    let Some((state, engine)) = use_app_engine() else {
        return html! {};
    };
    let (lang, texts) = (state.lang, state.lang.texts());
    let days = engine
        .special_days_of(&props.hall, props.from, AHEAD_DAYS)
        .unwrap_or_default();
    html! {
        <section class="ph-special" aria-labelledby="ph-special-heading">
            <@{state.embedding.heading(3)} id="ph-special-heading">{ texts.special_heading }</@>
            if days.is_empty() {
                <p>{ texts.no_special_days }</p>
            } else {
                <ul class="ph-special-list">
                    { for days.into_iter().map(|day| html! {
                        <li data-date={day.day.date.to_string()} data-day-kind={day.day.kind.as_str()}>
                            <strong>{ date_short(lang, day.day.date) }{ texts.word_gap }{ day_kind_label(lang, &day.day) }</strong>
                            <SpanList spans={day.spans} {lang} />
                            { exception_reason(day.exception.as_ref(), lang) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
