#![cfg(not(target_arch = "wasm32"))]
//! The legal calendar: every listed date of every shipped calendar file, a hand-written list
//! of expected kinds, counts of legal workdays, and the fallback outside the covered years.

mod common;

use chrono::{Datelike, Weekday};
use common::table::{check_rows, named, optional};
use common::{data_texts, date, engine};
use pinggu_hours::engine::DayKind;

const KINDS: [DayKind; 4] = [
    DayKind::Workday,
    DayKind::Weekend,
    DayKind::Holiday,
    DayKind::AdjustedWorkday,
];

#[test]
fn every_listed_day_of_every_file() {
    let engine = engine();
    let texts = data_texts();
    // One file per year the engine knows: none skipped, none unread.
    assert_eq!(texts.calendars.len(), engine.calendar_years().len());
    for (name, text) in &texts.calendars {
        let file: serde_json::Value = serde_json::from_str(text).unwrap();
        let days = file["days"].as_array().unwrap();
        assert!(days.len() > 30, "{name}: {} days", days.len());
        for d in days {
            let day = engine.day(date(d["date"].as_str().unwrap()));
            let off = d["isOffDay"].as_bool().unwrap();
            let expect = if off {
                DayKind::Holiday
            } else {
                DayKind::AdjustedWorkday
            };
            assert_eq!(day.kind, expect, "{name}: {d}");
            assert_eq!(day.holiday.as_deref(), d["name"].as_str(), "{name}: {d}");
            assert!(day.calendar_known);
            if !off {
                assert!(matches!(day.date.weekday(), Weekday::Sat | Weekday::Sun));
            }
        }
    }
}

/// Written by hand from the State Council notices, so the test fails if the data or the
/// merging goes wrong. `-`: no holiday name.
const KNOWN_DAYS: &str = "
    # date        kind              holiday
    2025-01-01    holiday           元旦
    2025-01-26    adjusted_workday  春节
    2025-01-27    workday           -
    2025-02-04    holiday           春节
    2025-02-08    adjusted_workday  春节
    2025-05-31    holiday           端午节
    2025-09-28    adjusted_workday  国庆节、中秋节
    2025-10-08    holiday           国庆节、中秋节
    2025-10-11    adjusted_workday  国庆节、中秋节
    2025-10-12    weekend           -
    2026-01-02    holiday           元旦
    2026-01-04    adjusted_workday  元旦
    2026-02-14    adjusted_workday  春节
    2026-02-23    holiday           春节
    2026-02-24    workday           -
    2026-02-28    adjusted_workday  春节
    2026-03-07    weekend           -
    2026-03-09    workday           -
    2026-05-09    adjusted_workday  劳动节
    2026-06-19    holiday           端午节
    2026-09-20    adjusted_workday  国庆节
    2026-09-25    holiday           中秋节
    2026-10-01    holiday           国庆节
    2026-10-09    workday           -
    2026-10-10    adjusted_workday  国庆节
    2026-10-11    weekend           -
    # 与周末连休 weekends are not listed: plain weekends.
    2024-06-08    weekend           -
    2024-10-12    adjusted_workday  国庆节
";

#[test]
fn hand_written_kinds() {
    let rows = check_rows(KNOWN_DAYS, |row| {
        let [d, kind, name] = row else {
            panic!("three columns")
        };
        let info = engine().day(date(d));
        assert_eq!(info.kind, named(kind, &KINDS));
        assert_eq!(info.holiday.as_deref(), optional(name));
        assert!(info.calendar_known);
    });
    assert_eq!(rows, 28);
}

/// 2025 and 2026 both have 261 Mondays-to-Fridays; 18 / 19 of them are holidays and 5 / 6
/// weekend days are adjusted workdays: 248 legal workdays each (counted by hand).
#[test]
fn legal_workday_counts() {
    let engine = engine();
    for year in [2025, 2026] {
        let n = date(&format!("{year}-01-01"))
            .iter_days()
            .take_while(|d| d.year() == year)
            .filter(|d| engine.day(*d).kind.is_legal_workday())
            .count();
        assert_eq!(n, 248, "{year}");
    }
}

/// Days outside the years with a calendar file: plain weekdays and weekends, unconfirmed.
const OUTSIDE_DAYS: &str = "
    # date        kind
    2023-12-31    weekend
    2027-01-01    workday
    2027-10-01    workday
    1900-01-01    workday
    2100-12-31    workday
    2100-12-25    weekend
";

#[test]
fn outside_covered_years_plain_and_flagged() {
    let engine = engine();
    assert_eq!(engine.calendar_years(), [2024, 2025, 2026]);
    check_rows(OUTSIDE_DAYS, |row| {
        let [d, kind] = row else {
            panic!("two columns")
        };
        let info = engine.day(date(d));
        assert_eq!(info.kind, named(kind, &KINDS));
        assert!(!info.calendar_known);
        assert_eq!(info.holiday, None);
    });
    assert!(engine.day(date("2024-01-01")).calendar_known);
    assert!(engine.day(date("2026-12-31")).calendar_known);
}

#[test]
fn upcoming_special_days() {
    let engine = engine();
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
    let engine = engine();
    assert_eq!(engine.calendar_papers().len(), 3);
}
