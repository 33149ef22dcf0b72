//! Component tests of the page in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use chrono::{NaiveDate, NaiveDateTime};
use pinggu_hours::ui::{AppProps, Lang, Route, View};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The eight halls of the rules, in the order Article 4 lists them.
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

/// The page at a chosen Beijing moment, in one language, without touching the runner's URL.
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
        now: test_now(),
        engine: None,
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
    // Sunday 29 November 2026, 20:00: no hall serves on a Sunday evening. Each card says
    // why (issue 8, defect 5): halls with Sunday hours have finished for the day, the others
    // do not work on Sundays.
    let root = mount(at((2026, 11, 29), 20, 0, Lang::Zh)).await;
    let cards = find_all(&root, "[data-hall]");
    assert_eq!(cards.len(), 8);
    for card in cards {
        assert_eq!(card.get_attribute("data-state").as_deref(), Some("closed"));
        assert_eq!(
            card.get_attribute("data-appointment").as_deref(),
            Some("none")
        );
        let hall = card.get_attribute("data-hall").unwrap();
        let why = if matches!(hall.as_str(), "household" | "traffic") {
            "今日办理已结束"
        } else {
            "周日不办公"
        };
        let text = card.text_content().unwrap();
        assert!(text.contains(why), "{hall}: {text}");
    }
}

/// The live page (no moment chosen) on `view` when "now" is `now`.
fn live(view: View, now: NaiveDateTime) -> AppProps {
    AppProps {
        route: Some(Route {
            view,
            ..Route::default()
        }),
        lang: Some(Lang::En),
        sync_url: false,
        now: Some(now),
        engine: None,
    }
}

#[wasm_bindgen_test]
async fn without_a_chosen_moment_the_page_answers_for_the_now_it_is_given() {
    // Tuesday 24 November 2026, 17:10: the district center's evening extended window.
    let root = mount(live(View::Now, beijing("2026-11-24T17:10"))).await;
    assert_eq!(
        attr(&root, ".ph-moment time", "datetime").as_deref(),
        Some("2026-11-24T17:10")
    );
    assert!(root.query_selector(".ph-notice--pinned").unwrap().is_none());
    assert_eq!(
        attr(&root, "[data-hall=district]", "data-state").as_deref(),
        Some("extended")
    );
    assert!(text_of(&root, "[data-hall=district] .ph-timing")
        .contains("Walk-ins served until 17:30 · 20 min left"));
}

/// On the planner at `now`, presses shortcut number `index` and returns the moment shown.
async fn shortcut(now: &str, index: usize) -> String {
    let root = mount(live(View::Planner, beijing(now))).await;
    let buttons = find_all(&root, ".ph-shortcuts button");
    assert_eq!(buttons.len(), 3, "Saturday, next workday, now");
    buttons[index].dyn_ref::<HtmlElement>().unwrap().click();
    settle().await;
    attr(&root, ".ph-moment time", "datetime").unwrap()
}

#[wasm_bindgen_test]
async fn this_saturday_morning_on_a_saturday_afternoon_is_next_saturday() {
    assert_eq!(shortcut("2026-11-28T15:00", 0).await, "2026-12-05T09:00");
    assert_eq!(shortcut("2026-11-28T08:00", 0).await, "2026-11-28T09:00");
}

#[wasm_bindgen_test]
async fn next_workday_morning_just_after_midnight_is_that_morning() {
    assert_eq!(shortcut("2026-11-30T00:47", 1).await, "2026-11-30T09:00");
    // Friday 9 October 2026 after closing: the adjusted workday Saturday 10 October.
    assert_eq!(shortcut("2026-10-09T17:00", 1).await, "2026-10-10T09:00");
}
