//! A hall's timetable for the seven days starting at the moment shown, with the reason of
//! any exception among them.

use chrono::NaiveDate;
use yew::prelude::*;

use super::exception_notes::exception_reason;
use super::span_list::SpanList;
use crate::ui::hooks::use_app_engine;
use crate::ui::i18n::{date_short, day_kind_label};

#[derive(Properties, PartialEq)]
pub struct WeekTableProps {
    pub hall: String,
    pub from: NaiveDate,
}

#[function_component(WeekTable)]
pub fn week_table(props: &WeekTableProps) -> Html {
    let Some((state, engine)) = use_app_engine() else {
        return html! {};
    };
    let (lang, texts) = (state.lang, state.lang.texts());
    let Ok(days) = engine.week_timetable(&props.hall, props.from) else {
        return html! {};
    };
    html! {
        <section class="ph-week" aria-labelledby="ph-week-heading">
            <@{state.embedding.heading(3)} id="ph-week-heading">{ texts.week_heading }</@>
            <table class="ph-table">
                <thead><tr><th scope="col">{ texts.date }</th><th scope="col">{ texts.time }</th></tr></thead>
                <tbody>
                    { for days.into_iter().map(|day| html! {
                        <tr data-date={day.day.date.to_string()} data-day-kind={day.day.kind.as_str()}>
                            <th scope="row">
                                { date_short(lang, day.day.date) }
                                <span class="ph-table-kind">{ day_kind_label(lang, &day.day) }</span>
                            </th>
                            <td><SpanList spans={day.spans} {lang} />{ exception_reason(day.exception.as_ref(), lang) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
