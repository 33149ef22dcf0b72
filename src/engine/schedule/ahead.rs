//! The days ahead on which a hall's hours differ from its ordinary week: holidays, adjusted
//! workdays and the hall's exception days (exceptions.json), each as the hall's timetable,
//! so the page can tell a visitor in advance ("12月5日暂停办理：系统升级").

use chrono::{Datelike, NaiveDate};

use crate::engine::engine::Engine;
use crate::engine::error::EngineError;
use crate::engine::schedule::timetable::DayTimetable;
use crate::engine::sorted::insert_by_key;

/// The longest look ahead answered, in days (about ten years).
const MAX_DAYS: u32 = 3660;

impl Engine {
    /// The hall's exception days among the `days` days from `from` (at most 3660), in date
    /// order, each as its timetable with the exception's reason.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pinggu_hours::engine::Engine;
    /// let from = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    /// // The data shipped lists no exception.
    /// assert!(Engine::embedded().upcoming_exceptions("district", from, 30).unwrap().is_empty());
    /// ```
    pub fn upcoming_exceptions(
        &self,
        hall: &str,
        from: NaiveDate,
        days: u32,
    ) -> Result<Vec<DayTimetable>, EngineError> {
        self.exception_dates(hall, from, days)?
            .into_iter()
            .map(|d| self.day_timetable(hall, d))
            .collect()
    }

    /// The days among the `days` days from `from` (at most 3660) on which the hall's hours
    /// may differ from its ordinary week: holidays, adjusted workdays and the hall's
    /// exception days, in date order, each as the hall's timetable.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pinggu_hours::engine::Engine;
    /// let from = NaiveDate::from_ymd_opt(2026, 9, 28).unwrap();
    /// let days = Engine::embedded().special_days_of("district", from, 14).unwrap();
    /// // National Day, 1 to 7 October, and the adjusted workday on Saturday 10 October.
    /// assert_eq!(days.len(), 8);
    /// assert!(days[0].spans.is_empty());
    /// assert!(!days[7].spans.is_empty());
    /// ```
    pub fn special_days_of(
        &self,
        hall: &str,
        from: NaiveDate,
        days: u32,
    ) -> Result<Vec<DayTimetable>, EngineError> {
        let mut dates = self.exception_dates(hall, from, days)?;
        for day in self.upcoming_special_days(from, days) {
            if dates.binary_search(&day.date).is_err() {
                insert_by_key(&mut dates, day.date, |d| *d);
            }
        }
        dates
            .into_iter()
            .map(|d| self.day_timetable(hall, d))
            .collect()
    }

    /// The dates of the hall's exception days among the `days` days from `from`.
    fn exception_dates(
        &self,
        hall: &str,
        from: NaiveDate,
        days: u32,
    ) -> Result<Vec<NaiveDate>, EngineError> {
        let i = self.index(hall)?;
        let start = from.num_days_from_ce();
        let span = i32::try_from(days.min(MAX_DAYS)).unwrap_or(0);
        let end = start.saturating_add(span);
        Ok(self
            .templates
            .get(i)
            .map(|t| {
                t.exception_days(start, end)
                    .filter_map(|(day, _)| NaiveDate::from_num_days_from_ce_opt(day))
                    .collect()
            })
            .unwrap_or_default())
    }
}
