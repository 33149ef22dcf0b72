#![cfg(not(target_arch = "wasm32"))]
//! The legal calendar: every listed date of 2025 and 2026 from the shipped files, a
//! hand-written list of expected kinds, counts of legal workdays, and the fallback outside
//! the covered years.

use chrono::{Datelike, NaiveDate, Weekday};
use pinggu_hours::engine::{DayKind, Engine};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn every_listed_day_of_2025_and_2026() {
    let engine = Engine::embedded().unwrap();
    for text in [
        include_str!("../static/data/holiday-cn/2025.json"),
        include_str!("../static/data/holiday-cn/2026.json"),
    ] {
        let file: serde_json::Value = serde_json::from_str(text).unwrap();
        let days = file["days"].as_array().unwrap();
        assert!(days.len() > 30);
        for d in days {
            let day = engine.day(date(d["date"].as_str().unwrap()));
            let off = d["isOffDay"].as_bool().unwrap();
            let expect = if off {
                DayKind::Holiday
            } else {
                DayKind::AdjustedWorkday
            };
            assert_eq!(day.kind, expect, "{d}");
            assert_eq!(day.holiday.as_deref(), d["name"].as_str(), "{d}");
            assert!(day.calendar_known);
            if !off {
                assert!(matches!(day.date.weekday(), Weekday::Sat | Weekday::Sun));
            }
        }
    }
}

/// Written by hand from the State Council notices, so the test fails if the data or the
/// merging goes wrong.
#[test]
fn hand_written_kinds() {
    let engine = Engine::embedded().unwrap();
    let rows = [
        ("2025-01-01", DayKind::Holiday, Some("元旦")),
        ("2025-01-26", DayKind::AdjustedWorkday, Some("春节")),
        ("2025-01-27", DayKind::Workday, None),
        ("2025-02-04", DayKind::Holiday, Some("春节")),
        ("2025-02-08", DayKind::AdjustedWorkday, Some("春节")),
        ("2025-05-31", DayKind::Holiday, Some("端午节")),
        (
            "2025-09-28",
            DayKind::AdjustedWorkday,
            Some("国庆节、中秋节"),
        ),
        ("2025-10-08", DayKind::Holiday, Some("国庆节、中秋节")),
        (
            "2025-10-11",
            DayKind::AdjustedWorkday,
            Some("国庆节、中秋节"),
        ),
        ("2025-10-12", DayKind::Weekend, None),
        ("2026-01-02", DayKind::Holiday, Some("元旦")),
        ("2026-01-04", DayKind::AdjustedWorkday, Some("元旦")),
        ("2026-02-14", DayKind::AdjustedWorkday, Some("春节")),
        ("2026-02-23", DayKind::Holiday, Some("春节")),
        ("2026-02-24", DayKind::Workday, None),
        ("2026-02-28", DayKind::AdjustedWorkday, Some("春节")),
        ("2026-03-07", DayKind::Weekend, None),
        ("2026-03-09", DayKind::Workday, None),
        ("2026-05-09", DayKind::AdjustedWorkday, Some("劳动节")),
        ("2026-06-19", DayKind::Holiday, Some("端午节")),
        ("2026-09-20", DayKind::AdjustedWorkday, Some("国庆节")),
        ("2026-09-25", DayKind::Holiday, Some("中秋节")),
        ("2026-10-01", DayKind::Holiday, Some("国庆节")),
        ("2026-10-09", DayKind::Workday, None),
        ("2026-10-10", DayKind::AdjustedWorkday, Some("国庆节")),
        ("2026-10-11", DayKind::Weekend, None),
        // "与周末连休" weekends are not listed: plain weekends.
        ("2024-06-08", DayKind::Weekend, None),
        ("2024-10-12", DayKind::AdjustedWorkday, Some("国庆节")),
    ];
    for (d, kind, name) in rows {
        let info = engine.day(date(d));
        assert_eq!(info.kind, kind, "{d}");
        assert_eq!(info.holiday.as_deref(), name, "{d}");
        assert!(info.calendar_known, "{d}");
    }
}

/// 2025 and 2026 both have 261 Mondays-to-Fridays; 18 / 19 of them are holidays and 5 / 6
/// weekend days are adjusted workdays: 248 legal workdays each (counted by hand).
#[test]
fn legal_workday_counts() {
    let engine = Engine::embedded().unwrap();
    for year in [2025, 2026] {
        let n = date(&format!("{year}-01-01"))
            .iter_days()
            .take_while(|d| d.year() == year)
            .filter(|d| engine.day(*d).kind.is_legal_workday())
            .count();
        assert_eq!(n, 248, "{year}");
    }
}

#[test]
fn outside_covered_years_plain_and_flagged() {
    let engine = Engine::embedded().unwrap();
    assert_eq!(engine.calendar_years(), [2024, 2025, 2026]);
    let rows = [
        ("2023-12-31", DayKind::Weekend),
        ("2027-01-01", DayKind::Workday),
        ("2027-10-01", DayKind::Workday),
        ("1900-01-01", DayKind::Workday),
        ("2100-12-31", DayKind::Workday),
        ("2100-12-25", DayKind::Weekend),
    ];
    for (d, kind) in rows {
        let info = engine.day(date(d));
        assert_eq!(info.kind, kind, "{d}");
        assert!(!info.calendar_known, "{d}");
        assert_eq!(info.holiday, None, "{d}");
    }
    assert!(engine.day(date("2024-01-01")).calendar_known);
    assert!(engine.day(date("2026-12-31")).calendar_known);
}

#[test]
fn upcoming_special_days() {
    let engine = Engine::embedded().unwrap();
    let days = engine.upcoming_special_days(date("2026-09-19"), 30);
    let listed: Vec<(String, DayKind)> =
        days.iter().map(|d| (d.date.to_string(), d.kind)).collect();
    let expect = [
        ("2026-09-20", DayKind::AdjustedWorkday),
        ("2026-09-25", DayKind::Holiday),
        ("2026-09-26", DayKind::Holiday),
        ("2026-09-27", DayKind::Holiday),
        ("2026-10-01", DayKind::Holiday),
        ("2026-10-02", DayKind::Holiday),
        ("2026-10-03", DayKind::Holiday),
        ("2026-10-04", DayKind::Holiday),
        ("2026-10-05", DayKind::Holiday),
        ("2026-10-06", DayKind::Holiday),
        ("2026-10-07", DayKind::Holiday),
        ("2026-10-10", DayKind::AdjustedWorkday),
    ];
    let expect: Vec<(String, DayKind)> = expect.iter().map(|(d, k)| (d.to_string(), *k)).collect();
    assert_eq!(listed, expect);
    assert!(engine
        .upcoming_special_days(date("2027-01-01"), 365)
        .is_empty());
}

#[test]
fn calendar_papers_are_cited() {
    let engine = Engine::embedded().unwrap();
    assert_eq!(engine.calendar_papers().len(), 3);
}
