use super::*;
use crate::engine::State;
use crate::export::halls;
use chrono::{NaiveDateTime, TimeDelta};
use opening_hours::{OpeningHours, RuleKind};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn oh(hall: &str, from: &str) -> String {
    opening_hours(&Engine::embedded(), hall, d(from)).unwrap()
}

#[test]
fn the_strings_spell_out_the_calendar() {
    assert_eq!(
        oh("district", "2026-09-01"),
        "Mo-Fr 08:30-17:30; Sa 09:00-13:00 \"by appointment\"; 2026 Sep 20 08:30-17:30; \
         2026 Sep 25-27 off; 2026 Oct 01-07 off; 2026 Oct 10 08:30-17:30"
    );
    // Household serves on holiday weekends (reading: holiday weekends, docs/rules.md).
    assert!(oh("household", "2026-09-01").contains(
        "2026 Oct 01-02 off; 2026 Oct 03-04 09:00-12:00,14:00-17:30; 2026 Oct 05-07 off"
    ));
    // Part of the township's workday needs a booking: the comment says which part.
    assert!(oh("township", "2026-09-01")
        .starts_with("Mo-Fr 08:30-17:30 \"by appointment: 08:30-09:00,17:00-17:30\"; "));
    // No dated rule before `from`, none after the last calendar year.
    assert!(!oh("district", "2026-10-08").contains("Oct 01"));
    assert!(oh("district", "2026-10-08").ends_with("2026 Oct 10 08:30-17:30"));
    assert_eq!(oh("tax", "2027-01-01"), "Mo-Fr 08:30-16:30");
}

/// A dated rule never lists a day twice, and the days it lists are exactly the special days.
#[test]
fn dated_rules_cover_every_special_day_of_2026_once() {
    let engine = Engine::embedded();
    let specials = special_days(&engine, Some(d("2026-01-01")));
    for hall in halls(&engine, None).unwrap() {
        let stretches = stretches(&engine, &hall.id, &specials, key).unwrap();
        let days: Vec<NaiveDate> = stretches
            .iter()
            .flat_map(|s| s.first.iter_days().take_while(move |x| *x <= s.last))
            .collect();
        let want: Vec<NaiveDate> = specials.iter().map(|s| s.date).collect();
        assert_eq!(days, want, "{}", hall.id);
    }
}

/// The minutes from `first` to `last` (whole days) at which the OSM string and the engine
/// disagree on whether the hall serves, or on whether a booked-only minute is marked so.
fn disagreements(hall: &str, value: &str, first: &str, last: &str) -> Vec<String> {
    let engine = Engine::embedded();
    let parsed: OpeningHours = value
        .parse()
        .unwrap_or_else(|e| panic!("{hall}: {value:?} does not parse: {e:?}"));
    let start = d(first).and_hms_opt(0, 0, 0).unwrap();
    let end = d(last).and_hms_opt(0, 0, 0).unwrap() + TimeDelta::days(1);
    let mut out = Vec::new();
    let mut checked = 0;
    for range in parsed.iter_range(start, end) {
        let mut minute: NaiveDateTime = range.range.start;
        while minute < range.range.end {
            let status = engine.status(hall, minute).unwrap();
            let serves = status.state != State::Closed;
            let open = range.kind == RuleKind::Open;
            let booked = status.appointment == Some(Appointment::Required);
            if serves != open || (booked && !range.comment.contains("by appointment")) {
                out.push(format!(
                    "{hall} {minute}: osm {:?} {:?}, engine {:?} {:?}",
                    range.kind, range.comment, status.state, status.appointment
                ));
            }
            minute += TimeDelta::minutes(1);
            checked += 1;
        }
    }
    assert_eq!(
        checked,
        (end - start).num_minutes(),
        "{hall}: every minute is checked"
    );
    out
}

/// Every minute of the special weeks of 2025 and 2026 (Spring Festival with its adjusted
/// Sundays, National Day with its adjusted Saturday and the holiday weekend household and
/// traffic serve on), evaluated by the `opening-hours` crate, agrees with the engine.
#[test]
fn the_opening_hours_crate_reads_every_minute_as_the_engine_does() {
    let weeks = [
        ("2025-01-25", "2025-02-09"),
        ("2025-09-27", "2025-10-12"),
        ("2026-01-01", "2026-01-04"),
        ("2026-02-09", "2026-03-01"),
        ("2026-04-30", "2026-05-10"),
        ("2026-09-19", "2026-10-11"),
    ];
    let engine = Engine::embedded();
    let mut bad = Vec::new();
    for hall in halls(&engine, None).unwrap() {
        let value = oh(&hall.id, "2025-01-01");
        for (first, last) in weeks {
            bad.extend(disagreements(&hall.id, &value, first, last));
        }
    }
    assert!(
        bad.is_empty(),
        "{} minutes differ, first: {:?}",
        bad.len(),
        &bad[..bad.len().min(5)]
    );
}

/// The same check fails for a string with the built-in China holidays instead of the dated
/// rules: the crate's `PH` knows no adjusted workday (here 2026-10-10, a Saturday).
#[test]
fn a_public_holiday_rule_gets_the_adjusted_workday_wrong() {
    let value = "Mo-Fr 08:30-17:30; Sa 09:00-13:00 \"by appointment\"; PH off";
    let bad = disagreements("district", value, "2026-10-10", "2026-10-10");
    assert!(!bad.is_empty());
}
