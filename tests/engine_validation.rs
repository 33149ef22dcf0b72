#![cfg(not(target_arch = "wasm32"))]
//! Broken copies of the shipped data are rejected with every problem, each at its exact path.

use pinggu_hours::engine::{DataSources, Engine};

const HALLS: &str = include_str!("../static/data/halls.json");
const MATTERS: &str = include_str!("../static/data/matters.json");
const Y2024: &str = include_str!("../static/data/holiday-cn/2024.json");
const Y2025: &str = include_str!("../static/data/holiday-cn/2025.json");
const Y2026: &str = include_str!("../static/data/holiday-cn/2026.json");

fn calendars() -> Vec<(String, &'static str)> {
    vec![
        ("2024.json".into(), Y2024),
        ("2025.json".into(), Y2025),
        ("2026.json".into(), Y2026),
    ]
}

/// Edit a JSON file as a value (so tests do not depend on its formatting).
fn edit(text: &str, f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    f(&mut v);
    serde_json::to_string_pretty(&v).unwrap()
}

fn errors(halls: &str, matters: &str, cals: Vec<(String, &str)>) -> Vec<String> {
    let sources = DataSources {
        halls,
        matters,
        calendars: cals,
    };
    match Engine::from_sources(&sources) {
        Ok(_) => Vec::new(),
        Err(e) => e.iter().map(|e| e.to_string()).collect(),
    }
}

fn halls_errors(f: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    errors(&edit(HALLS, f), MATTERS, calendars())
}

fn matters_errors(f: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    errors(HALLS, &edit(MATTERS, f), calendars())
}

#[test]
fn shipped_data_is_valid() {
    assert_eq!(errors(HALLS, MATTERS, calendars()), Vec::<String>::new());
    let engine = Engine::embedded().unwrap();
    let ids: Vec<&str> = engine.halls().iter().map(|h| h.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "district",
            "township",
            "marriage",
            "tax",
            "household",
            "traffic",
            "exit_entry",
            "housing_fund"
        ]
    );
}

