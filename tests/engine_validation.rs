#![cfg(not(target_arch = "wasm32"))]
//! Broken copies of the shipped halls.json and matters.json are rejected with every problem,
//! each at its exact path. Broken calendar files are in `engine_validation_calendar.rs`.

mod common;

use common::{data_texts, edit_json, engine, HALL_IDS};
use rstest::rstest;
use serde_json::{json, Value};

/// The problems of the shipped data with halls.json edited by `edit`.
fn halls_problems(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut texts = data_texts();
    texts.halls = edit_json(&texts.halls, edit);
    texts.problems()
}

/// The problems of the shipped data with matters.json edited by `edit`.
fn matters_problems(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut texts = data_texts();
    texts.matters = edit_json(&texts.matters, edit);
    texts.problems()
}

/// Set the value at a JSON pointer such as `/halls/3/regular/0/end`, or remove it (`None`).
/// (`edit_json` checks that the edit changed the file.)
fn put(root: &mut Value, pointer: &str, value: Option<Value>) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = root
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match (parent, value) {
        (Value::Object(map), None) => assert!(map.remove(key).is_some(), "no {pointer}"),
        (Value::Object(map), Some(v)) => drop(map.insert(key.to_string(), v)),
        (Value::Array(list), Some(v)) => list[key.parse::<usize>().unwrap()] = v,
        (other, _) => panic!("{pointer}: cannot edit inside {other}"),
    }
}

#[test]
fn shipped_data_is_valid() {
    assert_eq!(data_texts().problems(), Vec::<String>::new());
    let ids: Vec<&str> = engine().halls().iter().map(|h| &*h.id).collect();
    assert_eq!(ids, HALL_IDS);
}

/// One value of halls.json changed (or removed: `None`), and every problem that makes.
#[rstest]
#[case::time_past_midnight("/halls/3/regular/0/end", Some(json!("25:00")), &[r#"halls[3].regular[0].end: "25:00" is not a time of day (HH:MM, 00:00 to 23:59)"#])]
#[case::time_not_hh_mm("/halls/0/weekend/0/start", Some(json!("9h")), &[r#"halls[0].weekend[0].start: "9h" is not a time of day (HH:MM, 00:00 to 23:59)"#])]
#[case::end_before_start("/halls/3/regular/0/end", Some(json!("08:00")), &["halls[3].regular[0].end: 08:00 is not after the start 08:30"])]
#[case::end_at_start("/halls/6/weekend/1/end", Some(json!("13:30")), &["halls[6].weekend[1].end: 13:30 is not after the start 13:30"])]
#[case::extended_overlaps_regular("/halls/0/extended/0/end", Some(json!("09:30")), &["halls[0].regular[0]: 09:00-12:00 overlaps halls[0].extended[0] (08:30-09:30)"])]
#[case::regular_windows_overlap("/halls/4/regular/1/start", Some(json!("11:00")), &["halls[4].regular[1]: 11:00-17:30 overlaps halls[4].regular[0] (09:00-12:00)"])]
#[case::weekend_overlap_on_both_days_reported_once("/halls/4/weekend/1/start", Some(json!("11:00")), &["halls[4].weekend[1]: 11:00-17:30 overlaps halls[4].weekend[0] (09:00-12:00)"])]
#[case::unknown_weekday("/halls/0/weekend/0/days/0", Some(json!("mon")), &["halls[0].weekend[0].days[0]: unknown variant `mon`, expected `sat` or `sun`"])]
#[case::unknown_appointment("/halls/1/extended/0/appointment", Some(json!("maybe")), &["halls[1].extended[0].appointment: unknown variant `maybe`, expected `required` or `walk_in`"])]
#[case::extended_without_appointment("/halls/2/extended/0/appointment", None, &["halls[2].extended[0].appointment: an extended window must say `required` or `walk_in`"])]
#[case::unknown_level("/halls/2/level", Some(json!("village")), &["halls[2].level: unknown variant `village`, expected `center` or `station`"])]
#[case::level_not_text("/halls/2/level", Some(json!(1)), &["halls[2].level: invalid type: integer `1`, expected a string"])]
#[case::unknown_weekend_scope("/halls/7/weekend_scope", Some(json!("village")), &["halls[7].weekend_scope: unknown variant `village`, expected `center` or `township`"])]
#[case::quote_in_booking_url("/halls/0/contact/booking_url", Some(json!("https://x\" onclick=\"y")), &[r#"halls[0].contact.booking_url: "https://x\" onclick=\"y" is not an https:// address"#])]
// The hall's id is gone or taken, so its matters point to no hall.
#[case::duplicate_hall_id("/halls/7/id", Some(json!("tax")), &[r#"halls[7].id: duplicate hall id "tax""#, r#"matters[17].hall: unknown hall id "housing_fund""#, r#"matters[18].hall: unknown hall id "housing_fund""#, r#"matters[19].hall: unknown hall id "housing_fund""#])]
#[case::hall_not_an_object("/halls/2", Some(json!(5)), &["halls[2]: invalid type: integer `5`, expected a hall object", r#"matters[6].hall: unknown hall id "marriage""#, r#"matters[7].hall: unknown hall id "marriage""#])]
fn a_broken_hall_is_reported(
    #[case] pointer: &str,
    #[case] value: Option<Value>,
    #[case] expected: &[&str],
) {
    assert_eq!(halls_problems(|v| put(v, pointer, value)), expected);
}

