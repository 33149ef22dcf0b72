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
