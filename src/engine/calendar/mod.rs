//! The legal calendar: which dates are workdays, adjusted workdays, weekends or holidays.
//!
//! Built (in `calendar_load`) from the State Council's yearly notices in holiday-cn's format
//! and merged by date. Stored as a dense table indexed by day number so that a status query
//! costs one array read.

use crate::engine::model::spelling::spelled_enum;
use crate::engine::model::{List, Text};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

spelled_enum! {
    /// What kind of day a date is under the legal calendar (docs/rules.md section 2).
    pub enum DayKind {
        /// Monday to Friday, not a holiday.
        Workday = "workday",
        /// A Saturday or Sunday worked in exchange for a holiday (调休上班).
        AdjustedWorkday = "adjusted_workday",
        /// Saturday or Sunday, neither holiday nor adjusted workday.
        Weekend = "weekend",
        /// A day off under the yearly notice, whatever weekday it falls on.
        Holiday = "holiday",
    }
}

impl DayKind {
    /// A legal workday (法定工作日): regular hours and workday extended windows apply.
    pub fn is_legal_workday(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::AdjustedWorkday)
    }
}

/// One date as the calendar sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DayInfo {
    /// The date.
    pub date: NaiveDate,
    /// Its kind.
    pub kind: DayKind,
    /// The holiday's Chinese name as in the notice (`国庆节`); for an adjusted workday, the
    /// holiday it is worked for. `None` on ordinary days.
    pub holiday: Option<String>,
    /// False when the date lies in a year without a calendar file: the kind is then the plain
    /// weekday rule, and the page must show the answer as unconfirmed.
    pub calendar_known: bool,
}

/// The schedule a day follows. Halls' timetables are precomputed per category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Category {
    /// A legal workday (workday or adjusted workday).
    Workday = 0,
    Sat = 1,
    SatHoliday = 2,
    Sun = 3,
    SunHoliday = 4,
    /// A Monday-to-Friday holiday: no service at all (reading: holiday weekends, docs/rules.md).
    WeekdayHoliday = 5,
}

/// Number of [`Category`] values.
pub(crate) const CATEGORIES: usize = 6;

impl Category {
    /// A Saturday or Sunday inside a holiday period: only weekend windows without the "not
    /// on statutory holidays" mark open (reading: holiday weekends, docs/rules.md).
    #[inline]
    pub(crate) fn is_holiday_weekend(self) -> bool {
        matches!(self, Category::SatHoliday | Category::SunHoliday)
    }

    pub(crate) fn of(kind: DayKind, weekday: Weekday) -> Category {
        match (kind, weekday) {
            (DayKind::Workday | DayKind::AdjustedWorkday, _) => Category::Workday,
            (DayKind::Holiday, Weekday::Sat) => Category::SatHoliday,
            (DayKind::Holiday, Weekday::Sun) => Category::SunHoliday,
            (DayKind::Holiday, _) => Category::WeekdayHoliday,
            (DayKind::Weekend, Weekday::Sun) => Category::Sun,
            (DayKind::Weekend, _) => Category::Sat,
        }
    }
}

/// One day in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DayCode {
    pub kind: DayKind,
    pub cat: Category,
    pub known: bool,
    /// Index into the names, plus one; 0 for none.
    pub name: u32,
}

/// The merged calendar.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Calendar {
    /// Day number (days from CE) of the table's first entry.
    pub(crate) first: i32,
    /// The year of the table's first entry (always a 1 January).
    pub(crate) first_year: i32,
    /// Where each year from `first_year` on starts in `codes`: a date's row is found from
    /// its year and day of the year, two bit fields of chrono's date, without the divisions
    /// of a day number (status queries ask it for every hall every minute).
    pub(crate) year_starts: List<u32>,
    pub(crate) codes: List<DayCode>,
    /// Holiday names, as the notices spell them; a code's `name` indexes them from 1.
    pub(crate) names: List<Text>,
    pub(crate) years: List<i32>,
    pub(crate) papers: List<Text>,
}

