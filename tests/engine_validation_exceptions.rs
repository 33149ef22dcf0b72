#![cfg(not(target_arch = "wasm32"))]
//! exceptions.json checked as the other files are: every problem at its JSON path (unknown
//! hall, bad date or time, both or neither of `closed` and `windows`, overlapping windows,
//! a hall given two exceptions on one date, `halls` neither ids nor `"all"`, a reason
//! without both languages), read with a whole data set or replacing the one in use.

mod common;

use common::{at, data_texts, edit_json, engine, exceptions_file};
use pinggu_hours::engine::{parse_json, Engine, RawFiles, State};
use rstest::rstest;

/// exceptions.json holding the given exceptions (JSON objects, comma-separated).
fn file(exceptions: &str) -> String {
    format!(r#"{{"exceptions": [{exceptions}]}}"#)
}

/// Every problem of the shipped data with `text` as its exceptions.json.
fn problems(text: String) -> Vec<String> {
    let mut texts = data_texts();
    texts.exceptions = Some(text);
    texts.problems()
}

/// A valid reason, to keep each case to its one problem.
const R: &str = r#""reason": {"zh": "测试", "en": "Test"}"#;

#[rstest]
#[case::unknown_hall(file(&format!(r#"{{"date": "2026-12-05", "halls": ["distrct"], "closed": true, {R}}}"#)), &[r#"exceptions[0].halls[0]: unknown hall id "distrct""#])]
#[case::bad_date(file(&format!(r#"{{"date": "2026-02-30", "halls": "all", "closed": true, {R}}}"#)), &[r#"exceptions[0].date: "2026-02-30" is not a date (YYYY-MM-DD)"#])]
#[case::date_not_a_string(file(&format!(r#"{{"date": 20261205, "halls": "all", "closed": true, {R}}}"#)), &["exceptions[0].date: invalid type: integer `20261205`, expected a string"])]
#[case::bad_time(file(&format!(r#"{{"date": "2026-12-05", "halls": "all", "windows": [{{"start": "9", "end": "12:00", "appointment": "walk_in"}}], {R}}}"#)), &[r#"exceptions[0].windows[0].start: "9" is not a time of day (HH:MM, 00:00 to 23:59)"#])]
#[case::end_before_start(file(&format!(r#"{{"date": "2026-12-05", "halls": "all", "windows": [{{"start": "12:00", "end": "09:00", "appointment": "walk_in"}}], {R}}}"#)), &["exceptions[0].windows[0].end: 09:00 is not after the start 12:00"])]
#[case::no_appointment(file(&format!(r#"{{"date": "2026-12-05", "halls": "all", "windows": [{{"start": "09:00", "end": "12:00"}}], {R}}}"#)), &["exceptions[0].windows[0].appointment: a window must say `required` or `walk_in`"])]
#[case::both(file(&format!(r#"{{"date": "2026-12-05", "halls": "all", "closed": true, "windows": [{{"start": "09:00", "end": "12:00", "appointment": "walk_in"}}], {R}}}"#)), &["exceptions[0]: give either `\"closed\": true` or `windows`, not both"])]
#[case::neither(file(&format!(r#"{{"date": "2026-12-05", "halls": "all", {R}}}"#)), &["exceptions[0]: give `\"closed\": true` or the day's `windows`"])]
#[case::closed_false_alone(file(&format!(r#"{{"date": "2026-12-05", "halls": "all", "closed": false, {R}}}"#)), &["exceptions[0]: give `\"closed\": true` or the day's `windows`"])]
#[case::no_window(file(&format!(r#"{{"date": "2026-12-05", "halls": "all", "windows": [], {R}}}"#)), &["exceptions[0].windows: list at least one window (a day without service is `\"closed\": true`)"])]
#[case::overlap(file(&format!(r#"{{"date": "2026-12-05", "halls": "all", "windows": [{{"start": "09:00", "end": "12:00", "appointment": "walk_in"}}, {{"start": "11:00", "end": "13:00", "appointment": "required"}}], {R}}}"#)), &["exceptions[0].windows[1]: 11:00-13:00 overlaps exceptions[0].windows[0] (09:00-12:00)"])]
#[case::duplicate(file(&format!(r#"{{"date": "2026-12-05", "halls": ["district"], "closed": true, {R}}}, {{"date": "2026-12-05", "halls": ["tax", "district"], "closed": true, {R}}}"#)), &[r#"exceptions[1].halls[1]: hall "district" already has an exception on 2026-12-05"#])]
#[case::duplicate_through_all(file(&format!(r#"{{"date": "2026-12-05", "halls": ["tax"], "closed": true, {R}}}, {{"date": "2026-12-05", "halls": "all", "closed": true, {R}}}"#)), &[r#"exceptions[1].halls: hall "tax" already has an exception on 2026-12-05"#])]
#[case::duplicate_in_one_list(file(&format!(r#"{{"date": "2026-12-05", "halls": ["tax", "tax"], "closed": true, {R}}}"#)), &[r#"exceptions[0].halls[1]: hall "tax" already has an exception on 2026-12-05"#])]
#[case::halls_one_id(file(&format!(r#"{{"date": "2026-12-05", "halls": "district", "closed": true, {R}}}"#)), &[r#"exceptions[0].halls: "district" is not "all": list hall ids as ["district"]"#])]
#[case::halls_a_number(file(&format!(r#"{{"date": "2026-12-05", "halls": 5, "closed": true, {R}}}"#)), &[r#"exceptions[0].halls: invalid type: integer `5`, expected a list of hall ids or "all""#])]
#[case::halls_empty(file(&format!(r#"{{"date": "2026-12-05", "halls": [], "closed": true, {R}}}"#)), &[r#"exceptions[0].halls: list at least one hall id, or say "all""#])]
#[case::halls_missing(file(&format!(r#"{{"date": "2026-12-05", "closed": true, {R}}}"#)), &["exceptions[0]: missing field `halls`"])]
#[case::reason_missing(file(r#"{"date": "2026-12-05", "halls": "all", "closed": true}"#), &["exceptions[0]: missing field `reason`"])]
#[case::reason_in_one_language(file(r#"{"date": "2026-12-05", "halls": "all", "closed": true, "reason": {"zh": "系统升级", "en": " "}}"#), &["exceptions[0].reason: the reason needs both zh and en"])]
#[case::reason_without_en(file(r#"{"date": "2026-12-05", "halls": "all", "closed": true, "reason": {"zh": "系统升级"}}"#), &["exceptions[0].reason: missing field `en`"])]
#[case::unknown_field(file(&format!(r#"{{"date": "2026-12-05", "halls": "all", "closed": true, "note": 1, {R}}}"#)), &["exceptions[0].note: unknown field `note`, expected one of `date`, `halls`, `closed`, `windows`, `reason`"])]
#[case::not_an_object(file("5"), &["exceptions[0]: invalid type: integer `5`, expected an exception object"])]
#[case::no_list(r#"{"closures": []}"#.to_string(), &["closures: unknown field `closures`, expected `exceptions`", "exceptions.json: missing field `exceptions`"])]
#[case::top_not_an_object("[]".to_string(), &["exceptions.json: the top level must be a JSON object"])]
// One exception's problems do not hide another's.
#[case::every_problem_listed(file(&format!(r#"{{"date": "2026-13-01", "halls": ["moon"], "closed": true, {R}}}, {{"date": "2026-12-05", "halls": "all", {R}}}"#)), &[r#"exceptions[0].date: "2026-13-01" is not a date (YYYY-MM-DD)"#, r#"exceptions[0].halls[0]: unknown hall id "moon""#, "exceptions[1]: give `\"closed\": true` or the day's `windows`"])]
fn a_broken_exceptions_file_is_reported(#[case] text: String, #[case] expected: &[&str]) {
    assert_eq!(problems(text), expected);
}

#[test]
fn text_that_is_not_json_is_named_at_its_file() {
    let found = problems("{\"exceptions\": [".to_string());
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("exceptions.json: not JSON: "),
        "{found:?}"
    );
}

