//! Text forms of times, and Beijing wall time from a Unix clock.
//!
//! The engine never reads a clock. These helpers let the page (and the CLI) turn the
//! device's clock and user input into the Beijing wall time every query takes.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike};
use serde::Serializer;

use crate::engine::error::EngineError;

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
    let mut s = Scan(text);
    let date = s.date();
    let time = s.at('T').and_then(|()| s.time());
    match (date, time, s.0.is_empty()) {
        (Some(date), Some(time), true) => Ok(date.and_time(time)),
        _ => Err(bad()),
    }
}

/// Parse a date `YYYY-MM-DD` (read as [`parse_at`] reads its date).
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut s = Scan(text);
    let date = s.date()?;
    s.0.is_empty().then_some(date)
}

/// Reads numbers as chrono's `%Y-%m-%dT%H:%M` parsing does, so the text accepted is exactly
/// what chrono accepted (whitespace before a number, one or two digits for a month, a sign
/// before a year of any length), without chrono's general format machinery in the wasm.
struct Scan<'a>(&'a str);

impl Scan<'_> {
    /// Up to `width` digits (at least one), as a number.
    fn digits(&mut self, width: usize) -> Option<i64> {
        let mut n: i64 = 0;
        let mut len = 0;
        for b in self.0.bytes().take(width).take_while(u8::is_ascii_digit) {
            n = n.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
            len += 1;
        }
        self.0 = self.0.get(len..).filter(|_| len > 0)?;
        Some(n)
    }

    /// A field of at most `width` digits after optional whitespace.
    fn field(&mut self, width: usize) -> Option<u32> {
        self.0 = self.0.trim_start();
        u32::try_from(self.digits(width)?).ok()
    }

    /// The character `c`.
    fn at(&mut self, c: char) -> Option<()> {
        self.0 = self.0.strip_prefix(c)?;
        Some(())
    }

    /// `Y-M-D`: a year of up to four digits, or signed and of any length.
    fn date(&mut self) -> Option<NaiveDate> {
        self.0 = self.0.trim_start();
        let year = if self.at('-').is_some() {
            self.digits(usize::MAX).map(|y| -y)
        } else if self.at('+').is_some() {
            self.digits(usize::MAX)
        } else {
            self.digits(4)
        };
        let year = i32::try_from(year?).ok()?;
        self.at('-')?;
        let month = self.field(2)?;
        self.at('-')?;
        NaiveDate::from_ymd_opt(year, month, self.field(2)?)
    }

    /// `H:M`.
    fn time(&mut self) -> Option<NaiveTime> {
        let hour = self.field(2)?;
        self.at(':')?;
        NaiveTime::from_hms_opt(hour, self.field(2)?, 0)
    }
}

/// Append `n` in decimal, zero-padded to `width` digits.
fn push_number(out: &mut String, n: u32, width: u32) {
    if n >= 10 || width > 1 {
        push_number(out, n / 10, width.saturating_sub(1));
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// Format a time as `YYYY-MM-DDTHH:MM` (seconds are dropped, not rounded). A year outside
/// 0 to 9999 carries its sign, as chrono's `%Y` writes it.
pub fn format_at(at: NaiveDateTime) -> String {
    let mut out = String::with_capacity(16);
    let year = at.year();
    if !(0..=9999).contains(&year) {
        out.push(if year < 0 { '-' } else { '+' });
    }
    push_number(&mut out, year.unsigned_abs(), 4);
    out.push('-');
    push_number(&mut out, at.month(), 2);
    out.push('-');
    push_number(&mut out, at.day(), 2);
    out.push('T');
    out.push_str(&format_hhmm(at.time()));
    out
}

/// `HH:MM` of a time of day.
pub fn format_hhmm(t: NaiveTime) -> String {
    let mut out = String::with_capacity(5);
    push_number(&mut out, t.hour(), 2);
    out.push(':');
    push_number(&mut out, t.minute(), 2);
    out
}

/// Parse a time of day `H:MM` or `HH:MM` (00:00 to 23:59). Windows end by 23:59: none runs
/// past midnight, so `24:00` is not accepted.
pub(crate) fn parse_hhmm(text: &str) -> Option<NaiveTime> {
    let (h, m) = text.split_once(':')?;
    if m.len() != 2 {
        return None;
    }
    let (mut h, mut m) = (Scan(h), Scan(m));
    let (hour, minute) = (h.digits(2)?, m.digits(2)?);
    if !(h.0.is_empty() && m.0.is_empty()) {
        return None;
    }
    NaiveTime::from_hms_opt(u32::try_from(hour).ok()?, u32::try_from(minute).ok()?, 0)
}

/// A time of day as a constant expression, for the data build.rs compiles in (those
/// times were validated before they were written out, so the fallback is never taken).
pub(crate) const fn hm(hour: u32, minute: u32) -> NaiveTime {
    match NaiveTime::from_hms_opt(hour, minute, 0) {
        Some(t) => t,
        None => NaiveTime::MIN,
    }
}

/// A date as a constant expression, for the data build.rs compiles in (validated before it
/// was written out, so the fallback is never taken).
#[allow(dead_code)] // Used by the compiled-in data whenever exceptions.json lists a date.
pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

/// Minute of the day, 0..1440: one division of the seconds (hour and minute would be two;
/// every status query asks it).
pub(crate) fn minute_of_day(t: NaiveTime) -> u16 {
    // Seconds of the day < 86,400, so the minute fits in u16.
    (t.num_seconds_from_midnight() / 60) as u16
}

/// Serialize a time as `YYYY-MM-DDTHH:MM`.
pub(crate) fn ser_at<S: Serializer>(at: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_at(*at))
}

/// Serialize an optional time as `YYYY-MM-DDTHH:MM` or null.
pub(crate) fn ser_opt_at<S: Serializer>(
    at: &Option<NaiveDateTime>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match at {
        Some(at) => s.serialize_str(&format_at(*at)),
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

#[cfg(test)]
mod tests;
