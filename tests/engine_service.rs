#![cfg(not(target_arch = "wasm32"))]
//! Service levels (spec section 5), due dates (section 6, I2), matters and yearly minutes.

use chrono::{NaiveDate, NaiveDateTime};
use pinggu_hours::engine::{parse_at, Engine, EngineError, MatterFlags, MatterKind, ServiceLevel};

use MatterKind::{Immediate, OneDay, Undertaken};
use ServiceLevel::{ConsultOnly, Full, IntakeOnly, Unavailable};

fn at(s: &str) -> NaiveDateTime {
    parse_at(s).unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const NONE: MatterFlags = MatterFlags {
    hot: false,
    livelihood: false,
    system_restricted: false,
};
const HOT: MatterFlags = MatterFlags {
    hot: true,
    livelihood: false,
    system_restricted: false,
};
const LIV: MatterFlags = MatterFlags {
    hot: false,
    livelihood: true,
    system_restricted: false,
};
const RES: MatterFlags = MatterFlags {
    hot: false,
    livelihood: false,
    system_restricted: true,
};
const HOT_RES: MatterFlags = MatterFlags {
    hot: true,
    livelihood: false,
    system_restricted: true,
};
const LIV_RES: MatterFlags = MatterFlags {
    hot: false,
    livelihood: true,
    system_restricted: true,
};
const ALL: MatterFlags = MatterFlags {
    hot: true,
    livelihood: true,
    system_restricted: true,
};

#[test]
fn levels() {
    let engine = Engine::embedded().unwrap();
    let sat = "2026-03-07T10:00";
    let rows = [
        // Regular hours and workday extended windows: full for everything.
        ("district", "2026-03-09T10:00", Undertaken, ALL, Full),
        ("district", "2026-03-09T12:30", Immediate, RES, Full),
        ("township", "2026-03-09T08:45", Undertaken, NONE, Full),
        ("marriage", "2026-10-10T09:00", OneDay, RES, Full),
        // Weekend window, center halls.
        ("district", sat, Immediate, NONE, Full),
        ("district", sat, OneDay, NONE, Full),
        ("district", sat, Undertaken, HOT, Full),
        ("district", sat, Immediate, RES, ConsultOnly),
        ("district", sat, OneDay, RES, ConsultOnly),
        ("district", sat, Undertaken, NONE, IntakeOnly),
        ("district", sat, Undertaken, HOT_RES, IntakeOnly),
        ("district", sat, Undertaken, LIV, IntakeOnly),
        ("exit_entry", sat, Undertaken, NONE, IntakeOnly),
        ("housing_fund", sat, Immediate, LIV, Full),
        // Household on a holiday Saturday (I1) follows the center rules too.
        (
            "household",
            "2026-10-03T10:00",
            Undertaken,
            NONE,
            IntakeOnly,
        ),
        ("household", "2026-10-03T10:00", Immediate, NONE, Full),
        // Weekend window, township.
        ("township", sat, Immediate, LIV, Full),
        ("township", sat, Immediate, NONE, ConsultOnly),
        ("township", sat, Immediate, HOT, ConsultOnly),
        ("township", sat, Immediate, LIV_RES, ConsultOnly),
        ("township", sat, OneDay, LIV, ConsultOnly),
        ("township", sat, Undertaken, NONE, IntakeOnly),
        ("township", sat, Undertaken, HOT, IntakeOnly),
        ("township", sat, Undertaken, ALL, IntakeOnly),
        // Closed: unavailable.
        ("district", "2026-03-08T10:00", Immediate, NONE, Unavailable),
        ("tax", sat, Immediate, NONE, Unavailable),
        (
            "household",
            "2026-10-01T10:00",
            Immediate,
            NONE,
            Unavailable,
        ),
        ("district", "2026-03-09T17:30", Immediate, NONE, Unavailable),
    ];
    for (hall, t, kind, flags, level) in rows {
        assert_eq!(
            engine.service_level(hall, kind, flags, at(t)).unwrap(),
            level,
            "{hall} {t} {kind:?} {flags:?}"
        );
    }
    assert!(engine.service_level("x", Immediate, NONE, at(sat)).is_err());
}

#[test]
fn matters_data_and_levels() {
    let engine = Engine::embedded().unwrap();
    let ids: Vec<&str> = engine.halls().iter().map(|h| h.id.as_str()).collect();
    for hall in &ids {
        let n = engine.matters().iter().filter(|m| m.hall == *hall).count();
        assert!((2..=4).contains(&n), "{hall}: {n} matters");
    }
    for m in engine.matters() {
        assert!(m.sample, "{}", m.id);
        assert_eq!(
            m.time_limit_days.is_some(),
            m.kind == Undertaken,
            "{}",
            m.id
        );
    }
    let id_card = engine
        .matters()
        .iter()
        .find(|m| m.id == "id_card_renewal")
        .unwrap();
    assert_eq!(
        engine
            .matter_service_level(id_card, at("2026-03-07T10:00"))
            .unwrap(),
        Full
    );
    let loan = engine
        .matters()
        .iter()
        .find(|m| m.id == "housing_fund_loan")
        .unwrap();
    assert_eq!(
        engine
            .matter_service_level(loan, at("2026-03-07T10:00"))
            .unwrap(),
        IntakeOnly
    );
    assert_eq!(
        engine
            .matter_service_level(loan, at("2026-03-09T10:00"))
            .unwrap(),
        Full
    );
}

#[test]
fn find_matters() {
    let engine = Engine::embedded().unwrap();
    let names = |q: &str, h: Option<&str>| -> Vec<String> {
        engine
            .find_matters(q, h)
            .iter()
            .map(|m| m.id.clone())
            .collect()
    };
    assert_eq!(
        names("结婚", None),
        ["marriage_registration", "marriage_certificate_reissue"]
    );
    assert_eq!(names("Passport", None), ["ordinary_passport"]);
    assert_eq!(names("DRIVING licence", None), ["driving_licence_renewal"]);
    assert_eq!(names("身份证", Some("household")).len(), 2);
    assert!(names("护照", Some("tax")).is_empty());
    assert_eq!(names("", Some("tax")).len(), 2);
    assert_eq!(names("  ", None).len(), engine.matters().len());
}

#[test]
fn due_dates() {
    let engine = Engine::embedded().unwrap();
    let rows = [
        // The spec's examples: Friday + 3 -> Wednesday; Saturday -> Monday, due Thursday.
        ("2026-03-06T10:00", 3, "2026-03-06", "2026-03-11"),
        ("2026-03-07T10:00", 3, "2026-03-09", "2026-03-12"),
        ("2026-03-08T16:00", 3, "2026-03-09", "2026-03-12"),
        // Evening of a workday still counts as that day.
        ("2026-03-06T17:20", 3, "2026-03-06", "2026-03-11"),
        // Across National Day: Wed 09-30 + 3 -> Thu 10-08, Fri 10-09, Sat 10-10 (adjusted).
        ("2026-09-30T10:00", 3, "2026-09-30", "2026-10-10"),
        // Accepted on a holiday Saturday by household: counted from Thu 10-08.
        ("2026-10-03T10:00", 1, "2026-10-08", "2026-10-09"),
        ("2026-10-03T10:00", 2, "2026-10-08", "2026-10-10"),
        // An adjusted Sunday is a legal workday.
        ("2026-09-20T10:00", 1, "2026-09-20", "2026-09-21"),
        // Spring Festival: Fri 02-13 + 2 -> Sat 02-14 (adjusted), Tue 02-24.
        ("2026-02-13T10:00", 2, "2026-02-13", "2026-02-24"),
        ("2026-03-09T10:00", 20, "2026-03-09", "2026-04-07"),
    ];
    for (accepted, n, from, due) in rows {
        let d = engine.due_date(at(accepted), n).unwrap();
        assert_eq!(d.counted_from, date(from), "{accepted} {n}");
        assert_eq!(d.due, date(due), "{accepted} {n}");
        assert!(d.calendar_known, "{accepted} {n}");
    }
    assert_eq!(
        engine.due_date(at("2026-03-06T10:00"), 0),
        Err(EngineError::BadDays { days: 0 })
    );
    assert_eq!(
        engine.due_date(at("2026-03-06T10:00"), 3651),
        Err(EngineError::BadDays { days: 3651 })
    );
    assert!(engine.due_date(at("2026-03-06T10:00"), 3650).is_ok());
    let late = engine.due_date(at("2026-12-30T10:00"), 5).unwrap();
    assert!(!late.calendar_known);
}

/// 2026 minutes, computed by hand: 248 legal workdays; 41 plain Saturdays (52 Saturdays
/// minus 7 holidays and 4 adjusted workdays); 98 non-workday weekend days (104 minus 6).
#[test]
fn year_report_2026() {
    let engine = Engine::embedded().unwrap();
    let r = engine.year_report(2026);
    assert!(r.calendar_known);
    let rows: Vec<(&str, u32, u32, u32)> = r
        .halls
        .iter()
        .map(|h| {
            (
                h.id.as_str(),
                h.regular_minutes,
                h.workday_extended_minutes,
                h.weekend_extended_minutes,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("district", 248 * 420, 248 * 120, 41 * 240),
            ("township", 248 * 480, 248 * 60, 41 * 240),
            ("marriage", 248 * 360, 248 * 180, 41 * 240),
            ("tax", 248 * 480, 0, 0),
            ("household", 248 * 390, 0, 98 * 390),
            ("traffic", 248 * 420, 248 * 150, 98 * 420),
            ("exit_entry", 248 * 420, 0, 41 * 420),
            ("housing_fund", 248 * 390, 248 * 150, 41 * 240),
        ]
    );
    assert!(!engine.year_report(2030).calendar_known);
    assert!(!engine.year_report(i32::MAX).calendar_known);
}
