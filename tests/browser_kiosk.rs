//! Component tests of the hall screen (`?mode=kiosk`) in headless Chromium: the question
//! after a while without a touch and the way home (with waits of a fraction of a second,
//! set in the screen's settings), touch-only choices, the live strip, the phone code only
//! with a public address, nothing kept on the device, and a clock that cannot be right.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;
use std::time::Duration;

use browser_support::*;
use pinggu_hours::ui::embedding::{Embedding, Mode};
use pinggu_hours::ui::kiosk::Kiosk;
use pinggu_hours::ui::{AppProps, Lang, Route, View};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A hall screen on `view` (live, no moment chosen) with the tests' "now", asking after
/// `idle_ms` without a touch and going home `prompt_ms` later; `public` is its `?public=`.
fn screen(view: View, idle_ms: u32, prompt_ms: u32, public: Option<&str>) -> AppProps {
    let embedding = Embedding {
        mode: Mode::Kiosk,
        kiosk: Kiosk {
            public_url: public.map(str::to_owned),
            idle_ms,
            prompt_ms,
        },
        ..Embedding::default()
    };
    AppProps {
        route: Some(Route {
            view,
            ..Route::default()
        }),
        lang: Some(Lang::Zh),
        sync_url: false,
        now: test_now(),
        embedding: Rc::new(embedding),
        ..AppProps::default()
    }
}

