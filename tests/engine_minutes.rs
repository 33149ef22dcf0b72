#![cfg(not(target_arch = "wasm32"))]
//! Status of every hall of the spec's table (section 1), checked minute by minute against a
//! hand-written copy of the table (independent of halls.json), on an ordinary workday,
//! Saturday and Sunday, and across the 2026 National Day and Spring Festival holidays (reading: holiday weekends, docs/rules.md).

mod common;

use chrono::{NaiveDate, NaiveTime, TimeDelta};
use common::{date, engine, HALL_IDS};
use pinggu_hours::engine::{Appointment, DayKind, Engine, State};

use Appointment::{Required as R, WalkIn as W};

fn hm(s: &str) -> u32 {
    let (h, m) = s.split_once(':').unwrap();
    h.parse::<u32>().unwrap() * 60 + m.parse::<u32>().unwrap()
}

struct Row {
    id: &'static str,
    regular: &'static [(&'static str, &'static str)],
    extended: &'static [(&'static str, &'static str, Appointment)],
    /// (sat, sun, not_on_holidays, start, end, appointment)
    weekend: &'static [(bool, bool, bool, &'static str, &'static str, Appointment)],
}

/// The spec's hall table, typed in by hand.
const TABLE: &[Row] = &[
    Row {
        id: "district",
        regular: &[("09:00", "12:00"), ("13:00", "17:00")],
        extended: &[
            ("08:30", "09:00", W),
            ("12:00", "13:00", W),
            ("17:00", "17:30", W),
        ],
        weekend: &[(true, false, true, "09:00", "13:00", R)],
    },
    Row {
        id: "township",
        regular: &[("09:00", "17:00")],
        extended: &[("08:30", "09:00", R), ("17:00", "17:30", R)],
        weekend: &[(true, false, true, "09:00", "13:00", R)],
    },
    Row {
        id: "marriage",
        regular: &[("09:00", "11:30"), ("13:30", "17:00")],
        extended: &[
            ("08:30", "09:00", R),
            ("11:30", "13:30", R),
            ("17:00", "17:30", R),
        ],
        weekend: &[(true, false, true, "09:00", "13:00", R)],
    },
    Row {
        id: "tax",
        regular: &[("08:30", "16:30")],
        extended: &[],
        weekend: &[],
    },
    Row {
        id: "household",
        regular: &[("09:00", "12:00"), ("14:00", "17:30")],
        extended: &[],
        weekend: &[
            (true, true, false, "09:00", "12:00", W),
            (true, true, false, "14:00", "17:30", W),
        ],
    },
    Row {
        id: "traffic",
        regular: &[("08:30", "12:00"), ("13:30", "17:00")],
        extended: &[("12:00", "13:30", W), ("17:00", "18:00", W)],
        weekend: &[(true, true, false, "09:00", "16:00", W)],
    },
    Row {
        id: "exit_entry",
        regular: &[("08:30", "11:30"), ("13:30", "17:30")],
        extended: &[],
        weekend: &[
            (true, false, true, "08:30", "11:30", W),
            (true, false, true, "13:30", "17:30", W),
        ],
    },
    Row {
        id: "housing_fund",
        regular: &[("09:00", "12:00"), ("13:30", "17:00")],
        extended: &[
            ("08:30", "09:00", W),
            ("12:00", "13:30", W),
            ("17:00", "17:30", W),
        ],
        weekend: &[(true, false, true, "09:00", "13:00", W)],
    },
];

type Cell = (State, Option<Appointment>);

/// The state at minute `m` of a day of `kind` (weekday: 5 = Sat, 6 = Sun), straight from
/// the spec's rules in section 2.
fn expected(row: &Row, kind: DayKind, weekday: u32, m: u32) -> Cell {
    if kind.is_legal_workday() {
        for (s, e) in row.regular {
            if hm(s) <= m && m < hm(e) {
                return (State::Open, Some(W));
            }
        }
        for (s, e, a) in row.extended {
            if hm(s) <= m && m < hm(e) {
                return (State::Extended, Some(*a));
            }
        }
        return (State::Closed, None);
    }
    let holiday = kind == DayKind::Holiday;
    for (sat, sun, noh, s, e, a) in row.weekend {
        let day_ok = (weekday == 5 && *sat) || (weekday == 6 && *sun);
        if day_ok && !(holiday && *noh) && hm(s) <= m && m < hm(e) {
            return (State::Extended, Some(*a));
        }
    }
    (State::Closed, None)
}

/// Check every minute of `check` days against the naive model run over `days` days from
/// `first` (the extra days give the next changes).
fn check_minutes(engine: &Engine, first: NaiveDate, days: usize, check: &[NaiveDate]) {
    use chrono::Datelike;
    let start = first.and_time(NaiveTime::MIN);
    let ids: Vec<&str> = TABLE.iter().map(|row| row.id).collect();
    assert_eq!(ids, HALL_IDS, "the hand-written table covers every hall");
    for row in TABLE {
        let mut cells: Vec<Cell> = Vec::with_capacity(days * 1440);
        for d in first.iter_days().take(days) {
            let kind = engine.day(d).kind;
            let wd = d.weekday().num_days_from_monday();
            for m in 0..1440 {
                cells.push(expected(row, kind, wd, m));
            }
        }
        // next[i] = first index after i whose cell differs.
        let mut next = vec![None; cells.len()];
        for i in (0..cells.len().saturating_sub(1)).rev() {
            next[i] = if cells[i + 1] != cells[i] {
                Some(i + 1)
            } else {
                next[i + 1]
            };
        }
        for date in check {
            let offset = (*date - first).num_days() as usize * 1440;
            for m in 0..1440 {
                let i = offset + m;
                let t = start + TimeDelta::minutes(i as i64);
                let s = engine.status(row.id, t).unwrap();
                let (state, appointment) = cells[i];
                let change = next[i].map(|j| start + TimeDelta::minutes(j as i64));
                let ctx = format!("{} at {t}", row.id);
                assert_eq!(s.state, state, "{ctx}");
                assert_eq!(s.appointment, appointment, "{ctx}");
                assert_eq!(s.next_change, change, "{ctx}");
                if state == State::Closed {
                    assert_eq!(s.until, None, "{ctx}");
                } else {
                    assert_eq!(s.until, change, "{ctx}");
                }
                assert!(s.calendar_known, "{ctx}");
            }
        }
    }
}

#[test]
fn ordinary_week_every_minute() {
    // Mon 2026-03-09 (workday), Sat 03-14 and Sun 03-15 (weekend); no holiday near.
    check_minutes(
        engine(),
        date("2026-03-09"),
        9,
        &[
            date("2026-03-09"),
            date("2026-03-13"),
            date("2026-03-14"),
            date("2026-03-15"),
        ],
    );
}

#[test]
fn national_day_2026_every_minute() {
    // Thu 10-01 weekday holiday, Sat 10-03 / Sun 10-04 holiday weekend, Wed 10-07 last
    // holiday, Thu 10-08 back to work, Sat 10-10 adjusted workday, Sun 10-11 weekend.
    let checks: Vec<NaiveDate> = date("2026-09-30").iter_days().take(12).collect();
    check_minutes(engine(), date("2026-09-30"), 15, &checks);
}

#[test]
fn spring_festival_2026_every_minute() {
    // Sat 02-14 adjusted workday, 02-15..02-23 holiday, Sat 02-28 adjusted workday.
    let checks: Vec<NaiveDate> = date("2026-02-13").iter_days().take(16).collect();
    check_minutes(engine(), date("2026-02-13"), 19, &checks);
}