/// One value of matters.json changed (or removed: `None`), and every problem that makes.
#[rstest]
#[case::unknown_hall("/matters/0/hall", Some(json!("mars")), &[r#"matters[0].hall: unknown hall id "mars""#])]
#[case::duplicate_matter_id("/matters/5/id", Some(json!("elderly_card")), &[r#"matters[5].id: duplicate matter id "elderly_card""#])]
#[case::undertaken_without_time_limit("/matters/1/time_limit_days", None, &["matters[1].time_limit_days: an undertaken matter needs its time limit in legal workdays"])]
#[case::time_limit_on_immediate("/matters/0/time_limit_days", Some(json!(5)), &["matters[0].time_limit_days: only an undertaken matter has a time limit"])]
#[case::zero_time_limit("/matters/1/time_limit_days", Some(json!(0)), &["matters[1].time_limit_days: 0 is not from 1 to 3650"])]
#[case::blank_name("/matters/2/name/zh", Some(json!(" ")), &["matters[2].name: the name needs both zh and en"])]
#[case::unknown_kind("/matters/3/kind", Some(json!("instant")), &["matters[3].kind: unknown variant `instant`, expected one of `immediate`, `one_day`, `undertaken`"])]
#[case::flag_not_a_boolean("/matters/4/hot", Some(json!("yes")), &[r#"matters[4].hot: invalid type: string "yes", expected a boolean"#])]
#[case::blank_keyword("/matters/11/keywords/zh/1", Some(json!(" ")), &["matters[11].keywords.zh[1]: a keyword cannot be blank"])]
#[case::keyword_not_a_string("/matters/10/keywords/en/0", Some(json!(7)), &["matters[10].keywords.en[0]: invalid type: integer `7`, expected a string"])]
#[case::keywords_not_a_list("/matters/0/keywords/zh", Some(json!("个体户")), &[r#"matters[0].keywords.zh: invalid type: string "个体户", expected a sequence"#])]
#[case::keywords_unknown_language("/matters/0/keywords/fr", Some(json!(["x"])), &["matters[0].keywords.fr: unknown field `fr`, expected `zh` or `en`"])]
#[case::keywords_not_an_object("/matters/0/keywords", Some(json!(["户口"])), &[r#"matters[0].keywords: invalid type: sequence, expected keywords {"zh": [...], "en": [...]}"#])]
fn a_broken_matter_is_reported(
    #[case] pointer: &str,
    #[case] value: Option<Value>,
    #[case] expected: &[&str],
) {
    assert_eq!(matters_problems(|v| put(v, pointer, value)), expected);
}

#[test]
fn keywords_are_optional() {
    let texts = data_texts();
    let mut without = texts.clone();
    without.matters = edit_json(&texts.matters, |v| {
        put(v, "/matters/0/keywords", None);
        put(v, "/matters/1/keywords", Some(Value::Null));
    });
    assert_eq!(without.problems(), Vec::<String>::new());
}

#[test]
fn every_problem_is_listed() {
    let errs = halls_problems(|v| {
        v["halls"][0]["weekend"][0]["end"] = "25:00".into();
        v["halls"][5]["extended"][1]["start"] = "24:00".into();
        v["halls"][2]["name"]["en"] = "".into();
        v["booking"]["deadline_time"] = "2pm".into();
    });
    assert_eq!(
        errs,
        [
            r#"halls[0].weekend[0].end: "25:00" is not a time of day (HH:MM, 00:00 to 23:59)"#,
            "halls[2].name: the name needs both zh and en",
            r#"halls[5].extended[1].start: "24:00" is not a time of day (HH:MM, 00:00 to 23:59)"#,
            r#"booking.deadline_time: "2pm" is not a time of day"#,
        ]
    );
}

#[test]
fn windows_on_different_weekend_days_do_not_overlap() {
    let errs = halls_problems(|v| {
        v["halls"][4]["weekend"][0]["days"] = json!(["sat"]);
        v["halls"][4]["weekend"][1] = json!(
            {"days": ["sun"], "start": "09:00", "end": "17:30", "not_on_holidays": false, "appointment": "walk_in"});
    });
    assert_eq!(errs, Vec::<String>::new());
}

