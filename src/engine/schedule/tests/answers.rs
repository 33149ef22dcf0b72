//! The table of answers: it holds every hall and day of the shipped data (so the comparisons
//! with the engines without tables read it), every minute of its stretches has the answer
//! worked out for that minute, halls with the same hours share it, and it stops at its
//! budget.

use chrono::{NaiveDate, NaiveTime};

use super::engines;
use crate::engine::engine::{Data, Engine};
use crate::engine::error::EngineError;
use crate::engine::schedule::answers::{Answers, MAX_STRETCHES};
use crate::engine::schedule::lookahead::Lookahead;
use crate::engine::schedule::status::HallStatus;

#[test]
fn every_hall_and_day_of_the_shipped_data_is_held() {
    for (engine, plain) in engines() {
        for i in 0..engine.halls.len() {
            for row in 0..engine.calendar.rows() {
                for minute in [0, 9 * 60, 12 * 60 + 30, 23 * 60 + 59] {
                    assert!(engine.answers.get(i, row, minute).is_some(), "{i} {row}");
                }
            }
            assert_eq!(engine.answers.get(i, engine.calendar.rows(), 0), None);
            assert_eq!(plain.answers.get(i, 0, 0), None);
        }
    }
}

/// Every minute of the weeks around New Year and National Day 2026 (holidays, adjusted
/// workdays, the exception days of the test data).
#[test]
fn every_minute_has_the_answer_worked_out_for_it() {
    let weeks = [
        (NaiveDate::from_ymd_opt(2025, 12, 24), 21),
        (NaiveDate::from_ymd_opt(2026, 9, 27), 16),
        (NaiveDate::from_ymd_opt(2026, 11, 28), 7),
        // The calendar's last days and the first past it, with exception days of the test data.
        (NaiveDate::from_ymd_opt(2026, 12, 21), 14),
    ];
    let mut compared = 0usize;
    for (engine, plain) in engines() {
        for (from, days) in weeks {
            for date in from.unwrap().iter_days().take(days) {
                for m in 0..24 * 60 {
                    let at = date.and_time(NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap());
                    for i in 0..engine.halls.len() {
                        assert_eq!(engine.status_of(i, at), plain.status_of(i, at), "{i} {at}");
                        compared += 1;
                    }
                }
            }
        }
    }
    assert_eq!(compared, 3 * (44 + 14) * 1440 * 8);
}

#[test]
fn halls_with_the_same_hours_share_their_answers() {
    let shipped = Engine::embedded();
    let mut data: Data = shipped.data();
    let copies: Vec<_> = (0..300)
        .map(|k| {
            let mut hall = data.halls[k % 8].clone();
            hall.id = format!("station_{k:03}").into();
            hall
        })
        .collect();
    data.halls.to_mut().extend(copies);
    let many = Engine::from_data(data);
    assert_eq!(many.halls.len(), 308);
    assert_eq!(many.answers.bytes(), shipped.answers.bytes());
    let at = NaiveDate::from_ymd_opt(2026, 3, 9)
        .and_then(|d| d.and_hms_opt(12, 10, 0))
        .unwrap();
    for k in 0..300 {
        let (copy, original) = (many.status_of(8 + k, at), shipped.status_of(k % 8, at));
        assert_eq!(
            copy,
            HallStatus {
                hall: 8 + k,
                ..original
            }
        );
    }
}

#[test]
fn the_table_stops_at_its_budget() {
    let mut engine = Engine::embedded();
    // 40 distinct schedules: the district center's, each with its own exception day.
    let first = engine.calendar.first_date().unwrap();
    let day = chrono::Datelike::num_days_from_ce(&first);
    engine.templates = (0..40)
        .map(|k| {
            let mut t = engine.templates[0].clone();
            t.add_exception(day + k, 0, &[], true);
            t
        })
        .collect();
    engine.lookahead = Lookahead::build(&engine.calendar, &engine.templates);
    engine.answers = Answers::build(&engine);
    // The schedules held are the first ones, as many as the budget takes.
    let fit = (0..40)
        .take_while(|&i| engine.answers.get(i, 0, 0).is_some())
        .count();
    assert!(fit > 0 && fit < 40, "{fit}");
    assert!((fit..40).all(|i| engine.answers.get(i, 0, 0).is_none()));
    assert!(engine.answers.stretches() <= MAX_STRETCHES);
    assert!(engine.answers.stretches() + engine.calendar.rows() * 4 > MAX_STRETCHES);
    // A hall inside the budget and one past it answer as with no table at all.
    let mut bare = engine.clone();
    bare.answers = Answers::default();
    bare.lookahead = Lookahead::default();
    for date in first.iter_days().take(45) {
        for (h, m) in [(0, 0), (8, 29), (8, 30), (12, 0), (17, 30), (23, 59)] {
            let at = date.and_hms_opt(h, m, 0).unwrap();
            for i in [0, fit - 1, fit, 39] {
                assert_eq!(engine.status_of(i, at), bare.status_of(i, at), "{i} {at}");
            }
        }
    }
}

/// What `EngineError`'s boxed reason is for: a result of a status query is no larger than
/// the status, which then lies at its start.
#[test]
fn an_error_is_smaller_than_a_status() {
    use std::mem::size_of;
    assert!(size_of::<EngineError>() < size_of::<HallStatus>());
    assert_eq!(
        size_of::<Result<HallStatus, EngineError>>(),
        size_of::<HallStatus>()
    );
}
