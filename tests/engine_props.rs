#![cfg(not(target_arch = "wasm32"))]
//! No panic on any input, and answers that keep their invariants: arbitrary bytes as each
//! data file, mangled copies of the real files, and every query at arbitrary datetimes from
//! 1900 to 2100.

mod common;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use common::{data_texts, engine, replace_once, OwnedTexts, HALL_IDS};
use pinggu_hours::engine::{
    beijing_from_unix_millis, format_at, parse_at, DataErrors, DayKind, Engine, EngineError,
    MatterFlags, MatterKind, State,
};
use proptest::prelude::*;

fn datetime() -> impl Strategy<Value = NaiveDateTime> {
    let lo = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
    let hi = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap();
    let days = (hi - lo).num_days();
    (0..=days, 0u32..86_400).prop_map(move |(d, s)| {
        lo.checked_add_signed(TimeDelta::days(d))
            .unwrap()
            .and_time(NaiveTime::from_num_seconds_from_midnight_opt(s, 0).unwrap())
    })
}

fn hall_id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(HALL_IDS.to_vec()).prop_map(String::from),
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

fn flags() -> impl Strategy<Value = MatterFlags> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(
        |(hot, livelihood, system_restricted)| MatterFlags {
            hot,
            livelihood,
            system_restricted,
        },
    )
}

/// A question: hall, time, a number of days, walk-in only or not, a matter's kind and flags.
type Question<'a> = (&'a str, NaiveDateTime, u32, bool, MatterKind, MatterFlags);

