//! The hand-written parsers and formatter agree with chrono's `%Y-%m-%dT%H:%M`, which they
//! replace in the wasm (chrono's format machinery stays out of the page): every text built
//! from a grammar of near-misses is accepted or refused alike, with the same value.

use chrono::{NaiveDate, NaiveDateTime};

use super::{format_at, parse_at, parse_date};

const YEARS: &[&str] = &[
    "2026",
    "26",
    "0",
    "02026",
    "+2026",
    "-2026",
    "+",
    "-",
    "- 1",
    " 2026",
    "\u{3000}2026",
    "+12345",
    "-0001",
    "99999999999999999999",
    "+262143",
    "",
];
const MONTHS: &[&str] = &["1", "01", "12", "13", "0", " 3", "003", "", "x"];
const DAYS: &[&str] = &["5", "05", "29", "30", "31", "0", " 5", "", "055"];
const HOURS: &[&str] = &["9", "09", "23", "24", " 9", "", "009"];
const MINUTES: &[&str] = &["0", "00", "59", "60", " 5", "000", ""];

fn dates() -> impl Iterator<Item = String> {
    YEARS.iter().flat_map(|y| {
        ["-", "/", ""].iter().flat_map(move |s| {
            MONTHS
                .iter()
                .flat_map(move |m| DAYS.iter().map(move |d| format!("{y}{s}{m}-{d}")))
        })
    })
}

#[test]
fn parse_date_agrees_with_chrono() {
    let mut accepted = 0;
    for date in dates() {
        for tail in ["", " ", "T", "x"] {
            let text = format!("{date}{tail}");
            let chrono = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
            assert_eq!(parse_date(&text), chrono, "{text:?}");
            accepted += usize::from(chrono.is_some());
        }
    }
    // Lenient forms such as `+12345-1-5` and ` 2026- 3- 5` are among them.
    assert!(accepted > 100, "{accepted}");
}

#[test]
fn parse_at_agrees_with_chrono() {
    let mut accepted = 0;
    let dates = [
        "2026-10-10",
        "2026-2-29",
        "2024-2-29",
        " 2026-1-5",
        "+12345-01-01",
        "-5-1-1",
    ];
    for date in dates {
        for t in ["T", "t", " ", ""] {
            for h in HOURS {
                for m in MINUTES {
                    for tail in ["", ":00", " "] {
                        let text = format!("{date}{t}{h}:{m}{tail}");
                        let chrono = NaiveDateTime::parse_from_str(&text, "%Y-%m-%dT%H:%M").ok();
                        assert_eq!(parse_at(&text).ok(), chrono, "{text:?}");
                        accepted += usize::from(chrono.is_some());
                    }
                }
            }
        }
    }
    assert!(accepted > 50, "{accepted}");
}

#[test]
fn format_at_agrees_with_chrono() {
    let mut checked = 0;
    for year in [
        -262_000, -10_000, -1, 0, 5, 999, 1000, 2026, 9999, 10_000, 262_000,
    ] {
        for (m, d, h, min) in [(1, 1, 0, 0), (12, 31, 23, 59), (6, 9, 7, 5)] {
            let Some(at) =
                NaiveDate::from_ymd_opt(year, m, d).and_then(|x| x.and_hms_opt(h, min, 0))
            else {
                continue;
            };
            assert_eq!(format_at(at), at.format("%Y-%m-%dT%H:%M").to_string());
            checked += 1;
        }
    }
    // Every year listed is within chrono's range: none was skipped.
    assert_eq!(checked, 33);
}

/// A device clock chrono cannot represent (JavaScript's dates reach year 275760, chrono's
/// stop in 262142) gives `None`, so the page can say so instead of showing 1970.
#[test]
fn device_clocks_beyond_chronos_range_give_none() {
    use crate::engine::beijing_from_unix_millis;
    // The last minute chrono can hold, in Beijing: 262142-12-31T23:59 is 15:59 UTC.
    let last = NaiveDate::MAX
        .and_hms_opt(15, 59, 0)
        .unwrap()
        .and_utc()
        .timestamp_millis() as f64;
    assert_eq!(
        beijing_from_unix_millis(last),
        NaiveDate::MAX.and_hms_opt(23, 59, 0)
    );
    // Past it: 16:00 UTC on the last day is already the next day in Beijing.
    for ms in [
        last + 60_000.0,
        8.64e15,  // the largest time a JavaScript Date holds (year 275760)
        -8.64e15, // and the smallest
        9.1e15,
        f64::MAX,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ] {
        assert_eq!(beijing_from_unix_millis(ms), None, "{ms}");
    }
}