#[test]
fn bad_time_of_day() {
    assert_eq!(
        halls_errors(|v| v["halls"][3]["regular"][0]["end"] = "25:00".into()),
        [r#"halls[3].regular[0].end: "25:00" is not a time of day (HH:MM, 00:00 to 23:59)"#]
    );
    assert_eq!(
        halls_errors(|v| v["halls"][0]["weekend"][0]["start"] = "9h".into()),
        [r#"halls[0].weekend[0].start: "9h" is not a time of day (HH:MM, 00:00 to 23:59)"#]
    );
}

#[test]
fn every_problem_is_listed() {
    let errs = halls_errors(|v| {
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
fn end_not_after_start() {
    assert_eq!(
        halls_errors(|v| v["halls"][3]["regular"][0]["end"] = "08:00".into()),
        ["halls[3].regular[0].end: 08:00 is not after the start 08:30"]
    );
    assert_eq!(
        halls_errors(|v| v["halls"][6]["weekend"][1]["end"] = "13:30".into()),
        ["halls[6].weekend[1].end: 13:30 is not after the start 13:30"]
    );
}

#[test]
fn overlapping_windows() {
    // Extended overlapping regular on workdays.
    assert_eq!(
        halls_errors(|v| v["halls"][0]["extended"][0]["end"] = "09:30".into()),
        ["halls[0].regular[0]: 09:00-12:00 overlaps halls[0].extended[0] (08:30-09:30)"]
    );
    // Two regular windows.
    assert_eq!(
        halls_errors(|v| v["halls"][4]["regular"][1]["start"] = "11:00".into()),
        ["halls[4].regular[1]: 11:00-17:30 overlaps halls[4].regular[0] (09:00-12:00)"]
    );
    // Weekend windows on both days: reported once.
    assert_eq!(
        halls_errors(|v| v["halls"][4]["weekend"][1]["start"] = "11:00".into()),
        ["halls[4].weekend[1]: 11:00-17:30 overlaps halls[4].weekend[0] (09:00-12:00)"]
    );
    // Windows on different weekend days do not overlap.
    let errs = halls_errors(|v| {
        v["halls"][4]["weekend"][0]["days"] = serde_json::json!(["sat"]);
        v["halls"][4]["weekend"][1] = serde_json::json!(
            {"days": ["sun"], "start": "09:00", "end": "17:30", "not_on_holidays": false, "appointment": "walk_in"});
    });
    assert_eq!(errs, Vec::<String>::new());
}

#[test]
fn unknown_weekday_appointment_and_field() {
    assert_eq!(
        halls_errors(|v| v["halls"][0]["weekend"][0]["days"][0] = "mon".into()),
        ["halls[0].weekend[0].days[0]: unknown variant `mon`, expected `sat` or `sun`"]
    );
    assert_eq!(
        halls_errors(|v| v["halls"][1]["extended"][0]["appointment"] = "maybe".into()),
        ["halls[1].extended[0].appointment: unknown variant `maybe`, expected `required` or `walk_in`"]
    );
    let errs = halls_errors(|v| {
        let w = v["halls"][0]["weekend"][0].as_object_mut().unwrap();
        let mark = w.remove("not_on_holidays").unwrap();
        w.insert("not_on_holiday".into(), mark);
    });
    // Both halves of the typo are reported: the unknown field and the missing one.
    assert_eq!(
        errs,
        [
            "halls[0].weekend[0].not_on_holiday: unknown field `not_on_holiday`, expected one of `days`, `start`, `end`, `not_on_holidays`, `appointment`",
            "halls[0].weekend[0]: missing field `not_on_holidays`",
        ]
    );
    assert_eq!(
        halls_errors(|v| v["halls"][2]["extended"][0]
            .as_object_mut()
            .unwrap()
            .remove("appointment")
            .map(drop)
            .unwrap()),
        ["halls[2].extended[0].appointment: an extended window must say `required` or `walk_in`"]
    );
    assert_eq!(
        halls_errors(|v| v["halls"][7]["weekend_scope"] = "village".into()),
        ["halls[7].weekend_scope: unknown variant `village`, expected `center` or `township`"]
    );
}

#[test]
fn every_structural_problem_is_listed() {
    // A wrong type, an unknown field and a bad time in one hall: all three, not the first.
    let errs = halls_errors(|v| {
        v["halls"][1]["sample"] = "yes".into();
        v["halls"][1]["colour"] = "red".into();
        v["halls"][1]["regular"][0]["end"] = "25:00".into();
    });
    assert_eq!(
        errs,
        [
            "halls[1].colour: unknown field `colour`, expected one of `id`, `name`, `sample`, `weekend_scope`, `closing_rule`, `contact`, `members`, `regular`, `extended`, `weekend`, `note`",
            r#"halls[1].sample: invalid type: string "yes", expected a boolean"#,
            r#"halls[1].regular[0].end: "25:00" is not a time of day (HH:MM, 00:00 to 23:59)"#,
        ]
    );
    // A calendar day of the wrong shape does not hide the problems of the others.
    let c = cal(
        2027,
        r#"{"name": "x", "date": 5, "isOffDay": true},
           {"name": "", "date": "2027-02-11", "isOffDay": true}"#,
    );
    let mut cals = calendars();
    cals.push(("2027.json".into(), &c));
    assert_eq!(
        errors(HALLS, MATTERS, cals),
        [
            "holiday-cn/2027.json:days[0].date: invalid type: integer `5`, expected a string",
            "holiday-cn/2027.json:days[1].name: empty name",
        ]
    );
}

#[test]
fn duplicate_hall_id() {
    assert_eq!(
        halls_errors(|v| v["halls"][7]["id"] = "tax".into()),
        [
            r#"halls[7].id: duplicate hall id "tax""#,
            // Its matters now point to no hall.
            r#"matters[17].hall: unknown hall id "housing_fund""#,
            r#"matters[18].hall: unknown hall id "housing_fund""#,
            r#"matters[19].hall: unknown hall id "housing_fund""#,
        ]
    );
}

#[test]
fn not_json() {
    let errs = errors("{", MATTERS, calendars());
    assert_eq!(errs.len(), 1);
    assert_eq!(
        errs,
        ["halls.json: not JSON: EOF while parsing an object at line 1 column 1"]
    );
    assert_eq!(
        errors(HALLS, "[]", calendars()),
        ["matters.json: the top level must be a JSON object"]
    );
    let errs = halls_errors(|v| v["halls"][2] = 5.into());
    assert_eq!(
        errs,
        [
            "halls[2]: invalid type: integer `5`, expected a hall object",
            // The hall's id is gone with it, so its matters point to no hall.
            r#"matters[6].hall: unknown hall id "marriage""#,
            r#"matters[7].hall: unknown hall id "marriage""#,
        ]
    );
}

#[test]
fn matter_problems() {
    assert_eq!(
        matters_errors(|v| v["matters"][0]["hall"] = "mars".into()),
        [r#"matters[0].hall: unknown hall id "mars""#]
    );
    assert_eq!(
        matters_errors(|v| v["matters"][5]["id"] = "elderly_card".into()),
        [r#"matters[5].id: duplicate matter id "elderly_card""#]
    );
    assert_eq!(
        matters_errors(|v| v["matters"][1].as_object_mut().unwrap().remove("time_limit_days").map(drop).unwrap()),
        ["matters[1].time_limit_days: an undertaken matter needs its time limit in legal workdays"]
    );
    assert_eq!(
        matters_errors(|v| v["matters"][0]["time_limit_days"] = 5.into()),
        ["matters[0].time_limit_days: only an undertaken matter has a time limit"]
    );
    assert_eq!(
        matters_errors(|v| v["matters"][1]["time_limit_days"] = 0.into()),
        ["matters[1].time_limit_days: 0 is not from 1 to 3650"]
    );
    assert_eq!(
        matters_errors(|v| v["matters"][2]["name"]["zh"] = " ".into()),
        ["matters[2].name: the name needs both zh and en"]
    );
    assert_eq!(
        matters_errors(|v| v["matters"][3]["kind"] = "instant".into()),
        ["matters[3].kind: unknown variant `instant`, expected one of `immediate`, `one_day`, `undertaken`"]
    );
    assert_eq!(
        matters_errors(|v| v["matters"][4]["hot"] = "yes".into()),
        [r#"matters[4].hot: invalid type: string "yes", expected a boolean"#]
    );
}

#[test]
fn with_matters_replaces_only_the_list() {
    let engine = Engine::embedded().unwrap();
    let small = r#"{"matters": [{"id": "x", "name": {"zh": "某事", "en": "Something"}, "hall": "tax",
        "unit": {"zh": "税务", "en": "Tax"}, "kind": "immediate"}]}"#;
    let e2 = engine.with_matters(small).unwrap();
    assert_eq!(e2.matters().len(), 1);
    assert!(!e2.matters()[0].sample);
    assert_eq!(e2.halls().len(), 8);
    let bad = small.replace("\"tax\"", "\"moon\"");
    assert_eq!(
        engine.with_matters(&bad).unwrap_err().to_string(),
        r#"matters[0].hall: unknown hall id "moon""#
    );
}

fn cal(year: i32, days: &str) -> String {
    format!(r#"{{"year": {year}, "papers": [], "days": [{days}]}}"#)
}

#[test]
fn calendar_problems() {
    let mut cals = calendars();
    // 2027.json disagrees with 2026.json about 2026-10-10.
    let c = cal(
        2027,
        r#"{"name": "国庆节", "date": "2026-10-10", "isOffDay": true}"#,
    );
    cals.push(("2027.json".into(), &c));
    assert_eq!(
        errors(HALLS, MATTERS, cals),
        ["holiday-cn/2027.json:days[0]: 2026-10-10 disagrees with holiday-cn/2026.json:days[38]: day off (国庆节) vs adjusted workday (国庆节)"]
    );
    let c = cal(
        2027,
        r#"{"name": "春节", "date": "2027-02-30", "isOffDay": true},
           {"name": "春节", "date": "2027-02-10", "isOffDay": false},
           {"name": "", "date": "2027-02-11", "isOffDay": true},
           {"name": "元旦", "date": "2029-01-01", "isOffDay": true}"#,
    );
    let mut cals = calendars();
    cals.push(("2027.json".into(), &c));
    assert_eq!(
        errors(HALLS, MATTERS, cals),
        [
            r#"holiday-cn/2027.json:days[0].date: "2027-02-30" is not a date (YYYY-MM-DD)"#,
            "holiday-cn/2027.json:days[1].isOffDay: an adjusted workday must be a Saturday or Sunday, 2027-02-10 is a Wed",
            "holiday-cn/2027.json:days[2].name: empty name",
            "holiday-cn/2027.json:days[3].date: 2029-01-01 is not in 2027 or a neighbouring year",
        ]
    );
    let mut cals = calendars();
    cals.push(("2027.json".into(), "{\"year\": 2027}"));
    assert_eq!(
        errors(HALLS, MATTERS, cals),
        ["holiday-cn/2027.json: missing field `days`"]
    );
    let mut cals = calendars();
    cals.push((
        "2027.json".into(),
        r#"{"year": 2027, "days": [{"name": "x", "date": 5, "isOffDay": true}]}"#,
    ));
    assert_eq!(
        errors(HALLS, MATTERS, cals),
        ["holiday-cn/2027.json:days[0].date: invalid type: integer `5`, expected a string"]
    );
}

#[test]
fn calendar_merges_by_date() {
    use chrono::NaiveDate;
    use pinggu_hours::engine::DayKind;
    // A 2027 notice listing days of 2026 (as a December date may be): merged by date, and
    // agreeing entries of two files are fine.
    let c = cal(
        2027,
        r#"{"name": "元旦", "date": "2026-12-31", "isOffDay": true},
           {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
           {"name": "国庆节", "date": "2026-10-10", "isOffDay": false}"#,
    );
    let mut cals = calendars();
    cals.push(("2027.json".into(), &c));
    let sources = DataSources {
        halls: HALLS,
        matters: MATTERS,
        calendars: cals,
    };
    let engine = Engine::from_sources(&sources).unwrap();
    let d = |s: &str| engine.day(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
    assert_eq!(d("2026-12-31").kind, DayKind::Holiday);
    assert!(d("2026-12-31").calendar_known);
    assert_eq!(d("2027-01-01").kind, DayKind::Holiday);
    assert!(d("2027-01-01").calendar_known);
    assert_eq!(d("2027-03-01").kind, DayKind::Workday);
    assert!(d("2027-03-01").calendar_known);
    assert!(!d("2028-01-03").calendar_known);
    // A file order does not matter.
    let mut cals = calendars();
    cals.insert(0, ("2027.json".into(), &c));
    let sources = DataSources {
        halls: HALLS,
        matters: MATTERS,
        calendars: cals,
    };
    assert!(Engine::from_sources(&sources).is_ok());
    // No calendar at all: everything plain and unconfirmed.
    let sources = DataSources {
        halls: HALLS,
        matters: MATTERS,
        calendars: Vec::new(),
    };
    let engine = Engine::from_sources(&sources).unwrap();
    let oct1 = engine.day(NaiveDate::from_ymd_opt(2026, 10, 1).unwrap());
    assert_eq!((oct1.kind, oct1.calendar_known), (DayKind::Workday, false));
}

#[test]
fn a_new_station_is_a_data_change() {
    use pinggu_hours::engine::{parse_at, MatterFlags, MatterKind, ServiceLevel, State};
    let halls = edit(HALLS, |v| {
        v["halls"].as_array_mut().unwrap().push(serde_json::json!({
            "id": "station_example",
            "name": {"zh": "示例村服务站", "en": "Example village station"},
            "sample": true,
            "weekend_scope": "township",
            "regular": [{"start": "09:00", "end": "11:00"}],
            "extended": [],
            "weekend": [{"days": ["sun"], "start": "10:00", "end": "11:00", "not_on_holidays": true, "appointment": "walk_in"}]
        }));
    });
    let sources = DataSources {
        halls: &halls,
        matters: MATTERS,
        calendars: calendars(),
    };
    let engine = Engine::from_sources(&sources).unwrap();
    let sun = parse_at("2026-03-08T10:30").unwrap();
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
    let problems = halls_errors(|v| {
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
    let quoted = halls_errors(|v| {
        v["halls"][0]["contact"]["booking_url"] = "https://x\" onclick=\"y".into()
    });
    assert_eq!(quoted.len(), 1, "{quoted:?}");
    let fine = halls_errors(|v| {
        v["halls"][0]["contact"]["booking_url"] = "https://example.org/book?hall=district".into();
        v["halls"][0]["contact"]["phone"] = "+86 (10) 1234-5678".into();
        v["halls"][1]["contact"]["phone"] = "  ".into();
    });
    assert_eq!(fine, Vec::<String>::new());
}
