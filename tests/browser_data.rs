//! An embedder's data files as the page reads them: the browser's `JSON.parse`, walked into
//! the engine's raw tree, gives the same answers and the same problems as the native reader.
#![cfg(target_arch = "wasm32")]

use pinggu_hours::engine::{DayKind, Engine, Number, RawFiles, Value};
use pinggu_hours::ui::data_folder::parse;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_kind_of_value_is_walked() {
    let v = parse(
        r#"{"a": [1, -2, 1.5, 1e3, 18446744073709551616], "b": {"c": null, "d": true},
            "e": "<img src=x onerror=alert(1)>", "a": "last"}"#,
        "x.json",
    )
    .unwrap();
    let Value::Object(members) = v else {
        panic!("not an object: {v:?}")
    };
    // JSON.parse keeps the last of a repeated name, as serde_json does.
    assert_eq!(members.len(), 3, "{members:?}");
    assert_eq!(members[0], ("a".to_string(), Value::String("last".into())));
    assert_eq!(
        members[1].1,
        Value::Object(vec![
            ("c".to_string(), Value::Null),
            ("d".to_string(), Value::Bool(true)),
        ])
    );
    assert_eq!(
        members[2].1,
        Value::String("<img src=x onerror=alert(1)>".into())
    );
    let numbers = parse("[1, -2, 1.5, 1e3, 18446744073709551616]", "n.json").unwrap();
    assert_eq!(
        numbers,
        Value::Array(vec![
            Value::Number(Number::Unsigned(1)),
            Value::Number(Number::Signed(-2)),
            Value::Number(Number::Float(1.5)),
            Value::Number(Number::Unsigned(1000)),
            Value::Number(Number::Float(18446744073709551616.0)),
        ])
    );
}

#[wasm_bindgen_test]
fn text_that_is_not_json_is_named_at_its_file() {
    let e = parse("{\"halls\": [", "halls.json").unwrap_err();
    assert_eq!(e.path, "halls.json");
    assert!(e.message.starts_with("not JSON: "), "{}", e.message);
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let e = parse(&deep, "matters.json").unwrap_err();
    assert_eq!(e.message, "more than 128 nested arrays and objects");
}

#[wasm_bindgen_test]
fn a_calendar_read_in_the_browser_joins_the_compiled_in_years() {
    let text = r#"{"year": 2027, "papers": [], "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}"#;
    let files = RawFiles {
        calendars: vec![("2027.json".into(), parse(text, "holiday-cn/2027.json"))],
        ..RawFiles::default()
    };
    let engine = Engine::embedded().with_files(&files).unwrap();
    let day = engine.day(chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
    assert_eq!((day.kind, day.calendar_known), (DayKind::Holiday, true));
    // The same file broken is refused with its path, as natively.
    let broken = RawFiles {
        calendars: vec![(
            "2027.json".into(),
            parse(
                &text.replace("2027-01-01", "2027-13-01"),
                "holiday-cn/2027.json",
            ),
        )],
        ..RawFiles::default()
    };
    let problems = Engine::embedded()
        .with_files(&broken)
        .unwrap_err()
        .to_string();
    assert!(
        problems.starts_with("holiday-cn/2027.json:days[0].date: \"2027-13-01\""),
        "{problems}"
    );
}
