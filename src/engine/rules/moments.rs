//! Moments the planner offers as shortcuts ("this Saturday morning", "next workday morning"),
//! worked out here so the page never does date arithmetic of its own and the legal calendar
//! decides what a workday is.
//!
//! Both take "now" as an argument (the engine reads no clock) and step through dates only
//! with checked arithmetic: a device clock set to the end of chrono's range gets `None`,
//! never a panic.

use chrono::{Datelike, Days, NaiveDateTime, NaiveTime, Weekday};

use crate::engine::engine::Engine;

/// The morning time both shortcuts choose: every hall's regular hours and every weekend
/// window (Article 4, Article 5(2)) have begun by 09:00 on a day the hall serves.
const MORNING: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// How far ahead [`Engine::next_workday_morning`] looks: longer than any run of days off in
/// the State Council's calendars (the Spring Festival break with its weekends is 9 days).
const WORKDAY_SEARCH_DAYS: u64 = 31;

impl Engine {
    /// The Saturday 09:00 the visitor most likely means by "this Saturday morning" at `at`:
    /// the first Saturday 09:00 that is not in the past. On a Saturday up to 09:00 that is
    /// the same day; later on a Saturday it is the next Saturday, since that morning is gone.
    /// The calendar is not consulted: a Saturday inside a holiday or worked as an adjusted
    /// workday is still the Saturday asked about, and the page shows what the halls do then.
    /// `None` only at the end of chrono's date range.
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Engine};
    /// let engine = Engine::embedded();
    /// // Saturday 28 November 2026 at 15:00: this Saturday's morning is past.
    /// let at = parse_at("2026-11-28T15:00").unwrap();
    /// assert_eq!(engine.saturday_morning(at), parse_at("2026-12-05T09:00").ok());
    /// ```
    pub fn saturday_morning(&self, at: NaiveDateTime) -> Option<NaiveDateTime> {
        let today = at.date().weekday().num_days_from_monday();
        let ahead = (Weekday::Sat.num_days_from_monday() + 7 - today) % 7;
        let morning = at
            .date()
            .checked_add_days(Days::new(u64::from(ahead)))?
            .and_time(MORNING);
        if morning >= at {
            Some(morning)
        } else {
            morning.checked_add_days(Days::new(7))
        }
    }

    /// The first 09:00 strictly after `at` on a legal workday (法定工作日) of the engine's
    /// calendar, adjusted workdays (调休上班) included and holidays skipped: the next chance
    /// to visit in regular hours. Early on a workday (00:47 on a Monday) it is that morning.
    /// `None` at the end of chrono's date range, or if no workday falls in the next 31 days.
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Engine};
    /// let engine = Engine::embedded();
    /// // Friday 9 October 2026 after closing: Saturday 10 October is worked in exchange
    /// // for National Day (调休上班), so it is the next workday.
    /// let at = parse_at("2026-10-09T17:00").unwrap();
    /// assert_eq!(engine.next_workday_morning(at), parse_at("2026-10-10T09:00").ok());
    /// ```
    pub fn next_workday_morning(&self, at: NaiveDateTime) -> Option<NaiveDateTime> {
        (0..=WORKDAY_SEARCH_DAYS)
            .map(|ahead| at.date().checked_add_days(Days::new(ahead)))
            .take_while(Option::is_some)
            .flatten()
            .map(|date| date.and_time(MORNING))
            .find(|morning| *morning > at && self.day(morning.date()).kind.is_legal_workday())
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::engine::parse_at;

    fn engine() -> Engine {
        Engine::embedded()
    }

    /// A time in 262142, the last year chrono can represent (its 31 December is a Monday).
    fn last_year(month: u32, day: u32, hour: u32, minute: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(262_142, month, day)
            .and_then(|d| d.and_hms_opt(hour, minute, 0))
            .unwrap()
    }

    /// Runs `question` on every row (`at`, expected answer or `None`) and reports every row
    /// that differs, not just the first.
    fn check(
        rows: &[(&str, Option<&str>)],
        question: impl Fn(NaiveDateTime) -> Option<NaiveDateTime>,
    ) {
        let failures: Vec<String> = rows
            .iter()
            .filter_map(|&(at, want)| {
                let got = question(parse_at(at).unwrap());
                let want = want.map(|w| parse_at(w).unwrap());
                (got != want).then(|| format!("at {at}: got {got:?}, want {want:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn saturday_morning_is_the_first_saturday_0900_not_in_the_past() {
        let engine = engine();
        check(
            &[
                ("2026-11-24T10:00", Some("2026-11-28T09:00")), // Tuesday: the coming Saturday
                ("2026-11-27T23:59", Some("2026-11-28T09:00")), // Friday night: tomorrow
                ("2026-11-28T00:47", Some("2026-11-28T09:00")), // Saturday, before 09:00: today
                ("2026-11-28T09:00", Some("2026-11-28T09:00")), // Saturday 09:00 is not past
                ("2026-11-28T09:01", Some("2026-12-05T09:00")), // just past: next Saturday
                ("2026-11-28T15:00", Some("2026-12-05T09:00")), // Saturday afternoon: next Saturday
                ("2026-11-29T10:00", Some("2026-12-05T09:00")), // Sunday: the coming Saturday
                ("2026-10-03T08:00", Some("2026-10-03T09:00")), // a Saturday in a holiday still counts
                ("2026-12-31T12:00", Some("2027-01-02T09:00")), // across a year
            ],
            |at| engine.saturday_morning(at),
        );
    }

    #[test]
    fn next_workday_morning_is_the_first_workday_0900_strictly_after() {
        let engine = engine();
        check(
            &[
                ("2026-11-30T00:47", Some("2026-11-30T09:00")), // Monday 00:47: that Monday
                ("2026-11-30T08:59", Some("2026-11-30T09:00")), // a minute before: still today
                ("2026-11-30T09:00", Some("2026-12-01T09:00")), // at 09:00: strictly after
                ("2026-11-27T15:00", Some("2026-11-30T09:00")), // Friday afternoon: Monday
                ("2026-11-28T10:00", Some("2026-11-30T09:00")), // Saturday: Monday
                ("2026-09-30T12:00", Some("2026-10-08T09:00")), // National Day, 1-7 October: the 8th
                ("2026-10-01T00:30", Some("2026-10-08T09:00")), // a holiday morning is no workday
                ("2026-09-19T10:00", Some("2026-09-20T09:00")), // an adjusted Sunday is a workday
                ("2026-02-14T10:00", Some("2026-02-24T09:00")), // Spring Festival, 15-23 February
                ("2030-01-04T18:00", Some("2030-01-07T09:00")), // no calendar file: plain weekdays
                ("2026-10-09T17:00", Some("2026-10-10T09:00")), // Friday: the adjusted Saturday
            ],
            |at| engine.next_workday_morning(at),
        );
    }

    #[test]
    fn the_end_of_the_date_range_gives_none_not_a_panic() {
        assert_eq!(NaiveDate::MAX, last_year(12, 31, 0, 0).date());
        let engine = engine();
        let morning = |day| Some(last_year(12, day, 9, 0));
        // (now, this Saturday morning, next workday morning)
        let rows = [
            (last_year(12, 25, 10, 0), morning(29), morning(26)), // Tuesday: both in range
            (last_year(12, 29, 15, 0), None, morning(31)),        // no Saturday after this one
            (last_year(12, 31, 0, 47), None, morning(31)),        // the last day, early
            (last_year(12, 31, 23, 59), None, None),              // the last minute
        ];
        let failures: Vec<String> = rows
            .iter()
            .filter_map(|&(at, saturday, workday)| {
                let got = (engine.saturday_morning(at), engine.next_workday_morning(at));
                (got != (saturday, workday)).then(|| format!("at {at}: got {got:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
