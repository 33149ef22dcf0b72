//! Yearly service minutes per hall, for the center's yearly review (Article 9).

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::engine::calendar::Category;
use crate::engine::engine::Engine;
use crate::engine::schedule::templates::State;

/// Service minutes of one hall in a year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HallMinutes {
    /// The hall's id.
    pub id: String,
    /// Minutes of regular hours.
    pub regular_minutes: u32,
    /// Minutes of extended windows on legal workdays.
    pub workday_extended_minutes: u32,
    /// Minutes of weekend extended windows (and of an exception's windows on any day that
    /// is not a legal workday: reading: exception days).
    pub weekend_extended_minutes: u32,
}

/// Service minutes of every hall in a year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct YearReport {
    /// The year.
    pub year: i32,
    /// False if the year has no calendar file (plain weekdays and weekends were used).
    pub calendar_known: bool,
    /// One row per hall, in the order of halls.json.
    pub halls: Vec<HallMinutes>,
}

impl Engine {
    /// The service minutes each hall offers in `year`, exception days as exceptions.json sets
    /// them. A year chrono cannot represent gives
    /// zero minutes and `calendar_known: false`.
    ///
    /// ```
    /// use pinggu_hours::engine::Engine;
    /// let engine = Engine::embedded();
    /// let r = engine.year_report(2026);
    /// assert!(r.calendar_known);
    /// assert_eq!(r.halls[3].id, "tax");
    /// assert_eq!(r.halls[3].weekend_extended_minutes, 0);
    /// ```
    pub fn year_report(&self, year: i32) -> YearReport {
        let mut halls: Vec<HallMinutes> = self
            .halls
            .iter()
            .map(|h| HallMinutes {
                id: h.id.to_string(),
                regular_minutes: 0,
                workday_extended_minutes: 0,
                weekend_extended_minutes: 0,
            })
            .collect();
        let first = NaiveDate::from_ymd_opt(year, 1, 1);
        let days = first.map(|d| d.iter_days().take_while(|x| x.year() == year));
        for date in days.into_iter().flatten() {
            let day = date.num_days_from_ce();
            let cat = self.calendar.code(day).cat;
            for (row, t) in halls.iter_mut().zip(&self.templates) {
                // An exception day counts the windows it gives (none when it closes the hall).
                for s in t.day(day, cat).spans {
                    let minutes = u32::from(s.end.saturating_sub(s.start));
                    let field = match (s.state, cat) {
                        (State::Open, _) => &mut row.regular_minutes,
                        (_, Category::Workday) => &mut row.workday_extended_minutes,
                        _ => &mut row.weekend_extended_minutes,
                    };
                    *field = field.saturating_add(minutes);
                }
            }
        }
        YearReport {
            year,
            calendar_known: first.is_some() && self.calendar.knows_year(year),
            halls,
        }
    }
}
