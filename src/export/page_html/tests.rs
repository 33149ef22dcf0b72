use super::*;
use crate::engine::DataSources;
use crate::export::halls;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn html(engine: &Engine, from: &str) -> String {
    let halls = halls(engine, None).unwrap();
    fragment(engine, &halls, d(from), Lang::Zh).unwrap()
}

/// The text of the element that starts at the first `open` after `after` and ends at `close`.
fn between<'a>(html: &'a str, after: &str, open: &str, close: &str) -> &'a str {
    let from = html.find(after).unwrap_or_else(|| panic!("no {after:?}"));
    let rest = &html[from..];
    let start = rest.find(open).unwrap() + open.len();
    let end = rest[start..].find(close).unwrap();
    &rest[start..start + end]
}

#[test]
fn every_hall_has_its_workday_saturday_and_sunday_as_the_engine_says() {
    let engine = Engine::embedded();
    let html = html(&engine, "2026-11-29");
    // An ordinary Monday, Saturday and Sunday (no holiday, no adjusted workday).
    let days = [
        ("工作日", "2026-11-23"),
        ("周六", "2026-11-28"),
        ("周日", "2026-11-29"),
    ];
    for hall in halls(&engine, None).unwrap() {
        let card = between(&html, &format!("data-hall=\"{}\"", hall.id), ">", "</li>");
        assert!(card.contains(&format!("<h3 class=\"ph-card-name\">{}</h3>", hall.name.zh)));
        for (label, date) in days {
            let runs = engine.day_runs(&hall.id, d(date)).unwrap();
            let line = format!("<p>{label}：{}</p>", runs_line(Lang::Zh, &runs));
            assert!(card.contains(&line), "{}: no {line} in {card}", hall.id);
        }
    }
    let district = between(&html, "data-hall=\"district\"", ">", "</li>");
    assert!(district.ends_with(
        "<p>工作日：8:30–17:30（含延时）</p><p>周六：9:00–13:00需预约</p><p>周日：不办公</p>"
    ));
}

#[test]
fn special_days_ahead_name_the_halls_open_on_them() {
    let html = html(&Engine::embedded(), "2026-09-21");
    // National Day: the weekdays closed everywhere, the weekend open at two halls (with the
    // reading's line), then the adjusted workday.
    let item = |date: &str| between(&html, &format!("data-date=\"{date}\""), ">", "</li>");
    assert_eq!(
        item("2026-09-25"),
        "<strong>9月25日（周五）中秋节</strong><p>各大厅均不办公</p>"
    );
    let weekend = item("2026-10-03");
    assert!(weekend.starts_with("<strong>10月3日（周六）至10月4日（周日）国庆节</strong>"));
    assert!(weekend.contains("公安户政分中心：9:00–12:00（含延时）、14:00–17:30（含延时）；公安交管办理厅：9:00–16:00（含延时）；其余大厅不办公"));
    assert!(weekend.ends_with("<p class=\"ph-reading\">节假日期间请提前电话确认</p>"));
    assert!(html.contains("data-date=\"2026-10-03\" data-last=\"2026-10-04\""));
    assert_eq!(
        item("2026-10-10"),
        "<strong>10月10日（周六）调休上班日（国庆节）</strong><p>各大厅按工作日时间办公</p>"
    );
    // Nothing before --from: the adjusted Sunday of 20 September is left out.
    assert!(!html.contains("2026-09-20"));
}

#[test]
fn with_no_special_day_ahead_it_says_so_with_the_calendars_end() {
    let html = html(&Engine::embedded(), "2026-11-29");
    assert!(!html.contains("ph-special-list"));
    assert!(html.contains("<p>2026年11月29日（星期日）以后，已公布的节假日安排（至2026年底）中没有节假日或调休上班日。</p>"));
}

#[test]
fn the_block_is_one_element_without_script_or_style() {
    let html = html(&Engine::embedded(), "2026-01-01");
    assert!(html.starts_with(
        "<div class=\"ph-app\" lang=\"zh-CN\" data-prerendered=\"\" data-from=\"2026-01-01\">"
    ));
    assert!(html.ends_with("</main></div>"));
    for banned in ["<script", "style=", " on", "\n"] {
        assert!(!html.contains(banned), "{banned:?}");
    }
    assert_eq!(html.matches("<div").count(), html.matches("</div>").count());
}

/// The shipped data with the district's name and the 2026 calendar's holiday names replaced.
fn hostile_engine(text: &str) -> Engine {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/static/data");
    let read = |f: &str| std::fs::read_to_string(format!("{dir}/{f}")).unwrap();
    let mut halls: serde_json::Value = serde_json::from_str(&read("halls.json")).unwrap();
    halls["halls"][0]["name"]["zh"] = text.into();
    let halls = halls.to_string();
    let matters = read("matters.json");
    let mut calendar: serde_json::Value =
        serde_json::from_str(&read("holiday-cn/2026.json")).unwrap();
    for day in calendar["days"].as_array_mut().unwrap() {
        day["name"] = text.into();
    }
    let calendar = calendar.to_string();
    Engine::from_sources(&DataSources {
        halls: &halls,
        matters: &matters,
        calendars: vec![("2026.json".to_string(), calendar.as_str())],
        exceptions: None,
    })
    .unwrap()
}

#[test]
fn text_from_the_data_is_escaped() {
    let hostile = "<img src=x onerror=alert(1)>&\"'";
    let html = html(&hostile_engine(hostile), "2026-09-21");
    assert!(!html.contains("<img"), "{html}");
    let escaped = "&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;";
    // The hall's name on its card and in the special days, and the holidays' names.
    assert!(html.contains(&format!("<h3 class=\"ph-card-name\">{escaped}</h3>")));
    assert!(html.contains(&format!("<strong>9月25日（周五）{escaped}</strong>")));
    assert!(html.contains(&format!("调休上班日（{escaped}）")));
}
