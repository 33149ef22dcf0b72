//! Component tests of what the hall cards, the hall list and the hall page say to a visitor
//! without a booking (issue 8: defects 2 to 7, 9 and 12), at fixed moments.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use pinggu_hours::ui::{Lang, View};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The text of one hall's card.
fn card(root: &Element, hall: &str) -> String {
    text_of(root, &format!("[data-hall={hall}]"))
}

#[wasm_bindgen_test]
async fn a_walk_in_run_says_when_it_ends_and_names_its_extended_part() {
    // Defect 2: Tuesday 10:00, the district center serves walk-ins from 08:30 to 17:30.
    let root = mount(page_at(View::Now, "2026-11-24T10:00", Lang::Zh)).await;
    let timing = text_of(&root, "[data-hall=district] .ph-timing");
    assert!(timing.contains("可直接办理，17:30结束"), "{timing}");
    assert!(!timing.contains("12:00"), "{timing}");
    let extended = text_of(&root, "[data-hall=district] .ph-extended-part");
    assert!(extended.contains("12:00–13:00、17:00–17:30"), "{extended}");
    let hooks = |name| attr(&root, "[data-hall=district]", name);
    assert_eq!(
        hooks("data-walk-in-until").as_deref(),
        Some("2026-11-24T17:30")
    );
    assert_eq!(hooks("data-next-walk-in").as_deref(), Some(""));
}

#[wasm_bindgen_test]
async fn a_next_opening_for_booked_visitors_says_when_walk_ins_start() {
    // Defect 3: Tuesday 18:30; township and marriage open at 08:30 for booked visitors only.
    let root = mount(page_at(View::Now, "2026-11-24T18:30", Lang::Zh)).await;
    for hall in ["township", "marriage"] {
        let text = card(&root, hall);
        assert!(
            text.contains("明天8:30起需预约，9:00起可直接办理"),
            "{hall}: {text}"
        );
        assert_eq!(
            attr(&root, &format!("[data-hall={hall}]"), "data-next-walk-in").as_deref(),
            Some("2026-11-25T09:00")
        );
    }
    assert!(card(&root, "district").contains("明天8:30起办理"));
}

#[wasm_bindgen_test]
async fn a_booked_only_window_reads_and_looks_unlike_a_walk_in_window() {
    // Defect 4: Saturday 10:00; district serves booked visitors only, household walk-ins.
    let root = mount(page_at(View::Now, "2026-11-28T10:00", Lang::Zh)).await;
    let district = find(&root, "[data-hall=district]");
    assert_eq!(
        district.get_attribute("data-state").as_deref(),
        Some("extended")
    );
    assert_eq!(
        district.get_attribute("data-appointment").as_deref(),
        Some("required")
    );
    let badge = text_of(&root, "[data-hall=district] .ph-badge");
    assert!(badge.contains("仅接待已预约人员"), "{badge}");
    assert!(badge.contains('◆'), "its own icon: {badge}");
    assert!(!text_of(&root, "[data-hall=household] .ph-badge").contains('◆'));
    // Its own style hook (the colours themselves are checked on the built page, e2e).
    assert!(root
        .query_selector("[data-hall=district].ph-card--booked")
        .unwrap()
        .is_some());
    assert!(root
        .query_selector("[data-hall=household].ph-card--booked")
        .unwrap()
        .is_none());
    let timing = text_of(&root, "[data-hall=district] .ph-timing");
    assert!(
        timing.contains("至13:00仅接待已预约人员，星期一8:30起可直接办理"),
        "{timing}"
    );
}

/// Zh moments and what one card says: the badge's reason, then the line's time to come.
const CLOSED: [(&str, &str, &str, &str); 6] = [
    ("2026-11-24T12:30", "household", "午间休息", "14:00起办理"),
    (
        "2026-11-24T08:00",
        "household",
        "尚未开始办理",
        "今日9:00起办理",
    ),
    (
        "2026-11-24T18:30",
        "tax",
        "今日办理已结束",
        "明天8:30起办理",
    ),
    (
        "2026-11-29T10:00",
        "district",
        "周日不办公",
        "明天8:30起办理",
    ),
    (
        "2026-10-01T10:00",
        "district",
        "国庆节不办公",
        "10月8日（周四）8:30起办理",
    ),
    (
        "2026-10-01T10:00",
        "household",
        "国庆节不办公",
        "星期六9:00起办理",
    ),
];

#[wasm_bindgen_test]
async fn a_closed_hall_says_why_and_when_to_come() {
    // Defect 5: lunch break, not yet open, finished for the day, a closed day.
    for (at, hall, why, when) in CLOSED {
        let root = mount(page_at(View::Now, at, Lang::Zh)).await;
        let badge = text_of(&root, &format!("[data-hall={hall}] .ph-badge"));
        assert!(badge.contains(why), "{at} {hall}: {badge}");
        assert!(!badge.contains("已闭厅"), "{at} {hall}: {badge}");
        let timing = text_of(&root, &format!("[data-hall={hall}] .ph-timing"));
        assert_eq!(timing, when, "{at} {hall}");
    }
}

