//! What a hall's card says, apart from how it is drawn: the icon, the main line and the
//! extended-hours line, and the times of its `data-*` hooks. The Yew card (the full page,
//! `components/hall_card.rs`) and the first view's markup (`first_view/card.rs`) both draw
//! these, so the two can never word a card differently. Every fact is the engine's.

use chrono::{NaiveDate, NaiveDateTime};

use crate::engine::{format_at, Appointment, Engine, HallStatus, State};
use crate::ui::i18n::{
    booked_line, closed_line, countdown, exception_line, extended_part, next_service,
    walk_in_until, Lang,
};

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

/// The badge's glyph for `status`.
pub fn badge_icon(status: &HallStatus) -> &'static str {
    match status.appointment {
        Some(Appointment::Required) => BOOKED_ICON,
        _ => state_icon(status.state),
    }
}

/// How many days ahead a card announces an exception, today included (14 days before it).
pub const EXCEPTION_NOTICE_DAYS: u32 = 15;

/// The card's classes: its state, and whether it serves booked visitors only or stands on
/// an unconfirmed calendar.
pub fn card_class(status: &HallStatus) -> String {
    let mut class = format!("ph-card ph-card--{}", status.state.as_str());
    if status.appointment == Some(Appointment::Required) {
        class.push_str(" ph-card--booked");
    }
    if !status.calendar_known {
        class.push_str(" ph-card--unconfirmed");
    }
    class
}

/// The badge's classes: booked-only service has a look of its own, never the open one's.
pub fn badge_class(status: &HallStatus) -> &'static str {
    match status.appointment {
        Some(Appointment::Required) => "ph-badge ph-badge--booked",
        _ => "ph-badge",
    }
}

/// The `data-appointment` hook: `none` when the hall is closed, so integrators match on one
/// attribute either way.
pub fn appointment_hook(status: &HallStatus) -> &'static str {
    status.appointment.map_or("none", Appointment::as_str)
}

/// A time for a `data-*` hook: `YYYY-MM-DDTHH:MM`, or empty.
pub fn hook(at: Option<NaiveDateTime>) -> String {
    at.map(format_at).unwrap_or_default()
}

/// The card's main line: how long walk-ins are served, or until when only booked visitors
/// are, or (the badge saying why the hall is closed) when a visitor can come. A countdown
/// only for a moment on today's date: a picked day is a plan, not a clock (`now`).
pub fn timing(
    lang: Lang,
    now: NaiveDateTime,
    moment: NaiveDateTime,
    status: &HallStatus,
) -> String {
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
pub fn extended_detail(
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

/// What the badge says after the state: booked visitors only, or whether walk-ins need a
/// booking; `None` when the hall is closed.
pub fn appointment_words(lang: Lang, status: &HallStatus) -> Option<&'static str> {
    match status.appointment? {
        Appointment::Required => Some(lang.cards().booked_only),
        appointment => Some(lang.texts().appointment(appointment)),
    }
}

/// One line of a card's exceptions ahead: the day, and whether the hall is closed all day.
pub struct ExceptionLine {
    pub date: NaiveDate,
    pub closed: bool,
    pub line: String,
}

/// The hall's closures and changed hours from `from` to 14 days later, one line each.
pub fn exception_lines(
    engine: &Engine,
    lang: Lang,
    hall: &str,
    from: NaiveDate,
) -> Vec<ExceptionLine> {
    let days = engine
        .upcoming_exceptions(hall, from, EXCEPTION_NOTICE_DAYS)
        .unwrap_or_default();
    days.iter()
        .filter_map(|day| {
            Some(ExceptionLine {
                date: day.day.date,
                closed: day.spans.is_empty(),
                line: exception_line(lang, from, day)?,
            })
        })
        .collect()
}
