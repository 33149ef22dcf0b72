//! Time limits of undertaken matters (Article 5(2); reading: weekend acceptance and time limits, docs/rules.md).

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::engine::engine::Engine;
use crate::engine::error::EngineError;
use crate::engine::model::matter::MAX_DAYS;
use crate::engine::schedule::status::Reading;

/// When an undertaken matter is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DueDate {
    /// The day treated as the acceptance day: the acceptance date if it is a legal workday,
    /// otherwise the next legal workday (weekend time does not count: reading "weekend acceptance and time limits", docs/rules.md).
    pub counted_from: NaiveDate,
    /// The N-th legal workday after `counted_from`.
    pub due: NaiveDate,
    /// False if any day counted lies outside the calendar data.
    pub calendar_known: bool,
    /// [`Reading::WeekendAcceptance`] when the acceptance day is not a legal workday, so the
    /// due date rests on that reading ("视为11月30日受理"); `None` otherwise.
    pub reading: Option<Reading>,
}

impl Engine {
    /// The due date of a matter accepted at `accepted` with a limit of `days` legal
    /// workdays (1 to 3650).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pinggu_hours::engine::{parse_at, Engine};
    /// let engine = Engine::embedded();
    /// // Accepted Friday 2026-03-06, 3 days: due Wednesday. Saturday: from Monday, due Thursday.
    /// let fri = engine.due_date(parse_at("2026-03-06T10:00").unwrap(), 3).unwrap();
    /// assert_eq!(fri.due, NaiveDate::from_ymd_opt(2026, 3, 11).unwrap());
    /// let sat = engine.due_date(parse_at("2026-03-07T10:00").unwrap(), 3).unwrap();
    /// assert_eq!(sat.counted_from, NaiveDate::from_ymd_opt(2026, 3, 9).unwrap());
    /// assert_eq!(sat.due, NaiveDate::from_ymd_opt(2026, 3, 12).unwrap());
    /// ```
    pub fn due_date(&self, accepted: NaiveDateTime, days: u32) -> Result<DueDate, EngineError> {
        if days == 0 || days > MAX_DAYS {
            return Err(EngineError::BadDays { days });
        }
        let start = accepted.date().num_days_from_ce();
        let mut known = true;
        // The acceptance day, or the next legal workday (searched a year ahead).
        let mut day = start;
        let mut found = false;
        for _ in 0..=366 {
            let code = self.calendar.code(day);
            known &= code.known;
            if code.kind.is_legal_workday() {
                found = true;
                break;
            }
            day = day.checked_add(1).ok_or(EngineError::OutOfRange)?;
        }
        if !found {
            return Err(EngineError::NoWorkday);
        }
        let counted_from = day;
        // Count N legal workdays after it; at most a year per workday in any data.
        let mut left = days;
        let limit = i64::from(days) * 366 + 366;
        let mut steps = 0i64;
        while left > 0 {
            day = day.checked_add(1).ok_or(EngineError::OutOfRange)?;
            steps += 1;
            if steps > limit {
                return Err(EngineError::NoWorkday);
            }
            let code = self.calendar.code(day);
            known &= code.known;
            if code.kind.is_legal_workday() {
                left -= 1;
            }
        }
        let date = |d| NaiveDate::from_num_days_from_ce_opt(d).ok_or(EngineError::OutOfRange);
        Ok(DueDate {
            counted_from: date(counted_from)?,
            due: date(day)?,
            calendar_known: known,
            reading: (counted_from != start).then_some(Reading::WeekendAcceptance),
        })
    }
}
