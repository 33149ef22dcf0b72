//! The notices over the shipped data and over edited copies of it, natively: what each hall's
//! page says (one row per fact), the page structure, and hostile or empty fields.

use chrono::NaiveDate;

use super::*;
use crate::engine::{parse_json, RawFiles};
use crate::ui::i18n::tests::report;
use crate::ui::Lang;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn hours(engine: &Engine, hall: Option<&str>, from: &str, lang: Lang) -> String {
    hours_notice(engine, hall, date(from), lang, Styling::Inline).unwrap()
}

fn matters(engine: &Engine, hall: Option<&str>, lang: Lang) -> String {
    matters_notice(engine, hall, date("2026-12-01"), lang, Styling::Inline).unwrap()
}

/// The shipped data with matters.json and exceptions.json replaced.
fn edited(matters: Option<&str>, exceptions: Option<&str>) -> Engine {
    let files = RawFiles {
        matters: matters.map(|t| parse_json(t, "matters.json")),
        exceptions: exceptions.map(|t| parse_json(t, "exceptions.json")),
        ..RawFiles::default()
    };
    Engine::embedded().with_files(&files).unwrap()
}

/// (hall, language, first date, fragment, whether the hall's notice holds it).
#[test]
fn each_halls_notice_says_what_the_engine_says() {
    use Lang::{En, Zh};
    #[rustfmt::skip]
    let rows = [
        ("district", Zh, "2026-09-28", "<h1>区政务服务中心</h1>", true),
        ("district", Zh, "2026-09-28", "本公告适用于2026年9月28日至2026年10月27日", true),
        ("district", Zh, "2026-09-28", r#"<span class="range">9:00–12:00</span>、<span class="range">13:00–17:00</span>"#, true),
        ("district", Zh, "2026-09-28", r#"<span class="range">17:00–17:30</span></strong><span class="tag">无需预约</span>"#, true),
        ("district", Zh, "2026-09-28", r#"<span class="days">周六</span><strong class="times"><span class="range">9:00–13:00</span></strong><span class="tag">需提前预约</span><span class="tag">法定节假日除外</span>"#, true),
        ("district", Zh, "2026-09-28", "<dd>需在预约日期的前一个工作日14:00前提出申请。</dd>", true),
        ("district", Zh, "2026-09-28", "<dd>现场预约、电话预约、线上预约</dd>", true),
        ("district", Zh, "2026-09-28", "10月1日（周四）至10月7日（周三）国庆节：不办公", true),
        ("district", Zh, "2026-09-28", "10月10日（周六）调休上班日（国庆节）：8:30–17:30（含延时）", true),
        // Unknown fields are left out: no phone, no address, no booking link in the data.
        ("district", Zh, "2026-09-28", "<dt>电话</dt>", false),
        ("district", Zh, "2026-09-28", "<dt>地址</dt>", false),
        // Special days only from the first date on, only within the dates it holds for.
        ("district", Zh, "2026-10-08", "10月1日", false),
        ("district", Zh, "2026-10-08", "10月10日（周六）调休上班日", true),
        ("district", Zh, "2026-11-01", "<h2>节假日安排</h2>", false),
        // Household serves on the holiday weekend: a reading, said so.
        ("household", Zh, "2026-09-28", "10月3日（周六）至10月4日（周日）国庆节：9:00–12:00（含延时）、14:00–17:30（含延时）；节假日期间请提前电话确认", true),
        ("household", Zh, "2026-09-28", "<span class=\"days\">周六、周日</span>", true),
        ("household", Zh, "2026-09-28", "<h2>预约办理</h2>", false),
        // The closing rule with its reading and the hall's own closing time.
        ("tax", Zh, "2026-09-28", "注：按对第五条的理解，本条适用于法定工作日下午16:30闭厅时，不适用于周末。", true),
        ("tax", Zh, "2026-09-28", "不设固定延时时段，下午闭厅时按闭厅延时服务办理", true),
        ("traffic", Zh, "2026-09-28", "下午18:00闭厅时", true),
        ("township", Zh, "2026-09-28", "<strong>包括以下乡镇（街道）政务服务中心</strong>：滨河街道、兴谷街道", true),
        ("township", Zh, "2026-09-28", r#"<span class="range">8:30–9:00</span>、<span class="range">17:00–17:30</span></strong><span class="tag">需提前预约</span>"#, true),
        // Dates past the published calendars are said to be unconfirmed.
        ("district", Zh, "2026-12-15", "本公告适用期间内有日期不在已发布的节假日安排之内", true),
        ("district", Zh, "2026-11-01", "本公告适用期间内有日期不在已发布的节假日安排之内", false),
        ("district", En, "2026-09-28", "<html lang=\"en\">", true),
        ("district", En, "2026-09-28", "Valid from 28 September 2026 to 27 October 2026", true),
        ("district", En, "2026-09-28", "Thu 1 Oct to Wed 7 Oct National Day: closed", true),
        ("district", En, "2026-09-28", "<span class=\"tag\">Appointment required</span><span class=\"tag\">not on public holidays</span>", true),
        ("tax", En, "2026-09-28", "this applies at the 16:30 closing on legal workdays", true),
    ];
    let engine = Engine::embedded();
    report(
        rows.iter()
            .map(|&(hall, lang, from, fragment, want)| {
                let html = hours(&engine, Some(hall), from, lang);
                (
                    format!("{hall} {lang:?} {from} {fragment}"),
                    html.contains(fragment),
                    want,
                )
            })
            .collect(),
    );
}

/// Every hall on a page of its own, in the data's order, in one A4 document.
#[test]
fn without_a_hall_every_hall_has_its_page() {
    let engine = Engine::embedded();
    let html = hours(&engine, None, "2026-09-28", Lang::Zh);
    let halls: Vec<&str> = html
        .split("<section class=\"notice\" data-hall=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    let ids: Vec<&str> = engine.halls().iter().map(|h| &*h.id).collect();
    assert_eq!(halls, ids);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    assert!(html.contains("<title>办公时间公告</title>"));
    assert!(NOTICE_CSS.contains("size: A4"));
    assert!(NOTICE_CSS.contains("break-after: page"));
    assert!(html.contains(NOTICE_CSS));
    let one = hours(&engine, Some("tax"), "2026-09-28", Lang::Zh);
    assert!(one.contains("<title>税务分中心办公时间公告</title>"));
}

#[test]
fn a_linked_stylesheet_replaces_the_style_element() {
    let engine = Engine::embedded();
    let href = "styles/notice.css?v=\"1\"";
    let from = date("2026-12-01");
    for html in [
        hours_notice(&engine, None, from, Lang::Zh, Styling::Linked(href)).unwrap(),
        matters_notice(&engine, None, from, Lang::En, Styling::Linked(href)).unwrap(),
    ] {
        assert!(!html.contains("<style>"), "{html}");
        assert!(
            html.contains("<link rel=\"stylesheet\" href=\"styles/notice.css?v=&quot;1&quot;\">")
        );
    }
}

#[test]
fn an_unknown_hall_is_refused() {
    let engine = Engine::embedded();
    let from = date("2026-12-01");
    let unknown = EngineError::UnknownHall {
        hall: "nope".into(),
    };
    assert_eq!(
        hours_notice(&engine, Some("nope"), from, Lang::Zh, Styling::Inline),
        Err(unknown.clone())
    );
    assert_eq!(
        matters_notice(&engine, Some("nope"), from, Lang::Zh, Styling::Inline),
        Err(unknown)
    );
}

#[test]
fn text_is_escaped_in_elements_and_attributes() {
    #[rustfmt::skip]
    let rows = [
        ("plain", "区政务服务中心", "区政务服务中心"),
        ("tag", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("quotes", r#"a"b'c"#, "a&quot;b&#39;c"),
        ("amp", "&amp; &lt;", "&amp;amp; &amp;lt;"),
        ("empty", "", ""),
    ];
    report(
        rows.iter()
            .map(|&(name, text, want)| (name.to_string(), escape(text), want))
            .collect(),
    );
}

const EXCEPTIONS: &str = r#"{"exceptions": [
  {"date": "2026-12-05", "halls": ["district"], "closed": true,
   "reason": {"zh": "系统升级<b>", "en": "System upgrade"}},
  {"date": "2026-12-08", "halls": "all",
   "windows": [{"start": "09:00", "end": "12:00", "appointment": "walk_in"},
               {"start": "13:00", "end": "15:00", "appointment": "required"}],
   "reason": {"zh": "内部培训", "en": "Staff training"}},
  {"date": "2027-01-05", "halls": ["district"], "closed": true,
   "reason": {"zh": "搬迁", "en": "Moving"}}
]}"#;

/// The exceptions of the dates a notice holds for, each with its reason, and no other.
#[test]
fn exceptions_ahead_appear_with_their_reason() {
    let engine = edited(None, Some(EXCEPTIONS));
    let district = hours(&engine, Some("district"), "2026-12-01", Lang::Zh);
    assert!(district.contains("<h2>临时调整</h2>"));
    assert!(district
        .contains("<li data-date=\"2026-12-05\">12月5日（周六）暂停办理：系统升级&lt;b&gt;</li>"));
    assert!(
        district.contains("12月8日（周二）办理时间调整为9:00–12:00、13:00–15:00需预约：内部培训")
    );
    assert!(!district.contains("搬迁"), "2027-01-05 is past the 30 days");
    let tax = hours(&engine, Some("tax"), "2026-12-01", Lang::En);
    assert!(tax.contains(
        "Tue 8 Dec: hours changed to 9:00–12:00, 13:00–15:00 by appointment. Staff training"
    ));
    assert!(!tax.contains("System upgrade"));
    let later = hours(&engine, Some("district"), "2026-12-09", Lang::Zh);
    assert!(later.contains("1月5日（周二）暂停办理：搬迁"));
    assert!(!later.contains("系统升级"));
    let after = hours(&engine, Some("district"), "2027-01-06", Lang::Zh);
    assert!(!after.contains("临时调整"));
}

/// A matters.json with one hostile entry and one with its own place and booking method.
fn hostile_matters() -> String {
    let base: serde_json::Value =
        serde_json::from_str(include_str!("../../static/data/matters.json")).unwrap();
    let mut hostile = base["matters"][0].clone();
    hostile["id"] = "hostile".into();
    hostile["sample"] = false.into();
    hostile["name"]["zh"] = "<img src=x onerror=alert(1)>&\"".into();
    hostile["unit"]["zh"] = "<b>单位</b>".into();
    let mut own = base["matters"][10].clone();
    own["id"] = "own_ways".into();
    own["place"] = serde_json::json!({"zh": "二层3号窗口", "en": "Window 3, first floor"});
    own["booking"] = serde_json::json!({"zh": "请到窗口预约", "en": "Book at the window"});
    serde_json::json!({"matters": [hostile, own]}).to_string()
}

#[test]
fn the_matter_list_has_the_fields_of_the_rules() {
    let engine = Engine::embedded();
    let html = matters(&engine, None, Lang::Zh);
    for column in [
        "事项名称",
        "办理单位",
        "办理时间",
        "办理地点",
        "预约方式",
        "联系电话",
    ] {
        assert!(
            html.contains(&format!("<th scope=\"col\">{column}</th>")),
            "{column}"
        );
    }
    let rows = html.matches("<tr data-matter=").count();
    assert_eq!(rows, engine.matters().len());
    // Every shipped entry is a sample, and marked so.
    assert_eq!(
        html.matches("<span class=\"tag\">示例</span>").count(),
        rows
    );
    assert!(html.contains("示例数据，以政务服务中心公布的清单为准。"));
    // The phone field is empty in the data: every phone cell is empty.
    assert_eq!(html.matches("<td class=\"phone\"></td>").count(), rows);
    let household = matters(&engine, Some("household"), Lang::Zh);
    assert!(household.contains("<p class=\"notice-kind\">公安户政分中心</p>"));
    assert!(household.contains(
        "<td>周六、周日<span class=\"range\">9:00–12:00</span>、<span class=\"range\">14:00–17:30</span></td><td>公安户政分中心</td><td>无需预约</td>"
    ));
    assert!(!household.contains("data-matter=\"marriage_registration\""));
    let district = matters(&engine, Some("district"), Lang::En);
    assert!(
        district.contains("Sat <span class=\"range\">9:00–13:00</span>, not on public holidays")
    );
    assert!(district.contains("<td>On site, By phone, Online; Book before 14:00 on the last legal workday before the day of the appointment.</td>"));
    // A hall without weekend windows: time and booking stay empty.
    let tax = matters(&engine, Some("tax"), Lang::Zh);
    assert!(tax.contains("<td></td><td>税务分中心</td><td></td><td class=\"phone\"></td>"));
}

#[test]
fn hostile_names_show_as_characters_and_data_fields_are_used_as_given() {
    let mut engine_data = edited(Some(&hostile_matters()), None).data();
    engine_data.booking.phone = Some("12345".into());
    let engine = Engine::from_data(engine_data);
    let html = matters(&engine, None, Lang::Zh);
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;&amp;&quot;"));
    assert!(html.contains("<td>&lt;b&gt;单位&lt;/b&gt;</td>"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>"));
    // Not a sample: no mark, no sample note.
    assert!(!html.contains("<tr data-matter=\"hostile\"><td class=\"matter\">&lt;img src=x onerror=alert(1)&gt;&amp;&quot;<span"));
    assert_eq!(html.matches("<span class=\"tag\">示例</span>").count(), 1);
    assert!(
        html.contains("<td>二层3号窗口</td><td>请到窗口预约</td><td class=\"phone\">12345</td>")
    );
    assert_eq!(html.matches("<td class=\"phone\">12345</td>").count(), 2);
    let notice = hours(&engine, Some("district"), "2026-12-01", Lang::Zh);
    assert!(notice.contains("<dt>电话</dt><dd>12345</dd>"));
}

#[test]
fn an_empty_list_says_so() {
    let engine = edited(Some(r#"{"matters": []}"#), None);
    let html = matters(&engine, None, Lang::Zh);
    assert!(html.contains("<p class=\"none\">暂无周末延时服务事项。</p>"));
    assert!(!html.contains("<table"));
    assert!(!html.contains("示例数据"));
}

#[test]
fn a_sample_hall_is_marked_as_a_sample() {
    let mut data = Engine::embedded().data();
    if let Some(hall) = data.halls.to_mut().iter_mut().find(|h| h.id == "marriage") {
        hall.sample = true;
    }
    let engine = Engine::from_data(data);
    let html = hours(&engine, None, "2026-12-01", Lang::Zh);
    let marked = "<p class=\"sample\"><strong>示例</strong>：示例数据，以政务服务中心公布的办公时间为准。</p>";
    assert_eq!(html.matches(marked).count(), 1);
    let marriage = hours(&engine, Some("marriage"), "2026-12-01", Lang::Zh);
    assert!(marriage.contains(marked));
}
