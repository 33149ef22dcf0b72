//! Whether the device clock can be trusted. A hall screen whose clock was reset (a flat
//! backup battery gives 2000 or 1970) or set years ahead would confidently show wrong
//! statuses; the page says so instead (`components/clock_notice.rs`). Pure, so the bounds
//! are tested natively.

use chrono::{NaiveDate, NaiveDateTime};

/// How far past the last year of the published calendars a clock may be before it is
/// taken as wrong: a screen may run a year or two on an old release (its answers are then
/// shown as unconfirmed), but not more.
const YEARS_AHEAD: i32 = 2;

/// What is wrong with the device clock, if anything.
#[derive(Clone, Copy, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub enum ClockProblem {
    /// It reads a time chrono cannot represent (past the year 262142).
    Unreadable,
    /// It reads a date no build of this data can be used at: before the data could exist,
    /// or years after its last calendar.
    Implausible,
}

/// The dates a device clock can plausibly read with data whose calendars cover `years`:
/// from 1 January of the year before the newest calendar (a year's calendar is published
/// by the State Council late in the year before, so no build holding it is older) to 31
/// December [`YEARS_AHEAD`] years after it. `None` without any calendar: nothing to check.
pub fn plausible_dates(years: &[i32]) -> Option<(NaiveDate, NaiveDate)> {
    let newest = *years.iter().max()?;
    let first = NaiveDate::from_ymd_opt(newest.checked_sub(1)?, 1, 1)?;
    let last = NaiveDate::from_ymd_opt(newest.checked_add(YEARS_AHEAD)?, 12, 31)?;
    Some((first, last))
}

/// Whether `clock` lies outside [`plausible_dates`] for `years`.
pub fn is_implausible(clock: NaiveDateTime, years: &[i32]) -> bool {
    plausible_dates(years).is_some_and(|(first, last)| {
        let date = clock.date();
        date < first || date > last
    })
}