/// Weekday of a day number (`num_days_from_ce`; day 1 is Monday 0001-01-01).
fn weekday_of(day: i32) -> Weekday {
    match (day - 1).rem_euclid(7) {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// The plain rule for a day no notice covers.
pub(crate) fn plain(day: i32) -> DayCode {
    let wd = weekday_of(day);
    let kind = if matches!(wd, Weekday::Sat | Weekday::Sun) {
        DayKind::Weekend
    } else {
        DayKind::Workday
    };
    DayCode {
        kind,
        cat: Category::of(kind, wd),
        known: false,
        name: 0,
    }
}

impl Calendar {
    /// The code of a day number (`num_days_from_ce`).
    #[inline]
    pub(crate) fn code(&self, day: i32) -> DayCode {
        let idx = day.wrapping_sub(self.first);
        match usize::try_from(idx).ok().and_then(|i| self.codes.get(i)) {
            Some(c) => *c,
            None => plain(day),
        }
    }

    /// The code of a date: the same as `code(date.num_days_from_ce())`, faster.
    #[inline]
    pub(crate) fn code_of(&self, date: NaiveDate) -> DayCode {
        self.code_at(self.row_of(date), date)
    }

    /// The code of a date whose row (from [`Calendar::row_of`]) is known.
    #[inline]
    pub(crate) fn code_at(&self, row: Option<usize>, date: NaiveDate) -> DayCode {
        match row.and_then(|r| self.codes.get(r)) {
            Some(c) => *c,
            None => plain(date.num_days_from_ce()),
        }
    }

    /// Where a date is in the table (from its year and day of the year), if the table
    /// covers its year; tables kept beside the calendar (the halls' days ahead) share it.
    #[inline]
    pub(crate) fn row_of(&self, date: NaiveDate) -> Option<usize> {
        let year = usize::try_from(date.year().wrapping_sub(self.first_year)).ok()?;
        let start = *self.year_starts.get(year)? as usize;
        Some(start + date.ordinal0() as usize).filter(|&r| r < self.codes.len())
    }

    /// How many days the table covers, from [`Calendar::first_date`].
    pub(crate) fn rows(&self) -> usize {
        self.codes.len()
    }

    /// The date of the table's first row (a 1 January); `None` for an empty calendar.
    pub(crate) fn first_date(&self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(self.first)
    }

    /// The holiday name of a code.
    pub(crate) fn name(&self, code: DayCode) -> Option<&str> {
        let i = usize::try_from(code.name).ok()?.checked_sub(1)?;
        self.names.get(i).map(|n| &**n)
    }

    /// Full information about a date.
    pub(crate) fn info(&self, date: NaiveDate) -> DayInfo {
        let code = self.code_of(date);
        DayInfo {
            date,
            kind: code.kind,
            holiday: self.name(code).map(str::to_string),
            calendar_known: code.known,
        }
    }

    /// Years with a calendar file, ascending.
    pub(crate) fn years(&self) -> &[i32] {
        &self.years
    }

    /// The notices cited by the files.
    pub(crate) fn papers(&self) -> &[Text] {
        &self.papers
    }

    /// Whether a year has a calendar file.
    pub(crate) fn knows_year(&self, year: i32) -> bool {
        self.years.binary_search(&year).is_ok()
    }
}

/// The year whose calendar file is due and missing on `today`, given the years with a file:
/// `today`'s own year at any time (its holidays would go unconfirmed), and from 1 November
/// the next year too, since the State Council publishes the next year's notice in November
/// or December. `None` when nothing is due.
pub fn missing_calendar_year(years: &[i32], today: NaiveDate) -> Option<i32> {
    let this = today.year();
    let next = this.checked_add(1)?;
    if !years.contains(&this) {
        return Some(this);
    }
    (today.month() >= 11 && !years.contains(&next)).then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_calendar_year_from_1_november() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let years = [2025, 2026];
        assert_eq!(missing_calendar_year(&years, d(2026, 10, 31)), None);
        assert_eq!(missing_calendar_year(&years, d(2026, 11, 1)), Some(2027));
        assert_eq!(missing_calendar_year(&years, d(2026, 12, 31)), Some(2027));
        assert_eq!(missing_calendar_year(&[2026, 2027], d(2026, 11, 1)), None);
        // A year already under way without its file is due whatever the month.
        assert_eq!(missing_calendar_year(&years, d(2027, 1, 2)), Some(2027));
        assert_eq!(missing_calendar_year(&[], d(2026, 3, 1)), Some(2026));
        // The last date chrono knows: no overflow, no panic.
        let last = NaiveDate::MAX.year();
        assert_eq!(
            missing_calendar_year(&[last], NaiveDate::MAX),
            Some(last + 1)
        );
    }

    #[test]
    fn weekday_of_matches_chrono() {
        for (y, m, d) in [(2026, 10, 10), (1900, 1, 1), (2100, 12, 31), (1, 1, 1)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(weekday_of(date.num_days_from_ce()), date.weekday());
        }
    }
}
