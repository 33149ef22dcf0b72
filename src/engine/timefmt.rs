//! Text forms of times, and Beijing wall time from a Unix clock.
//!
//! The engine never reads a clock. These helpers let the page (and the CLI) turn the
//! device's clock and user input into the Beijing wall time every query takes.

use chrono::{DateTime, NaiveDateTime, NaiveTime, TimeDelta, Timelike};
use serde::Serializer;

use super::error::EngineError;

const AT_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// Beijing wall time (UTC+08:00; China has no daylight saving) at a Unix time in
/// milliseconds, as JavaScript's `Date.now()` gives it. Works whatever time zone the device
/// is set to. `None` for NaN, infinities and times chrono cannot represent.
///
/// ```
/// use pinggu_hours::engine::{beijing_from_unix_millis, format_at};
/// // 2026-01-01T00:00Z is 08:00 in Beijing.
/// let t = beijing_from_unix_millis(1_767_225_600_000.0).unwrap();
/// assert_eq!(format_at(t), "2026-01-01T08:00");
/// assert_eq!(beijing_from_unix_millis(f64::NAN), None);
/// ```
pub fn beijing_from_unix_millis(ms: f64) -> Option<NaiveDateTime> {
    if !ms.is_finite() || ms.abs() > 9.0e15 {
        return None;
    }
    let utc = DateTime::from_timestamp_millis(ms.floor() as i64)?;
    utc.naive_utc().checked_add_signed(TimeDelta::hours(8))
}

/// Parse `YYYY-MM-DDTHH:MM` (Beijing wall time), the one time format of the CLI and of
/// every serialized answer.
///
/// ```
/// use pinggu_hours::engine::{parse_at, format_at};
/// let t = parse_at("2026-10-10T09:00").unwrap();
/// assert_eq!(format_at(t), "2026-10-10T09:00");
/// assert!(parse_at("2026-10-10 09:00").is_err());
/// assert!(parse_at("2026-02-30T09:00").is_err());
/// ```
pub fn parse_at(text: &str) -> Result<NaiveDateTime, EngineError> {
    let bad = || EngineError::BadTime {
        input: text.to_string(),
    };
    if text.len() > 32 {
        return Err(bad());
    }
    NaiveDateTime::parse_from_str(text, AT_FORMAT).map_err(|_| bad())
}

/// Format a time as `YYYY-MM-DDTHH:MM` (seconds are dropped, not rounded).
pub fn format_at(at: NaiveDateTime) -> String {
    at.format(AT_FORMAT).to_string()
}

/// `HH:MM` of a time of day.
pub(crate) fn format_hhmm(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// Parse a time of day `H:MM` or `HH:MM` (00:00 to 23:59). Windows end by 23:59: none runs
/// past midnight, so `24:00` is not accepted.
pub(crate) fn parse_hhmm(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: u32 = h.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    NaiveTime::from_hms_opt(h, m, 0)
}

/// Minute of the day, 0..1440.
pub(crate) fn minute_of_day(t: NaiveTime) -> u16 {
    // hour < 24 and minute < 60, so this fits in u16.
    (t.hour() * 60 + t.minute()) as u16
}

/// Serialize a time as `YYYY-MM-DDTHH:MM`.
pub(crate) fn ser_at<S: Serializer>(at: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&at.format(AT_FORMAT))
}

/// Serialize an optional time as `YYYY-MM-DDTHH:MM` or null.
pub(crate) fn ser_opt_at<S: Serializer>(
    at: &Option<NaiveDateTime>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => s.collect_str(&at.format(AT_FORMAT)),
        None => s.serialize_none(),
    }
}

/// Serialize a time of day as `HH:MM`.
pub(crate) fn ser_hhmm<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_hhmm(*t))
}

/// Serialize an optional time of day as `HH:MM` or null.
pub(crate) fn ser_opt_hhmm<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&format_hhmm(*t)),
        None => s.serialize_none(),
    }
}

/// Serialize a shared hall id as a plain string.
pub(crate) fn ser_arc_str<S: Serializer>(v: &std::sync::Arc<str>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(v)
}
