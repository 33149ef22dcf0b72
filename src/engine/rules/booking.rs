//! The booking answer for one slot: whether it needs a booking and the deadline, before
//! 14:00 of the last legal workday before the slot's date (Article 3).

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::engine::engine::Engine;
use crate::engine::error::EngineError;
use crate::engine::model::hall::Appointment;
use crate::engine::schedule::templates::{Closure, State};
use crate::engine::time::ser_at;

/// Whether a slot needs a booking, and by when it must be made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Booking {
    /// Whether the window at the slot serves only booked visitors.
    pub appointment: Appointment,
    /// Book before this time: 14:00 of the last legal workday before the slot's date.
    #[serde(serialize_with = "ser_at")]
    pub deadline: NaiveDateTime,
    /// The walk-in rule applies (Article 5(1)): a walk-in slot in a workday extended window,
    /// where a visitor without a booking is received at the front desk but may wait for
    /// approval, so a booking is worth making. False for windows that require a booking
    /// and for regular hours and weekend windows, where walk-ins are served as usual.
    pub walk_in_rule: bool,
    /// False if a day involved lies outside the calendar data (unconfirmed).
    pub calendar_known: bool,
}

impl Booking {
    /// Whether the slot serves only booked visitors: the only case where the deadline binds
    /// the visitor (docs/rules.md, "Other decisions": the page shows a deadline only then).
    pub fn is_required(&self) -> bool {
        self.appointment == Appointment::Required
    }

    /// Whether a booking made at `now` is still in time (strictly before the deadline).
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Engine};
    /// let engine = Engine::embedded();
    /// // Saturday 2026-03-07 09:30 at the district center: book by Friday 14:00.
    /// let b = engine.booking("district", parse_at("2026-03-07T09:30").unwrap()).unwrap();
    /// assert!(b.is_in_time(parse_at("2026-03-06T13:59").unwrap()));
    /// assert!(!b.is_in_time(parse_at("2026-03-06T14:00").unwrap()));
    /// ```
    pub fn is_in_time(&self, now: NaiveDateTime) -> bool {
        now < self.deadline
    }
}

impl Engine {
    /// Whether a slot needs a booking and the booking deadline: before 14:00 of the last
    /// legal workday before the slot's date (Article 3). An error if the hall does not serve
    /// at the slot; [`EngineError::ClosedByException`], with the reason, on a day an
    /// exception closes it.
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Appointment, Engine};
    /// let engine = Engine::embedded();
    /// // Saturday 2026-10-10 is an adjusted workday; the last legal workday before it is
    /// // Friday 2026-10-09 (after the National Day holiday).
    /// let b = engine.booking("township", parse_at("2026-10-10T08:30").unwrap()).unwrap();
    /// assert_eq!(b.appointment, Appointment::Required);
    /// assert_eq!(b.deadline, parse_at("2026-10-09T14:00").unwrap());
    /// assert!(engine.booking("tax", parse_at("2026-10-10T20:00").unwrap()).is_err());
    /// // Regular hours serve walk-ins: no booking needed, and the walk-in rule is not at issue.
    /// let b = engine.booking("district", parse_at("2026-11-24T10:00").unwrap()).unwrap();
    /// assert!(!b.is_required() && !b.walk_in_rule);
    /// // The district center's lunch extended window takes walk-ins under Article 5(1).
    /// let b = engine.booking("district", parse_at("2026-11-24T12:30").unwrap()).unwrap();
    /// assert!(!b.is_required() && b.walk_in_rule);
    /// ```
    pub fn booking(&self, hall: &str, at: NaiveDateTime) -> Result<Booking, EngineError> {
        let i = self.index(hall)?;
        let status = self.status_of(i, at);
        let Some(appointment) = status.appointment else {
            let exception = status.exception.and_then(|e| self.exceptions.get(e));
            if let (Some(Closure::Exception), Some(e)) = (status.closure, exception) {
                return Err(EngineError::ClosedByException {
                    hall: hall.to_string(),
                    at,
                    reason: Box::new(e.reason.clone()),
                });
            }
            return Err(EngineError::Closed {
                hall: hall.to_string(),
                at,
            });
        };
        let walk_in_rule = appointment == Appointment::WalkIn
            && status.state == State::Extended
            && status.day_kind.is_legal_workday();
        let mut day = at.date().num_days_from_ce();
        let mut known = status.calendar_known;
        for _ in 0..=366 {
            day = day.checked_sub(1).ok_or(EngineError::OutOfRange)?;
            let code = self.calendar.code(day);
            known &= code.known;
            if code.kind.is_legal_workday() {
                let date =
                    NaiveDate::from_num_days_from_ce_opt(day).ok_or(EngineError::OutOfRange)?;
                return Ok(Booking {
                    appointment,
                    deadline: date.and_time(self.booking.deadline_time),
                    walk_in_rule,
                    calendar_known: known,
                });
            }
        }
        Err(EngineError::NoWorkday)
    }
}
