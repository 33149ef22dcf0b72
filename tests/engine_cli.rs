#![cfg(not(target_arch = "wasm32"))]
//! The `hours` binary: exact JSON of issue 3 for a few cases, text output, exit statuses,
//! and hostile input (bytes that are not UTF-8, terminal escapes, closed or full output,
//! data files with thousands of problems): always one line of explanation, never a panic.

mod common;

use std::ffi::OsStr;
use std::io::Read;
use std::path::PathBuf;
use std::process::{Output, Stdio};

use common::cli::{
    command, data_dir, fails, fixture_dir, hours, hours_os, ok_stdout, one_line_stderr, temp_copy,
    temp_copy_at,
};
use common::{data_texts, edit_json};

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
    fails::<&str>(&[], 2, "missing subcommand");
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
        "unknown hall \"moon\"",
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
        "out of range",
    );
    fails(
        &["due", "--accepted", "2026-03-06T10:00", "--days", "99999"],
        2,
        "out of range",
    );
    fails(&["report", "--year", "twenty"], 2, "not a whole number");
    fails(
        &["report", "--year", "2026", "--hall", "tax"],
        2,
        "does not take --hall",
    );
    fails(&["report"], 2, "--year is required");
    fails(&["validate", "/nonexistent/dir"], 2, "not a directory");
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

#[test]
fn huge_empty_and_missing_values_are_usage_errors() {
    fails(&["report", "--year", "999999999"], 2, "out of range");
    fails(
        &["report", "--year", "99999999999999999999999999"],
        2,
        "out of range",
    );
    fails(&["report", "--year", ""], 2, "not a whole number");
    fails(&["report", "--year=0"], 2, "out of range");
    fails(
        &[
            "due",
            "--accepted",
            "2026-03-06T10:00",
            "--days",
            "4294967296",
        ],
        2,
        "out of range",
    );
    fails(&["status", "--at", ""], 2, "is not YYYY-MM-DDTHH:MM");
    fails(&["status", "--hall", ""], 2, "unknown hall \"\"");
    fails(&["validate", ""], 2, "\"\" is not a directory");
    fails(&[""], 2, "unknown subcommand \"\"");
    fails(&["status", "--json=yes"], 2, "takes no value");
    // Every subcommand with each option missing its value, unknown options and stray text.
    for cmd in [
        "status", "book", "serve", "due", "report", "validate", "help",
    ] {
        for flag in [
            "--at",
            "--accepted",
            "--hall",
            "--kind",
            "--days",
            "--year",
            "--data",
        ] {
            fails(&[cmd, flag], 2, "needs a value");
        }
        fails(&[cmd, "--bogus"], 2, "unknown option \"--bogus\"");
        fails(&[cmd, "--"], 2, "unknown option \"--\"");
    }
    for cmd in ["status", "book", "serve", "due", "report"] {
        fails(&[cmd, "stray"], 2, "unexpected argument \"stray\"");
    }
    // The edges of the ranges answer.
    assert!(ok_stdout(&["report", "--year", "9999"]).starts_with("9999"));
    assert!(ok_stdout(&["report", "--year", "1"]).starts_with('1'));
    let s = ok_stdout(&["due", "--accepted", "9999-12-31T23:59", "--days", "3650"]);
    assert!(s.contains("due +10013-12-27"), "{s}");
    let out = hours(&["status", "--at", "9999-12-31T23:59"]);
    assert!(out.status.success(), "{out:?}");
}

