//! OpenStreetMap `opening_hours` strings: a hall's ordinary week, then every holiday and
//! adjusted workday (调休上班) spelled out as a dated rule. Maps' built-in China holidays
//! (`PH`) know the days off but not the Saturdays and Sundays worked in exchange, so the
//! calendar is written out date by date from the engine instead:
//! `Mo-Fr 08:30-17:30; Sa 09:00-13:00 "by appointment"; 2026 Oct 01-07 off; 2026 Oct 10 08:30-17:30`.
//!
//! Every run a hall serves counts, walk-in or booked-only; a rule whose times all serve booked
//! visitors only carries the comment `"by appointment"`. A later rule replaces an earlier one
//! on the days it names, so the dated rules come last.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{hhmm, ordinary_week, special_days, stretches, Hours, Stretch};
use crate::engine::{Appointment, Engine, EngineError, Run};

/// The comment on a rule whose every time range needs a booking.
pub const BY_APPOINTMENT: &str = "\"by appointment\"";

/// The `opening_hours` value of a hall, with dated rules for the special days from `from` to
/// the end of the last calendar year the data covers.
///
/// ```
/// use chrono::NaiveDate;
/// use pinggu_hours::engine::Engine;
/// use pinggu_hours::export::osm::opening_hours;
/// let oh = opening_hours(&Engine::embedded(), "district", NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()).unwrap();
/// assert!(oh.starts_with("Mo-Fr 08:30-17:30; Sa 09:00-13:00 \"by appointment\"; "));
/// assert!(oh.contains("; 2026 Oct 01-07 off; 2026 Oct 10 08:30-17:30"));
/// ```
pub fn opening_hours(engine: &Engine, hall: &str, from: NaiveDate) -> Result<String, EngineError> {
    let mut rules = weekly_rules(&ordinary_week(engine, hall)?);
    let specials = special_days(engine, Some(from));
    let dated = stretches(engine, hall, &specials, key)?;
    rules.extend(dated.iter().map(dated_rule));
    Ok(rules.join("; "))
}

/// What a rule says about a day: each run's hours and appointment rule.
type Key = Vec<(Hours, Appointment)>;

fn key(runs: &[Run]) -> Key {
    runs.iter()
        .map(|r| ((r.start, r.end), r.appointment))
        .collect()
}

/// The ordinary week as rules: weekdays with the same runs share one rule (`Mo-Fr`, `Sa,Su`).
fn weekly_rules(week: &[(Weekday, Vec<Run>)]) -> Vec<String> {
    let mut groups: Vec<(Vec<Weekday>, Key)> = Vec::new();
    for (day, runs) in week {
        let k = key(runs);
        if k.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(_, g)| *g == k) {
            Some((days, _)) => days.push(*day),
            None => groups.push((vec![*day], k)),
        }
    }
    groups
        .iter()
        .map(|(days, k)| format!("{} {}", weekdays(days), body(k)))
        .collect()
}

/// `2026 Oct 01-07 off`, `2026 Oct 10 08:30-17:30`, `2026 Sep 30-Oct 02 off`.
fn dated_rule(s: &Stretch<Key>) -> String {
    let first = format!("{} {} {:02}", s.first.year(), month(s.first), s.first.day());
    let range = if s.first == s.last {
        first
    } else if s.first.month() == s.last.month() {
        format!("{first}-{:02}", s.last.day())
    } else {
        format!("{first}-{} {:02}", month(s.last), s.last.day())
    };
    format!("{range} {}", body(&s.hours))
}

/// A rule's times: `off`, or the served hours with touching runs joined (OSM has no booking
/// rule per time range), and a comment naming what needs a booking: `"by appointment"` when
/// all of it does, `"by appointment: 08:30-09:00,17:00-17:30"` when part of it does.
fn body(k: &Key) -> String {
    if k.is_empty() {
        return "off".to_string();
    }
    let mut joined: Vec<Hours> = Vec::new();
    for ((start, end), _) in k {
        match joined.last_mut() {
            Some((_, last_end)) if *last_end == *start => *last_end = *end,
            _ => joined.push((*start, *end)),
        }
    }
    let booked: Vec<Hours> = k
        .iter()
        .filter(|(_, a)| *a == Appointment::Required)
        .map(|(h, _)| *h)
        .collect();
    let served = times(&joined);
    if booked.is_empty() {
        served
    } else if booked.len() == k.len() {
        format!("{served} {BY_APPOINTMENT}")
    } else {
        format!("{served} \"by appointment: {}\"", times(&booked))
    }
}

/// `08:30-12:00,14:00-17:30`.
fn times(hours: &[Hours]) -> String {
    hours
        .iter()
        .map(|(s, e)| format!("{}-{}", hhmm(*s), hhmm(*e)))
        .collect::<Vec<_>>()
        .join(",")
}

/// `Mo-Fr`, `Sa`, `Sa,Su`, `Mo-We,Fr`: consecutive days of three or more as a range.
fn weekdays(days: &[Weekday]) -> String {
    let mut runs: Vec<(Weekday, Weekday, usize)> = Vec::new();
    for &d in days {
        match runs.last_mut() {
            Some((_, last, n)) if last.succ() == d && d != Weekday::Mon => {
                *last = d;
                *n += 1;
            }
            _ => runs.push((d, d, 1)),
        }
    }
    runs.iter()
        .map(|&(first, last, n)| match n {
            1 => day(first).to_string(),
            2 => format!("{},{}", day(first), day(last)),
            _ => format!("{}-{}", day(first), day(last)),
        })
        .collect::<Vec<_>>()
        .join(",")
}

fn day(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "Mo",
        Weekday::Tue => "Tu",
        Weekday::Wed => "We",
        Weekday::Thu => "Th",
        Weekday::Fri => "Fr",
        Weekday::Sat => "Sa",
        Weekday::Sun => "Su",
    }
}

fn month(d: NaiveDate) -> &'static str {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    MONTHS.get(d.month0() as usize).copied().unwrap_or("Jan")
}

#[cfg(test)]
mod tests;
