//! Component tests of the page in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use chrono::NaiveDate;
use pinggu_hours::ui::{AppProps, Lang, Route};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The eight halls of the rules, in the order the spec lists them.
const HALL_IDS: [&str; 8] = [
    "district",
    "township",
    "marriage",
    "tax",
    "household",
    "traffic",
    "exit_entry",
    "housing_fund",
];

/// Mounts the page into a fresh element and waits until Yew has rendered it.
/// The page at a fixed Beijing moment, in one language, without touching the runner's URL.
fn at(date: (i32, u32, u32), hour: u32, minute: u32, lang: Lang) -> AppProps {
    let at = NaiveDate::from_ymd_opt(date.0, date.1, date.2)
        .unwrap()
        .and_hms_opt(hour, minute, 0);
    AppProps {
        route: Some(Route {
            at,
            ..Route::default()
        }),
        lang: Some(lang),
        sync_url: false,
    }
}

#[wasm_bindgen_test]
async fn lists_the_eight_halls_in_data_order() {
    let root = mount(at((2026, 11, 24), 10, 0, Lang::Zh)).await;
    let ids: Vec<String> = find_all(&root, "[data-hall]")
        .iter()
        .map(|card| card.get_attribute("data-hall").unwrap())
        .collect();
    assert_eq!(ids, HALL_IDS);
    let text = root.text_content().unwrap();
    assert!(
        text.contains("区政务服务中心"),
        "district name missing: {text}"
    );
    assert!(text.contains("公积金"), "housing fund name missing: {text}");
}

#[wasm_bindgen_test]
async fn a_tuesday_morning_shows_every_hall_open_and_walk_in() {
    // Tuesday 24 November 2026, 10:00: an ordinary workday inside every hall's regular hours.
    let root = mount(at((2026, 11, 24), 10, 0, Lang::En)).await;
    for card in find_all(&root, "[data-hall]") {
        assert_eq!(card.get_attribute("data-state").as_deref(), Some("open"));
        assert_eq!(
            card.get_attribute("data-appointment").as_deref(),
            Some("walk_in")
        );
        assert!(card.text_content().unwrap().contains("Open"));
    }
}

#[wasm_bindgen_test]
async fn a_sunday_evening_shows_every_hall_closed() {
    // Sunday 29 November 2026, 20:00: no hall serves on a Sunday evening.
    let root = mount(at((2026, 11, 29), 20, 0, Lang::Zh)).await;
    let cards = find_all(&root, "[data-hall]");
    assert_eq!(cards.len(), 8);
    for card in cards {
        assert_eq!(card.get_attribute("data-state").as_deref(), Some("closed"));
        assert_eq!(
            card.get_attribute("data-appointment").as_deref(),
            Some("none")
        );
        assert!(card.text_content().unwrap().contains("已闭厅"));
    }
}
