#![cfg(not(target_arch = "wasm32"))]
//! `hours export --format notice-hours|notice-matters` (issue 12, section 2): the notices to
//! post, as the command writes them: each hall's windows as the engine holds them, the
//! exceptions ahead with their reasons, hostile and empty data fields, the language switch
//! and the failures.

mod common;

use chrono::{NaiveTime, Timelike};

use common::cli::{data_dir, fails, fixture_dir, ok_stdout};
use common::{data_texts, edit_json, engine};

/// `9:00–12:00` as a notice writes a time range (no leading zero), worked out here rather
/// than by the code under test.
fn range(start: NaiveTime, end: NaiveTime) -> String {
    let clock = |t: NaiveTime| format!("{}:{:02}", t.hour(), t.minute());
    format!(
        "<span class=\"range\">{}–{}</span>",
        clock(start),
        clock(end)
    )
}

/// The page of one hall in a notice of every hall.
fn page_of<'a>(html: &'a str, hall: &str) -> &'a str {
    let start = html
        .find(&format!("<section class=\"notice\" data-hall=\"{hall}\">"))
        .unwrap_or_else(|| panic!("no page for {hall}"));
    let rest = &html[start..];
    &rest[..rest.find("</section>").unwrap()]
}

#[test]
fn the_hours_notice_has_every_window_of_every_hall() {
    let html = ok_stdout(&["export", "--format", "notice-hours", "--from", "2026-11-02"]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    assert!(html.contains("size: A4"));
    let mut checked = 0;
    for hall in engine().halls() {
        let page = page_of(&html, &hall.id);
        assert!(
            page.contains(&format!("<h1>{}</h1>", hall.name.zh)),
            "{}",
            hall.id
        );
        assert!(page.contains("本公告适用于2026年11月2日至2026年12月1日"));
        let windows = hall.regular.iter().chain(hall.extended.iter());
        let times = windows
            .map(|w| (w.start, w.end))
            .chain(hall.weekend.iter().map(|w| (w.start, w.end)));
        for (start, end) in times {
            let want = range(start, end);
            assert!(page.contains(&want), "{}: {want} missing", hall.id);
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} windows checked");
    assert_eq!(
        html.matches("<section class=\"notice\"").count(),
        engine().halls().len()
    );
}

#[test]
fn exceptions_ahead_are_posted_with_their_reason() {
    let dir = fixture_dir("notice-exceptions");
    let d = dir.to_str().unwrap();
    let args = [
        "export",
        "--format",
        "notice-hours",
        "--from",
        "2026-12-01",
        "--data",
        d,
    ];
    let district = ok_stdout(&[&args[..], &["--hall", "district"]].concat());
    for line in [
        "12月1日（周二）暂停办理：系统升级，暂停办理",
        "12月2日（周三）暂停办理：系统升级，暂停办理",
        "12月3日（周四）办理时间调整为10:00–17:30：设备检修，推迟开门",
        "12月5日（周六）办理时间调整为9:00–12:00：年终集中办理日",
    ] {
        assert!(district.contains(line), "{line}");
    }
    assert!(
        !district.contains("内部培训"),
        "the training day is tax's and household's"
    );
    let tax = ok_stdout(&[&args[..], &["--hall", "tax", "--lang", "en"]].concat());
    assert!(tax.contains(
        "Tue 8 Dec: hours changed to 9:00–12:00, 13:00–15:00 by appointment. Staff training"
    ));
    // Without --data: the shipped data lists no exception.
    let shipped = ok_stdout(&["export", "--format", "notice-hours", "--from", "2026-12-01"]);
    assert!(!shipped.contains("临时调整"));
}

#[test]
fn a_hostile_matter_name_is_printed_as_characters() {
    let mut texts = data_texts();
    texts.matters = edit_json(&texts.matters, |v| {
        v["matters"][0]["name"]["zh"] = "<script>alert(\"x\")</script>&".into();
    });
    let dir = data_dir("notice-hostile", &texts);
    let html = ok_stdout(&[
        "export",
        "--format",
        "notice-matters",
        "--from",
        "2026-12-01",
        "--data",
        dir.to_str().unwrap(),
    ]);
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;"));
    assert!(!html.contains("<script"));
}

#[test]
fn the_matter_list_leaves_the_unknown_phone_empty() {
    let html = ok_stdout(&[
        "export",
        "--format",
        "notice-matters",
        "--from",
        "2026-12-01",
    ]);
    assert!(html.contains("<th scope=\"col\">联系电话</th>"));
    let rows = html.matches("<tr data-matter=").count();
    assert_eq!(rows, engine().matters().len());
    assert_eq!(html.matches("<td class=\"phone\"></td>").count(), rows);
    assert!(html.contains("示例数据，以政务服务中心公布的清单为准。"));
    // The hours notices leave the phone out altogether.
    let hours = ok_stdout(&["export", "--format", "notice-hours", "--from", "2026-12-01"]);
    assert!(!hours.contains("<dt>电话</dt>"));
}

#[test]
fn english_on_request() {
    let html = ok_stdout(&[
        "export",
        "--format",
        "notice-matters",
        "--hall",
        "household",
        "--from",
        "2026-12-01",
        "--lang",
        "en",
    ]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains("<h1>Weekend extended-service matters</h1>"));
    assert!(html.contains("Valid from 1 December 2026 to 30 December 2026"));
    assert!(html.contains("<td>No booking needed</td>"));
    let zh = ok_stdout(&[
        "export",
        "--format",
        "notice-hours",
        "--hall",
        "tax",
        "--lang=zh",
    ]);
    assert!(zh.contains("<h1>税务分中心</h1>"));
    // Without --from the notice holds from today (the machine's clock).
    assert!(zh.contains("本公告适用于"));
}

#[test]
fn bad_notice_arguments_fail_with_one_line() {
    fails(
        &["export", "--format", "notice-hours", "--hall", "nope"],
        2,
        "unknown hall \"nope\"",
    );
    fails(
        &["export", "--format", "notice-matters", "--hall", "nope"],
        2,
        "unknown hall \"nope\"",
    );
    fails(
        &["export", "--format", "notice-hours", "--lang", "fr"],
        2,
        "--lang must be zh or en, not \"fr\"",
    );
    fails(
        &[
            "export",
            "--format",
            "notice-matters",
            "--at",
            "2026-12-01T10:00",
        ],
        2,
        "does not take --at",
    );
    fails(
        &["export", "--format", "osm", "--lang", "en"],
        2,
        "does not take --lang",
    );
    fails(&["status", "--lang", "en"], 2, "does not take --lang");
}