#[test]
fn the_file_is_optional() {
    let mut texts = data_texts();
    texts.exceptions = None;
    assert!(texts.build().unwrap().exceptions().is_empty());
    let empty = Engine::from_raw(&RawFiles {
        exceptions: Some(parse_json(&file(""), "exceptions.json")),
        ..data_texts().sources().parse()
    });
    assert!(empty.unwrap().exceptions().is_empty());
}

const CLOSED_TAX: &str = r#"{"exceptions": [{"date": "2026-12-01", "halls": ["tax"], "closed": true,
    "reason": {"zh": "系统升级，暂停办理", "en": "System upgrade: no service"}}]}"#;

#[test]
fn with_files_takes_an_exceptions_file_and_keeps_it() {
    let with = engine().with_files(&exceptions_file(CLOSED_TAX)).unwrap();
    let closed = with.status("tax", at("2026-12-01T10:00")).unwrap();
    assert_eq!((closed.state, closed.exception), (State::Closed, Some(0)));
    // Another file replaced: the exceptions stay.
    let matters = exceptions_file("{}").exceptions;
    let kept = with
        .with_files(&RawFiles {
            matters: Some(parse_json(&data_texts().matters, "matters.json")),
            ..RawFiles::default()
        })
        .unwrap();
    assert_eq!(kept.exceptions().len(), 1);
    // A broken file is refused with its paths and the data in use stays.
    let broken = with.with_files(&RawFiles {
        exceptions: matters,
        ..RawFiles::default()
    });
    let problems = broken.unwrap_err().to_string();
    assert_eq!(problems, "exceptions.json: missing field `exceptions`");
    assert_eq!(with.exceptions().len(), 1);
}

#[test]
fn new_halls_are_checked_against_the_exceptions_kept() {
    let with = engine().with_files(&exceptions_file(CLOSED_TAX)).unwrap();
    let halls = edit_json(&data_texts().halls, |v| {
        v["halls"]
            .as_array_mut()
            .unwrap()
            .retain(|h| h["id"] != "tax");
    });
    let matters = edit_json(&data_texts().matters, |v| {
        v["matters"]
            .as_array_mut()
            .unwrap()
            .retain(|m| m["hall"] != "tax");
    });
    let files = RawFiles {
        halls: Some(parse_json(&halls, "halls.json")),
        matters: Some(parse_json(&matters, "matters.json")),
        ..RawFiles::default()
    };
    let problems = with.with_files(&files).unwrap_err().to_string();
    assert_eq!(
        problems,
        "exceptions.json (in use):exceptions[0].halls[0]: unknown hall id \"tax\": halls.json no longer lists it"
    );
    // New halls and a new exceptions file are checked together.
    let both = RawFiles {
        exceptions: Some(parse_json(CLOSED_TAX, "exceptions.json")),
        ..files.clone()
    };
    let problems = with.with_files(&both).unwrap_err().to_string();
    assert_eq!(problems, "exceptions[0].halls[0]: unknown hall id \"tax\"");
    // Without the exceptions the same halls are taken.
    assert!(engine().with_files(&files).is_ok());
}
