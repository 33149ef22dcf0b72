#![cfg(not(target_arch = "wasm32"))]
//! Status of every hall of the spec's table (section 1), checked minute by minute against a
//! hand-written copy of the table (independent of halls.json), on an ordinary workday,
//! Saturday and Sunday, and across the 2026 National Day holiday (I1).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use pinggu_hours::engine::{parse_at, Appointment, DayKind, Engine, State};

use Appointment::{Required as R, WalkIn as W};

fn at(s: &str) -> NaiveDateTime {
    parse_at(s).unwrap()
}

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

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn ordinary_week_every_minute() {
    let engine = Engine::embedded().unwrap();
    // Mon 2026-03-09 (workday), Sat 03-14 and Sun 03-15 (weekend); no holiday near.
    check_minutes(
        &engine,
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
    let engine = Engine::embedded().unwrap();
    // Thu 10-01 weekday holiday, Sat 10-03 / Sun 10-04 holiday weekend, Wed 10-07 last
    // holiday, Thu 10-08 back to work, Sat 10-10 adjusted workday, Sun 10-11 weekend.
    let checks: Vec<NaiveDate> = date("2026-09-30").iter_days().take(12).collect();
    check_minutes(&engine, date("2026-09-30"), 15, &checks);
}

#[test]
fn spring_festival_2026_every_minute() {
    let engine = Engine::embedded().unwrap();
    // Sat 02-14 adjusted workday, 02-15..02-23 holiday, Sat 02-28 adjusted workday.
    let checks: Vec<NaiveDate> = date("2026-02-13").iter_days().take(16).collect();
    check_minutes(&engine, date("2026-02-13"), 19, &checks);
}

/// Hand-written rows: hall, time, state, appointment, until, next_change.
#[test]
fn boundary_rows() {
    let engine = Engine::embedded().unwrap();
    type Expect = (
        &'static str,
        &'static str,
        State,
        Option<Appointment>,
        Option<&'static str>,
        Option<&'static str>,
    );
    let rows: &[Expect] = &[
        (
            "district",
            "2026-03-09T08:29",
            State::Closed,
            None,
            None,
            Some("2026-03-09T08:30"),
        ),
        (
            "district",
            "2026-03-09T08:30",
            State::Extended,
            Some(W),
            Some("2026-03-09T09:00"),
            Some("2026-03-09T09:00"),
        ),
        (
            "district",
            "2026-03-09T11:59",
            State::Open,
            Some(W),
            Some("2026-03-09T12:00"),
            Some("2026-03-09T12:00"),
        ),
        (
            "district",
            "2026-03-09T12:00",
            State::Extended,
            Some(W),
            Some("2026-03-09T13:00"),
            Some("2026-03-09T13:00"),
        ),
        (
            "district",
            "2026-03-09T17:29",
            State::Extended,
            Some(W),
            Some("2026-03-09T17:30"),
            Some("2026-03-09T17:30"),
        ),
        (
            "district",
            "2026-03-09T17:30",
            State::Closed,
            None,
            None,
            Some("2026-03-10T08:30"),
        ),
        (
            "district",
            "2026-03-13T17:30",
            State::Closed,
            None,
            None,
            Some("2026-03-14T09:00"),
        ),
        (
            "district",
            "2026-03-14T09:00",
            State::Extended,
            Some(R),
            Some("2026-03-14T13:00"),
            Some("2026-03-14T13:00"),
        ),
        (
            "district",
            "2026-03-14T13:00",
            State::Closed,
            None,
            None,
            Some("2026-03-16T08:30"),
        ),
        (
            "township",
            "2026-03-09T17:00",
            State::Extended,
            Some(R),
            Some("2026-03-09T17:30"),
            Some("2026-03-09T17:30"),
        ),
        (
            "marriage",
            "2026-03-09T11:30",
            State::Extended,
            Some(R),
            Some("2026-03-09T13:30"),
            Some("2026-03-09T13:30"),
        ),
        (
            "tax",
            "2026-03-09T16:29",
            State::Open,
            Some(W),
            Some("2026-03-09T16:30"),
            Some("2026-03-09T16:30"),
        ),
        (
            "tax",
            "2026-03-09T16:30",
            State::Closed,
            None,
            None,
            Some("2026-03-10T08:30"),
        ),
        (
            "tax",
            "2026-03-13T16:30",
            State::Closed,
            None,
            None,
            Some("2026-03-16T08:30"),
        ),
        (
            "household",
            "2026-03-15T12:00",
            State::Closed,
            None,
            None,
            Some("2026-03-15T14:00"),
        ),
        (
            "household",
            "2026-03-15T17:30",
            State::Closed,
            None,
            None,
            Some("2026-03-16T09:00"),
        ),
        (
            "traffic",
            "2026-03-09T12:00",
            State::Extended,
            Some(W),
            Some("2026-03-09T13:30"),
            Some("2026-03-09T13:30"),
        ),
        (
            "traffic",
            "2026-03-09T17:59",
            State::Extended,
            Some(W),
            Some("2026-03-09T18:00"),
            Some("2026-03-09T18:00"),
        ),
        (
            "traffic",
            "2026-03-15T15:59",
            State::Extended,
            Some(W),
            Some("2026-03-15T16:00"),
            Some("2026-03-15T16:00"),
        ),
        (
            "exit_entry",
            "2026-03-14T11:30",
            State::Closed,
            None,
            None,
            Some("2026-03-14T13:30"),
        ),
        (
            "exit_entry",
            "2026-03-15T10:00",
            State::Closed,
            None,
            None,
            Some("2026-03-16T08:30"),
        ),
        (
            "housing_fund",
            "2026-03-09T13:29",
            State::Extended,
            Some(W),
            Some("2026-03-09T13:30"),
            Some("2026-03-09T13:30"),
        ),
        (
            "housing_fund",
            "2026-03-14T12:59",
            State::Extended,
            Some(W),
            Some("2026-03-14T13:00"),
            Some("2026-03-14T13:00"),
        ),
        // Seconds are inside their minute.
        (
            "district",
            "2026-03-09T11:59",
            State::Open,
            Some(W),
            Some("2026-03-09T12:00"),
            Some("2026-03-09T12:00"),
        ),
    ];
    for (hall, t, state, appointment, until, next) in rows {
        let s = engine.status(hall, at(t)).unwrap();
        assert_eq!(s.state, *state, "{hall} {t}");
        assert_eq!(s.appointment, *appointment, "{hall} {t}");
        assert_eq!(s.until, until.map(at), "{hall} {t}");
        assert_eq!(s.next_change, next.map(at), "{hall} {t}");
    }
    let with_seconds = at("2026-03-09T11:59") + TimeDelta::seconds(59);
    assert_eq!(
        engine.status("district", with_seconds).unwrap().state,
        State::Open
    );
}

/// Interpretation I1: household serves on a Saturday inside a holiday period, district does
/// not, and a Monday-to-Friday holiday has no service at all.
#[test]
fn interpretation_i1() {
    let engine = Engine::embedded().unwrap();
    let holiday_sat = at("2026-10-03T10:00");
    assert_eq!(engine.day(holiday_sat.date()).kind, DayKind::Holiday);
    assert_eq!(
        engine.status("household", holiday_sat).unwrap().state,
        State::Extended
    );
    assert_eq!(
        engine.status("traffic", holiday_sat).unwrap().state,
        State::Extended
    );
    for hall in [
        "district",
        "township",
        "marriage",
        "tax",
        "exit_entry",
        "housing_fund",
    ] {
        assert_eq!(
            engine.status(hall, holiday_sat).unwrap().state,
            State::Closed,
            "{hall}"
        );
    }
    let holiday_thu = at("2026-10-01T10:00");
    for s in engine.status_all(holiday_thu) {
        assert_eq!(s.state, State::Closed, "{}", s.hall);
    }
    // Sunday inside the Spring Festival holiday: household and traffic serve.
    let holiday_sun = at("2026-02-22T15:00");
    assert_eq!(
        engine.status("traffic", holiday_sun).unwrap().state,
        State::Extended
    );
    assert_eq!(
        engine.status("household", holiday_sun).unwrap().state,
        State::Extended
    );
}

#[test]
fn closing_rule() {
    let engine = Engine::embedded().unwrap();
    let rows = [
        ("tax", "2026-03-09T16:00", true),
        ("tax", "2026-03-09T16:30", false),
        ("district", "2026-03-09T16:00", false),
        ("district", "2026-03-09T17:10", true),
        ("traffic", "2026-03-09T17:30", true),
        ("household", "2026-03-09T15:00", true),
        ("household", "2026-03-14T15:00", false),
        ("tax", "2026-10-10T16:00", true),
        ("district", "2026-03-14T12:00", false),
    ];
    for (hall, t, expect) in rows {
        assert_eq!(
            engine.status(hall, at(t)).unwrap().closing_rule,
            expect,
            "{hall} {t}"
        );
    }
    let tt = engine.day_timetable("tax", date("2026-03-09")).unwrap();
    assert_eq!(tt.closing_rule, NaiveTime::from_hms_opt(16, 30, 0));
    let sat = engine
        .day_timetable("household", date("2026-03-14"))
        .unwrap();
    assert_eq!(sat.closing_rule, None);
}

#[test]
fn status_all_in_file_order_and_unknown_hall() {
    let engine = Engine::embedded().unwrap();
    let ids: Vec<String> = engine
        .status_all(at("2026-03-09T10:00"))
        .iter()
        .map(|s| s.hall.to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "district",
            "township",
            "marriage",
            "tax",
            "household",
            "traffic",
            "exit_entry",
            "housing_fund"
        ]
    );
    assert!(engine.status("District", at("2026-03-09T10:00")).is_err());
    assert!(engine.hall("tax").is_some());
    assert_eq!(engine.hall("township").unwrap().members.len(), 18);
}

