//! Timetables of a day and a week, for the hall detail view.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::engine::calendar::{Category, DayInfo};
use crate::engine::engine::Engine;
use crate::engine::error::EngineError;
use crate::engine::model::hall::Appointment;
use crate::engine::model::text::Localized;
use crate::engine::schedule::templates::State;
use crate::engine::time::{ser_hhmm, ser_opt_hhmm};

/// One span of a day: `[start, end)` in one state with one appointment rule. Neighbouring
/// windows with the same state and rule are merged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    /// First minute.
    #[serde(serialize_with = "ser_hhmm")]
    pub start: NaiveTime,
    /// First minute after.
    #[serde(serialize_with = "ser_hhmm")]
    pub end: NaiveTime,
    /// `open` or `extended` (closed times are the gaps).
    pub state: State,
    /// Whether a booking is needed.
    pub appointment: Appointment,
}

/// A hall's hours on one date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DayTimetable {
    /// The hall's id.
    pub hall: String,
    /// The date and its kind.
    pub day: DayInfo,
    /// The spans, in time order; empty when the hall is closed all day.
    pub spans: Vec<Span>,
    /// The afternoon closing at which the closing rule applies (see
    /// [`HallStatus::closing_rule`](super::HallStatus::closing_rule)); `None` on days it does not.
    #[serde(serialize_with = "ser_opt_hhmm")]
    pub closing_rule: Option<NaiveTime>,
    /// The reason of the exception (exceptions.json) that closes the hall or sets its
    /// `spans` on this date; `None` on an ordinary day.
    pub exception: Option<Localized>,
}

impl Engine {
    /// The hall's hours on a date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pinggu_hours::engine::Engine;
    /// let engine = Engine::embedded();
    /// // National Day, a Thursday: no hall serves (reading: holiday weekends, docs/rules.md).
    /// let t = engine.day_timetable("household", NaiveDate::from_ymd_opt(2026, 10, 1).unwrap()).unwrap();
    /// assert!(t.spans.is_empty());
    /// ```
    pub fn day_timetable(&self, hall: &str, date: NaiveDate) -> Result<DayTimetable, EngineError> {
        let i = self.index(hall)?;
        let day = self.calendar.info(date);
        let number = chrono::Datelike::num_days_from_ce(&date);
        let code = self.calendar.code(number);
        let t = self.templates.get(i);
        let today = t.map(|t| t.day(number, code.cat));
        let exception = today
            .and_then(|d| d.exception)
            .and_then(|e| self.exceptions.get(e))
            .map(|e| e.reason.clone());
        let spans: Vec<Span> = today
            .map_or(&[][..], |d| d.spans)
            .iter()
            .map(|s| Span {
                start: s.start_t,
                end: s.end_t,
                state: s.state,
                appointment: s.appointment,
            })
            .collect();
        // The last span ends at the hall's afternoon closing on a legal workday (on an
        // exception day it may not: reading: exception days).
        let last = today.and_then(|d| d.spans.last());
        let closing_rule = match (code.cat, t.and_then(|t| t.closing), last) {
            (Category::Workday, Some(closing), Some(l)) if l.end == closing => Some(l.end_t),
            _ => None,
        };
        Ok(DayTimetable {
            hall: hall.to_string(),
            day,
            spans,
            closing_rule,
            exception,
        })
    }

    /// The spans of the walk-in run the hall is in at `at`, from the current one to
    /// [`HallStatus::walk_in_until`](super::HallStatus::walk_in_until): the card names the
    /// extended ones ("含延时服务17:00–17:30"). Empty when the hall does not serve walk-ins then.
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Engine, State};
    /// let engine = Engine::embedded();
    /// let run = engine.walk_in_run("district", parse_at("2026-11-24T10:00").unwrap()).unwrap();
    /// let extended = run.iter().filter(|s| s.state == State::Extended).count();
    /// assert_eq!((run.len(), extended), (4, 2)); // 09:00-12:00, 12:00-13:00, 13:00-17:00, 17:00-17:30
    /// ```
    pub fn walk_in_run(&self, hall: &str, at: NaiveDateTime) -> Result<Vec<Span>, EngineError> {
        let status = self.status(hall, at)?;
        let Some(until) = status.walk_in_until else {
            return Ok(Vec::new());
        };
        let day = self.day_timetable(hall, at.date())?;
        Ok(day
            .spans
            .into_iter()
            .filter(|s| s.end > at.time() && s.end <= until.time())
            .collect())
    }

    /// The afternoon closing at which the hall's closing rule applies on an ordinary legal
    /// workday (the end of its last workday window: tax 16:30, traffic 18:00, the others
    /// 17:30; reading: the closing rule), for a notice that states the rule once rather than
    /// per day; `None` for a hall whose data does not set `closing_rule`.
    ///
    /// ```
    /// use chrono::NaiveTime;
    /// use pinggu_hours::engine::Engine;
    /// let engine = Engine::embedded();
    /// assert_eq!(engine.closing_time("tax").unwrap(), NaiveTime::from_hms_opt(16, 30, 0));
    /// assert_eq!(engine.closing_time("traffic").unwrap(), NaiveTime::from_hms_opt(18, 0, 0));
    /// ```
    pub fn closing_time(&self, hall: &str) -> Result<Option<NaiveTime>, EngineError> {
        let t = self.templates.get(self.index(hall)?);
        Ok(t.and_then(|t| {
            let closing = t.closing?;
            t.spans(Category::Workday)
                .iter()
                .find(|s| s.end == closing)
                .map(|s| s.end_t)
        }))
    }

    /// The hall's hours on the seven days from `from`.
    pub fn week_timetable(
        &self,
        hall: &str,
        from: NaiveDate,
    ) -> Result<Vec<DayTimetable>, EngineError> {
        from.iter_days()
            .take(7)
            .map(|d| self.day_timetable(hall, d))
            .collect()
    }
}
