//! No spaces inside Chinese text: every Chinese table entry, and every formatting function's
//! Chinese output over a table of dates, times and durations, is checked for a space next to
//! a Chinese character or full-width punctuation ("未来30天", never "未来 30 天").

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::super::format::{duration, relative_day};
use super::super::*;
use crate::engine::{DayInfo, DayKind};

/// Chinese characters and the full-width punctuation set with them.
fn is_chinese(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// The text around each space that touches a Chinese character.
fn spaces_in_chinese(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| chars[i] == ' ')
        .filter(|&i| {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            before.is_some_and(is_chinese) || after.is_some_and(is_chinese)
        })
        .map(|i| {
            chars[i.saturating_sub(6)..(i + 7).min(chars.len())]
                .iter()
                .collect()
        })
        .collect()
}

/// The string literals of a Rust source, comments left out.
fn literals(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .flat_map(|line| line.split('"').skip(1).step_by(2))
        .collect()
}

/// The Chinese table of a file that holds both languages: from `static ZH` to its end.
fn zh_table(source: &str) -> &str {
    let start = source.find("static ZH").unwrap_or(source.len());
    let rest = &source[start..];
    &rest[..rest.find("\n};").unwrap_or(rest.len())]
}

#[test]
fn the_chinese_tables_set_no_spaces() {
    let sources = [
        ("zh.rs", include_str!("../zh.rs")),
        ("booking.rs", zh_table(include_str!("../booking.rs"))),
        ("finder.rs", zh_table(include_str!("../finder.rs"))),
        ("cards.rs", zh_table(include_str!("../cards.rs"))),
        ("notice.rs", zh_table(include_str!("../notice.rs"))),
        ("prerender.rs", zh_table(include_str!("../prerender.rs"))),
        ("kiosk.rs", zh_table(include_str!("../kiosk.rs"))),
        ("maintain.rs", zh_table(include_str!("../maintain.rs"))),
        ("problems.rs", include_str!("../problems.rs")),
    ];
    let failures: Vec<String> = sources
        .iter()
        .flat_map(|(file, source)| {
            literals(source)
                .into_iter()
                .flat_map(spaces_in_chinese)
                .map(move |around| format!("{file}: {around:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        literals(include_str!("../zh.rs")).len() > 50,
        "the scan saw the table"
    );
}

#[test]
fn the_chinese_formats_set_no_spaces() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let now = today.and_hms_opt(10, 0, 0).unwrap_or_default();
    let days: Vec<NaiveDate> = (0..40)
        .filter_map(|n| today.checked_add_days(chrono::Days::new(n)))
        .collect();
    let times = [(0, 0), (8, 30), (9, 0), (14, 0), (17, 30), (23, 59)];
    let moments: Vec<NaiveDateTime> = days
        .iter()
        .flat_map(|day| {
            times.iter().map(move |&(h, m)| {
                day.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default())
            })
        })
        .collect();
    let day_info = |kind, holiday: Option<&str>| DayInfo {
        date: today,
        kind,
        holiday: holiday.map(str::to_owned),
        calendar_known: true,
    };
    let mut outputs: Vec<(String, String)> = Vec::new();
    let zh = Lang::Zh;
    for &day in &days {
        outputs.push((format!("date_long {day}"), date_long(zh, day)));
        outputs.push((format!("date_short {day}"), date_short(zh, day)));
        outputs.push((format!("relative_day {day}"), relative_day(zh, today, day)));
        outputs.push((format!("due_basis {day}"), due_basis(zh, day, 7)));
    }
    for &at in &moments {
        outputs.push((format!("when {at}"), when(zh, now, at)));
        outputs.push((format!("book_before {at}"), book_before(zh, at)));
    }
    for minutes in [0, 1, 59, 60, 61, 150, 1439, 1440, 1500, 3245, 20_000] {
        outputs.push((format!("duration {minutes}"), duration(zh, minutes)));
        outputs.push((format!("time_left {minutes}"), time_left(zh, minutes)));
    }
    for n in [1, 3, 200] {
        outputs.push((format!("data_refused {n}"), data_refused(zh, n)));
    }
    outputs.push(("calendar_due".into(), calendar_due(zh, 2027)));
    for seconds in [1, 20, 120] {
        outputs.push((format!("going_home {seconds}"), going_home(zh, seconds)));
    }
    for (kind, name) in [
        (DayKind::Holiday, Some("国庆节")),
        (DayKind::Holiday, None),
        (DayKind::AdjustedWorkday, Some("春节")),
        (DayKind::Weekend, None),
        (DayKind::Workday, None),
    ] {
        outputs.push((
            format!("day_kind {kind:?}"),
            day_kind_label(zh, &day_info(kind, name)),
        ));
    }
    let failures: Vec<String> = outputs
        .iter()
        .flat_map(|(name, text)| {
            spaces_in_chinese(text)
                .into_iter()
                .map(move |around| format!("{name}: {text:?} ({around:?})"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(outputs.len() > 500, "the table covers the formats");
}

#[test]
fn the_check_finds_a_space_inside_chinese() {
    assert_eq!(spaces_in_chinese("未来 30 天").len(), 2);
    assert_eq!(spaces_in_chinese("明天 08:30").len(), 1);
    assert!(spaces_in_chinese("Opens tomorrow 08:30").is_empty());
    assert!(spaces_in_chinese("未来30天").is_empty());
}
