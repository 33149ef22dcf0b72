//! Component tests of the planner and the clock in headless Chromium (wasm-bindgen-test),
//! at the edge of what a date type can count: a device clock set to the last days chrono
//! can represent (262142-12-31) must not stop the page, and a clock past that range shows a
//! notice instead of another date (issue 8, defect 16).
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use chrono::{NaiveDate, NaiveDateTime};
use pinggu_hours::ui::{AppProps, Lang, Route, View};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A Beijing time in 262142, the last year chrono can count (its 31 December is a Monday).
fn last_year(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(262_142, 12, day)
        .and_then(|d| d.and_hms_opt(hour, minute, 0))
        .unwrap()
}

/// The live page (no moment chosen) on `view` when "now" is `now`.
fn live(view: View, now: Option<NaiveDateTime>, lang: Lang) -> AppProps {
    AppProps {
        route: Some(Route {
            view,
            ..Route::default()
        }),
        lang: Some(lang),
        sync_url: false,
        now,
        engine: None,
    }
}

/// The page rendered its views' content: the banner, the navigation and a heading in main.
fn assert_rendered(root: &Element, what: &str) {
    assert!(
        root.query_selector("[data-ready]").unwrap().is_some(),
        "{what}: not rendered"
    );
    assert!(
        root.query_selector("main h2").unwrap().is_some(),
        "{what}: main is empty"
    );
}

#[wasm_bindgen_test]
async fn a_clock_on_the_last_days_chrono_can_count_keeps_every_view_working() {
    let views = [
        ("now", View::Now),
        ("planner", View::Planner),
        ("matters", View::Matters),
        ("district", View::Hall("district".into())),
        ("household", View::Hall("household".into())),
    ];
    for now in [
        last_year(25, 10, 0),
        last_year(29, 15, 0),
        last_year(31, 0, 47),
        last_year(31, 23, 59),
    ] {
        for (name, view) in views.clone() {
            let what = format!("{name} at {now}");
            let root = mount(live(view, Some(now), Lang::Zh)).await;
            assert_rendered(&root, &what);
        }
        // A matter's page asks for levels, due dates and the booking deadline.
        let props = AppProps {
            route: Some(Route {
                view: View::Matters,
                matter: Some("housing_fund_loan".into()),
                ..Route::default()
            }),
            ..live(View::Matters, Some(now), Lang::En)
        };
        let root = mount(props).await;
        assert!(
            root.query_selector("article.ph-matter").unwrap().is_some(),
            "matter at {now}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_planner_offers_only_the_shortcuts_that_exist_at_the_end_of_time() {
    // Saturday 29 December 262142 at 15:00: there is no later Saturday, but Monday the
    // 31st is a workday.
    let root = mount(live(View::Planner, Some(last_year(29, 15, 0)), Lang::En)).await;
    let buttons = find_all(&root, ".ph-shortcuts button");
    let labels: Vec<String> = buttons.iter().map(|b| b.text_content().unwrap()).collect();
    assert_eq!(labels, ["Next workday morning", "Now"]);
    buttons[0].dyn_ref::<HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(
        attr(&root, ".ph-moment time", "datetime").as_deref(),
        Some("+262142-12-31T09:00")
    );
    assert_rendered(&root, "after the shortcut");
}

/// Replaces `Date.now` while `run` runs, as a device whose clock reads `millis` would.
async fn with_device_clock<F: std::future::Future<Output = ()>>(millis: f64, run: F) {
    let date = js_sys::Reflect::get(&js_sys::global(), &"Date".into()).unwrap();
    let real = js_sys::Reflect::get(&date, &"now".into()).unwrap();
    let fake = Closure::<dyn Fn() -> f64>::new(move || millis);
    js_sys::Reflect::set(&date, &"now".into(), fake.as_ref()).unwrap();
    run.await;
    js_sys::Reflect::set(&date, &"now".into(), &real).unwrap();
    // `fake` stays alive until `Date.now` no longer refers to it.
    drop(fake);
}

#[wasm_bindgen_test]
async fn a_device_clock_past_chronos_range_shows_a_notice_not_1970() {
    // 8.64e15 ms is the last time a JavaScript Date holds: the year 275760.
    with_device_clock(8.64e15, async {
        let root = mount(live(View::Now, None, Lang::Zh)).await;
        let notice = text_of(&root, "[data-clock-unreadable]");
        assert!(notice.contains("超出了可以计算的范围"), "{notice}");
        assert_eq!(
            attr(&root, "[data-clock-unreadable]", "role").as_deref(),
            Some("alert")
        );
        let shown = attr(&root, ".ph-moment time", "datetime").unwrap();
        assert!(!shown.starts_with("1970"), "{shown}");
        assert_rendered(&root, "unreadable clock");
        // The planner still works: a chosen time is answered as usual.
        let root = mount(live(View::Planner, None, Lang::En)).await;
        assert!(text_of(&root, "[data-clock-unreadable]").contains("Plan a visit"));
        assert_rendered(&root, "planner with an unreadable clock");
    })
    .await;
    // A readable clock shows no notice.
    let root = mount(live(View::Now, None, Lang::Zh)).await;
    assert!(root
        .query_selector("[data-clock-unreadable]")
        .unwrap()
        .is_none());
}