#[test]
fn timetables() {
    let engine = Engine::embedded().unwrap();
    let day = engine
        .day_timetable("district", date("2026-03-09"))
        .unwrap();
    let spans: Vec<(String, String, State, Appointment)> = day
        .spans
        .iter()
        .map(|s| {
            (
                s.start.format("%H:%M").to_string(),
                s.end.format("%H:%M").to_string(),
                s.state,
                s.appointment,
            )
        })
        .collect();
    let expect = [
        ("08:30", "09:00", State::Extended, W),
        ("09:00", "12:00", State::Open, W),
        ("12:00", "13:00", State::Extended, W),
        ("13:00", "17:00", State::Open, W),
        ("17:00", "17:30", State::Extended, W),
    ];
    assert_eq!(spans.len(), expect.len());
    for (got, want) in spans.iter().zip(expect) {
        assert_eq!((got.0.as_str(), got.1.as_str(), got.2, got.3), want);
    }
    // Adjacent windows with the same state and appointment are merged.
    let hh = engine.day_timetable("traffic", date("2026-03-14")).unwrap();
    assert_eq!(hh.spans.len(), 1);
    let week = engine
        .week_timetable("exit_entry", date("2026-09-28"))
        .unwrap();
    assert_eq!(week.len(), 7);
    let open_days: Vec<usize> = week.iter().map(|d| d.spans.len()).collect();
    // Mon 09-28 .. Wed 09-30 workdays, Thu 10-01 .. Sun 10-04 holiday.
    assert_eq!(open_days, [2, 2, 2, 0, 0, 0, 0]);
    assert!(engine.week_timetable("nope", date("2026-09-28")).is_err());
}