#[cfg(unix)]
fn not_utf8(bytes: &[u8]) -> std::ffi::OsString {
    use std::os::unix::ffi::OsStrExt;
    OsStr::from_bytes(bytes).to_os_string()
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_are_usage_errors() {
    let bad = not_utf8(b"\xff");
    let at = OsStr::new("--at").to_os_string();
    let err = fails(
        &[OsStr::new("status").into(), at, bad.clone()],
        2,
        "not valid UTF-8",
    );
    assert!(err.contains("--at value \"\\xff\""), "{err:?}");
    fails(
        &[OsStr::new("status").into(), not_utf8(b"--at=\xff")],
        2,
        "option \"--at=\\xff\" is not valid UTF-8",
    );
    fails(
        std::slice::from_ref(&bad),
        2,
        "subcommand \"\\xff\" is not valid UTF-8",
    );
    fails(
        &[OsStr::new("status").into(), bad],
        2,
        "unexpected argument \"\\xff\"",
    );
}

#[cfg(unix)]
#[test]
fn validate_reads_a_directory_named_by_bytes_that_are_not_utf8() {
    let mut name = not_utf8(b"hours-cli-\xff\xfe-");
    name.push(std::process::id().to_string());
    let dir = temp_copy_at(std::env::temp_dir().join(name));
    let out = hours_os(&[OsStr::new("validate"), dir.as_os_str()]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("ok: 8 halls"));
    // A problem found there names the directory escaped, on one line.
    std::fs::write(dir.join("matters.json"), "{").unwrap();
    let out = hours_os(&[OsStr::new("validate"), dir.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(one_line_stderr(&out).contains("hours-cli-\\xff\\xfe-"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hostile_text_is_quoted_escaped_and_cut() {
    let hostile = "\x1b[2J\r\nfake";
    let escaped = "\"\\u{1b}[2J\\r\\nfake\"";
    let err = fails(&["status", "--hall", hostile], 2, "unknown hall");
    assert!(err.contains(escaped), "{err:?}");
    for args in [
        vec!["status", "--at", hostile],
        vec!["serve", "--kind", hostile],
        vec!["report", "--year", hostile],
        vec!["status", hostile],
        vec!["validate", hostile],
        vec![hostile],
    ] {
        let err = fails(&args, 2, escaped);
        assert!(!err.contains('\x1b') && !err.contains('\r'), "{err:?}");
    }
    fails(
        &["status", "--\x1b[2J"],
        2,
        "unknown option \"--\\u{1b}[2J\"",
    );
    // A long value is cut to 80 characters, on a character boundary.
    let long = "界".repeat(10_000);
    let err = fails(&["status", "--hall", &long], 2, "unknown hall");
    assert!(
        err.contains(&format!("\"{}\"…", "界".repeat(80))),
        "{err:?}"
    );
    assert!(err.chars().count() < 120, "{err:?}");
}

#[cfg(unix)]
#[test]
fn a_full_disk_is_one_line_and_exit_1() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for args in [
        &["report", "--year", "2026"][..],
        &["status", "--at", "2026-10-03T10:00", "--json"],
        &["help"],
    ] {
        let out = command(args).stdout(full()).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(one_line_stderr(&out).contains("cannot write"), "{args:?}");
    }
    // Nowhere to complain either: still the usage error's status, no crash.
    let out = command(&["report"]).stderr(full()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Run `hours args`, reading at most `keep` bytes of its output before closing the pipe.
fn reader_goes_away(args: &[&str], keep: u64) -> Output {
    let mut child = command(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut kept = Vec::new();
    stdout.take(keep).read_to_end(&mut kept).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_reader_that_stops_reading_ends_the_output_quietly() {
    let out = reader_goes_away(&["status", "--at", "2026-10-03T10:00"], 0);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    let out = reader_goes_away(&["report", "--year", "2026", "--json"], 1);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    // Problems found: still exit 1 and the summary, and no panic.
    let dir = temp_copy("pipe");
    std::fs::write(dir.join("halls.json"), "[").unwrap();
    let out = reader_goes_away(&["validate", dir.to_str().unwrap()], 0);
    assert_eq!(out.status.code(), Some(1));
    assert!(one_line_stderr(&out).contains("1 problem"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A data folder whose halls.json gives hall 0 `n` identical workday windows and hall 4
/// `n` identical weekend windows on both days.
fn many_windows(n: usize) -> PathBuf {
    let dir = temp_copy(&format!("windows-{n}"));
    let text = std::fs::read_to_string(dir.join("halls.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let regular = serde_json::json!({"start": "09:00", "end": "12:00"});
    v["halls"][0]["regular"] = serde_json::Value::Array(vec![regular; n]);
    let weekend = serde_json::json!({"days": ["sat", "sun"], "start": "09:00", "end": "12:00",
        "not_on_holidays": true, "appointment": "walk_in"});
    v["halls"][4]["weekend"] = serde_json::Value::Array(vec![weekend; n]);
    std::fs::write(dir.join("halls.json"), v.to_string()).unwrap();
    dir
}

#[test]
fn ten_thousand_windows_give_one_problem_each_and_a_bounded_listing() {
    let dir = many_windows(10_000);
    let out = hours(&["validate", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let listing = String::from_utf8(out.stdout.clone()).unwrap();
    let lines: Vec<&str> = listing.lines().collect();
    assert_eq!(lines.len(), 201, "{}", lines[..5].join("\n"));
    assert_eq!(
        lines[0],
        "halls[0].regular[1]: 09:00-12:00 overlaps halls[0].regular[0] (09:00-12:00)"
    );
    assert_eq!(lines[200], "… and 19798 more problems");
    assert!(one_line_stderr(&out).contains("19998 problems"));
    let out = hours(&["validate", dir.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["errors"].as_array().unwrap().len(), 200);
    assert_eq!(v["problem_count"], 19998);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A data folder whose matters.json holds `n` copies of its first matter, with ids
/// `m0`, `m1`, ... (all `dup` when `same_id`).
fn many_matters(n: usize, same_id: bool) -> PathBuf {
    let dir = temp_copy(&format!("matters-{n}-{same_id}"));
    let text = std::fs::read_to_string(dir.join("matters.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let first = v["matters"][0].clone();
    let matters = (0..n)
        .map(|i| {
            let mut m = first.clone();
            m["id"] = if same_id {
                "dup".into()
            } else {
                format!("m{i}").into()
            };
            m
        })
        .collect();
    v["matters"] = serde_json::Value::Array(matters);
    std::fs::write(dir.join("matters.json"), v.to_string()).unwrap();
    dir
}

#[test]
fn a_hundred_thousand_matters_are_checked() {
    let dir = many_matters(100_000, false);
    let s = ok_stdout(&["validate", dir.to_str().unwrap()]);
    assert!(s.starts_with("ok: 8 halls, 100000 matters"), "{s}");
    let _ = std::fs::remove_dir_all(&dir);
    let dir = many_matters(100_000, true);
    let out = hours(&["validate", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let listing = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(listing.lines().count(), 201);
    assert!(listing.starts_with("matters[1].id: duplicate matter id \"dup\"\n"));
    assert!(one_line_stderr(&out).contains("99999 problems"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// stderr of a run, as text.
fn stderr_of(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

#[test]
fn validate_warns_when_next_years_calendar_is_due() {
    // From 1 November without a file for next year: one warning line, still exit 0.
    let out = hours(&["validate", "--today", "2026-11-01"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8(out.stdout.clone())
        .unwrap()
        .starts_with("ok: 8 halls"));
    assert_eq!(
        one_line_stderr(&out),
        "hours: warning: no calendar for 2027 yet (the State Council publishes it in November \
         or December); add static/data/holiday-cn/2027.json\n"
    );
    // Before 1 November: nothing to say.
    let out = hours(&["validate", "--today", "2026-10-31"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr_of(&out), "");
    // Inside a year without its file: due at once.
    let out = hours(&["validate", "--today", "2027-03-01"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(one_line_stderr(&out).contains("no calendar for 2027 yet (its dates are answered"));
    // The JSON carries the warning too.
    let json = ok_stdout(&["validate", "--today", "2026-12-31", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["ok"], true);
    assert!(v["warnings"][0].as_str().unwrap().contains("2027.json"));
    // Once the file is there, the warning goes; it names the folder checked. An empty
    // placeholder (no notice yet) does not count.
    let dir = temp_copy("fresh");
    let out = hours(&["validate", dir.to_str().unwrap(), "--today", "2026-11-15"]);
    assert!(stderr_of(&out).contains(&format!("add {}/holiday-cn/2027.json", dir.display())));
    std::fs::write(
        dir.join("holiday-cn/2027.json"),
        r#"{"year": 2027, "papers": [], "days": []}"#,
    )
    .unwrap();
    let out = hours(&["validate", dir.to_str().unwrap(), "--today", "2026-11-15"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(one_line_stderr(&out).contains("no calendar for 2027 yet"));
    std::fs::write(
        dir.join("holiday-cn/2027.json"),
        r#"{"year": 2027, "papers": ["sample"], "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}]}"#,
    )
    .unwrap();
    let out = hours(&["validate", dir.to_str().unwrap(), "--today", "2026-11-15"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr_of(&out), "");
    // Data with problems: the listing and its one-line summary, no warning.
    std::fs::write(dir.join("halls.json"), "[").unwrap();
    let out = hours(&["validate", dir.to_str().unwrap(), "--today", "2027-11-15"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(one_line_stderr(&out).contains("1 problem"));
    let _ = std::fs::remove_dir_all(&dir);
    fails(
        &["validate", "--today", "2026-11-31"],
        2,
        "is not a date YYYY-MM-DD",
    );
    fails(
        &["status", "--today", "2026-11-01"],
        2,
        "does not take --today",
    );
}

#[test]
fn export_jsonld_names_every_hall() {
    let v: serde_json::Value =
        serde_json::from_str(&ok_stdout(&["export", "--format", "jsonld"])).unwrap();
    let graph = v["@graph"].as_array().unwrap();
    let ids: Vec<&str> = graph
        .iter()
        .map(|o| o["identifier"].as_str().unwrap())
        .collect();
    assert_eq!(ids, common::HALL_IDS);
    assert!(graph.iter().all(|o| o["@type"] == "GovernmentOffice"));
    let one = ok_stdout(&["export", "--format", "jsonld", "--hall", "household"]);
    let v: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert_eq!(v["@graph"].as_array().unwrap().len(), 1);
    assert_eq!(v["@graph"][0]["name"], "公安户政分中心");
}

#[test]
fn export_osm_and_ics() {
    assert_eq!(
        ok_stdout(&[
            "export",
            "--format",
            "osm",
            "--hall",
            "district",
            "--from",
            "2026-09-01"
        ]),
        "Mo-Fr 08:30-17:30; Sa 09:00-13:00 \"by appointment\"; 2026 Sep 20 08:30-17:30; \
         2026 Sep 25-27 off; 2026 Oct 01-07 off; 2026 Oct 10 08:30-17:30\n"
    );
    let all = ok_stdout(&["export", "--format", "osm", "--from=2026-10-08"]);
    let ids: Vec<&str> = all.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert_eq!(ids, common::HALL_IDS);
    // Dated rules from --from on: the adjusted Saturday, not the holiday before it.
    assert!(all
        .lines()
        .all(|l| l.contains("; 2026 Oct 10 ") && !l.contains("Oct 01")));
    let ics = ok_stdout(&[
        "export",
        "--format",
        "ics",
        "--hall",
        "tax",
        "--from",
        "2026-10-01",
    ]);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    // Tax serves no day of the National Day holiday: its first event is on 8 October.
    let first = ics.lines().find(|l| l.starts_with("DTSTART;")).unwrap();
    assert_eq!(first, "DTSTART;TZID=Asia/Shanghai:20261008T083000");
    // Without --from the calendar starts today (the machine's clock): still a calendar.
    assert!(ok_stdout(&["export", "--format", "ics", "--hall", "tax"]).contains("BEGIN:VEVENT"));
}

/// The page's hours before its WebAssembly starts: every hall's workday, Saturday and Sunday
/// as the engine answers them, the special days from --from, and data text escaped.
#[test]
fn export_page_html() {
    use pinggu_hours::engine::Engine;
    use pinggu_hours::ui::{i18n::runs_line, Lang};
    let html = ok_stdout(&["export", "--format", "page-html", "--from", "2026-09-21"]);
    assert_eq!(html.lines().count(), 1);
    assert!(html.starts_with("<div class=\"ph-app\" lang=\"zh-CN\" data-prerendered=\"\""));
    let engine = Engine::embedded();
    let cards: Vec<&str> = html
        .split("<li class=\"ph-card\" data-hall=\"")
        .skip(1)
        .collect();
    let ids: Vec<&str> = cards.iter().map(|c| c.split('"').next().unwrap()).collect();
    assert_eq!(ids, common::HALL_IDS);
    // 23, 28 and 29 November 2026: an ordinary Monday, Saturday and Sunday.
    for (id, card) in ids.iter().zip(&cards) {
        for (label, day) in [("工作日", 23), ("周六", 28), ("周日", 29)] {
            let date = chrono::NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
            let runs = engine.day_runs(id, date).unwrap();
            let line = format!("<p>{label}：{}</p>", runs_line(Lang::Zh, &runs));
            assert!(card.contains(&line), "{id}: no {line}");
        }
    }
    assert!(html.contains(
        "<p>周日：9:00–16:00（含延时）</p></li><li class=\"ph-card\" data-hall=\"exit_entry\">"
    ));
    assert!(html.contains("<li data-date=\"2026-10-01\" data-last=\"2026-10-02\"><strong>10月1日（周四）至10月2日（周五）国庆节</strong><p>各大厅均不办公</p></li>"));
    assert!(!html.contains("2026-09-20"), "no special day before --from");
    // One hall alone, from data whose text would be markup.
    let mut texts = data_texts();
    texts.halls = edit_json(&texts.halls, |v| {
        v["halls"][4]["name"]["zh"] = "</li><script>alert(1)</script>&amp;".into()
    });
    let dir = data_dir("page-html", &texts);
    let one = ok_stdout(&[
        "export",
        "--format",
        "page-html",
        "--hall",
        "household",
        "--from",
        "2026-10-01",
        "--data",
        dir.to_str().unwrap(),
    ]);
    assert!(!one.contains("<script"), "{one}");
    assert_eq!(one.matches("data-hall=").count(), 1);
    assert!(one.contains(
        "<h3 class=\"ph-card-name\">&lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;</h3>"
    ));
    assert!(one.contains("<strong>10月3日（周六）至10月4日（周日）国庆节</strong><p>&lt;/li&gt;"));
}

#[test]
fn export_page_html_lists_the_exception_days_ahead() {
    let section = |html: &str| {
        html.split("<section class=\"ph-special ph-pre-exceptions\">")
            .nth(1)
            .map(|rest| rest.split("</section>").next().unwrap().to_owned())
    };
    let shipped = ok_stdout(&["export", "--format", "page-html", "--from", "2026-09-21"]);
    assert_eq!(
        section(&shipped),
        None,
        "the shipped data lists no exception"
    );
    let dir = fixture_dir("page-html-exceptions");
    let html = ok_stdout(&[
        "export",
        "--format",
        "page-html",
        "--from",
        "2026-12-02",
        "--data",
        dir.to_str().unwrap(),
    ]);
    let list = section(&html).expect("an exceptions section");
    // From --from on: 1 December and 3 October are behind; 2 December alone of its stretch.
    assert!(
        !list.contains("2026-12-01") && !list.contains("2026-10-03"),
        "{list}"
    );
    for item in [
        "<li data-date=\"2026-12-02\" data-last=\"2026-12-02\"><strong>12月2日（周三）</strong><p>区政务服务中心暂停办理：系统升级，暂停办理</p></li>",
        "<li data-date=\"2026-12-03\" data-last=\"2026-12-03\"><strong>12月3日（周四）</strong><p>区政务服务中心办理时间调整为10:00–17:30：设备检修，推迟开门</p></li>",
        "<strong>12月5日（周六）</strong><p>各大厅办理时间调整为9:00–12:00：年终集中办理日</p>",
        "<strong>12月8日（周二）</strong><p>税务分中心、公安户政分中心办理时间调整为9:00–12:00、13:00–15:00需预约：内部培训</p>",
    ] {
        assert!(list.contains(item), "no {item} in {list}");
    }
    assert_eq!(list.matches("<li ").count(), 4, "{list}");
    // The whole stretch of 1 and 2 December from the 1st.
    let earlier = ok_stdout(&[
        "export",
        "--format",
        "page-html",
        "--from",
        "2026-12-01",
        "--data",
        dir.to_str().unwrap(),
    ]);
    assert!(earlier.contains("<li data-date=\"2026-12-01\" data-last=\"2026-12-02\"><strong>12月1日（周二）至12月2日（周三）</strong>"));
    // A reason that would be markup stays text.
    let mut texts = data_texts();
    texts.exceptions = Some(
        serde_json::json!({"exceptions": [{
            "date": "2026-12-10", "halls": ["district"], "closed": true,
            "reason": {"zh": "</p></li><script>alert(1)</script>&amp;\"'", "en": "x"}
        }]})
        .to_string(),
    );
    let dir = data_dir("page-html-hostile-reason", &texts);
    let hostile = ok_stdout(&[
        "export",
        "--format",
        "page-html",
        "--from",
        "2026-12-01",
        "--data",
        dir.to_str().unwrap(),
    ]);
    assert!(!hostile.contains("<script"), "{hostile}");
    assert!(hostile.contains(
        "<p>区政务服务中心暂停办理：&lt;/p&gt;&lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;&quot;&#39;</p></li></ul></section></main></div>"
    ));
}

#[test]
fn export_bad_arguments_are_usage_errors() {
    fails(&["export"], 2, "--format is required");
    fails(
        &["export", "--format", "xml"],
        2,
        "--format must be jsonld, ics, osm, page-html, notice-hours or notice-matters, not \"xml\"",
    );
    fails(
        &["export", "--format", "jsonld", "--hall", "nope"],
        2,
        "unknown hall \"nope\"",
    );
    fails(
        &["export", "--format", "osm", "--hall", "nope"],
        2,
        "unknown hall",
    );
    fails(
        &["export", "--format", "jsonld", "--from", "2026-01-01"],
        2,
        "does not take --from",
    );
    fails(
        &["export", "--format", "ics", "--from", "2026-1-1"],
        2,
        "is not a date YYYY-MM-DD",
    );
    fails(
        &["export", "--format", "ics", "--at", "2026-01-01T10:00"],
        2,
        "does not take --at",
    );
    fails(
        &["export", "--format", "ics", "--from", "+262143-12-31"],
        2,
        "not a date",
    );
    fails(
        &["export", "--format", "ics", "some/dir"],
        2,
        "unexpected argument",
    );
}

/// Issue 12: every answering subcommand answers from `--data DIR`, exceptions included.
#[test]
fn every_command_answers_from_a_data_folder() {
    let dir = fixture_dir("data-ok");
    let d = dir.to_str().unwrap();
    let closed = ok_stdout(&[
        "status",
        "--at",
        "2026-12-01T10:00",
        "--hall",
        "district",
        "--json",
        "--data",
        d,
    ]);
    assert_eq!(
        closed,
        concat!(
            r#"{"at":"2026-12-01T10:00","date":"2026-12-01","day_kind":"workday","holiday":null,"calendar_known":true,"halls":["#,
            r#"{"id":"district","state":"closed","appointment":null,"until":null,"next_change":"2026-12-03T10:00","walk_in_until":null,"next_walk_in":"2026-12-03T10:00","#,
            r#""exception":{"zh":"系统升级，暂停办理","en":"System upgrade: no service"}}]}"#,
            "\n"
        )
    );
    // Without --data the compiled-in data answers: no exception.
    let plain = ok_stdout(&["status", "--at", "2026-12-01T10:00", "--hall", "district"]);
    assert!(
        plain.contains("open") && !plain.contains("exception"),
        "{plain}"
    );
    let text = ok_stdout(&["status", "--at=2026-12-01T10:00", "--data", d]);
    assert!(
        text.contains("opens 2026-12-03T10:00 [exception: System upgrade: no service]"),
        "{text}"
    );
    fails(
        &[
            "book",
            "--hall",
            "district",
            "--at",
            "2026-12-01T10:00",
            "--data",
            d,
        ],
        1,
        "hall `district` is closed all day on 2026-12-01: System upgrade: no service",
    );
    let booked = ok_stdout(&[
        "book",
        "--hall",
        "tax",
        "--at",
        "2026-12-05T10:00",
        "--data",
        d,
    ]);
    assert!(booked.contains("book before 2026-12-04T14:00"), "{booked}");
    let serve = [
        "serve",
        "--hall",
        "district",
        "--kind",
        "immediate",
        "--at",
        "2026-12-01T10:00",
    ];
    assert_eq!(ok_stdout(&serve), "full\n");
    assert_eq!(
        ok_stdout(&[&serve[..], &["--data", d]].concat()),
        "unavailable\n"
    );
    let due = ok_stdout(&[
        "due",
        "--accepted",
        "2026-12-01T10:00",
        "--days",
        "3",
        "--data",
        d,
    ]);
    assert!(due.contains("due 2026-12-04"), "{due}");
    let report = |extra: &[&str]| {
        let out = ok_stdout(&[&["report", "--year", "2026", "--json"][..], extra].concat());
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        v["halls"][0]["regular_minutes"].as_u64().unwrap()
    };
    assert_eq!(report(&[]) - report(&["--data", d]), 810);
    let ok = ok_stdout(&["validate", "--data", d]);
    assert!(
        ok.ends_with("calendar years [2024, 2025, 2026], 6 exceptions\n"),
        "{ok}"
    );
    fails(&["validate", d, "--data", d], 2, "give the folder once");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A broken folder is refused before any answer, with the listing of `hours validate`.
#[test]
fn a_broken_data_folder_is_listed_as_validate_lists_it() {
    let mut texts = data_texts();
    texts.exceptions = Some(
        r#"{"exceptions": [{"date": "2026-12-32", "halls": ["moon"], "closed": true,
            "reason": {"zh": "测试", "en": "Test"}}]}"#
            .to_string(),
    );
    let dir = data_dir("data-broken", &texts);
    let d = dir.to_str().unwrap();
    let expected = concat!(
        "exceptions[0].date: \"2026-12-32\" is not a date (YYYY-MM-DD)\n",
        "exceptions[0].halls[0]: unknown hall id \"moon\"\n"
    );
    let validate = hours(&["validate", d]);
    assert_eq!(String::from_utf8(validate.stdout).unwrap(), expected);
    for args in [
        &["status", "--at", "2026-12-01T10:00"][..],
        &["book", "--hall", "tax", "--at", "2026-12-01T10:00"],
        &[
            "serve",
            "--hall",
            "tax",
            "--kind",
            "immediate",
            "--at",
            "2026-12-01T10:00",
        ],
        &["due", "--accepted", "2026-12-01T10:00", "--days", "3"],
        &["report", "--year", "2026"],
    ] {
        let out = hours(&[args, &["--data", d]].concat());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(
            String::from_utf8(out.stdout.clone()).unwrap(),
            expected,
            "{args:?}"
        );
        assert!(one_line_stderr(&out).contains("2 problems in"), "{args:?}");
    }
    let out = hours(&["report", "--year", "2026", "--json", "--data", d]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with(r#"{"ok":false,"errors":[{"path":"exceptions[0].date""#));
    // A bad command line is said first; a folder that is none is a usage error.
    fails(
        &["report", "--hall", "tax", "--data", d],
        2,
        "does not take --hall",
    );
    fails(
        &["report", "--year", "2026", "--data", "/nonexistent/dir"],
        2,
        "not a directory",
    );
    fails(&["status", "--data="], 2, "--data needs a folder");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The ten thousand windows of `many_windows`, asked through `--data`: the listing is bounded
/// as `validate` bounds it.
#[test]
fn a_data_folder_with_thousands_of_problems_is_listed_bounded() {
    let dir = many_windows(10_000);
    let out = hours(&["status", "--data", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let listing = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(listing.lines().count(), 201);
    assert!(
        listing.ends_with("… and 19798 more problems\n"),
        "{listing}"
    );
    assert!(one_line_stderr(&out).contains("19998 problems"));
    let _ = std::fs::remove_dir_all(&dir);
}
