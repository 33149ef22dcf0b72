//! An iCalendar of the service windows of the twelve months from a date: one event per run
//! per day and hall, named walk-in or booked-only, so a calendar app shows when a visitor can
//! come. Written with the page's own RFC 5545 writer ([`crate::ics`]).

use chrono::{Months, NaiveDate, NaiveDateTime};

use crate::engine::{Appointment, Engine, EngineError, Hall, Run};
use crate::ics::{basic_time, calendar_of, Event};

/// Why no calendar was written.
#[derive(Debug, PartialEq, Eq)]
pub enum IcsError {
    /// A hall the engine does not know.
    Engine(EngineError),
    /// The twelve months or a time of them lie outside the dates chrono can count.
    OutOfRange,
}

impl From<EngineError> for IcsError {
    fn from(e: EngineError) -> Self {
        IcsError::Engine(e)
    }
}

/// The texts of one event, owned until the file is written.
struct Texts {
    uid: String,
    start: NaiveDateTime,
    end: NaiveDateTime,
    summary: String,
    description: String,
    location: Option<String>,
}

/// The `.ics` file of `halls`' runs on every day from `from` up to (not including) the same
/// date twelve months on. `made` is the file's DTSTAMP (the caller's clock: the engine never
/// reads one). Days outside the calendar files are marked unconfirmed in the description.
pub fn calendar(
    engine: &Engine,
    halls: &[&Hall],
    from: NaiveDate,
    made: NaiveDateTime,
) -> Result<String, IcsError> {
    let until = from
        .checked_add_months(Months::new(12))
        .ok_or(IcsError::OutOfRange)?;
    let mut texts = Vec::new();
    for hall in halls {
        for date in from.iter_days().take_while(|d| *d < until) {
            let known = engine.day(date).calendar_known;
            for run in engine.day_runs(&hall.id, date)? {
                texts.push(texts_of(engine, hall, date, &run, known));
            }
        }
    }
    let events: Vec<Event<'_>> = texts
        .iter()
        .map(|t| Event {
            uid: &t.uid,
            stamp: made,
            start: t.start,
            end: t.end,
            summary: &t.summary,
            description: &t.description,
            location: t.location.as_deref(),
            alarm: None,
        })
        .collect();
    calendar_of(&events).ok_or(IcsError::OutOfRange)
}

fn texts_of(engine: &Engine, hall: &Hall, date: NaiveDate, run: &Run, known: bool) -> Texts {
    let start = date.and_time(run.start);
    let walk_in = run.appointment == Appointment::WalkIn;
    let (zh, en) = if walk_in {
        ("可直接办理", "walk-in")
    } else {
        ("仅限预约", "booked visitors only")
    };
    let mut zh_lines = vec![if walk_in {
        "无需预约，可直接到厅办理。".to_string()
    } else {
        format!(
            "仅接待已预约的办事人。{}",
            engine.booking_rules().deadline.zh
        )
    }];
    let mut en_lines = vec![if walk_in {
        "Open to walk-in visitors.".to_string()
    } else {
        format!(
            "Serves booked visitors only. {}",
            engine.booking_rules().deadline.en
        )
    }];
    if run.extended {
        zh_lines.push("含延时服务时段。".into());
        en_lines.push("Includes extended service hours.".into());
    }
    if !known {
        zh_lines.push("该年节假日安排尚未公布，时间待确认。".into());
        en_lines
            .push("The holiday calendar for this year is not published yet: unconfirmed.".into());
    }
    Texts {
        uid: format!("{}-{}@pinggu-hours", hall.id, basic_time(start)),
        start,
        end: date.and_time(run.end),
        summary: format!("{}：{zh}", hall.name.zh),
        description: format!(
            "{}\n{} ({en})\n{}",
            zh_lines.concat(),
            hall.name.en,
            en_lines.join(" ")
        ),
        location: hall
            .contact
            .address
            .as_ref()
            .map(|a| a.zh.to_string())
            .filter(|a| !a.is_empty()),
    }
}

#[cfg(test)]
mod tests;
