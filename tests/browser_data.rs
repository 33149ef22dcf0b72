//! An embedder's data files as the page reads them: the browser's `JSON.parse`, walked into
//! the engine's raw tree, gives the same answers and the same problems as the native reader;
//! a folder's valid files replace the data in the page after its first status, broken ones
//! are refused with one line while the compiled-in data answers on.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use pinggu_hours::engine::{DayKind, Engine, Number, RawFiles, Value};
use pinggu_hours::ui::data_folder::{calendar_years, parse};
use pinggu_hours::ui::{AppProps, Lang, View};
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

/// The e2e suite's data folders (tests/e2e/fixtures/README.md), as the test runner serves
/// the crate's folder: a made-up 2027 calendar (a test fixture) with a hostile exception,
/// and the shipped halls.json with two fields broken.
const FOLDER_2027: &str = "/tests/e2e/fixtures/data-2027/";
const FOLDER_BROKEN: &str = "/tests/e2e/fixtures/data-broken";

/// The page at Monday 4 October 2027 10:00 (National Day in the fixture, a plain workday
/// without it), reading `folder`.
fn national_day_2027(folder: Option<&str>, lang: Lang) -> AppProps {
    AppProps {
        data_url: folder.map(str::to_owned),
        ..page_at(View::Now, "2027-10-04T10:00", lang)
    }
}

#[wasm_bindgen_test]
fn the_calendar_years_asked_of_a_folder() {
    #[rustfmt::skip]
    let rows: [(&[i32], i32, Vec<i32>); 5] = [
        (&[2024, 2025, 2026], 2026, vec![2024, 2025, 2026, 2027]),
        (&[2024, 2025, 2026], 2024, vec![2024, 2025, 2026, 2027]),
        (&[2024, 2025, 2026], 2028, vec![2024, 2025, 2026, 2027, 2028, 2029]),
        // A clock far ahead asks for five years beyond the calendar, no more.
        (&[2024, 2025, 2026], 262_142, vec![2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]),
        (&[], 2026, vec![2026, 2027]),
    ];
    for (known, today, want) in rows {
        assert_eq!(calendar_years(known, today), want, "{known:?} {today}");
    }
}

#[wasm_bindgen_test]
async fn a_valid_folder_replaces_the_data_after_the_first_status() {
    let root = mount(national_day_2027(Some(FOLDER_2027), Lang::Zh)).await;
    let app = wait_for(&root, ".ph-app[data-source=override]").await;
    assert!(!app.has_attribute("data-data-error"));
    // National Day in the fixture calendar: closed, and no longer unconfirmed.
    let card = find(&root, "[data-hall=district]");
    assert_eq!(card.get_attribute("data-state").as_deref(), Some("closed"));
    assert!(!card.has_attribute("data-unconfirmed"));
    assert!(text_of(&root, "[data-hall=district] .ph-badge").contains("国庆节不办公"));
    // The fixture's hostile reason is text, never markup.
    let lines: Vec<String> = find_all(&root, "[data-hall=district] .ph-exception")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("<img src=x onerror=alert(1)>测试数据")),
        "{lines:?}"
    );
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector("[data-data-notice]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn without_a_folder_the_compiled_in_data_answers() {
    let root = mount(national_day_2027(None, Lang::Zh)).await;
    settle().await;
    assert_eq!(
        attr(&root, ".ph-app", "data-source").as_deref(),
        Some("embedded")
    );
    let card = find(&root, "[data-hall=district]");
    assert_eq!(card.get_attribute("data-state").as_deref(), Some("open"));
    assert!(card.has_attribute("data-unconfirmed"));
}

#[wasm_bindgen_test]
async fn a_broken_folder_is_refused_with_one_line_and_the_data_stays() {
    for (lang, notice) in [
        (
            Lang::Zh,
            "数据更新文件有2处问题，未予采用，仍按内置数据显示（问题清单见浏览器控制台）",
        ),
        (
            Lang::En,
            "The updated data files have 2 problems and were not used: the built-in data is shown (the list is in the browser console)",
        ),
    ] {
        let root = mount(national_day_2027(Some(FOLDER_BROKEN), lang)).await;
        let app = wait_for(&root, ".ph-app[data-data-error]").await;
        assert_eq!(app.get_attribute("data-source").as_deref(), Some("embedded"));
        assert_eq!(text_of(&root, "[data-data-notice]"), notice);
        let card = find(&root, "[data-hall=district]");
        assert_eq!(card.get_attribute("data-state").as_deref(), Some("open"));
        assert!(card.has_attribute("data-unconfirmed"));
    }
}

#[wasm_bindgen_test]
async fn the_maintainers_line_names_the_calendar_due_until_a_folder_brings_it() {
    // "Now" is 25 November 2026: next year's calendar is due from 1 November.
    let page = |folder: Option<&str>| AppProps {
        data_url: folder.map(str::to_owned),
        ..page_at(View::Now, "2026-11-25T10:00", Lang::Zh)
    };
    let root = mount(page(None)).await;
    assert_eq!(
        text_of(&root, "[data-calendar-due]"),
        "维护提示：尚未载入2027年节假日安排，请添加holiday-cn/2027.json"
    );
    assert_eq!(
        attr(&root, "[data-calendar-due]", "data-calendar-due").as_deref(),
        Some("2027")
    );
    let root = mount(page(Some(FOLDER_2027))).await;
    wait_for(&root, ".ph-app[data-source=override]").await;
    assert!(root
        .query_selector("[data-calendar-due]")
        .unwrap()
        .is_none());
}
