//! Exceptions (exceptions.json) where a visitor looks: on a hall's card, every closure or
//! change of hours from today to 14 days ahead, one line each with its reason; in the
//! timetables, the reason under the day it changes. The days and reasons are the engine's.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::engine::{Engine, Localized};
use crate::ui::card_lines::exception_lines;
use crate::ui::i18n::Lang;

/// The card's lines for the hall's exceptions from `from` to 14 days later
/// ([`exception_lines`]); nothing when there is none.
pub fn exceptions_ahead(engine: &Engine, lang: Lang, hall: &str, from: NaiveDate) -> Html {
    let lines = exception_lines(engine, lang, hall, from);
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <ul class="ph-exceptions" aria-label={lang.exceptions().ahead_label}>
            { for lines.into_iter().map(|day| html! {
                <li class="ph-exception" data-exception-date={day.date.to_string()}
                    data-closed={day.closed.to_string()}>
                    <span aria-hidden="true">{ "⚠ " }</span>{ day.line }
                </li>
            }) }
        </ul>
    }
}

/// The reason of an exception under a timetable day; nothing on an ordinary day (`None`).
/// A plain function: it holds no state, and each component costs bundle size.
pub fn exception_reason(reason: Option<&Localized>, lang: Lang) -> Html {
    match reason {
        Some(reason) => html! {
            <p class="ph-exception-reason"><span aria-hidden="true">{ "⚠ " }</span>{ lang.pick(reason) }</p>
        },
        None => html! {},
    }
}
