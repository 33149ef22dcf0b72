//! Component tests of the booking helper in headless Chromium (wasm-bindgen-test): required
//! or recommended, the deadline in words, closed slots, the rules from data, the buttons.
//! The helper is reached through a matter's page, which books the matter's hall at the
//! moment shown.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use chrono::{NaiveDate, NaiveDateTime};
use pinggu_hours::ui::{AppProps, Lang, Route, View};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

/// A matter's page at a moment: its booking helper books the matter's hall then. "Now" is
/// Wednesday 25 November 2026, 09:00 ([`test_now`]).
fn matter_at(matter: &str, when: NaiveDateTime, lang: Lang) -> AppProps {
    AppProps {
        route: Some(Route {
            view: View::Matters,
            at: Some(when),
            matter: Some(matter.into()),
            ..Route::default()
        }),
        lang: Some(lang),
        sync_url: false,
        now: test_now(),
        ..AppProps::default()
    }
}

#[wasm_bindgen_test]
async fn a_saturday_slot_at_the_district_center_must_be_booked_by_friday_14_00() {
    // resident_medical_insurance_enrolment is handled at `district`.
    let slot = at(2026, 11, 28, 10, 0);
    let root = mount(matter_at(
        "resident_medical_insurance_enrolment",
        slot,
        Lang::En,
    ))
    .await;
    let helper = find(&root, "[data-booking=district]");
    assert_eq!(
        find(&helper, ".ph-booking-need")
            .get_attribute("data-appointment")
            .as_deref(),
        Some("required")
    );
    assert!(text_of(&helper, ".ph-booking-need").contains("you must book"));
    let deadline = find(&helper, ".ph-booking-deadline");
    assert_eq!(
        deadline.get_attribute("data-deadline").as_deref(),
        Some("2026-11-27T14:00")
    );
    assert_eq!(
        deadline.get_attribute("data-in-time").as_deref(),
        Some("true")
    );
    let words = deadline.text_content().unwrap();
    assert!(words.contains("Book before 14:00 on Fri 27 Nov"), "{words}");
    // From Wednesday 09:00 to Friday 14:00.
    assert!(words.contains("2 d 5 h left"), "{words}");
    assert!(text_of(&helper, ".ph-booking-slot").contains("Sat 28 Nov 10:00–13:00"));

    let root = mount(matter_at(
        "resident_medical_insurance_enrolment",
        slot,
        Lang::Zh,
    ))
    .await;
    let words = text_of(&root, ".ph-booking-deadline");
    assert!(
        words.contains("请于 11月27日（周五）14:00 前预约"),
        "{words}"
    );
}

#[wasm_bindgen_test]
async fn after_the_deadline_the_slot_can_no_longer_be_booked() {
    // Now is Friday 27 November 2026, 15:00: the Saturday slot's deadline was 14:00.
    let props = AppProps {
        now: Some(at(2026, 11, 27, 15, 0)),
        ..matter_at(
            "resident_medical_insurance_enrolment",
            at(2026, 11, 28, 10, 0),
            Lang::En,
        )
    };
    let root = mount(props).await;
    let deadline = find(&root, "[data-booking=district] .ph-booking-deadline");
    assert_eq!(
        deadline.get_attribute("data-in-time").as_deref(),
        Some("false")
    );
    let words = deadline.text_content().unwrap();
    assert!(
        words.contains("The deadline has passed: this time can no longer be booked."),
        "{words}"
    );
    assert!(!words.contains(" left"), "{words}");
}

#[wasm_bindgen_test]
async fn the_adjusted_workday_10_october_is_booked_by_friday_9_october() {
    // Saturday 2026-10-10 is an adjusted workday; the last legal workday before it is
    // Friday 9 October, after the National Day holiday. Township extended 08:30 needs a booking.
    let root = mount(matter_at("elderly_card", at(2026, 10, 10, 8, 30), Lang::En)).await;
    let helper = find(&root, "[data-booking=township]");
    assert_eq!(
        find(&helper, ".ph-booking-need")
            .get_attribute("data-appointment")
            .as_deref(),
        Some("required")
    );
    assert!(text_of(&helper, ".ph-booking-deadline").contains("Book before 14:00 on Fri 9 Oct"));
    // The district center's regular hours that day take walk-ins: booking is recommended.
    let root = mount(matter_at(
        "food_business_licence",
        at(2026, 10, 10, 10, 0),
        Lang::Zh,
    ))
    .await;
    let helper = find(&root, "[data-booking=district]");
    assert_eq!(
        find(&helper, ".ph-booking-need")
            .get_attribute("data-appointment")
            .as_deref(),
        Some("walk_in")
    );
    assert!(text_of(&helper, ".ph-booking-need").contains("建议提前预约"));
    assert!(text_of(&helper, ".ph-booking-deadline").contains("请于 10月9日（周五）14:00 前预约"));
}

