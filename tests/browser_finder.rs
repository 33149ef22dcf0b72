//! Component tests of the matter finder in headless Chromium (wasm-bindgen-test): search,
//! browse by hall, service levels in words, due dates, samples, unknown ids, escaping.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use browser_support::*;
use chrono::NaiveDate;
use pinggu_hours::ui::{AppProps, Lang, Route, View};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Saturday 28 November 2026, 10:00: an ordinary weekend morning.
const SATURDAY: (u32, u32, u32) = (11, 28, 10);

/// The finder at a Beijing moment in 2026 (`(month, day, hour)`), with a search, hall and
/// open matter, without touching the runner's URL.
fn finder(
    when: (u32, u32, u32),
    lang: Lang,
    query: &str,
    hall: Option<&str>,
    matter: Option<&str>,
) -> AppProps {
    let at = NaiveDate::from_ymd_opt(2026, when.0, when.1)
        .unwrap()
        .and_hms_opt(when.2, 0, 0);
    AppProps {
        route: Some(Route {
            view: View::Matters,
            at,
            query: query.into(),
            matter_hall: hall.map(Into::into),
            matter: matter.map(Into::into),
            ..Route::default()
        }),
        lang: Some(lang),
        sync_url: false,
        now: test_now(),
        engine: None,
    }
}

