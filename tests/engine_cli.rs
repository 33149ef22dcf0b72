#![cfg(not(target_arch = "wasm32"))]
//! The `hours` binary: exact JSON of issue 3 for a few cases, text output, exit statuses.

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

use common::{data_texts, edit_json, OwnedTexts};

fn hours(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hours"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn ok_stdout(args: &[&str]) -> String {
    let out = hours(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn fails(args: &[&str], code: i32, needle: &str) {
    let out = hours(args);
    assert_eq!(out.status.code(), Some(code), "{args:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err.lines().count(),
        1,
        "{args:?}: one-line message, got {err:?}"
    );
    assert!(err.contains(needle), "{args:?}: {err:?}");
}

#[test]
fn status_json_on_a_holiday_saturday() {
    let expected = concat!(
        r#"{"at":"2026-10-03T10:00","date":"2026-10-03","day_kind":"holiday","holiday":"国庆节","calendar_known":true,"halls":["#,
        r#"{"id":"district","state":"closed","appointment":null,"until":null,"next_change":"2026-10-08T08:30","walk_in_until":null,"next_walk_in":"2026-10-08T08:30"},"#,
        r#"{"id":"township","state":"closed","appointment":null,"until":null,"next_change":"2026-10-08T08:30","walk_in_until":null,"next_walk_in":"2026-10-08T09:00"},"#,
        r#"{"id":"marriage","state":"closed","appointment":null,"until":null,"next_change":"2026-10-08T08:30","walk_in_until":null,"next_walk_in":"2026-10-08T09:00"},"#,
        r#"{"id":"tax","state":"closed","appointment":null,"until":null,"next_change":"2026-10-08T08:30","walk_in_until":null,"next_walk_in":"2026-10-08T08:30"},"#,
        r#"{"id":"household","state":"extended","appointment":"walk_in","until":"2026-10-03T12:00","next_change":"2026-10-03T12:00","walk_in_until":"2026-10-03T12:00","next_walk_in":null},"#,
        r#"{"id":"traffic","state":"extended","appointment":"walk_in","until":"2026-10-03T16:00","next_change":"2026-10-03T16:00","walk_in_until":"2026-10-03T16:00","next_walk_in":null},"#,
        r#"{"id":"exit_entry","state":"closed","appointment":null,"until":null,"next_change":"2026-10-08T08:30","walk_in_until":null,"next_walk_in":"2026-10-08T08:30"},"#,
        r#"{"id":"housing_fund","state":"closed","appointment":null,"until":null,"next_change":"2026-10-08T08:30","walk_in_until":null,"next_walk_in":"2026-10-08T08:30"}]}"#,
        "\n"
    );
    assert_eq!(
        ok_stdout(&["status", "--at", "2026-10-03T10:00", "--json"]),
        expected
    );
}

#[test]
fn status_json_one_hall() {
    assert_eq!(
        ok_stdout(&["status", "--at=2026-03-07T10:00", "--hall", "tax", "--json"]),
        concat!(
            r#"{"at":"2026-03-07T10:00","date":"2026-03-07","day_kind":"weekend","holiday":null,"calendar_known":true,"halls":["#,
            r#"{"id":"tax","state":"closed","appointment":null,"until":null,"next_change":"2026-03-09T08:30","walk_in_until":null,"next_walk_in":"2026-03-09T08:30"}]}"#,
            "\n"
        )
    );
    assert_eq!(
        ok_stdout(&[
            "status",
            "--json",
            "--hall",
            "marriage",
            "--at",
            "2026-10-10T12:00"
        ]),
        concat!(
            r#"{"at":"2026-10-10T12:00","date":"2026-10-10","day_kind":"adjusted_workday","holiday":"国庆节","calendar_known":true,"halls":["#,
            r#"{"id":"marriage","state":"extended","appointment":"required","until":"2026-10-10T13:30","next_change":"2026-10-10T13:30","walk_in_until":null,"next_walk_in":"2026-10-10T13:30"}]}"#,
            "\n"
        )
    );
    assert!(ok_stdout(&["status", "--at", "2030-01-05T10:00", "--json"])
        .contains(r#""calendar_known":false"#));
}

/// Issue 8: each hall carries when its walk-in run ends and when walk-ins are next served.
/// At 10:00 on an ordinary Tuesday the district center serves walk-ins until 17:30 (regular
/// and walk-in extended windows back to back); at 18:30 the township centers open at 08:30
/// for booked visitors only and serve walk-ins from 09:00.
#[test]
fn status_json_walk_in_fields() {
    let morning = ok_stdout(&[
        "status",
        "--at",
        "2026-11-24T10:00",
        "--hall",
        "district",
        "--json",
    ]);
    assert!(
        morning.contains(r#""until":"2026-11-24T12:00","next_change":"2026-11-24T12:00","walk_in_until":"2026-11-24T17:30","next_walk_in":null}"#),
        "{morning}"
    );
    let evening = ok_stdout(&[
        "status",
        "--at",
        "2026-11-24T18:30",
        "--hall",
        "township",
        "--json",
    ]);
    assert!(
        evening.contains(r#""next_change":"2026-11-25T08:30","walk_in_until":null,"next_walk_in":"2026-11-25T09:00"}"#),
        "{evening}"
    );
}

#[test]
fn book_serve_due_report_json() {
    assert_eq!(
        ok_stdout(&["book", "--hall", "township", "--at", "2026-10-10T08:30", "--json"]),
        "{\"hall\":\"township\",\"at\":\"2026-10-10T08:30\",\"appointment\":\"required\",\"deadline\":\"2026-10-09T14:00\"}\n"
    );
    assert_eq!(
        ok_stdout(&["book", "--hall", "district", "--at", "2026-02-24T08:30", "--json"]),
        "{\"hall\":\"district\",\"at\":\"2026-02-24T08:30\",\"appointment\":\"walk_in\",\"deadline\":\"2026-02-14T14:00\"}\n"
    );
    let serve = |extra: &[&str]| {
        let mut args = vec!["serve", "--at", "2026-03-07T10:00", "--json"];
        args.extend_from_slice(extra);
        ok_stdout(&args)
    };
    assert_eq!(
        serve(&["--hall", "district", "--kind", "undertaken", "--hot"]),
        "{\"level\":\"full\"}\n"
    );
    assert_eq!(
        serve(&["--hall", "district", "--kind", "undertaken"]),
        "{\"level\":\"intake_only\"}\n"
    );
    assert_eq!(
        serve(&[
            "--hall",
            "township",
            "--kind",
            "immediate",
            "--livelihood",
            "--restricted"
        ]),
        "{\"level\":\"consult_only\"}\n"
    );
    assert_eq!(
        serve(&["--hall", "tax", "--kind", "immediate"]),
        "{\"level\":\"unavailable\"}\n"
    );
    assert_eq!(
        ok_stdout(&["due", "--accepted", "2026-03-07T10:00", "--days", "3", "--json"]),
        "{\"accepted\":\"2026-03-07T10:00\",\"counted_from\":\"2026-03-09\",\"due\":\"2026-03-12\"}\n"
    );
    assert_eq!(
        ok_stdout(&["due", "--accepted", "2026-09-30T10:00", "--days", "3", "--json"]),
        "{\"accepted\":\"2026-09-30T10:00\",\"counted_from\":\"2026-09-30\",\"due\":\"2026-10-10\"}\n"
    );
    // Hand-computed minutes: see engine_service.rs year_report_2026.
    assert_eq!(
        ok_stdout(&["report", "--year", "2026", "--json"]),
        concat!(
            r#"{"year":2026,"calendar_known":true,"halls":["#,
            r#"{"id":"district","regular_minutes":104160,"workday_extended_minutes":29760,"weekend_extended_minutes":9840},"#,
            r#"{"id":"township","regular_minutes":119040,"workday_extended_minutes":14880,"weekend_extended_minutes":9840},"#,
            r#"{"id":"marriage","regular_minutes":89280,"workday_extended_minutes":44640,"weekend_extended_minutes":9840},"#,
            r#"{"id":"tax","regular_minutes":119040,"workday_extended_minutes":0,"weekend_extended_minutes":0},"#,
            r#"{"id":"household","regular_minutes":96720,"workday_extended_minutes":0,"weekend_extended_minutes":38220},"#,
            r#"{"id":"traffic","regular_minutes":104160,"workday_extended_minutes":37200,"weekend_extended_minutes":41160},"#,
            r#"{"id":"exit_entry","regular_minutes":104160,"workday_extended_minutes":0,"weekend_extended_minutes":17220},"#,
            r#"{"id":"housing_fund","regular_minutes":96720,"workday_extended_minutes":37200,"weekend_extended_minutes":9840}]}"#,
            "\n"
        )
    );
}

#[test]
fn text_output() {
    let s = ok_stdout(&["status", "--at", "2026-03-09T16:00", "--hall", "tax"]);
    assert!(
        s.contains("tax") && s.contains("open") && s.contains("until 2026-03-09T16:30"),
        "{s}"
    );
    assert!(s.contains("served until done"), "{s}");
    let s = ok_stdout(&["due", "--accepted", "2026-03-06T10:00", "--days", "3"]);
    assert!(s.contains("due 2026-03-11"), "{s}");
    assert!(ok_stdout(&["help"]).contains("hours validate"));
}

#[test]
fn bad_arguments_exit_non_zero_with_one_line() {
    fails(&[], 2, "missing subcommand");
    fails(&["fly"], 2, "unknown subcommand");
    fails(
        &["status", "--at", "2026-13-01T10:00"],
        2,
        "is not YYYY-MM-DDTHH:MM",
    );
    fails(
        &["status", "--at", "2026-03-01 10:00"],
        2,
        "is not YYYY-MM-DDTHH:MM",
    );
    fails(&["status", "--at"], 2, "--at needs a value");
    fails(
        &["status", "--hall", "moon", "--at", "2026-03-09T10:00"],
        2,
        "unknown hall `moon`",
    );
    fails(&["status", "--frobnicate"], 2, "unknown option");
    fails(&["status", "--json", "--json"], 2, "given twice");
    fails(
        &["book", "--at", "2026-03-09T10:00"],
        2,
        "--hall is required",
    );
    fails(
        &["book", "--hall", "tax", "--at", "2026-03-07T10:00"],
        1,
        "closed",
    );
    fails(
        &[
            "serve",
            "--hall",
            "tax",
            "--kind",
            "quick",
            "--at",
            "2026-03-09T10:00",
        ],
        2,
        "--kind",
    );
    fails(
        &["serve", "--hall", "tax", "--at", "2026-03-09T10:00"],
        2,
        "--kind is required",
    );
    fails(
        &["due", "--accepted", "2026-03-06T10:00", "--days", "0"],
        2,
        "out of range",
    );
    fails(
        &["due", "--accepted", "2026-03-06T10:00", "--days", "-3"],
        2,
        "not a whole number",
    );
    fails(
        &["due", "--accepted", "2026-03-06T10:00", "--days", "99999"],
        2,
        "out of range",
    );
    fails(&["report", "--year", "twenty"], 2, "not a year");
    fails(
        &["report", "--year", "2026", "--hall", "tax"],
        2,
        "does not take --hall",
    );
    fails(&["report"], 2, "--year is required");
    fails(&["validate", "/nonexistent/dir"], 2, "not a directory");
}

/// A fresh directory holding `texts` laid out as `static/data` is.
fn data_dir(name: &str, texts: &OwnedTexts) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hours-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("holiday-cn")).unwrap();
    std::fs::write(dir.join("halls.json"), &texts.halls).unwrap();
    std::fs::write(dir.join("matters.json"), &texts.matters).unwrap();
    for (file, text) in &texts.calendars {
        std::fs::write(dir.join("holiday-cn").join(file), text).unwrap();
    }
    dir
}

#[test]
fn validate() {
    let s = ok_stdout(&["validate"]);
    assert!(
        s.starts_with("ok: 8 halls, 20 matters, calendar years [2024, 2025, 2026]"),
        "{s}"
    );
    let dir = data_dir("ok", &data_texts());
    assert!(ok_stdout(&["validate", dir.to_str().unwrap()]).starts_with("ok"));
    std::fs::remove_dir_all(&dir).unwrap();

    let mut texts = data_texts();
    texts.halls = edit_json(&texts.halls, |v| {
        v["halls"][0]["regular"][1]["start"] = "25:00".into();
    });
    texts.matters = edit_json(&texts.matters, |v| v["matters"][8]["hall"] = "taxes".into());
    let dir = data_dir("broken", &texts);
    let out = hours(&["validate", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        concat!(
            "halls[0].regular[1].start: \"25:00\" is not a time of day (HH:MM, 00:00 to 23:59)\n",
            "matters[8].hall: unknown hall id \"taxes\"\n"
        )
    );
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("2 problems"));
    let out = hours(&["validate", dir.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with(r#"{"ok":false,"errors":[{"path":"halls[0].regular[1].start""#));
    std::fs::remove_dir_all(&dir).unwrap();
}
