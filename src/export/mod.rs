//! The halls' hours for other programs: schema.org JSON-LD for search engines and maps
//! ([`jsonld`]), an iCalendar of the service windows ([`ics`]), OpenStreetMap
//! `opening_hours` strings ([`osm`]) and the HTML the page shows before its WebAssembly
//! starts ([`page_html`]). Written by `hours export` and, for JSON-LD and the HTML, into the
//! full page at build time (tools/json-ld.mjs, tools/prerender.mjs).
//!
//! Pure string and serde_json building over the engine's public queries: every hour, holiday
//! and adjusted workday comes from the engine, none is derived here. Native only (serde_json
//! is a native dependency); the page never links it.

pub mod ics;
pub mod jsonld;
pub mod osm;
pub mod page_html;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};

use crate::engine::{Appointment, DayInfo, Engine, EngineError, Hall, Run};

/// The halls an export covers: the one asked for, or every hall of the data that is not a
/// sample (sample entries are examples, not published hours, so no search engine or map
/// should receive them).
pub fn halls<'a>(engine: &'a Engine, hall: Option<&str>) -> Result<Vec<&'a Hall>, EngineError> {
    match hall {
        Some(id) => engine
            .hall(id)
            .map(|h| vec![h])
            .ok_or_else(|| EngineError::UnknownHall {
                hall: id.to_string(),
            }),
        None => Ok(engine.halls().iter().filter(|h| !h.sample).collect()),
    }
}

/// The halls a block written into the page carries (the JSON-LD and the hours shown before
/// the WebAssembly runs): the centers. Village and community stations (Article 8) may number
/// in the hundreds, and with the days ahead of each the page would grow by megabytes; the
/// live page finds a station by name, and `--hall ID` exports one. A list of one hall is
/// kept whatever it is.
pub fn page_halls<'a>(halls: &[&'a Hall]) -> Vec<&'a Hall> {
    let keep = |h: &&Hall| h.listed_among(halls.len());
    halls.iter().copied().filter(keep).collect()
}

/// The holidays and adjusted workdays of the calendar years the data covers, on or after
/// `from` (all of them when `None`), in date order.
pub fn special_days(engine: &Engine, from: Option<NaiveDate>) -> Vec<DayInfo> {
    let mut days = Vec::new();
    for &year in engine.calendar_years() {
        let (Some(first), Some(next)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year.saturating_add(1), 1, 1),
        ) else {
            continue;
        };
        let start = from.map_or(first, |f| f.max(first));
        let count = u32::try_from((next - start).num_days()).unwrap_or(0);
        days.extend(engine.upcoming_special_days(start, count));
    }
    days
}

/// One time range of a day, `[start, end)`.
pub type Hours = (NaiveTime, NaiveTime);

/// The time ranges of a day's runs, in order.
pub fn hours_of<'a>(runs: impl IntoIterator<Item = &'a Run>) -> Vec<Hours> {
    runs.into_iter().map(|r| (r.start, r.end)).collect()
}

/// Runs that a visitor without a booking can use: the only ones that count as opening hours
/// for a search engine (Article 3: booked-only windows serve booked visitors alone).
pub fn walk_in(runs: &[Run]) -> impl Iterator<Item = &Run> {
    runs.iter().filter(|r| r.appointment == Appointment::WalkIn)
}

/// Consecutive special days of one year on which a hall keeps the same hours: one dated
/// entry for a whole holiday period instead of one per day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stretch<T> {
    /// The first day.
    pub first: NaiveDate,
    /// The last day (equal to `first` for one day).
    pub last: NaiveDate,
    /// The hours of each of these days as the export writes them (empty: closed).
    pub hours: T,
}

/// The stretches of `days` (special days in date order) for a hall, with each day's hours
/// picked from its runs by `pick`. A stretch never crosses a year's end, so each can be
/// written with one year.
pub fn stretches<T: PartialEq>(
    engine: &Engine,
    hall: &str,
    days: &[DayInfo],
    pick: impl Fn(&[Run]) -> T,
) -> Result<Vec<Stretch<T>>, EngineError> {
    stretches_by(days, |day| Ok(pick(&engine.day_runs(hall, day.date)?)))
}

/// The stretches of `days` (special days in date order) over which `key` stays the same:
/// consecutive days of one year, so each can be written with one year.
pub fn stretches_by<T: PartialEq>(
    days: &[DayInfo],
    key: impl Fn(&DayInfo) -> Result<T, EngineError>,
) -> Result<Vec<Stretch<T>>, EngineError> {
    let mut out: Vec<Stretch<T>> = Vec::new();
    for day in days {
        let hours = key(day)?;
        match out.last_mut() {
            Some(s)
                if s.hours == hours
                    && s.last.succ_opt() == Some(day.date)
                    && s.last.year() == day.date.year() =>
            {
                s.last = day.date;
            }
            _ => out.push(Stretch {
                first: day.date,
                last: day.date,
                hours,
            }),
        }
    }
    Ok(out)
}

/// `HH:MM`, as schema.org, OSM and iCalendar readers expect (leading zero kept).
pub fn hhmm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// Monday to Sunday, for walking an ordinary week's groups day by day.
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The days from `first` to `last` of an ordinary week (a week summary group).
pub fn days_of(first: Weekday, last: Weekday) -> impl Iterator<Item = Weekday> {
    let from = first.num_days_from_monday() as usize;
    let to = last.num_days_from_monday() as usize;
    WEEK.into_iter()
        .enumerate()
        .filter(move |(i, _)| (from..=to).contains(i))
        .map(|(_, d)| d)
}

/// Each weekday of an ordinary week (no holiday, no adjusted workday) with its runs, from
/// the engine's week summary; days without any have none.
pub fn ordinary_week(engine: &Engine, hall: &str) -> Result<Vec<(Weekday, Vec<Run>)>, EngineError> {
    let groups = engine.week_summary(hall)?;
    Ok(WEEK
        .iter()
        .map(|&day| {
            let runs = groups
                .iter()
                .find(|g| days_of(g.first, g.last).any(|d| d == day))
                .map(|g| g.runs.clone())
                .unwrap_or_default();
            (day, runs)
        })
        .collect())
}
