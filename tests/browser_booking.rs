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
        engine: None,
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
    // From Wednesday 09:00 to Friday 14:00: beyond a day, the countdown reads in days.
    assert!(words.contains("2 days left"), "{words}");
    assert!(text_of(&helper, ".ph-booking-slot").contains("Sat 28 Nov 10:00–13:00"));

    let root = mount(matter_at(
        "resident_medical_insurance_enrolment",
        slot,
        Lang::Zh,
    ))
    .await;
    let words = text_of(&root, ".ph-booking-deadline");
    assert!(words.contains("请于11月27日（周五）14:00前预约"), "{words}");
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
    // The district center's regular hours that day take walk-ins: no booking, no deadline.
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
    assert_eq!(
        text_of(&helper, ".ph-booking-need"),
        "该时段可直接到厅办理，无需预约。"
    );
    assert!(helper
        .query_selector(".ph-booking-deadline")
        .unwrap()
        .is_none());
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
    // Choosing the offered time shows Monday 08:30: a walk-in extended window (Article
    // 5(1)), where booking is recommended but nothing has a deadline.
    let button: HtmlElement = find(&helper, "button").dyn_into().unwrap();
    button.click();
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    let helper = find(&root, "[data-booking=district]");
    assert!(text_of(&helper, ".ph-booking-slot").contains("Mon 30 Nov 08:30–09:00"));
    assert!(text_of(&helper, ".ph-booking-need").contains("booking ahead is recommended"));
    assert!(helper
        .query_selector(".ph-booking-deadline")
        .unwrap()
        .is_none());
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
    // Not in regular hours, which need no booking: no booking rules at all.
    let root = mount(matter_at(
        "food_business_licence",
        at(2026, 11, 24, 10, 0),
        Lang::En,
    ))
    .await;
    assert!(root
        .query_selector(".ph-booking .ph-booking-rules")
        .unwrap()
        .is_none());
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

/// Issue 8, defect 1: a deadline belongs only to windows that require a booking. Now is
/// Wednesday 25 November 2026, so both slots lie in the past: the old helper said the
/// deadline had passed.
#[wasm_bindgen_test]
async fn a_walk_in_window_has_no_deadline_and_says_no_booking_is_needed() {
    let rows = [
        // Household registration on the National Day Saturday: a weekend window without booking.
        ("id_card_renewal", "household", at(2026, 10, 3, 10, 0)),
        // The district center in regular hours.
        ("food_business_licence", "district", at(2026, 11, 24, 10, 0)),
    ];
    for (matter, hall, slot) in rows {
        for (lang, words) in [
            (Lang::Zh, "该时段可直接到厅办理，无需预约。"),
            (
                Lang::En,
                "Walk-ins are served at this time: no booking is needed.",
            ),
        ] {
            let root = mount(matter_at(matter, slot, lang)).await;
            let helper = find(&root, &format!("[data-booking={hall}]"));
            let text = helper.text_content().unwrap();
            assert_eq!(text_of(&helper, ".ph-booking-need"), words, "{hall}");
            for selector in [
                ".ph-booking-deadline",
                "[data-action=ics]",
                ".ph-booking-rules",
            ] {
                assert!(
                    helper.query_selector(selector).unwrap().is_none(),
                    "{hall}: {selector} shown"
                );
            }
            for wrong in ["14:00", "预约截止时间已过", "deadline has passed", "⚠"] {
                assert!(!text.contains(wrong), "{hall}: {wrong:?} in {text}");
            }
        }
    }
}

/// Issue 8, defect 15: the `.ics` is offered only for a window that requires a booking,
/// while it can still be booked.
#[wasm_bindgen_test]
async fn the_calendar_file_is_offered_only_for_a_booking_still_to_make() {
    let ics = |root: &web_sys::Element| root.query_selector("[data-action=ics]").unwrap().is_some();
    // Required, deadline Friday 27th 14:00, now Wednesday: offered.
    let required = at(2026, 11, 28, 10, 0);
    assert!(ics(
        &mount(matter_at("elderly_card", required, Lang::En)).await
    ));
    // The same slot seen after the deadline: not offered.
    let late = AppProps {
        now: Some(at(2026, 11, 27, 14, 0)),
        ..matter_at("elderly_card", required, Lang::En)
    };
    assert!(!ics(&mount(late).await));
    // Walk-in windows, in regular hours and under the walk-in rule: not offered.
    for slot in [at(2026, 11, 30, 10, 0), at(2026, 11, 30, 12, 30)] {
        let root = mount(matter_at("food_business_licence", slot, Lang::En)).await;
        assert!(!ics(&root), "{slot}");
        assert!(root
            .query_selector("[data-action=print]")
            .unwrap()
            .is_some());
    }
}

/// Issue 8, defect 14: the print slip holds the hall, the matter, the window, the deadline,
/// the materials, the booking rules and the date printed, and no countdown.
#[wasm_bindgen_test]
async fn the_print_slip_holds_the_booking_facts_without_a_countdown() {
    // elderly_card at a township center, Saturday 28 November 10:00 (booking required).
    let root = mount(matter_at("elderly_card", at(2026, 11, 28, 10, 0), Lang::Zh)).await;
    let slip = find(&root, "[data-booking=township] .ph-slip");
    let text = slip.text_content().unwrap();
    for want in [
        "政务服务办事单",
        "乡镇（街道）政务服务中心",
        "老年人优待卡申办",
        "11月28日（周六）10:00–13:00",
        "该时段只接待已预约的办事人，须提前预约。",
        "请于11月27日（周五）14:00前预约",
        "居民身份证",
        "一号对外",
        "视为自动放弃",
        "打印时间：2026年11月25日09:00",
    ] {
        assert!(text.contains(want), "{want} missing in {text}");
    }
    assert!(!text.contains("还剩"), "no countdown on paper: {text}");
    // (That it shows on paper alone is tested on the built page, with its style sheet:
    // tests/e2e/finder_booking.test.mjs.)

    // A walk-in slot's slip says so and has no deadline.
    let root = mount(matter_at(
        "food_business_licence",
        at(2026, 11, 24, 10, 0),
        Lang::En,
    ))
    .await;
    let text = text_of(&root, ".ph-slip");
    assert!(text.contains("no booking is needed"), "{text}");
    assert!(!text.contains("Book before"), "{text}");
}
