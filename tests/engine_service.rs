#![cfg(not(target_arch = "wasm32"))]
//! Service levels (Article 6), due dates (Article 5(2) and its reading, docs/rules.md), matters and yearly minutes.

mod common;

use common::table::{check_rows, named};
use common::{at, date, engine, HALL_IDS};
use pinggu_hours::engine::{EngineError, MatterFlags, MatterKind, ServiceLevel};

use MatterKind::{Immediate, OneDay, Undertaken};
use ServiceLevel::{ConsultOnly, Full, IntakeOnly, Unavailable};

const KINDS: [MatterKind; 3] = [Immediate, OneDay, Undertaken];
const LEVELS: [ServiceLevel; 4] = [Full, ConsultOnly, IntakeOnly, Unavailable];

/// Flags written `hot+liv+res` (hot, livelihood, system-restricted), `-` for none.
fn flags(text: &str) -> MatterFlags {
    let words: Vec<&str> = text.split('+').collect();
    for w in &words {
        assert!(["hot", "liv", "res", "-"].contains(w), "unknown flag {w:?}");
    }
    MatterFlags {
        hot: words.contains(&"hot"),
        livelihood: words.contains(&"liv"),
        system_restricted: words.contains(&"res"),
    }
}

/// Saturday 2026-03-07 10:00 is inside the weekend windows of the center and township halls.
const LEVEL_ROWS: &str = "
    # hall        at                kind        flags        level
    # Regular hours and workday extended windows: full for everything.
    district      2026-03-09T10:00  undertaken  hot+liv+res  full
    district      2026-03-09T12:30  immediate   res          full
    township      2026-03-09T08:45  undertaken  -            full
    marriage      2026-10-10T09:00  one_day     res          full
    # Weekend window, center halls.
    district      2026-03-07T10:00  immediate   -            full
    district      2026-03-07T10:00  one_day     -            full
    district      2026-03-07T10:00  undertaken  hot          full
    district      2026-03-07T10:00  immediate   res          consult_only
    district      2026-03-07T10:00  one_day     res          consult_only
    district      2026-03-07T10:00  undertaken  -            intake_only
    district      2026-03-07T10:00  undertaken  hot+res      intake_only
    district      2026-03-07T10:00  undertaken  liv          intake_only
    exit_entry    2026-03-07T10:00  undertaken  -            intake_only
    housing_fund  2026-03-07T10:00  immediate   liv          full
    # Household on a holiday Saturday (reading: holiday weekends, docs/rules.md) follows the center rules too.
    household     2026-10-03T10:00  undertaken  -            intake_only
    household     2026-10-03T10:00  immediate   -            full
    # Weekend window, township.
    township      2026-03-07T10:00  immediate   liv          full
    township      2026-03-07T10:00  immediate   -            consult_only
    township      2026-03-07T10:00  immediate   hot          consult_only
    township      2026-03-07T10:00  immediate   liv+res      consult_only
    township      2026-03-07T10:00  one_day     liv          consult_only
    township      2026-03-07T10:00  undertaken  -            intake_only
    township      2026-03-07T10:00  undertaken  hot          intake_only
    township      2026-03-07T10:00  undertaken  hot+liv+res  intake_only
    # Closed: unavailable.
    district      2026-03-08T10:00  immediate   -            unavailable
    tax           2026-03-07T10:00  immediate   -            unavailable
    household     2026-10-01T10:00  immediate   -            unavailable
    district      2026-03-09T17:30  immediate   -            unavailable
";

#[test]
fn levels() {
    let rows = check_rows(LEVEL_ROWS, |row| {
        let [hall, t, kind, flag_text, level] = row else {
            panic!("five columns")
        };
        let got = engine()
            .service_level(hall, named(kind, &KINDS), flags(flag_text), at(t))
            .unwrap();
        assert_eq!(got, named(level, &LEVELS));
    });
    assert_eq!(rows, 28);
    let unknown = engine().service_level("x", Immediate, flags("-"), at("2026-03-07T10:00"));
    assert!(unknown.is_err());
}

