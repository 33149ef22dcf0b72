//! Exceptions (exceptions.json) on the page, with an engine built from the test fixture
//! tests/fixtures/exceptions.json read by the browser's own `JSON.parse`: each hall card
//! announces a closure or a change of hours with its reason from 14 days before it, the card
//! of a hall an exception closes says so, and the week timetable and the special days show
//! the reason under the day it changes.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use pinggu_hours::engine::{Engine, RawFiles};
use pinggu_hours::ui::data_folder::parse;
use pinggu_hours::ui::{AppProps, Lang, View};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// The test fixture (not a closure the center announced).
const FIXTURE: &str = include_str!("fixtures/exceptions.json");

/// The compiled-in data with the fixture's exceptions, as an embedder's folder gives them.
fn fixture_engine() -> Rc<Engine> {
    let files = RawFiles {
        exceptions: Some(parse(FIXTURE, "exceptions.json")),
        ..RawFiles::default()
    };
    Rc::new(Engine::embedded().with_files(&files).unwrap())
}

/// The page on `view` at the chosen Beijing moment `at`, in `lang`, over `engine`.
fn page(view: View, at: &str, lang: Lang, engine: Option<Rc<Engine>>) -> AppProps {
    AppProps {
        engine,
        ..page_at(view, at, lang)
    }
}

/// The exception lines of one hall's card.
fn lines(root: &Element, hall: &str) -> Vec<String> {
    find_all(root, &format!("[data-hall={hall}] .ph-exception"))
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn a_card_announces_exceptions_from_fourteen_days_before() {
    let engine = Some(fixture_engine());
    let root = mount(page(
        View::Now,
        "2026-11-24T10:00",
        Lang::Zh,
        engine.clone(),
    ))
    .await;
    assert_eq!(
        lines(&root, "district"),
        [
            "⚠ 12月1日暂停办理：系统升级，暂停办理",
            "⚠ 12月2日暂停办理：系统升级，暂停办理",
            "⚠ 12月3日办理时间调整为10:00–17:30：设备检修，推迟开门",
            "⚠ 12月5日办理时间调整为9:00–12:00：年终集中办理日",
        ]
    );
    // 8 December is 14 days ahead: announced; the hall's hours today are as usual.
    assert_eq!(
        lines(&root, "tax"),
        [
            "⚠ 12月5日办理时间调整为9:00–12:00：年终集中办理日",
            "⚠ 12月8日办理时间调整为9:00–12:00、13:00–15:00：内部培训",
        ]
    );
    assert_eq!(
        attr(&root, "[data-hall=tax]", "data-state").as_deref(),
        Some("open")
    );
    let closed = attr(&root, "[data-hall=district] .ph-exception", "data-closed");
    assert_eq!(closed.as_deref(), Some("true"));
    // 15 days before the first closure: not yet.
    let early = mount(page(
        View::Now,
        "2026-11-16T10:00",
        Lang::Zh,
        engine.clone(),
    ))
    .await;
    assert!(lines(&early, "district").is_empty());
    let first = mount(page(View::Now, "2026-11-17T10:00", Lang::Zh, engine)).await;
    assert_eq!(
        lines(&first, "district"),
        ["⚠ 12月1日暂停办理：系统升级，暂停办理"]
    );
    // The data compiled in lists no exception: no line at all.
    let plain = mount(page(View::Now, "2026-11-24T10:00", Lang::Zh, None)).await;
    assert!(find_all(&plain, ".ph-exception").is_empty());
}

#[wasm_bindgen_test]
async fn a_hall_closed_by_an_exception_says_why_and_when_to_come() {
    let root = mount(page(
        View::Now,
        "2026-12-01T10:00",
        Lang::Zh,
        Some(fixture_engine()),
    ))
    .await;
    let card = text_of(&root, "[data-hall=district]");
    assert!(card.contains("当日暂停办理"), "{card}");
    assert!(card.contains("今天暂停办理：系统升级，暂停办理"), "{card}");
    assert!(card.contains("星期四10:00起办理"), "{card}");
    assert_eq!(
        attr(&root, "[data-hall=district]", "data-state").as_deref(),
        Some("closed")
    );
    let root = mount(page(
        View::Now,
        "2026-11-30T10:00",
        Lang::En,
        Some(fixture_engine()),
    ))
    .await;
    assert_eq!(
        lines(&root, "district")[0],
        "⚠ No service tomorrow: System upgrade: no service"
    );
    assert_eq!(
        lines(&root, "district")[2],
        "⚠ Hours on 3 December changed to 10:00–17:30: Equipment repair: opening late"
    );
}

#[wasm_bindgen_test]
async fn the_timetables_show_the_reason_under_the_day() {
    let hall = View::Hall("district".into());
    let root = mount(page(
        hall,
        "2026-11-30T10:00",
        Lang::Zh,
        Some(fixture_engine()),
    ))
    .await;
    let row = |date: &str| text_of(&root, &format!(".ph-week tr[data-date=\"{date}\"]"));
    assert!(
        row("2026-12-01").contains("全天闭厅"),
        "{}",
        row("2026-12-01")
    );
    assert!(
        row("2026-12-01").contains("系统升级，暂停办理"),
        "{}",
        row("2026-12-01")
    );
    assert!(
        row("2026-12-03").contains("10:00–17:30"),
        "{}",
        row("2026-12-03")
    );
    assert!(
        row("2026-12-03").contains("设备检修，推迟开门"),
        "{}",
        row("2026-12-03")
    );
    assert!(!row("2026-11-30").contains("⚠"), "{}", row("2026-11-30"));
    let special: Vec<String> = find_all(&root, ".ph-special-list > li")
        .iter()
        .map(|li| li.get_attribute("data-date").unwrap_or_default())
        .collect();
    assert_eq!(
        special,
        ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-05"]
    );
    let saturday = text_of(&root, ".ph-special li[data-date=\"2026-12-05\"]");
    assert!(saturday.contains("年终集中办理日"), "{saturday}");
}