/// Waits `ms` of real time (the screen's waits in these tests are that short).
async fn wait(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

fn click(root: &Element, selector: &str) {
    find(root, selector)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

fn present(root: &Element, selector: &str) -> bool {
    root.query_selector(selector).unwrap().is_some()
}

#[wasm_bindgen_test]
async fn left_alone_the_screen_asks_then_goes_home_to_every_hall_now() {
    let root = mount(screen(View::Planner, 300, 400, None)).await;
    assert!(present(&root, "#ph-plan-heading"));
    assert!(
        !present(&root, "[data-idle-prompt]"),
        "nothing asked at once"
    );
    wait(450).await;
    let question = text_of(&root, "[data-idle-prompt]");
    assert!(question.contains("还在使用吗？"), "{question}");
    assert_eq!(
        attr(&root, "[data-idle-prompt]", "role").as_deref(),
        Some("alertdialog")
    );
    let focused = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert_eq!(
        focused
            .and_then(|e| e.get_attribute("data-action"))
            .as_deref(),
        Some("keep-using"),
        "the answer button has focus"
    );
    wait(500).await;
    assert!(
        !present(&root, "[data-idle-prompt]"),
        "the question is gone"
    );
    assert!(
        present(&root, "#ph-halls-heading"),
        "back on every hall now"
    );
    assert!(!present(&root, "#ph-plan-heading"));
    assert!(
        !present(&root, ".ph-notice--pinned"),
        "at now, not a chosen moment"
    );
}

#[wasm_bindgen_test]
async fn the_big_button_keeps_the_visitors_view() {
    let root = mount(screen(View::Matters, 300, 600, None)).await;
    wait(400).await;
    assert!(present(&root, "[data-idle-prompt]"));
    click(&root, "[data-action=keep-using]");
    settle().await;
    assert!(!present(&root, "[data-idle-prompt]"));
    assert!(present(&root, "#ph-finder-heading"), "still on the matters");
    // The wait starts again from the answer: not asked again before it is over.
    wait(150).await;
    assert!(!present(&root, "[data-idle-prompt]"));
    assert!(present(&root, "#ph-finder-heading"));
}

#[wasm_bindgen_test]
async fn at_home_the_screen_asks_nothing() {
    let root = mount(screen(View::Now, 100, 100, None)).await;
    wait(350).await;
    assert!(!present(&root, "[data-idle-prompt]"));
    assert_eq!(find_all(&root, "[data-hall]").len(), 8);
}

#[wasm_bindgen_test]
async fn the_screen_needs_no_keyboard() {
    let root = mount(screen(View::Planner, 60_000, 20_000, None)).await;
    assert!(
        !present(&root, "input"),
        "no field to type in on the planner"
    );
    let date: HtmlSelectElement = find(&root, "select[data-choose=date]").dyn_into().unwrap();
    let time: HtmlSelectElement = find(&root, "select[data-choose=time]").dyn_into().unwrap();
    assert_eq!(
        (date.value(), time.value()),
        ("2026-11-25".into(), "09:00".into())
    );
    assert_eq!(date.length(), 14, "two weeks from today");
    // Saturday 28 November at 14:00: the halls with Saturday afternoon hours serve.
    date.set_value("2026-11-28");
    date.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    let time: HtmlSelectElement = find(&root, "select[data-choose=time]").dyn_into().unwrap();
    time.set_value("14:00");
    time.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        attr(&root, ".ph-moment time", "datetime").as_deref(),
        Some("2026-11-28T14:00")
    );
    let open: Vec<String> = find_all(&root, ".ph-main [data-hall]:not([data-state=closed])")
        .iter()
        .filter_map(|card| card.get_attribute("data-hall"))
        .collect();
    assert_eq!(open, ["household", "traffic", "exit_entry"]);
    // The live strip still says what the halls do now (Wednesday 09:00: all open).
    let live: Vec<String> = find_all(&root, "[data-live-hall]")
        .iter()
        .filter_map(|tile| tile.get_attribute("data-state"))
        .collect();
    assert_eq!(live, ["open"; 8]);

    let finder = mount(screen(View::Matters, 60_000, 20_000, None)).await;
    assert!(
        !present(&finder, "input"),
        "no search field: browse by hall"
    );
    assert!(present(&finder, "select#ph-matter-hall"));
    assert_eq!(
        find_all(&finder, "[data-matter]").len(),
        20,
        "the whole list"
    );
}

#[wasm_bindgen_test]
async fn the_live_strip_is_beside_every_view_but_every_hall_now() {
    for (name, view, strip) in [
        ("now", View::Now, false),
        ("hall", View::Hall("tax".into()), true),
        ("matters", View::Matters, true),
    ] {
        let root = mount(screen(view, 60_000, 20_000, None)).await;
        let tiles = find_all(&root, "[data-live-hall]").len();
        assert_eq!(tiles, if strip { 8 } else { 0 }, "{name}");
    }
}

#[wasm_bindgen_test]
async fn the_phone_code_needs_a_public_address_and_shows_the_view() {
    let without = mount(screen(View::Hall("tax".into()), 60_000, 20_000, None)).await;
    assert!(!present(&without, "[data-action=phone-code]"));
    assert!(!present(&without, "svg"));

    let public = Some("https://example.org/hours/");
    let root = mount(screen(View::Hall("tax".into()), 60_000, 20_000, public)).await;
    assert!(!present(&root, ".ph-qr"), "shown on demand");
    click(&root, "[data-action=phone-code]");
    settle().await;
    assert_eq!(
        attr(&root, "[data-phone-code]", "data-phone-code").as_deref(),
        Some("https://example.org/hours/?hall=tax")
    );
    let path = attr(&root, ".ph-qr path", "d").unwrap();
    assert!(
        path.starts_with("M4 4h7v1h-7z"),
        "a finder square first: {path:.40}"
    );
    assert_eq!(
        find(&root, ".ph-qr").namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    assert!(!present(&root, ".ph-qr [style]"), "no inline style");
    click(&root, "[data-action=close-phone-code]");
    settle().await;
    assert!(!present(&root, ".ph-qr"));
}

#[wasm_bindgen_test]
async fn the_screen_keeps_nothing_of_the_visitor() {
    let window = web_sys::window().unwrap();
    let storage = window.local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let history = window.history().unwrap().length().unwrap();
    let url = window.location().href().unwrap();
    let root = mount(screen(View::Now, 60_000, 20_000, None)).await;
    click(&root, ".ph-toolbar button[lang]");
    settle().await;
    click(&root, ".ph-toolbar button[aria-pressed]");
    settle().await;
    assert!(text_of(&root, "#ph-halls-heading").contains("Service halls"));
    assert!(present(&root, ".ph-app.ph-elderly"));
    click(&root, ".ph-card-link");
    settle().await;
    assert_eq!(storage.length().unwrap(), 0, "nothing in localStorage");
    let session = window.session_storage().unwrap().unwrap();
    assert_eq!(session.length().unwrap(), 0, "nothing in sessionStorage");
    assert_eq!(window.history().unwrap().length().unwrap(), history);
    assert_eq!(window.location().href().unwrap(), url);
}

#[wasm_bindgen_test]
async fn a_clock_years_off_shows_the_staff_a_notice_instead_of_statuses() {
    let mut props = screen(View::Now, 60_000, 20_000, None);
    props.now = Some(beijing("2000-01-01T08:00"));
    let root = mount(props).await;
    let notice = text_of(&root, "[data-clock-problem]");
    assert!(
        notice.contains("设备时间有误，请联系工作人员校准"),
        "{notice}"
    );
    assert!(!present(&root, "[data-hall]"), "no status shown");
    assert!(!present(&root, "main"));
    // The same clock on a phone: a warning above the statuses, which stay.
    let phone = AppProps {
        lang: Some(Lang::Zh),
        sync_url: false,
        now: Some(beijing("2000-01-01T08:00")),
        ..AppProps::default()
    };
    let root = mount(phone).await;
    assert_eq!(
        attr(&root, "[data-clock-problem]", "data-clock-problem").as_deref(),
        Some("implausible")
    );
    assert_eq!(find_all(&root, "[data-hall]").len(), 8);
    // A right clock on a hall screen: statuses and no notice.
    let root = mount(screen(View::Now, 60_000, 20_000, None)).await;
    assert!(!present(&root, "[data-clock-problem]"));
    assert_eq!(find_all(&root, "[data-hall]").len(), 8);
}
