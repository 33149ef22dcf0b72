//! The tables built with the engine (days ahead, answers) change no answer: every row of
//! days ahead equals stepping through the days ahead, and every status read from the tables
//! equals the status of the same engine without them, at every half hour's edges of every day from a month before the calendar's first year
//! to two months after its last (midnights, holidays, adjusted workdays, year ends, the end
//! of the covered calendar), on the shipped data, with exception days (the test fixture and
//! exceptions at the calendar's first and last days), and at arbitrary moments from 1900 to
//! 2100.

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use proptest::prelude::*;

use crate::engine::engine::Engine;
use crate::engine::load::files::RawFiles;
use crate::engine::load::native::parse;
use crate::engine::schedule::answers::Answers;
use crate::engine::schedule::lookahead::{look_ahead, Ahead, Lookahead, MAX_ROWS};

mod answers;

/// Exceptions on the edges of the covered calendar (test data, not announced closures):
/// the first day of 2024 and the last of 2026 closed for every hall, New Year's Eve 2025
/// with other windows, and the last working Friday of 2026 closed for the district center.
const EDGES: &str = r#"{"exceptions": [
  {"date": "2024-01-02", "halls": "all", "closed": true,
   "reason": {"zh": "测试", "en": "Test"}},
  {"date": "2025-12-31", "halls": "all",
   "windows": [{"start": "09:00", "end": "11:00", "appointment": "required"}],
   "reason": {"zh": "测试", "en": "Test"}},
  {"date": "2026-12-31", "halls": "all", "closed": true,
   "reason": {"zh": "测试", "en": "Test"}},
  {"date": "2026-12-25", "halls": ["district"], "closed": true,
   "reason": {"zh": "测试", "en": "Test"}}
]}"#;

/// The engines compared, each with its copy without the tables (every status then is worked
/// out, stepping through the days ahead): the shipped data, with the test fixture's exceptions, and with
/// the exceptions on the calendar's edges.
fn engines() -> &'static [(Engine, Engine)] {
    static ENGINES: OnceLock<Vec<(Engine, Engine)>> = OnceLock::new();
    ENGINES.get_or_init(|| {
        let shipped = Engine::embedded();
        let with = |text: &str| {
            let files = RawFiles {
                exceptions: Some(parse(text, "exceptions.json")),
                ..RawFiles::default()
            };
            shipped.with_files(&files).unwrap()
        };
        let fixture = with(include_str!("../../../../tests/fixtures/exceptions.json"));
        let edges = with(EDGES);
        [shipped, fixture, edges]
            .into_iter()
            .map(|engine| {
                let mut stepping = engine.clone();
                stepping.lookahead = Lookahead::default();
                stepping.answers = Answers::default();
                (engine, stepping)
            })
            .collect()
    })
}

#[test]
fn every_row_is_what_stepping_finds() {
    for (engine, _) in engines() {
        let first = engine.calendar.first_date().unwrap();
        let rows = engine.calendar.rows();
        assert_eq!(rows, 366 + 365 + 365, "2024 to 2026");
        for (i, t) in engine.templates.iter().enumerate() {
            for (row, date) in first.iter_days().take(rows).enumerate() {
                assert_eq!(engine.calendar.row_of(date), Some(row));
                let held = engine.lookahead.get(i, row).copied();
                assert_eq!(
                    held,
                    Some(look_ahead(&engine.calendar, t, date)),
                    "{i} {date}"
                );
            }
            let after = first.checked_add_days(Days::new(rows as u64)).unwrap();
            assert_eq!(engine.calendar.row_of(after), None);
            assert_eq!(engine.lookahead.get(i, rows), None);
        }
    }
}

#[test]
fn statuses_from_the_tables_are_statuses_without_them() {
    let from = NaiveDate::from_ymd_opt(2023, 12, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(2027, 2, 28).unwrap();
    // Both sides of every :00 and :30 (the data's windows start and end on them).
    let minutes: Vec<NaiveTime> = (0..24 * 60)
        .filter(|m| matches!(m % 30, 0 | 1 | 29))
        .map(|m| NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap())
        .collect();
    for (engine, plain) in engines() {
        let mut compared = 0usize;
        for date in from.iter_days().take_while(|d| *d <= to) {
            for &time in &minutes {
                let at = date.and_time(time);
                for i in 0..engine.halls.len() {
                    assert_eq!(engine.status_of(i, at), plain.status_of(i, at), "{i} {at}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 1_000_000, "{compared}");
    }
}

#[test]
fn halls_with_the_same_hours_share_their_rows() {
    let engine = Engine::embedded();
    let (calendar, rows) = (&engine.calendar, engine.calendar.rows());
    let [a, b, ..] = &engine.templates[..] else {
        panic!("two halls at least");
    };
    assert_ne!(a, b);
    let table = Lookahead::build(calendar, &[a.clone(), b.clone(), a.clone()]);
    assert_eq!(std::mem::size_of::<Ahead>(), 28);
    assert_eq!(table.bytes(), 2 * rows * 28);
    for row in 0..rows {
        assert_eq!(table.get(2, row), table.get(0, row));
        assert_ne!(table.get(1, row), None);
    }
    // Without a calendar there is nothing to hold; every status steps as before.
    let empty = Lookahead::build(&Default::default(), &engine.templates);
    assert_eq!((empty.bytes(), empty.get(0, 0)), (0, None));
}

#[test]
fn the_table_stops_at_its_budget() {
    let engine = Engine::embedded();
    let (calendar, rows) = (&engine.calendar, engine.calendar.rows());
    // 300 distinct schedules: the district center's, each with its own exception day.
    let first = calendar.first_date().unwrap().num_days_from_ce();
    let mut distinct = Vec::new();
    for k in 0..300 {
        let mut t = engine.templates[0].clone();
        t.add_exception(first + k, 0, &[], true);
        distinct.push(t);
    }
    let table = Lookahead::build(calendar, &distinct);
    let fit = MAX_ROWS / rows;
    assert!(fit < 300);
    assert_eq!(table.bytes(), fit * rows * 28);
    assert_ne!(table.get(fit - 1, 0), None);
    assert_eq!(table.get(fit, 0), None);
}

/// A moment from `lo` on, within `days` days.
fn moment(lo: NaiveDate, days: i64) -> impl Strategy<Value = NaiveDateTime> {
    (0..days, 0u32..86_400).prop_map(move |(d, s)| {
        lo.checked_add_signed(TimeDelta::days(d))
            .unwrap()
            .and_time(NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap())
    })
}

/// Mostly moments around the covered calendar (2024 to 2026), some from 1900 to 2100.
fn datetime() -> impl Strategy<Value = NaiveDateTime> {
    prop_oneof![
        3 => moment(NaiveDate::from_ymd_opt(2023, 12, 1).unwrap(), 3 * 366 + 90),
        1 => moment(NaiveDate::from_ymd_opt(1900, 1, 1).unwrap(), 200 * 366),
    ]
}

proptest! {
    #[test]
    fn any_moment_any_hall(at in datetime(), hall in 0usize..8) {
        for (engine, plain) in engines() {
            prop_assert_eq!(engine.status_of(hall, at), plain.status_of(hall, at));
        }
    }
}