#[test]
fn next_serving() {
    let engine = Engine::embedded().unwrap();
    let rows = [
        (
            "district",
            "2026-03-14T10:00",
            false,
            Some("2026-03-14T10:00"),
        ),
        (
            "district",
            "2026-03-14T10:00",
            true,
            Some("2026-03-16T08:30"),
        ),
        (
            "township",
            "2026-03-13T08:40",
            true,
            Some("2026-03-13T09:00"),
        ),
        (
            "township",
            "2026-03-13T17:10",
            true,
            Some("2026-03-16T09:00"),
        ),
        ("tax", "2026-09-30T17:00", false, Some("2026-10-08T08:30")),
        (
            "household",
            "2026-09-30T18:00",
            true,
            Some("2026-10-03T09:00"),
        ),
        (
            "marriage",
            "2026-10-09T18:00",
            false,
            Some("2026-10-10T08:30"),
        ),
        (
            "marriage",
            "2026-10-09T18:00",
            true,
            Some("2026-10-10T09:00"),
        ),
    ];
    for (hall, t, walk_in, expect) in rows {
        assert_eq!(
            engine.next_serving(hall, at(t), walk_in),
            expect.map(at),
            "{hall} {t} {walk_in}"
        );
    }
    assert_eq!(
        engine.next_serving("nope", at("2026-03-14T10:00"), false),
        None
    );
}

#[test]
fn outside_calendar_is_flagged() {
    let engine = Engine::embedded().unwrap();
    // 2027-01-01 is a Friday: with no 2027 file it is a plain workday, flagged unknown.
    let s = engine.status("tax", at("2027-01-01T10:00")).unwrap();
    assert_eq!(s.state, State::Open);
    assert!(!s.calendar_known);
    assert_eq!(s.day_kind, DayKind::Workday);
    // Closed on the last evening of 2026: the next opening lies in 2027, so unconfirmed.
    let s = engine.status("tax", at("2026-12-31T18:00")).unwrap();
    assert_eq!(s.next_change, Some(at("2027-01-01T08:30")));
    assert!(!s.calendar_known);
    assert!(
        engine
            .status("tax", at("2026-12-31T10:00"))
            .unwrap()
            .calendar_known
    );
}