#[test]
fn matters_data_and_levels() {
    let engine = engine();
    for hall in HALL_IDS {
        let n = engine.matters().iter().filter(|m| m.hall == hall).count();
        assert!((2..=4).contains(&n), "{hall}: {n} matters");
    }
    assert_eq!(engine.matters().len(), 20);
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
    let engine = engine();
    let names = |q: &str, h: Option<&str>| -> Vec<String> {
        engine
            .find_matters(q, h)
            .iter()
            .map(|m| m.id.to_string())
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

/// The words residents search with (issue 8, defect 11): keywords in the data, and the
/// names of the halls. Each row: the query and the ids it finds, in data order.
const SEARCHES: &[(&str, &[&str])] = &[
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
    ("HUKOU", &["birth_registration"]),
    ("ID card", &["id_card_renewal", "temporary_id_card"]),
    ("id card", &["id_card_renewal", "temporary_id_card"]),
    // A hall's name finds its matters.
    (
        "户政",
        &["id_card_renewal", "birth_registration", "temporary_id_card"],
    ),
    (
        "Household Registration",
        &["id_card_renewal", "birth_registration", "temporary_id_card"],
    ),
    (
        "税务",
        &["invoice_issuance", "individual_income_tax_reconciliation"],
    ),
    ("驾照", &["driving_licence_renewal"]),
    ("低保", &["minimum_living_allowance"]),
    ("没有这种事项", &[]),
];

#[test]
fn find_matters_by_the_words_residents_use() {
    let engine = engine();
    let failures: Vec<String> = SEARCHES
        .iter()
        .filter_map(|&(query, want)| {
            let got: Vec<&str> = engine
                .find_matters(query, None)
                .iter()
                .map(|m| &*m.id)
                .collect();
            (got != want).then(|| format!("{query}: got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Every keyword is a sample's, as the entries themselves are.
    assert!(engine
        .matters()
        .iter()
        .filter(|m| !m.keywords.zh.is_empty() || !m.keywords.en.is_empty())
        .all(|m| m.sample));
}

/// Due dates: accepted at, time limit in legal workdays, the day counting starts, due day.
const DUE_ROWS: &str = "
    # accepted          days  counted_from  due
    # The spec's examples: Friday + 3 -> Wednesday; Saturday -> Monday, due Thursday.
    2026-03-06T10:00    3     2026-03-06    2026-03-11
    2026-03-07T10:00    3     2026-03-09    2026-03-12
    2026-03-08T16:00    3     2026-03-09    2026-03-12
    # Evening of a workday still counts as that day.
    2026-03-06T17:20    3     2026-03-06    2026-03-11
    # Across National Day: Wed 09-30 + 3 -> Thu 10-08, Fri 10-09, Sat 10-10 (adjusted).
    2026-09-30T10:00    3     2026-09-30    2026-10-10
    # Accepted on a holiday Saturday by household: counted from Thu 10-08.
    2026-10-03T10:00    1     2026-10-08    2026-10-09
    2026-10-03T10:00    2     2026-10-08    2026-10-10
    # An adjusted Sunday is a legal workday.
    2026-09-20T10:00    1     2026-09-20    2026-09-21
    # Spring Festival: Fri 02-13 + 2 -> Sat 02-14 (adjusted), Tue 02-24.
    2026-02-13T10:00    2     2026-02-13    2026-02-24
    2026-03-09T10:00    20    2026-03-09    2026-04-07
";

#[test]
fn due_dates() {
    let engine = engine();
    let rows = check_rows(DUE_ROWS, |row| {
        let [accepted, days, from, due] = row else {
            panic!("four columns")
        };
        let d = engine
            .due_date(at(accepted), days.parse().unwrap())
            .unwrap();
        assert_eq!(d.counted_from, date(from));
        assert_eq!(d.due, date(due));
        assert!(d.calendar_known);
    });
    assert_eq!(rows, 10);
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
    let engine = engine();
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