#[wasm_bindgen_test]
async fn a_closed_slot_says_so_and_offers_the_next_serving_time() {
    // Sunday 29 November 2026, 20:00: the district center opens Monday 08:30.
    let root = mount(matter_at(
        "food_business_licence",
        at(2026, 11, 29, 20, 0),
        Lang::En,
    ))
    .await;
    let helper = find(&root, "[data-booking=district]");
    assert!(text_of(&helper, "[data-booking-closed]").contains("The hall is closed at that time"));
    assert!(helper
        .text_content()
        .unwrap()
        .contains("Next opening: tomorrow 08:30"));
    assert!(helper
        .query_selector(".ph-booking-deadline")
        .unwrap()
        .is_none());
    // Choosing the offered time shows the booking for Monday 08:30 (book by Friday 27th).
    let button: HtmlElement = find(&helper, "button").dyn_into().unwrap();
    button.click();
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    let words = text_of(&root, "[data-booking=district] .ph-booking-deadline");
    assert!(words.contains("Book before 14:00 on Fri 27 Nov"), "{words}");
}

#[wasm_bindgen_test]
async fn a_walk_in_extended_window_shows_the_walk_in_rule() {
    // Tuesday 24 November 2026, 12:30: the district center's lunch extended window.
    let root = mount(matter_at(
        "food_business_licence",
        at(2026, 11, 24, 12, 30),
        Lang::En,
    ))
    .await;
    let rules = text_of(&root, ".ph-booking-rules");
    assert!(rules.contains("Without a booking"), "{rules}");
    assert!(rules.contains("front desk"), "{rules}");
    // Not in regular hours.
    let root = mount(matter_at(
        "food_business_licence",
        at(2026, 11, 24, 10, 0),
        Lang::En,
    ))
    .await;
    assert!(!text_of(&root, ".ph-booking-rules").contains("Without a booking"));
}

#[wasm_bindgen_test]
async fn the_rules_channels_and_phone_note_come_from_the_data() {
    let root = mount(matter_at("elderly_card", at(2026, 11, 28, 10, 0), Lang::Zh)).await;
    let rules = text_of(&root, ".ph-booking-rules");
    for want in [
        "现场预约",
        "电话预约",
        "线上预约",
        "一号对外",
        "一次性告知",
        "视为自动放弃",
        "前一天告知",
    ] {
        assert!(rules.contains(want), "{want} missing in {rules}");
    }
    // The phone number is unknown in the data: no number is made up.
    assert!(root
        .query_selector(".ph-booking-rules a[href^='tel:']")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn a_day_beyond_the_calendar_is_marked_unconfirmed() {
    let slot = at(2027, 3, 6, 10, 0);
    let root = mount(matter_at(
        "resident_medical_insurance_enrolment",
        slot,
        Lang::En,
    ))
    .await;
    let deadline = find(&root, ".ph-booking-deadline");
    assert_eq!(
        deadline.get_attribute("data-deadline").as_deref(),
        Some("2027-03-05T14:00")
    );
    assert_eq!(
        deadline.get_attribute("data-in-time").as_deref(),
        Some("true")
    );
    assert!(root
        .query_selector(".ph-booking .ph-unconfirmed")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn the_calendar_and_print_controls_are_real_buttons() {
    let root = mount(matter_at("elderly_card", at(2026, 11, 28, 10, 0), Lang::En)).await;
    let ics = find(&root, "[data-action=ics]");
    assert_eq!(ics.tag_name(), "BUTTON");
    assert!(ics.text_content().unwrap().contains("Add to calendar"));
    let print = find(&root, "[data-action=print]");
    assert_eq!(print.tag_name(), "BUTTON");
    assert!(print.text_content().unwrap().contains("Print"));
}
