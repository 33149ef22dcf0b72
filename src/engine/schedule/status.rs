//! Status of a hall at a time: open, extended or closed; appointment; until when; next change.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::engine::calendar::{Category, DayKind};
use crate::engine::engine::Engine;
use crate::engine::error::EngineError;
use crate::engine::model::hall::Appointment;
use crate::engine::schedule::templates::{SpanM, State, Templates};
use crate::engine::time::{minute_of_day, ser_opt_at};

/// How many days ahead a closed hall's next opening is searched for.
pub const HORIZON_DAYS: i32 = 60;

/// A hall's status at one moment: everything the page shows on a hall's card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HallStatus {
    /// Where the hall is in [`Engine::halls`] (its id is `engine.halls()[hall].id`). A
    /// position rather than the id, so that a status is plain data: every hall's status is
    /// asked every minute, and it costs no allocation or reference count.
    pub hall: usize,
    /// Open (regular hours), extended, or closed.
    pub state: State,
    /// Whether the current window needs a booking; `None` when closed.
    pub appointment: Option<Appointment>,
    /// End of the current span of the same state and appointment; `None` when closed.
    #[serde(serialize_with = "ser_opt_at")]
    pub until: Option<NaiveDateTime>,
    /// The next minute at which state or appointment differ: the next opening when closed
    /// (searched [`HORIZON_DAYS`] days ahead; `None` if there is none).
    #[serde(serialize_with = "ser_opt_at")]
    pub next_change: Option<NaiveDateTime>,
    /// The closing rule applies (Article 5(1)): the current span ends at the hall's afternoon
    /// closing on a legal workday (the end of its last window that day: tax 16:30, district
    /// 17:30, traffic 18:00), and whoever is being served or waiting at `until` is served
    /// until done. Only for halls whose data sets `closing_rule`.
    pub closing_rule: bool,
    /// The kind of the day of `at`.
    pub day_kind: DayKind,
    /// False if any day this answer depends on lies outside the calendar data.
    pub calendar_known: bool,
}

/// Where a minute of a day falls in that day's spans.
pub(crate) enum Slot<'a> {
    /// Inside this span.
    In(&'a SpanM),
    /// Before this span (closed until it).
    Before(&'a SpanM),
    /// After the last span of the day.
    After,
}

/// Find the slot of minute `m` in sorted, disjoint spans.
#[inline]
pub(crate) fn slot(spans: &[SpanM], m: u16) -> Slot<'_> {
    for s in spans {
        if m < s.end {
            return if m >= s.start {
                Slot::In(s)
            } else {
                Slot::Before(s)
            };
        }
    }
    Slot::After
}

impl Engine {
    /// The status of one hall at a Beijing wall time.
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Appointment, Engine, State};
    /// let engine = Engine::embedded();
    /// // 12:00 on a workday belongs to the district center's 12:00-13:00 extended window.
    /// let s = engine.status("district", parse_at("2026-03-09T12:00").unwrap()).unwrap();
    /// assert_eq!(s.state, State::Extended);
    /// assert_eq!(s.appointment, Some(Appointment::WalkIn));
    /// assert_eq!(s.until, Some(parse_at("2026-03-09T13:00").unwrap()));
    /// assert!(engine.status("nowhere", parse_at("2026-03-09T12:00").unwrap()).is_err());
    /// ```
    pub fn status(&self, hall: &str, at: NaiveDateTime) -> Result<HallStatus, EngineError> {
        let i = self.index(hall)?;
        Ok(self.status_of(i, at))
    }

    /// The status of every hall at a time, in the order of halls.json.
    pub fn status_all(&self, at: NaiveDateTime) -> Vec<HallStatus> {
        (0..self.halls.len())
            .map(|i| self.status_of(i, at))
            .collect()
    }

    /// Status of the hall at index `i` (an index from [`Engine::index`]).
    pub(crate) fn status_of(&self, i: usize, at: NaiveDateTime) -> HallStatus {
        let date = at.date();
        let code = self.calendar.code_of(date);
        let mut status = HallStatus {
            hall: i,
            state: State::Closed,
            appointment: None,
            until: None,
            next_change: None,
            closing_rule: false,
            day_kind: code.kind,
            calendar_known: code.known,
        };
        let Some(t) = self.templates.get(i) else {
            return status;
        };
        match slot(t.spans(code.cat), minute_of_day(at.time())) {
            Slot::In(s) => {
                let until = date.and_time(s.end_t);
                status.state = s.state;
                status.appointment = Some(s.appointment);
                status.until = Some(until);
                status.next_change = Some(until);
                status.closing_rule = code.cat == Category::Workday && t.closing == Some(s.end);
            }
            Slot::Before(s) => status.next_change = Some(date.and_time(s.start_t)),
            Slot::After => {
                let (next, known) = self.next_opening(t, date);
                status.next_change = next;
                status.calendar_known &= known;
            }
        }
        status
    }

    /// First opening strictly after `date`, within the horizon, and whether every day looked
    /// at was covered by the calendar. Days are stepped by day number (an array index into
    /// the calendar); the date is made once, from `date`, at the end.
    fn next_opening(&self, t: &Templates, date: NaiveDate) -> (Option<NaiveDateTime>, bool) {
        let day = date.num_days_from_ce();
        let mut known = true;
        for k in 1..=HORIZON_DAYS {
            let code = self.calendar.code(day.saturating_add(k));
            known &= code.known;
            if let Some(s) = t.spans(code.cat).first() {
                let at = date.checked_add_days(Days::new(u64::from(k.unsigned_abs())));
                return (at.map(|x| x.and_time(s.start_t)), known);
            }
        }
        (None, known)
    }

    /// The next time the hall serves at all, or serves walk-ins (`walk_in_only`): `at` itself
    /// if it does now. Searched [`HORIZON_DAYS`] days ahead; `None` if there is no such time
    /// or no such hall.
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Engine};
    /// let engine = Engine::embedded();
    /// // Marriage registration, Saturday 09:00: only booked visitors until Monday 09:00.
    /// let at = parse_at("2026-03-07T09:00").unwrap();
    /// assert_eq!(engine.next_serving("marriage", at, false), Some(at));
    /// assert_eq!(engine.next_serving("marriage", at, true), parse_at("2026-03-09T09:00").ok());
    /// ```
    pub fn next_serving(
        &self,
        hall: &str,
        at: NaiveDateTime,
        walk_in_only: bool,
    ) -> Option<NaiveDateTime> {
        let t = self.templates.get(self.index(hall).ok()?)?;
        let fits = |s: &&SpanM| !walk_in_only || s.appointment == Appointment::WalkIn;
        let date = at.date();
        let day = date.num_days_from_ce();
        let m = minute_of_day(at.time());
        let today = self.calendar.code(day);
        if let Some(s) = t.spans(today.cat).iter().filter(fits).find(|s| m < s.end) {
            if m >= s.start {
                return Some(at);
            }
            return Some(date.and_time(s.start_t));
        }
        for k in 1..=HORIZON_DAYS {
            let d = day.saturating_add(k);
            if let Some(s) = t.spans(self.calendar.code(d).cat).iter().find(fits) {
                return NaiveDate::from_num_days_from_ce_opt(d).map(|x| x.and_time(s.start_t));
            }
        }
        None
    }
}