#[test]
fn a_misspelt_field_is_both_unknown_and_missing() {
    let errs = halls_problems(|v| {
        let w = v["halls"][0]["weekend"][0].as_object_mut().unwrap();
        let mark = w.remove("not_on_holidays").unwrap();
        w.insert("not_on_holiday".into(), mark);
    });
    assert_eq!(
        errs,
        [
            "halls[0].weekend[0].not_on_holiday: unknown field `not_on_holiday`, expected one of `days`, `start`, `end`, `not_on_holidays`, `appointment`",
            "halls[0].weekend[0]: missing field `not_on_holidays`",
        ]
    );
}

#[test]
fn every_structural_problem_is_listed() {
    // A wrong type, an unknown field and a bad time in one hall: all three, not the first.
    let errs = halls_problems(|v| {
        v["halls"][1]["sample"] = "yes".into();
        v["halls"][1]["colour"] = "red".into();
        v["halls"][1]["regular"][0]["end"] = "25:00".into();
    });
    assert_eq!(
        errs,
        [
            "halls[1].colour: unknown field `colour`, expected one of `id`, `name`, `sample`, `level`, `weekend_scope`, `closing_rule`, `contact`, `members`, `regular`, `extended`, `weekend`, `note`",
            r#"halls[1].sample: invalid type: string "yes", expected a boolean"#,
            r#"halls[1].regular[0].end: "25:00" is not a time of day (HH:MM, 00:00 to 23:59)"#,
        ]
    );
}

#[test]
fn not_json() {
    let mut texts = data_texts();
    texts.halls = "{".into();
    assert_eq!(
        texts.problems(),
        ["halls.json: not JSON: EOF while parsing an object at line 1 column 1"]
    );
    let mut texts = data_texts();
    texts.matters = "[]".into();
    assert_eq!(
        texts.problems(),
        ["matters.json: the top level must be a JSON object"]
    );
}

#[test]
fn with_files_replaces_only_the_matter_list() {
    let engine = engine();
    let small = r#"{"matters": [{"id": "x", "name": {"zh": "某事", "en": "Something"}, "hall": "tax",
        "unit": {"zh": "税务", "en": "Tax"}, "kind": "immediate"}]}"#;
    let e2 = engine.with_files(&common::matters_file(small)).unwrap();
    assert_eq!(e2.matters().len(), 1);
    assert!(!e2.matters()[0].sample);
    assert_eq!(e2.halls().len(), 8);
    let bad = common::replace_once(small, "\"tax\"", "\"moon\"");
    assert_eq!(
        engine
            .with_files(&common::matters_file(&bad))
            .unwrap_err()
            .to_string(),
        r#"matters[0].hall: unknown hall id "moon""#
    );
}

#[test]
fn a_new_station_is_a_data_change() {
    use pinggu_hours::engine::{MatterFlags, MatterKind, ServiceLevel, State};
    let mut texts = data_texts();
    texts.halls = edit_json(&texts.halls, |v| {
        v["halls"].as_array_mut().unwrap().push(json!({
            "id": "station_example",
            "name": {"zh": "示例村服务站", "en": "Example village station"},
            "sample": true,
            "weekend_scope": "township",
            "regular": [{"start": "09:00", "end": "11:00"}],
            "extended": [],
            "weekend": [{"days": ["sun"], "start": "10:00", "end": "11:00", "not_on_holidays": true, "appointment": "walk_in"}]
        }));
    });
    let engine = texts.build().unwrap();
    let sun = common::at("2026-03-08T10:30");
    assert_eq!(
        engine.status("station_example", sun).unwrap().state,
        State::Extended
    );
    let level = engine
        .service_level(
            "station_example",
            MatterKind::OneDay,
            MatterFlags::default(),
            sun,
        )
        .unwrap();
    assert_eq!(level, ServiceLevel::ConsultOnly);
}

#[test]
fn contact_fields_that_would_become_links_must_be_plain() {
    let problems = halls_problems(|v| {
        v["halls"][0]["contact"]["booking_url"] = "javascript:alert(1)".into();
        v["halls"][1]["contact"]["phone"] = "<a href=x>1</a>".into();
        v["booking"]["phone"] = "call us".into();
    });
    assert_eq!(
        problems,
        [
            r#"halls[0].contact.booking_url: "javascript:alert(1)" is not an https:// address"#,
            r#"halls[1].contact.phone: "<a href=x>1</a>" is not a phone number (digits, spaces, + - and parentheses)"#,
            r#"booking.phone: "call us" is not a phone number (digits, spaces, + - and parentheses)"#,
        ]
    );
    let fine = halls_problems(|v| {
        v["halls"][0]["contact"]["booking_url"] = "https://example.org/book?hall=district".into();
        v["halls"][0]["contact"]["phone"] = "+86 (10) 1234-5678".into();
        v["halls"][1]["contact"]["phone"] = "  ".into();
    });
    assert_eq!(fine, Vec::<String>::new());
}
