//! The planner's choice of a moment on a hall screen, by touch alone: a list of the coming
//! days (each with its kind of day) and a list of times, where the page and a phone have
//! the browser's date and time fields, which a screen without a keyboard cannot fill in.
//! A choice applies at once.

use chrono::{Days, NaiveDate, NaiveTime};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::engine::{format_hhmm, parse_at};
use crate::ui::app::AppContext;
use crate::ui::i18n::{date_short, day_chip};
use crate::ui::state::Action;

/// How many days, from today, a hall screen offers to plan for: two weeks.
const DAYS_AHEAD: u64 = 14;
/// The step between the times offered, in minutes; the moment shown is offered too when it
/// falls between two steps.
const STEP_MINUTES: u32 = 30;

/// A callback that shows the moment `pick(value)` makes of the chosen option's value.
fn choose(state: &AppContext, pick: impl Fn(&str) -> String + 'static) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |event: Event| {
        let value = event.target_unchecked_into::<HtmlSelectElement>().value();
        if let Ok(at) = parse_at(&pick(&value)) {
            state.dispatch(Action::SetAt(Some(at)));
        }
    })
}

/// The two lists, set to the moment shown.
pub fn moment_choices(state: &AppContext) -> Html {
    let (lang, texts, moment) = (state.lang, state.lang.texts(), state.moment());
    let today = state.clock.date();
    let mut dates: Vec<NaiveDate> = (0..DAYS_AHEAD)
        .filter_map(|n| today.checked_add_days(Days::new(n)))
        .collect();
    if !dates.contains(&moment.date()) {
        dates.push(moment.date());
        dates.sort();
    }
    let mut times: Vec<String> = (0..24 * 60 / STEP_MINUTES)
        .filter_map(|i| NaiveTime::from_hms_opt(i * STEP_MINUTES / 60, i * STEP_MINUTES % 60, 0))
        .map(format_hhmm)
        .collect();
    let shown_time = format_hhmm(moment.time());
    if !times.contains(&shown_time) {
        times.push(shown_time.clone());
        times.sort();
    }
    let date_options = dates.iter().map(|&date| {
        let label = format!("{} · {}", date_short(lang, date), day_chip(lang, &state.engine.day(date)));
        html! { <option value={date.to_string()} selected={date == moment.date()}>{ label }</option> }
    });
    let time_options = times.iter().map(|time| {
        html! { <option value={time.clone()} selected={*time == shown_time}>{ time.clone() }</option> }
    });
    let on_date = {
        let time = shown_time.clone();
        choose(state, move |date| format!("{date}T{time}"))
    };
    let on_time = {
        let date = moment.date();
        choose(state, move |time| format!("{date}T{time}"))
    };
    html! {
        <div class="ph-plan-form ph-kiosk-moment">
            <label>{ texts.date }
                <select data-choose="date" onchange={on_date}>{ for date_options }</select>
            </label>
            <label>{ texts.time }
                <select data-choose="time" onchange={on_time}>{ for time_options }</select>
            </label>
        </div>
    }
}