/// Ask every question; check the invariants that must hold for any valid data.
fn ask_everything(engine: &Engine, (hall, at, days, walk_in, kind, flags): Question<'_>) {
    let date = at.date();
    let known = engine.hall(hall).is_some();
    assert_eq!(engine.day(date).date, date);
    match engine.status(hall, at) {
        Ok(s) => {
            assert!(known, "{hall:?} has a status but no hall");
            match s.state {
                State::Closed => {
                    assert!(s.until.is_none() && s.appointment.is_none());
                    assert!(s.next_change.is_none_or(|n| n > at));
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
            assert!(booking.is_ok_and(|b| b.deadline.date() < date) || s.state == State::Closed);
        }
        Err(_) => assert!(!known, "{hall:?} is a hall but has no status"),
    }
    let all = engine.status_all(at);
    assert_eq!(all.len(), engine.halls().len());
    let next = engine.next_serving(hall, at, walk_in);
    assert!(next.is_none_or(|t| t >= at) && (known || next.is_none()));
    assert_eq!(engine.day_timetable(hall, date).is_ok(), known);
    let week = engine.week_timetable(hall, date);
    assert_eq!(week.map(|w| w.len()).ok(), known.then_some(7));
    assert_eq!(engine.service_level(hall, kind, flags, at).is_ok(), known);
    let due = engine.due_date(at, days);
    let in_range = (1..=3650).contains(&days);
    assert_eq!(matches!(due, Err(EngineError::BadDays { .. })), !in_range);
    if let Ok(d) = due {
        assert!(d.due > d.counted_from && d.counted_from >= date);
    }
    let end = date + TimeDelta::days(i64::from(days.min(3660)));
    for d in engine.upcoming_special_days(date, days) {
        assert!(matches!(
            d.kind,
            DayKind::Holiday | DayKind::AdjustedWorkday
        ));
        assert!(
            date <= d.date && d.date < end,
            "{} outside {date}..{end}",
            d.date
        );
    }
    assert!(engine
        .find_matters(hall, Some(hall))
        .iter()
        .all(|m| m.hall == hall));
    for m in engine.matters() {
        assert!(engine.matter_service_level(m, at).is_ok(), "{}", m.id);
    }
    assert!(serde_json::to_string(&all).is_ok());
}

/// A build from broken or odd data either answers with its invariants kept or lists at
/// least one problem, each with a message.
fn built_or_explained(built: Result<Engine, DataErrors>, question: Question<'_>) {
    match built {
        Ok(engine) => ask_everything(&engine, question),
        Err(errors) => {
            assert!(!errors.is_empty());
            assert!(errors.iter().all(|e| !e.to_string().is_empty()));
        }
    }
}

/// The Unix time in milliseconds of a Beijing wall time.
fn unix_millis(beijing: NaiveDateTime) -> i64 {
    (beijing - TimeDelta::hours(8)).and_utc().timestamp_millis()
}

/// The shipped texts with `which` file (0 halls, 1 matters, 2 the 2026 calendar) replaced.
fn with_file(which: usize, text: String) -> OwnedTexts {
    let mut texts = data_texts();
    match which {
        0 => texts.halls = text,
        1 => texts.matters = text,
        _ => {
            let slot = texts.calendars.iter_mut().find(|(n, _)| n == "2026.json");
            slot.unwrap().1 = text;
        }
    }
    texts
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn queries_never_panic(hall in hall_id(), at in datetime(), days in any::<u32>(), walk_in in any::<bool>(), kind in kind(), flags in flags()) {
        ask_everything(engine(), (&hall, at, days % 4000, walk_in, kind, flags));
        // Any number of days: refused exactly when out of range, answered otherwise.
        let due = engine().due_date(at, days);
        prop_assert_eq!(due.is_ok(), (1..=3650).contains(&days), "{:?}", due);
    }

    #[test]
    fn year_reports(year in any::<i32>(), near in 1890i32..2110) {
        let engine = engine();
        // An ordinary year: every hall serves, within the minutes of a year, known exactly
        // when a calendar file covers it.
        let r = engine.year_report(near);
        prop_assert_eq!(r.calendar_known, engine.calendar_years().contains(&near));
        let ids: Vec<&str> = r.halls.iter().map(|h| h.id.as_str()).collect();
        prop_assert_eq!(ids, HALL_IDS);
        for h in &r.halls {
            let total = h.regular_minutes + h.workday_extended_minutes + h.weekend_extended_minutes;
            prop_assert!(h.regular_minutes > 0 && total <= 366 * 1440, "{:?}", h);
        }
        // Any year: a year chrono cannot represent gives no minutes and is unknown.
        let r = engine.year_report(year);
        prop_assert!(!r.calendar_known || engine.calendar_years().contains(&year));
        if NaiveDate::from_ymd_opt(year, 1, 1).is_none() {
            prop_assert!(!r.calendar_known);
            prop_assert!(r.halls.iter().all(|h| h.regular_minutes == 0));
        }
    }

    #[test]
    fn time_helpers(ms in any::<f64>(), int in any::<i64>(), ordinary in -4.0e12f64..4.0e12, text in ".{0,40}", near_text in "[+-]?[0-9]{1,5}-[0-9]{1,2}-[0-9]{1,2}[T ][0-9]{1,2}:[0-9]{1,2}") {
        // Any number: a time eight hours ahead of UTC to the millisecond, or none.
        for ms in [ms, int as f64] {
            let t = beijing_from_unix_millis(ms);
            prop_assert!(t.is_none_or(|t| unix_millis(t) == ms.floor() as i64), "{} {:?}", ms, t);
        }
        // 1843 to 2096: always a time.
        let t = beijing_from_unix_millis(ordinary);
        prop_assert_eq!(t.map(unix_millis), Some(ordinary.floor() as i64));
        // A text read as a time reads back the same from its formatted form.
        for text in [text, near_text] {
            let read = parse_at(&text).ok();
            let again = read.and_then(|at| parse_at(&format_at(at)).ok());
            prop_assert_eq!(again, read, "{}", text);
        }
    }

    #[test]
    fn arbitrary_bytes_as_each_file(bytes in prop::collection::vec(any::<u8>(), 0..400), which in 0usize..3, at in datetime()) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut texts = data_texts();
        match which {
            0 => texts.halls = text.clone(),
            1 => texts.matters = text.clone(),
            _ => texts.calendars.push(("x.json".into(), text.clone())),
        }
        let question = ("district", at, 3, false, MatterKind::Immediate, MatterFlags::default());
        built_or_explained(texts.build(), question);
        match engine().with_files(&common::matters_file(&text)) {
            Ok(replaced) => prop_assert_eq!(replaced.halls().len(), HALL_IDS.len()),
            Err(errors) => prop_assert!(!errors.is_empty()),
        }
    }

    #[test]
    fn json_like_text_as_each_file(text in r#"[\[\]{}",:0-9a-z_ .\-]{0,300}"#, which in 0usize..3, at in datetime()) {
        let question = ("tax", at, 2, false, MatterKind::OneDay, MatterFlags::default());
        built_or_explained(with_file(which, text).build(), question);
    }

    /// Replace one quoted value of a real file by arbitrary text: reaches deep validation.
    #[test]
    fn mangled_real_files(which in 0usize..3, pick in any::<prop::sample::Index>(), replacement in r#"[^"\\]{0,12}"#, at in datetime()) {
        let shipped = data_texts();
        let original = match which { 0 => &shipped.halls, 1 => &shipped.matters, _ => shipped.calendar("2026.json") };
        let quotes: Vec<usize> = original.match_indices(": \"").map(|(i, _)| i + 3).collect();
        prop_assert!(quotes.len() > 10, "{} quoted values", quotes.len());
        let start = quotes[pick.index(quotes.len())];
        let end = start + original[start..].find('"').unwrap();
        let text = format!("{}{}{}", &original[..start], replacement, &original[end..]);
        let question = ("household", at, 5, true, MatterKind::Undertaken, MatterFlags::default());
        built_or_explained(with_file(which, text).build(), question);
    }

    /// Replace one number of a calendar/matters file (years, time limits) by any integer.
    #[test]
    fn mangled_numbers(which in 0usize..2, n in any::<i64>(), at in datetime()) {
        let shipped = data_texts();
        let (original, key) = if which == 0 {
            (shipped.calendar("2026.json"), "\"year\": 2026")
        } else {
            (shipped.matters.as_str(), "\"time_limit_days\": 10")
        };
        let field = key.split(':').next().unwrap();
        let text = replace_once(original, key, &format!("{field}: {n}"));
        let file = if which == 0 { 2 } else { 1 };
        let question = ("tax", at, 7, false, MatterKind::OneDay, MatterFlags::default());
        built_or_explained(with_file(file, text).build(), question);
    }
}
