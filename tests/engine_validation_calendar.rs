#![cfg(not(target_arch = "wasm32"))]
//! Calendar files beside the shipped ones: broken ones are rejected with every problem at
//! its exact path, and good ones are merged by date whatever their order.

mod common;

use common::{data_texts, date, OwnedTexts};
use pinggu_hours::engine::DayKind;
use rstest::rstest;

/// A calendar file for `year` listing `days` (JSON objects, comma-separated).
fn cal(year: i32, days: &str) -> String {
    format!(r#"{{"year": {year}, "papers": [], "days": [{days}]}}"#)
}

/// The shipped data with `2027.json` added.
fn with_2027(text: String) -> OwnedTexts {
    let mut texts = data_texts();
    texts.calendars.push(("2027.json".into(), text));
    texts
}

/// A 2027.json beside the shipped files, and every problem it has.
#[rstest]
#[case::disagrees_with_2026(cal(2027, r#"{"name": "国庆节", "date": "2026-10-10", "isOffDay": true}"#), &["holiday-cn/2027.json:days[0]: 2026-10-10 disagrees with holiday-cn/2026.json:days[38]: day off (国庆节) vs adjusted workday (国庆节)"])]
#[case::not_a_date(cal(2027, r#"{"name": "春节", "date": "2027-02-30", "isOffDay": true}"#), &[r#"holiday-cn/2027.json:days[0].date: "2027-02-30" is not a date (YYYY-MM-DD)"#])]
#[case::adjusted_workday_on_a_weekday(cal(2027, r#"{"name": "春节", "date": "2027-02-10", "isOffDay": false}"#), &["holiday-cn/2027.json:days[0].isOffDay: an adjusted workday must be a Saturday or Sunday, 2027-02-10 is a Wed"])]
#[case::empty_name(cal(2027, r#"{"name": "", "date": "2027-02-11", "isOffDay": true}"#), &["holiday-cn/2027.json:days[0].name: empty name"])]
#[case::date_far_from_the_year(cal(2027, r#"{"name": "元旦", "date": "2029-01-01", "isOffDay": true}"#), &["holiday-cn/2027.json:days[0].date: 2029-01-01 is not in 2027 or a neighbouring year"])]
#[case::date_not_a_string(cal(2027, r#"{"name": "x", "date": 5, "isOffDay": true}"#), &["holiday-cn/2027.json:days[0].date: invalid type: integer `5`, expected a string"])]
#[case::no_days(r#"{"year": 2027}"#.to_string(), &["holiday-cn/2027.json: missing field `days`"])]
#[case::no_papers(r#"{"year": 2027, "days": [{"name": "x", "date": 5, "isOffDay": true}]}"#.to_string(), &["holiday-cn/2027.json:days[0].date: invalid type: integer `5`, expected a string"])]
// A day of the wrong shape does not hide the problems of the others.
#[case::every_bad_day_listed(cal(2027, r#"{"name": "x", "date": 5, "isOffDay": true}, {"name": "", "date": "2027-02-11", "isOffDay": true}"#), &["holiday-cn/2027.json:days[0].date: invalid type: integer `5`, expected a string", "holiday-cn/2027.json:days[1].name: empty name"])]
#[case::every_problem_listed(cal(2027, r#"{"name": "春节", "date": "2027-02-30", "isOffDay": true}, {"name": "春节", "date": "2027-02-10", "isOffDay": false}, {"name": "", "date": "2027-02-11", "isOffDay": true}, {"name": "元旦", "date": "2029-01-01", "isOffDay": true}"#), &[r#"holiday-cn/2027.json:days[0].date: "2027-02-30" is not a date (YYYY-MM-DD)"#, "holiday-cn/2027.json:days[1].isOffDay: an adjusted workday must be a Saturday or Sunday, 2027-02-10 is a Wed", "holiday-cn/2027.json:days[2].name: empty name", "holiday-cn/2027.json:days[3].date: 2029-01-01 is not in 2027 or a neighbouring year"])]
fn a_broken_calendar_file_is_reported(#[case] text: String, #[case] expected: &[&str]) {
    assert_eq!(with_2027(text).problems(), expected);
}

#[test]
fn calendar_merges_by_date() {
    // A 2027 notice listing days of 2026 (as a December date may be): merged by date, and
    // agreeing entries of two files are fine.
    let c = cal(
        2027,
        r#"{"name": "元旦", "date": "2026-12-31", "isOffDay": true},
           {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
           {"name": "国庆节", "date": "2026-10-10", "isOffDay": false}"#,
    );
    let engine = with_2027(c.clone()).build().unwrap();
    let d = |s: &str| engine.day(date(s));
    assert_eq!(d("2026-12-31").kind, DayKind::Holiday);
    assert!(d("2026-12-31").calendar_known);
    assert_eq!(d("2027-01-01").kind, DayKind::Holiday);
    assert!(d("2027-01-01").calendar_known);
    assert_eq!(d("2027-03-01").kind, DayKind::Workday);
    assert!(d("2027-03-01").calendar_known);
    assert!(!d("2028-01-03").calendar_known);
    // The order of the files does not matter.
    let mut texts = data_texts();
    texts.calendars.insert(0, ("2027.json".into(), c));
    assert_eq!(texts.problems(), Vec::<String>::new());
    // No calendar at all: everything plain and unconfirmed.
    let mut texts = data_texts();
    texts.calendars.clear();
    let engine = texts.build().unwrap();
    let oct1 = engine.day(date("2026-10-01"));
    assert_eq!((oct1.kind, oct1.calendar_known), (DayKind::Workday, false));
}
