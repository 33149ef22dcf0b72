//! One hall's card: what a visitor can do there at the moment shown, in words and an icon
//! (never colour alone): walk in until when, booked visitors only, or why it is closed and
//! when to come, with stable `data-*` hooks for integrators. Every fact is the engine's.

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::exception_notes::exceptions_ahead;
use super::view_link::ViewLink;
use crate::engine::{format_at, Appointment, Engine, HallStatus, Reading, State};
use crate::ui::hooks::use_app_engine;
use crate::ui::i18n::{
    booked_line, closed_line, countdown, extended_part, next_service, state_words, walk_in_until,
    Lang,
};
use crate::ui::route::View;

#[derive(Properties, PartialEq)]
pub struct HallCardProps {
    pub status: HallStatus,
    /// On the hall's own page the card drops its name and its link to that page.
    #[prop_or_default]
    pub on_hall_page: bool,
}

/// A decorative glyph that repeats the state's words in shape as well as colour.
pub fn state_icon(state: State) -> &'static str {
    match state {
        State::Open => "●",
        State::Extended => "◐",
        State::Closed => "○",
    }
}

/// The glyph of a window that serves booked visitors only: a shape of its own, so it never
/// reads as "open".
pub const BOOKED_ICON: &str = "◆";

/// A time for a `data-*` hook: `YYYY-MM-DDTHH:MM`, or empty.
fn hook(at: Option<NaiveDateTime>) -> String {
    at.map(format_at).unwrap_or_default()
}

/// The card's main line: how long walk-ins are served, or until when only booked visitors
/// are, or (the badge saying why the hall is closed) when a visitor can come. A countdown
/// only for a moment on today's date: a picked day is a plan, not a clock (`now`).
fn timing(lang: Lang, now: NaiveDateTime, moment: NaiveDateTime, status: &HallStatus) -> String {
    match (status.appointment, status.until) {
        (Some(Appointment::WalkIn), Some(until)) => {
            let end = status.walk_in_until.unwrap_or(until);
            let line = walk_in_until(lang, moment, end);
            match countdown(lang, now, moment, end) {
                Some(left) => format!("{line} · {left}"),
                None => line,
            }
        }
        (Some(Appointment::Required), Some(until)) => {
            booked_line(lang, moment, until, status.next_walk_in)
        }
        _ => match (status.closure, status.next_change) {
            (Some(closure), Some(next)) => closed_line(
                lang,
                closure,
                &next_service(lang, moment, next, status.next_walk_in),
            ),
            _ => lang.texts().no_opening.to_owned(),
        },
    }
}

/// The extended windows of the walk-in run ahead, when the run mixes regular and extended
/// hours (`含延时服务12:00–13:00、17:00–17:30`); `None` otherwise.
fn extended_detail(
    engine: &Engine,
    lang: Lang,
    hall: &str,
    moment: NaiveDateTime,
) -> Option<String> {
    let run = engine.walk_in_run(hall, moment).ok()?;
    let extended: Vec<_> = run
        .iter()
        .filter(|s| s.state == State::Extended)
        .map(|s| (s.start, s.end))
        .collect();
    let mixed = run.iter().any(|s| s.state == State::Open);
    (mixed && !extended.is_empty()).then(|| extended_part(lang, &extended))
}

#[function_component(HallCard)]
pub fn hall_card(props: &HallCardProps) -> Html {
    let Some((state, engine)) = use_app_engine() else {
        return html! {};
    };
    let (lang, texts, words, moment, status) = (
        state.lang,
        state.lang.texts(),
        state.lang.cards(),
        state.moment(),
        &props.status,
    );
    let Some(hall) = engine.halls().get(status.hall) else {
        return html! {};
    };
    let code = status.state.as_str();
    // `none` when the hall is closed: integrators match on one attribute either way.
    let appointment = status.appointment.map_or("none", Appointment::as_str);
    let booked = status.appointment == Some(Appointment::Required);
    let icon = if booked {
        BOOKED_ICON
    } else {
        state_icon(status.state)
    };
    let detail = extended_detail(&engine, lang, &hall.id, moment);
    let class = classes!(
        "ph-card",
        format!("ph-card--{code}"),
        booked.then_some("ph-card--booked"),
        (!status.calendar_known).then_some("ph-card--unconfirmed"),
    );
    html! {
        <li {class}
            data-hall={hall.id.to_string()}
            data-state={code}
            data-appointment={appointment}
            data-walk-in-until={hook(status.walk_in_until)}
            data-next-walk-in={hook(status.next_walk_in)}
            data-unconfirmed={(!status.calendar_known).then_some("true")}>
            if !props.on_hall_page {
                <@{state.embedding.heading(3)} class="ph-card-name">{ lang.pick(&hall.name) }</@>
            }
            <p class={classes!("ph-badge", booked.then_some("ph-badge--booked"))}>
                <span class="ph-badge-icon" aria-hidden="true">{ icon }</span>
                { state_words(lang, status, &engine.day(moment.date())) }
                if booked {
                    <span class="ph-badge-sep">{ " · " }</span>{ words.booked_only }
                } else if let Some(appointment) = status.appointment {
                    <span class="ph-badge-sep">{ " · " }</span>{ texts.appointment(appointment) }
                }
            </p>
            <p class="ph-timing">{ timing(lang, state.clock, moment, status) }</p>
            if let Some(detail) = detail {
                <p class="ph-extended-part">{ detail }</p>
            }
            if status.reading == Some(Reading::HolidayWeekends) {
                <p class="ph-reading" data-reading={Reading::HolidayWeekends.as_str()}>
                    <span aria-hidden="true">{ "ⓘ " }</span>{ words.holiday_weekends }
                </p>
            }
            { exceptions_ahead(&engine, lang, &hall.id, moment.date()) }
            if !status.calendar_known {
                <p class="ph-unconfirmed"><span aria-hidden="true">{ "⚠ " }</span>{ words.unconfirmed }</p>
            }
            if status.closing_rule {
                if let Some(rule) = engine.closing_rule_text() {
                    <p class="ph-closing-rule">{ lang.pick(rule) }</p>
                }
            }
            if !props.on_hall_page {
                <ViewLink class="ph-card-link" view={View::Hall(hall.id.to_string())}>
                    { texts.details }<span class="ph-sr-only">{ format!(" — {}", lang.pick(&hall.name)) }</span>
                </ViewLink>
            }
        </li>
    }
}