#[wasm_bindgen_test]
async fn an_answer_resting_on_a_reading_says_so_in_one_line() {
    // Defect 6: household on the National Day Saturday (reading: holiday weekends).
    let root = mount(page_at(View::Now, "2026-10-03T10:00", Lang::Zh)).await;
    let reading = text_of(&root, "[data-hall=household] .ph-reading");
    assert_eq!(reading.trim_start_matches("ⓘ "), "节假日期间请提前电话确认");
    assert!(root
        .query_selector("[data-hall=district] .ph-reading")
        .unwrap()
        .is_none());
    let ordinary = mount(page_at(View::Now, "2026-11-28T10:00", Lang::Zh)).await;
    assert!(ordinary.query_selector(".ph-reading").unwrap().is_none());
    // Due dates (reading: weekend acceptance and time limits): accepted on a Saturday.
    let matter = View::Matters;
    let mut props = page_at(matter, "2026-11-28T10:00", Lang::Zh);
    if let Some(route) = props.route.as_mut() {
        route.matter = Some("food_business_licence".into());
    }
    let root = mount(props).await;
    let line = text_of(&root, ".ph-due .ph-reading");
    assert!(line.contains("视为11月30日受理"), "{line}");
}

#[wasm_bindgen_test]
async fn past_the_calendar_nothing_is_stated_as_fact() {
    // Defect 7: 2027 has no published calendar.
    let root = mount(page_at(View::Now, "2027-03-01T10:00", Lang::Zh)).await;
    let chip = text_of(&root, ".ph-daykind");
    assert_ne!(chip, "工作日");
    assert!(chip.contains("未确认"), "{chip}");
    let cards = find_all(&root, "[data-hall]");
    assert_eq!(cards.len(), 8);
    for card in cards {
        assert_eq!(
            card.get_attribute("data-unconfirmed").as_deref(),
            Some("true")
        );
        assert!(card.query_selector(".ph-unconfirmed").unwrap().is_some());
    }
    let known = mount(page_at(View::Now, "2026-11-24T10:00", Lang::Zh)).await;
    assert_eq!(text_of(&known, ".ph-daykind"), "工作日");
    assert!(known.query_selector(".ph-unconfirmed").unwrap().is_none());
}

fn hall_order(root: &Element) -> Vec<String> {
    find_all(root, "[data-hall]")
        .iter()
        .map(|c| c.get_attribute("data-hall").unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn the_list_leads_with_a_count_and_can_put_open_halls_first() {
    // Defect 9: Tuesday 12:10; household and exit-entry are at lunch, marriage books only.
    let root = mount(page_at(View::Now, "2026-11-24T12:10", Lang::Zh)).await;
    assert_eq!(
        text_of(&root, ".ph-serving-summary"),
        "8个大厅中6个可办理，其中5个可直接办理"
    );
    let default_order = hall_order(&root);
    assert_eq!(default_order[4], "household");
    let buttons = find_all(&root, ".ph-order button");
    assert_eq!(
        buttons[0].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    buttons[1].dyn_ref::<HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(
        hall_order(&root),
        [
            "district",
            "township",
            "tax",
            "traffic",
            "housing_fund",
            "marriage",
            "household",
            "exit_entry"
        ]
    );
    let buttons = find_all(&root, ".ph-order button");
    assert_eq!(
        buttons[1].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    buttons[0].dyn_ref::<HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(hall_order(&root), default_order);
}

#[wasm_bindgen_test]
async fn the_hall_page_leads_with_its_week_in_one_line() {
    // Defect 12.
    let root = mount(page_at(
        View::Hall("district".into()),
        "2026-11-24T10:00",
        Lang::Zh,
    ))
    .await;
    let summary = find(&root, ".ph-week-summary");
    assert_eq!(
        summary.text_content().unwrap(),
        "常规一周：周一至周五8:30–17:30（含延时）；周六9:00–13:00需预约"
    );
    let table = find(&root, ".ph-week");
    // DOCUMENT_POSITION_FOLLOWING: the table comes after the summary.
    assert!(summary.compare_document_position(&table) & 4 != 0);
    let root = mount(page_at(
        View::Hall("township".into()),
        "2026-11-24T10:00",
        Lang::En,
    ))
    .await;
    assert_eq!(
        text_of(&root, ".ph-week-summary"),
        "An ordinary week: Mon–Fri 8:30–9:00 by appointment, 9:00–17:00, 17:00–17:30 by appointment; Sat 9:00–13:00 by appointment"
    );
}

#[wasm_bindgen_test]
async fn a_card_counts_down_only_for_a_moment_on_todays_date() {
    // Defect 13: "now" is Wednesday 25 November 09:00. Today at 10:00 the district center
    // counts down; next Saturday the household hall's card gives the end, not a countdown.
    let today = mount(page_at(View::Now, "2026-11-25T10:00", Lang::Zh)).await;
    let timing = text_of(&today, "[data-hall=district] .ph-timing");
    assert!(timing.contains("还剩"), "{timing}");
    let saturday = mount(page_at(View::Now, "2026-11-28T10:00", Lang::Zh)).await;
    let timing = text_of(&saturday, "[data-hall=household] .ph-timing");
    assert!(timing.contains("12:00"), "{timing}");
    assert!(!timing.contains("还剩"), "{timing}");
}
