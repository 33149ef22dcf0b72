//! Replacing some data files of the compiled-in data at run time (an embedder's data folder):
//! a new calendar year joins the years known, a replaced year replaces, new halls are checked
//! against the matters kept, and any problem leaves the data in use as it was.

mod common;

use common::{at, data_texts, edit_json, engine, replace_once};
use pinggu_hours::engine::{parse_json, DayKind, Engine, RawFiles, State};

/// A calendar file for 2027 in holiday-cn's format. A test fixture, not the State Council's
/// notice (which this project ships only as published).
const FIXTURE_2027: &str = r#"{"year": 2027, "papers": ["test fixture"], "days": [
    {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
    {"name": "春节", "date": "2027-02-06", "isOffDay": false}
]}"#;

fn calendar(name: &str, text: &str) -> RawFiles {
    RawFiles {
        calendars: vec![(
            name.to_string(),
            parse_json(text, &format!("holiday-cn/{name}")),
        )],
        ..RawFiles::default()
    }
}

#[test]
fn a_new_year_joins_the_years_known() {
    let before = engine();
    assert!(!before.day(common::date("2027-01-01")).calendar_known);
    let after = before
        .with_files(&calendar("2027.json", FIXTURE_2027))
        .unwrap();
    assert_eq!(after.calendar_years(), [2024, 2025, 2026, 2027]);
    let new_year = after.day(common::date("2027-01-01"));
    assert_eq!(
        (new_year.kind, new_year.calendar_known),
        (DayKind::Holiday, true)
    );
    let worked = after.day(common::date("2027-02-06"));
    assert_eq!(worked.kind, DayKind::AdjustedWorkday);
    // The years already known are untouched.
    let national_day = after.day(common::date("2026-10-01"));
    assert_eq!(national_day.holiday.as_deref(), Some("国庆节"));
    assert_eq!(
        after.status("household", at("2026-10-03T10:00")).unwrap(),
        before.status("household", at("2026-10-03T10:00")).unwrap()
    );
    assert!(after.calendar_papers().iter().any(|p| p == "test fixture"));
}

#[test]
fn a_year_given_again_replaces_that_year() {
    let texts = data_texts();
    let text = texts.calendar("2026.json");
    let without = edit_json(text, |v| {
        let days = v["days"].as_array_mut().unwrap();
        days.retain(|d| d["date"] != "2026-10-01");
    });
    let after = engine()
        .with_files(&calendar("2026.json", &without))
        .unwrap();
    assert_eq!(after.day(common::date("2026-10-01")).kind, DayKind::Workday);
    assert_eq!(after.day(common::date("2026-10-02")).kind, DayKind::Holiday);
    assert_eq!(after.day(common::date("2025-10-01")).kind, DayKind::Holiday);
}

#[test]
fn broken_files_leave_the_data_in_use() {
    let broken = RawFiles {
        halls: Some(parse_json("{\"halls\": [", "halls.json")),
        ..calendar(
            "2027.json",
            &replace_once(FIXTURE_2027, "2027-01-01", "2027-13-01"),
        )
    };
    let problems: Vec<String> = match engine().with_files(&broken) {
        Ok(_) => panic!("broken files were accepted"),
        Err(e) => e.iter().map(ToString::to_string).collect(),
    };
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].starts_with("holiday-cn/2027.json:days[0].date:"),
        "{problems:?}"
    );
    assert!(
        problems[1].starts_with("halls.json: not JSON: EOF"),
        "{problems:?}"
    );
    assert_eq!(engine().halls().len(), 8);
}

#[test]
fn new_halls_are_checked_against_the_matters_kept() {
    let texts = data_texts();
    let halls = edit_json(&texts.halls, |v| {
        v["halls"]
            .as_array_mut()
            .unwrap()
            .retain(|h| h["id"] != "tax");
    });
    let files = RawFiles {
        halls: Some(parse_json(&halls, "halls.json")),
        ..RawFiles::default()
    };
    let problems = engine().with_files(&files).unwrap_err().to_string();
    assert!(
        problems.contains("matters.json (in use):matters[") && problems.contains("\"tax\""),
        "{problems}"
    );
    // With a matter list that fits, the same halls are taken.
    let matters = edit_json(&texts.matters, |v| {
        v["matters"]
            .as_array_mut()
            .unwrap()
            .retain(|m| m["hall"] != "tax");
    });
    let both = RawFiles {
        matters: Some(parse_json(&matters, "matters.json")),
        ..files
    };
    let after = engine().with_files(&both).unwrap();
    assert_eq!(after.halls().len(), 7);
    assert!(after.hall("tax").is_none());
    assert_eq!(
        after
            .status("district", at("2026-11-24T10:00"))
            .unwrap()
            .state,
        State::Open
    );
}

#[test]
fn a_whole_data_set_needs_every_file() {
    let problems = Engine::from_raw(&RawFiles::default())
        .unwrap_err()
        .to_string();
    assert_eq!(
        problems,
        "halls.json: the file is missing\nmatters.json: the file is missing"
    );
    assert!(engine().with_files(&RawFiles::default()).is_ok());
}
