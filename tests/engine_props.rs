#![cfg(not(target_arch = "wasm32"))]
//! No panic on any input: arbitrary bytes as each data file, mangled copies of the real
//! files, and every query at arbitrary datetimes from 1900 to 2100.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use pinggu_hours::engine::{
    beijing_from_unix_millis, parse_at, DataSources, Engine, MatterFlags, MatterKind, State,
};
use proptest::prelude::*;

const HALLS: &str = include_str!("../static/data/halls.json");
const MATTERS: &str = include_str!("../static/data/matters.json");
const Y2026: &str = include_str!("../static/data/holiday-cn/2026.json");

fn datetime() -> impl Strategy<Value = NaiveDateTime> {
    let lo = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let hi = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap();
    let days = (hi - lo).num_days();
    (0..=days, 0u32..86_400).prop_map(move |(d, s)| {
        lo.checked_add_signed(chrono::TimeDelta::days(d))
            .unwrap()
            .and_time(NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap())
    })
}

fn hall_id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "district",
            "township",
            "marriage",
            "tax",
            "household",
            "traffic",
            "exit_entry",
            "housing_fund",
        ])
        .prop_map(String::from),
        ".{0,12}",
    ]
}

fn kind() -> impl Strategy<Value = MatterKind> {
    prop::sample::select(vec![
        MatterKind::Immediate,
        MatterKind::OneDay,
        MatterKind::Undertaken,
    ])
}

/// Ask every question; check the invariants that must hold for any data.
fn ask_everything(
    engine: &Engine,
    hall: &str,
    at: NaiveDateTime,
    days: u32,
    walk_in: bool,
    kind: MatterKind,
    flags: MatterFlags,
) {
    let date = at.date();
    let _ = engine.day(date);
    if let Ok(s) = engine.status(hall, at) {
        match s.state {
            State::Closed => {
                assert!(s.until.is_none() && s.appointment.is_none());
                if let Some(n) = s.next_change {
                    assert!(n > at);
                }
            }
            _ => {
                assert!(s.until.is_some_and(|u| u > at));
                assert_eq!(s.until, s.next_change);
            }
        }
        let serving = engine.next_serving(hall, at, false);
        assert_eq!(serving == Some(at), s.state != State::Closed);
        let booking = engine.booking(hall, at);
        assert_eq!(booking.is_ok(), s.state != State::Closed);
        if let Ok(b) = booking {
            assert!(b.deadline.date() < date);
        }
    }
    let all = engine.status_all(at);
    assert_eq!(all.len(), engine.halls().len());
    let _ = engine.next_serving(hall, at, walk_in);
    let _ = engine.day_timetable(hall, date);
    let _ = engine.week_timetable(hall, date);
    let _ = engine.service_level(hall, kind, flags, at);
    if let Ok(d) = engine.due_date(at, days) {
        assert!(d.due > d.counted_from && d.counted_from >= date);
    }
    let _ = engine.upcoming_special_days(date, days % 4000);
    let _ = engine.find_matters(hall, Some(hall));
    for m in engine.matters() {
        let _ = engine.matter_service_level(m, at);
    }
    let _ = serde_json::to_string(&all);
}

fn flags() -> impl Strategy<Value = MatterFlags> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        |(hot, livelihood, system_restricted)| MatterFlags {
            hot,
            livelihood,
            system_restricted,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn queries_never_panic(hall in hall_id(), at in datetime(), days in any::<u32>(), walk_in in any::<bool>(), kind in kind(), flags in flags()) {
        let engine = Engine::embedded().unwrap();
        ask_everything(&engine, &hall, at, days % 4000, walk_in, kind, flags);
        let _ = engine.due_date(at, days);
    }

    #[test]
    fn year_reports_never_panic(year in any::<i32>(), near in 1890i32..2110) {
        let engine = Engine::embedded().unwrap();
        let _ = engine.year_report(near);
        if !(-300_000..=300_000).contains(&year) {
            let r = engine.year_report(year);
            prop_assert!(!r.calendar_known);
        }
    }

    #[test]
    fn time_helpers_never_panic(ms in any::<f64>(), text in ".{0,40}", int in any::<i64>()) {
        let _ = beijing_from_unix_millis(ms);
        let _ = beijing_from_unix_millis(int as f64);
        let _ = parse_at(&text);
    }

    #[test]
    fn arbitrary_bytes_as_each_file(bytes in prop::collection::vec(any::<u8>(), 0..400), which in 0usize..3, at in datetime()) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut sources = DataSources { halls: HALLS, matters: MATTERS, calendars: vec![("2026.json".into(), Y2026)] };
        match which {
            0 => sources.halls = &text,
            1 => sources.matters = &text,
            _ => sources.calendars.push(("x.json".into(), &text)),
        }
        if let Ok(engine) = Engine::from_sources(&sources) {
            ask_everything(&engine, "district", at, 3, false, MatterKind::Immediate, MatterFlags::default());
        } else if let Err(e) = Engine::from_sources(&sources) {
            prop_assert!(!e.is_empty());
            let _ = e.to_string();
        }
        let _ = Engine::embedded().unwrap().with_matters(&text);
    }

    #[test]
    fn json_like_text_as_each_file(text in r#"[\[\]{}",:0-9a-z_ .\-]{0,300}"#, which in 0usize..3) {
        let mut sources = DataSources { halls: HALLS, matters: MATTERS, calendars: vec![("2026.json".into(), Y2026)] };
        match which {
            0 => sources.halls = &text,
            1 => sources.matters = &text,
            _ => sources.calendars = vec![("2026.json".into(), &text)],
        }
        let _ = Engine::from_sources(&sources);
    }

    /// Replace one quoted value of a real file by arbitrary text: reaches deep validation.
    #[test]
    fn mangled_real_files(which in 0usize..3, pick in any::<prop::sample::Index>(), replacement in r#"[^"\\]{0,12}"#, at in datetime()) {
        let original = match which { 0 => HALLS, 1 => MATTERS, _ => Y2026 };
        let quotes: Vec<usize> = original.match_indices(": \"").map(|(i, _)| i + 3).collect();
        let start = quotes[pick.index(quotes.len())];
        let end = start + original[start..].find('"').unwrap();
        let text = format!("{}{}{}", &original[..start], replacement, &original[end..]);
        let mut sources = DataSources { halls: HALLS, matters: MATTERS, calendars: vec![("2026.json".into(), Y2026)] };
        match which {
            0 => sources.halls = &text,
            1 => sources.matters = &text,
            _ => sources.calendars = vec![("2026.json".into(), &text)],
        }
        if let Ok(engine) = Engine::from_sources(&sources) {
            ask_everything(&engine, "household", at, 5, true, MatterKind::Undertaken, MatterFlags::default());
        }
    }

    /// Replace one number of a calendar/matters file (years, time limits) by any integer.
    #[test]
    fn mangled_numbers(which in 0usize..2, n in any::<i64>(), at in datetime()) {
        let (original, key) = if which == 0 { (Y2026, "\"year\": 2026") } else { (MATTERS, "\"time_limit_days\": 10") };
        let field = key.split(':').next().unwrap();
        let text = original.replacen(key, &format!("{field}: {n}"), 1);
        let mut sources = DataSources { halls: HALLS, matters: MATTERS, calendars: vec![("2026.json".into(), Y2026)] };
        if which == 0 { sources.calendars = vec![("2026.json".into(), &text)] } else { sources.matters = &text }
        if let Ok(engine) = Engine::from_sources(&sources) {
            ask_everything(&engine, "tax", at, 7, false, MatterKind::OneDay, MatterFlags::default());
        }
    }
}
