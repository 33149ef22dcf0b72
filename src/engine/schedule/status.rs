//! Status of a hall at a time: open, extended or closed; appointment; until when; next change.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::engine::calendar::{Category, DayKind};
use crate::engine::engine::Engine;
use crate::engine::error::EngineError;
use crate::engine::model::hall::Appointment;
use crate::engine::model::spelling::spelled_enum;
use crate::engine::schedule::lookahead::{look_ahead, HORIZON_DAYS};
use crate::engine::schedule::templates::{Closure, SpanM, State};
use crate::engine::time::{minute_of_day, ser_opt_at};

spelled_enum! {
    /// A reading of the rules an answer rests on (the headings of "Readings" in
    /// docs/rules.md): the page shows such an answer with one short line, never as plain fact.
    pub enum Reading {
        /// Reading "holiday weekends" (Article 4, docs/rules.md): a weekend window without
        /// the "not on statutory holidays" mark opens on a Saturday or Sunday of a holiday.
        HolidayWeekends = "holiday_weekends",
        /// Reading "weekend acceptance and time limits" (Article 5(2), docs/rules.md): a
        /// matter accepted on a day that is not a legal workday counts from the next one.
        WeekendAcceptance = "weekend_acceptance",
    }
}

/// A hall's status at one moment: everything the page shows on a hall's card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
    /// When the hall serves walk-ins now: the end of the unbroken run of walk-in windows from
    /// now (windows that touch, regular or extended), so "可直接办理，17:30结束" is one fact
    /// rather than a countdown to the next change of window. `None` otherwise.
    #[serde(serialize_with = "ser_opt_at")]
    pub walk_in_until: Option<NaiveDateTime>,
    /// When the hall does not serve walk-ins now: the start of the next walk-in window
    /// (searched as far ahead as `next_change`), so a visitor without a booking knows when to
    /// come even if the next window serves booked visitors only. `None` otherwise.
    #[serde(serialize_with = "ser_opt_at")]
    pub next_walk_in: Option<NaiveDateTime>,
    /// Why the hall is closed (before opening, a break, after closing, a day without
    /// windows, a day an exception closes); `None` when it serves.
    pub closure: Option<Closure>,
    /// The reading this answer rests on, if any: [`Reading::HolidayWeekends`] when the window
    /// now, or the next opening or walk-in window named, is on a Saturday or Sunday of a
    /// holiday (only windows without the "not on statutory holidays" mark open then).
    pub reading: Option<Reading>,
    /// The exception that sets the hall's hours on the date of `at` (closed, or other
    /// windows), as its position in [`Engine::exceptions`], whose `reason` the page shows;
    /// `None` on an ordinary day.
    pub exception: Option<usize>,
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

    /// Status of the hall at index `i` (an index from [`Engine::index`]): a copy of its
    /// answer in the table of answers, or worked out for a moment the table does not hold.
    ///
    /// Either way the answer is copied whole from where it lies and only its hall is set.
    /// Worked out in line, or with the table's answer merged field by field into the
    /// worked-out one, the fields were moved through the stack in pieces and read back in
    /// other pieces, and each such read waited for the writes to reach the cache (store
    /// forwarding fails): with the table, 13 ns a query rather than 8.
    #[inline]
    pub(crate) fn status_of(&self, i: usize, at: NaiveDateTime) -> HallStatus {
        let held = self
            .calendar
            .row_of(at.date())
            .and_then(|row| self.answers.get(i, row, minute_of_day(at.time())));
        let worked_out;
        let answer = match held {
            Some(answer) => answer,
            None => {
                worked_out = self.work_out_status(i, at);
                &worked_out
            }
        };
        let mut status = *answer;
        status.hall = i;
        status
    }

    /// Status of the hall at index `i` worked out from its day's spans and the days ahead
    /// (table or stepped): what the table of answers holds, and the answer for moments
    /// outside it. Not inlined, so that [`Engine::status_of`] stays a copy (see there).
    #[inline(never)]
    pub(crate) fn work_out_status(&self, i: usize, at: NaiveDateTime) -> HallStatus {
        let date = at.date();
        let row = self.calendar.row_of(date);
        let code = self.calendar.code_at(row, date);
        let mut status = HallStatus {
            hall: i,
            state: State::Closed,
            appointment: None,
            until: None,
            next_change: None,
            closing_rule: false,
            walk_in_until: None,
            next_walk_in: None,
            closure: None,
            reading: None,
            exception: None,
            day_kind: code.kind,
            calendar_known: code.known,
        };
        let Some(t) = self.templates.get(i) else {
            return status;
        };
        let today = t.day_of(date, code.cat);
        let spans = today.spans;
        status.exception = today.exception;
        // Today's answer names today's windows: on a holiday weekend day they rest on the
        // reading, unless an exception sets them.
        let today_reading =
            !spans.is_empty() && code.cat.is_holiday_weekend() && today.exception.is_none();
        // The next walk-in start today, if any; else the days ahead are searched.
        let walk_in_today = match slot(spans, minute_of_day(at.time())) {
            Slot::In(s) => {
                let until = date.and_time(s.end_t);
                status.state = s.state;
                status.appointment = Some(s.appointment);
                status.until = Some(until);
                status.next_change = Some(until);
                // On an exception day only a last window ending at the usual closing has it
                // (reading: exception days).
                status.closing_rule = code.cat == Category::Workday
                    && t.closing == Some(s.end)
                    && (today.exception.is_none() || spans.last().map(|l| l.end) == Some(s.end));
                if s.appointment == Appointment::WalkIn {
                    status.walk_in_until = Some(date.and_time(s.walk_in_end));
                    status.reading = today_reading.then_some(Reading::HolidayWeekends);
                    return status;
                }
                s.next_walk_in
            }
            Slot::Before(s) => {
                status.next_change = Some(date.and_time(s.start_t));
                status.closure = Some(s.closed_before);
                s.next_walk_in
            }
            Slot::After => {
                status.closure = Some(match (spans.is_empty(), today.exception) {
                    (true, Some(_)) => Closure::Exception,
                    (true, None) => Closure::ClosedDay,
                    (false, _) => Closure::AfterClosing,
                });
                None
            }
        };
        let need_opening = status.next_change.is_none();
        status.next_walk_in = walk_in_today.map(|w| date.and_time(w));
        let mut reading = today_reading && (!need_opening || walk_in_today.is_some());
        if need_opening || walk_in_today.is_none() {
            // The days after today: read from the table built with the engine, or stepped
            // through for a day outside it (the same answer). Read in place rather than
            // copied out: a copy of the row, stored in two pieces and read back across
            // them, stalled each closed hall's query (store forwarding fails).
            let stepped;
            let ahead = match row.and_then(|r| self.lookahead.get(i, r)) {
                Some(ahead) => ahead,
                None => {
                    stepped = look_ahead(&self.calendar, t, date);
                    &stepped
                }
            };
            if need_opening {
                status.next_change = ahead.opening;
                reading |= ahead.opening_reading;
            }
            if walk_in_today.is_none() {
                status.next_walk_in = ahead.walk_in;
                reading |= ahead.walk_in_reading;
            }
            status.calendar_known &= ahead.known;
        }
        status.reading = reading.then_some(Reading::HolidayWeekends);
        status
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
        if let Some(s) = t
            .day(day, today.cat)
            .spans
            .iter()
            .filter(fits)
            .find(|s| m < s.end)
        {
            if m >= s.start {
                return Some(at);
            }
            return Some(date.and_time(s.start_t));
        }
        for k in 1..=HORIZON_DAYS {
            let d = day.saturating_add(k);
            if let Some(s) = t.day(d, self.calendar.code(d).cat).spans.iter().find(fits) {
                return NaiveDate::from_num_days_from_ce_opt(d).map(|x| x.and_time(s.start_t));
            }
        }
        None
    }
}