/// The ids of the matters listed, in order.
fn listed(root: &Element) -> Vec<String> {
    let items = root.query_selector_all(".ph-matter-item").unwrap();
    (0..items.length())
        .map(|i| {
            let item: Element = items.item(i).unwrap().dyn_into().unwrap();
            item.get_attribute("data-matter").unwrap()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn search_finds_a_matter_by_its_chinese_name() {
    let root = mount(finder(SATURDAY, Lang::Zh, "护照", None, None)).await;
    assert_eq!(listed(&root), ["ordinary_passport"]);
    assert!(text_of(&root, ".ph-finder-count").contains("共找到 1 项事项"));
    assert!(text_of(&root, ".ph-matter-item").contains("出入境办理厅"));
}

#[wasm_bindgen_test]
async fn search_finds_a_matter_by_its_english_name_ignoring_case() {
    let root = mount(finder(SATURDAY, Lang::En, "DRIVING licence", None, None)).await;
    assert_eq!(listed(&root), ["driving_licence_renewal"]);
    assert!(text_of(&root, ".ph-matter-item").contains("Renewing a driving licence at expiry"));
}

#[wasm_bindgen_test]
async fn typing_in_the_labelled_search_box_narrows_the_list() {
    let root = mount(finder(SATURDAY, Lang::En, "", None, None)).await;
    assert_eq!(
        listed(&root).len(),
        20,
        "an empty search lists every matter"
    );
    let label = text_of(&root, "label[for=ph-matter-q]");
    assert_eq!(label, "Matter name");
    let input: HtmlInputElement = root
        .query_selector("#ph-matter-q")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("身份证");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(listed(&root), ["id_card_renewal", "temporary_id_card"]);
}

#[wasm_bindgen_test]
async fn browsing_by_hall_lists_only_that_halls_matters() {
    let root = mount(finder(SATURDAY, Lang::Zh, "", Some("household"), None)).await;
    assert_eq!(
        listed(&root),
        ["id_card_renewal", "birth_registration", "temporary_id_card"]
    );
    let select: HtmlSelectElement = root
        .query_selector("#ph-matter-hall")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(select.value(), "household");
    select.set_value("tax");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(
        listed(&root),
        ["invoice_issuance", "individual_income_tax_reconciliation"]
    );
    select.set_value("");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(listed(&root).len(), 20);
}

/// Opens `matter` on Saturday morning and returns its level code and words.
async fn saturday_level(matter: &str, lang: Lang) -> (String, String) {
    let root = mount(finder(SATURDAY, lang, "", None, Some(matter))).await;
    let code = attr(&root, ".ph-matter-level [data-level]", "data-level").unwrap();
    (code, text_of(&root, ".ph-matter-level [data-level]"))
}

#[wasm_bindgen_test]
async fn a_saturday_gives_the_weekend_levels_at_the_district_center() {
    // Article 6(2), the district center and its sub-centers: an immediate matter in full,
    // an undertaken (not hot) one only as intake.
    let (code, words) = saturday_level("resident_medical_insurance_enrolment", Lang::En).await;
    assert_eq!(code, "full");
    assert!(words.contains("Handled on the spot"), "{words}");
    let (code, words) = saturday_level("food_business_licence", Lang::En).await;
    assert_eq!(code, "intake_only");
    assert!(
        words.contains("Materials received; handled from the next workday"),
        "{words}"
    );
    let (code, words) = saturday_level("food_business_licence", Lang::Zh).await;
    assert_eq!(code, "intake_only");
    assert!(
        words.contains("仅收取材料，自下一个工作日起受理办理"),
        "{words}"
    );
}

#[wasm_bindgen_test]
async fn a_saturday_gives_the_weekend_levels_at_a_township_center() {
    // Article 6(2), township centers: a livelihood immediate matter in full, an undertaken
    // one as intake.
    let (code, words) = saturday_level("elderly_card", Lang::Zh).await;
    assert_eq!(code, "full");
    assert!(words.contains("可当场受理、当场办结"), "{words}");
    let (code, words) = saturday_level("minimum_living_allowance", Lang::En).await;
    assert_eq!(code, "intake_only");
    assert!(words.contains("Materials received"), "{words}");
}

#[wasm_bindgen_test]
async fn the_list_shows_each_matters_level_at_the_moment() {
    let root = mount(finder(SATURDAY, Lang::En, "", Some("district"), None)).await;
    let level = |id: &str| {
        attr(
            &root,
            &format!("[data-matter={id}] [data-level]"),
            "data-level",
        )
    };
    assert_eq!(
        level("individual_business_registration").as_deref(),
        Some("full")
    );
    assert_eq!(
        level("food_business_licence").as_deref(),
        Some("intake_only")
    );
}

#[wasm_bindgen_test]
async fn an_undertaken_matter_accepted_on_a_saturday_counts_from_monday() {
    // Article 5(2): weekend time does not count toward the time limit (reading: a matter
    // accepted on a day that is not a legal workday counts as accepted on the next one,
    // docs/rules.md). A hot undertaken matter formally accepted on Saturday counts from
    // Monday 30 November; 7 legal workdays later is Wednesday 9 December.
    let root = mount(finder(
        SATURDAY,
        Lang::En,
        "",
        None,
        Some("ordinary_passport"),
    ))
    .await;
    let words = text_of(&root, ".ph-matter-level [data-level]");
    assert!(words.contains("Formally accepted on the spot"), "{words}");
    assert_eq!(
        attr(&root, ".ph-due", "data-due").as_deref(),
        Some("2026-12-09")
    );
    let due = text_of(&root, ".ph-due");
    assert!(due.contains("Expected decision by Wed 9 Dec"), "{due}");
    assert!(
        due.contains("Counted as accepted on Mon 30 Nov; decided within 7 legal workdays"),
        "{due}"
    );
    assert!(attr(&root, ".ph-due", "data-unconfirmed").is_none());

    let root = mount(finder(
        SATURDAY,
        Lang::Zh,
        "",
        None,
        Some("food_business_licence"),
    ))
    .await;
    let due = text_of(&root, ".ph-due");
    assert!(due.contains("预计办结日期：12月14日（周一）"), "{due}");
    assert!(
        due.contains("按11月30日（周一）受理，10个工作日内办结"),
        "{due}"
    );
}

#[wasm_bindgen_test]
async fn a_closed_moment_says_so_and_counts_the_due_date_from_the_next_opening() {
    // Sunday 29 November 2026, 20:00: the district center is closed; it opens Monday 08:30.
    let root = mount(finder(
        (11, 29, 20),
        Lang::En,
        "",
        None,
        Some("food_business_licence"),
    ))
    .await;
    assert_eq!(
        attr(&root, ".ph-matter-level [data-level]", "data-level").as_deref(),
        Some("unavailable")
    );
    assert!(text_of(&root, ".ph-next-open").contains("tomorrow 08:30"));
    assert_eq!(
        attr(&root, ".ph-due", "data-due").as_deref(),
        Some("2026-12-14")
    );
    assert!(text_of(&root, ".ph-due").contains("if accepted at the next opening"));
}

#[wasm_bindgen_test]
async fn a_matter_shows_its_facts_and_the_one_time_checklist() {
    let root = mount(finder(
        SATURDAY,
        Lang::Zh,
        "",
        None,
        Some("driving_licence_renewal"),
    ))
    .await;
    let facts = text_of(&root, ".ph-facts");
    for want in [
        "公安交管办理厅",
        "办理单位",
        "即办类",
        "热点高频事项",
        "民生类事项",
    ] {
        assert!(facts.contains(want), "{want} missing in {facts}");
    }
    assert!(text_of(&root, ".ph-matter-materials h3").contains("一次性告知"));
    let boxes = root
        .query_selector_all(".ph-checklist label input[type=checkbox]")
        .unwrap();
    assert_eq!(boxes.length(), 3);
    // The booking helper for the matter's hall at the moment is on the page.
    assert!(root
        .query_selector("[data-booking=traffic]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn sample_entries_say_they_are_samples() {
    let root = mount(finder(SATURDAY, Lang::En, "", None, Some("elderly_card"))).await;
    assert!(text_of(&root, "h2").contains("Sample"));
    assert!(text_of(&root, ".ph-sample-note").contains("Sample entry"));
    let root = mount(finder(SATURDAY, Lang::Zh, "老年", None, None)).await;
    assert!(text_of(&root, ".ph-matter-item").contains("示例"));
}

#[wasm_bindgen_test]
async fn an_unknown_matter_id_gets_a_clear_message() {
    let root = mount(finder(SATURDAY, Lang::En, "", None, Some("no_such_matter"))).await;
    let message = text_of(&root, "[data-unknown-matter]");
    assert!(message.contains("There is no such matter"), "{message}");
    assert!(message.contains("no_such_matter"), "{message}");
    assert!(text_of(&root, ".ph-back").contains("Back to the list"));
}

#[wasm_bindgen_test]
async fn a_hostile_query_is_shown_as_text() {
    let hostile = r#"<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"#;
    let root = mount(finder(SATURDAY, Lang::En, hostile, None, None)).await;
    settle().await;
    assert!(root
        .query_selector("main script, main img")
        .unwrap()
        .is_none());
    assert!(text_of(&root, ".ph-finder-count").contains(hostile));
    let input: HtmlInputElement = root
        .query_selector("#ph-matter-q")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), hostile);
    let pwned = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

/// Issue 8, defect 11: the words residents search with find their matters, in either page
/// language (the box's own example, "ID card", included).
#[wasm_bindgen_test]
async fn search_finds_matters_by_the_words_residents_use() {
    let rows: [(&str, &[&str]); 6] = [
        ("户籍", &["birth_registration"]),
        ("户口", &["birth_registration"]),
        (
            "社保",
            &[
                "resident_medical_insurance_enrolment",
                "resident_pension_enrolment",
            ],
        ),
        ("hukou", &["birth_registration"]),
        ("ID card", &["id_card_renewal", "temporary_id_card"]),
        // The hall's name: 公安户政分中心.
        (
            "户政",
            &["id_card_renewal", "birth_registration", "temporary_id_card"],
        ),
    ];
    for (query, want) in rows {
        for lang in [Lang::Zh, Lang::En] {
            let root = mount(finder(SATURDAY, lang, query, None, None)).await;
            assert_eq!(listed(&root), want, "{query}");
            assert!(root.query_selector(".ph-browse-halls").unwrap().is_none());
        }
    }
}

/// Issue 8, defect 11: an empty result offers the halls to browse, and choosing one lists
/// its matters.
#[wasm_bindgen_test]
async fn an_empty_result_suggests_browsing_by_hall() {
    let root = mount(finder(SATURDAY, Lang::Zh, "火星签证", None, None)).await;
    assert!(listed(&root).is_empty());
    assert!(text_of(&root, ".ph-finder-count").contains("没有找到相关事项"));
    let browse = find(&root, ".ph-browse-halls");
    assert!(browse.text_content().unwrap().contains("按办理大厅浏览"));
    let halls = find_all(&browse, "[data-browse-hall]");
    assert_eq!(halls.len(), 8, "every hall is offered");
    let household = find(&browse, "[data-browse-hall=household]");
    assert_eq!(household.text_content().unwrap().trim(), "公安户政分中心");
    household.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(
        listed(&root),
        ["id_card_renewal", "birth_registration", "temporary_id_card"]
    );
    let input: HtmlInputElement = find(&root, "#ph-matter-q").dyn_into().unwrap();
    assert_eq!(input.value(), "", "the search was cleared");
    let select: HtmlSelectElement = find(&root, "#ph-matter-hall").dyn_into().unwrap();
    assert_eq!(select.value(), "household");
}
