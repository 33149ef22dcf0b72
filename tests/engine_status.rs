#![cfg(not(target_arch = "wasm32"))]
//! Status at hand-picked boundaries, the holiday-weekends reading (docs/rules.md), the closing rule, timetables and the
//! next time a hall serves. Every minute of whole days is checked in `engine_minutes.rs`.

mod common;

use chrono::{NaiveDateTime, NaiveTime, TimeDelta, Weekday};
use common::table::{check_rows, named, optional};
use common::{at, date, engine, exceptions_file, HALL_IDS};
use pinggu_hours::engine::{
    format_hhmm, Appointment, Closure, DayKind, Engine, Reading, ServingCount, State,
};

use Appointment::WalkIn as W;

const STATES: [State; 3] = [State::Open, State::Extended, State::Closed];
const APPOINTMENTS: [Appointment; 2] = [Appointment::Required, Appointment::WalkIn];

/// `-`: none.
const BOUNDARIES: &str = "
    # hall        at                state     appointment  until             next_change
    district      2026-03-09T08:29  closed    -            -                 2026-03-09T08:30
    district      2026-03-09T08:30  extended  walk_in      2026-03-09T09:00  2026-03-09T09:00
    district      2026-03-09T11:59  open      walk_in      2026-03-09T12:00  2026-03-09T12:00
    district      2026-03-09T12:00  extended  walk_in      2026-03-09T13:00  2026-03-09T13:00
    district      2026-03-09T17:29  extended  walk_in      2026-03-09T17:30  2026-03-09T17:30
    district      2026-03-09T17:30  closed    -            -                 2026-03-10T08:30
    district      2026-03-13T17:30  closed    -            -                 2026-03-14T09:00
    district      2026-03-14T09:00  extended  required     2026-03-14T13:00  2026-03-14T13:00
    district      2026-03-14T13:00  closed    -            -                 2026-03-16T08:30
    township      2026-03-09T17:00  extended  required     2026-03-09T17:30  2026-03-09T17:30
    marriage      2026-03-09T11:30  extended  required     2026-03-09T13:30  2026-03-09T13:30
    tax           2026-03-09T16:29  open      walk_in      2026-03-09T16:30  2026-03-09T16:30
    tax           2026-03-09T16:30  closed    -            -                 2026-03-10T08:30
    tax           2026-03-13T16:30  closed    -            -                 2026-03-16T08:30
    household     2026-03-15T12:00  closed    -            -                 2026-03-15T14:00
    household     2026-03-15T17:30  closed    -            -                 2026-03-16T09:00
    traffic       2026-03-09T12:00  extended  walk_in      2026-03-09T13:30  2026-03-09T13:30
    traffic       2026-03-09T17:59  extended  walk_in      2026-03-09T18:00  2026-03-09T18:00
    traffic       2026-03-15T15:59  extended  walk_in      2026-03-15T16:00  2026-03-15T16:00
    exit_entry    2026-03-14T11:30  closed    -            -                 2026-03-14T13:30
    exit_entry    2026-03-15T10:00  closed    -            -                 2026-03-16T08:30
    housing_fund  2026-03-09T13:29  extended  walk_in      2026-03-09T13:30  2026-03-09T13:30
    housing_fund  2026-03-14T12:59  extended  walk_in      2026-03-14T13:00  2026-03-14T13:00
";

#[test]
fn boundaries() {
    let rows = check_rows(BOUNDARIES, |row| {
        let [hall, t, state, appointment, until, next] = row else {
            panic!("six columns")
        };
        let s = engine().status(hall, at(t)).unwrap();
        assert_eq!(s.state, named(state, &STATES));
        assert_eq!(
            s.appointment,
            optional(appointment).map(|a| named(a, &APPOINTMENTS))
        );
        assert_eq!(s.until, optional(until).map(at));
        assert_eq!(s.next_change, optional(next).map(at));
    });
    assert_eq!(rows, 23);
}

/// A time some seconds into a minute is inside that minute, not the next.
#[test]
fn seconds_are_inside_their_minute() {
    let last_second = |t: &str| at(t) + TimeDelta::seconds(59);
    let open = engine()
        .status("district", last_second("2026-03-09T11:59"))
        .unwrap();
    assert_eq!(
        (open.state, open.appointment, open.until, open.next_change),
        (
            State::Open,
            Some(W),
            Some(at("2026-03-09T12:00")),
            Some(at("2026-03-09T12:00"))
        )
    );
    let closed = engine()
        .status("district", last_second("2026-03-09T08:29"))
        .unwrap();
    assert_eq!(
        (closed.state, closed.until, closed.next_change),
        (State::Closed, None, Some(at("2026-03-09T08:30")))
    );
}

/// Reading "holiday weekends" (docs/rules.md): household serves on a Saturday inside a holiday period, district does
/// not, and a Monday-to-Friday holiday has no service at all.
#[test]
fn interpretation_i1() {
    let engine = engine();
    let holiday_sat = at("2026-10-03T10:00");
    assert_eq!(engine.day(holiday_sat.date()).kind, DayKind::Holiday);
    for hall in HALL_IDS {
        let serves = matches!(hall, "household" | "traffic");
        let want = if serves {
            State::Extended
        } else {
            State::Closed
        };
        assert_eq!(
            engine.status(hall, holiday_sat).unwrap().state,
            want,
            "{hall}"
        );
    }
    let holiday_thu = at("2026-10-01T10:00");
    let all = engine.status_all(holiday_thu);
    assert_eq!(all.len(), HALL_IDS.len());
    for s in all {
        assert_eq!(s.state, State::Closed, "{}", s.hall);
    }
    // Sunday inside the Spring Festival holiday: household and traffic serve.
    let holiday_sun = at("2026-02-22T15:00");
    for hall in ["traffic", "household"] {
        assert_eq!(
            engine.status(hall, holiday_sun).unwrap().state,
            State::Extended,
            "{hall}"
        );
    }
}

/// Whether the status carries the closing rule ("served until done" near closing time).
const CLOSING_RULE: &str = "
    # hall      at                closing_rule
    tax         2026-03-09T16:00  yes
    tax         2026-03-09T16:30  no
    district    2026-03-09T16:00  no
    district    2026-03-09T17:10  yes
    traffic     2026-03-09T17:30  yes
    household   2026-03-09T15:00  yes
    household   2026-03-14T15:00  no
    tax         2026-10-10T16:00  yes
    district    2026-03-14T12:00  no
";

#[test]
fn closing_rule() {
    check_rows(CLOSING_RULE, |row| {
        let [hall, t, expect] = row else {
            panic!("three columns")
        };
        let s = engine().status(hall, at(t)).unwrap();
        assert_eq!(s.closing_rule, *expect == "yes");
    });
    let tt = engine().day_timetable("tax", date("2026-03-09")).unwrap();
    assert_eq!(tt.closing_rule, NaiveTime::from_hms_opt(16, 30, 0));
    let sat = engine()
        .day_timetable("household", date("2026-03-14"))
        .unwrap();
    assert_eq!(sat.closing_rule, None);
}

#[test]
fn status_all_in_file_order_and_unknown_hall() {
    let engine = engine();
    let ids: Vec<String> = engine
        .status_all(at("2026-03-09T10:00"))
        .iter()
        .map(|s| engine.halls()[s.hall].id.to_string())
        .collect();
    assert_eq!(ids, HALL_IDS);
    assert!(engine.status("District", at("2026-03-09T10:00")).is_err());
    assert!(engine.hall("tax").is_some());
    assert_eq!(engine.hall("township").unwrap().members.len(), 18);
}

#[test]
fn timetables() {
    let engine = engine();
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
    let open_days: Vec<usize> = week.iter().map(|d| d.spans.len()).collect();
    // Mon 09-28 .. Wed 09-30 workdays, Thu 10-01 .. Sun 10-04 holiday.
    assert_eq!(open_days, [2, 2, 2, 0, 0, 0, 0]);
    assert!(engine.week_timetable("nope", date("2026-09-28")).is_err());
}

/// The next time a hall serves anyone (`any`) or a visitor without a booking (`walk_in`).
const NEXT_SERVING: &str = "
    # hall      at                who      next
    district    2026-03-14T10:00  any      2026-03-14T10:00
    district    2026-03-14T10:00  walk_in  2026-03-16T08:30
    township    2026-03-13T08:40  walk_in  2026-03-13T09:00
    township    2026-03-13T17:10  walk_in  2026-03-16T09:00
    tax         2026-09-30T17:00  any      2026-10-08T08:30
    household   2026-09-30T18:00  walk_in  2026-10-03T09:00
    marriage    2026-10-09T18:00  any      2026-10-10T08:30
    marriage    2026-10-09T18:00  walk_in  2026-10-10T09:00
    nope        2026-03-14T10:00  any      -
";

#[test]
fn next_serving() {
    check_rows(NEXT_SERVING, |row| {
        let [hall, t, who, next] = row else {
            panic!("four columns")
        };
        let walk_in = named(who, &["any", "walk_in"]) == "walk_in";
        assert_eq!(
            engine().next_serving(hall, at(t), walk_in),
            optional(next).map(at)
        );
    });
}

#[test]
fn outside_calendar_is_flagged() {
    let engine = engine();
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

/// Issue 8: what a visitor without a booking needs. `walk_in_until`: the end of the unbroken
/// run of walk-in windows from now; `next_walk_in`: the start of the next walk-in window when
/// none serves now; why a closed hall is closed; the reading an answer rests on; `known`:
/// whether every day it depends on is in the calendar files. `-`: none.
const WALK_IN: &str = "
    # hall        at                next_change       walk_in_until     next_walk_in      closure         reading           known
    # Regular and walk-in extended windows back to back: one run, 08:30 to 17:30.
    district      2026-11-24T10:00  2026-11-24T12:00  2026-11-24T17:30  -                 -               -                 yes
    district      2026-11-24T08:30  2026-11-24T09:00  2026-11-24T17:30  -                 -               -                 yes
    district      2026-11-24T17:29  2026-11-24T17:30  2026-11-24T17:30  -                 -               -                 yes
    district      2026-11-24T08:00  2026-11-24T08:30  -                 2026-11-24T08:30  before_opening  -                 yes
    # Booked-only extended windows end a walk-in run; walk-ins start after them.
    township      2026-11-24T10:00  2026-11-24T17:00  2026-11-24T17:00  -                 -               -                 yes
    township      2026-11-24T08:40  2026-11-24T09:00  -                 2026-11-24T09:00  -               -                 yes
    township      2026-11-24T18:30  2026-11-25T08:30  -                 2026-11-25T09:00  after_closing   -                 yes
    marriage      2026-11-24T18:30  2026-11-25T08:30  -                 2026-11-25T09:00  after_closing   -                 yes
    marriage      2026-11-24T12:00  2026-11-24T13:30  -                 2026-11-24T13:30  -               -                 yes
    marriage      2026-10-09T18:00  2026-10-10T08:30  -                 2026-10-10T09:00  after_closing   -                 yes
    # Lunch breaks are gaps that hold 12:00.
    household     2026-11-24T12:30  2026-11-24T14:00  -                 2026-11-24T14:00  lunch_break     -                 yes
    exit_entry    2026-11-24T12:00  2026-11-24T13:30  -                 2026-11-24T13:30  lunch_break     -                 yes
    # Saturday: booked-only windows; walk-ins next on Monday.
    district      2026-11-28T10:00  2026-11-28T13:00  -                 2026-11-30T08:30  -               -                 yes
    marriage      2026-11-28T10:00  2026-11-28T13:00  -                 2026-11-30T09:00  -               -                 yes
    township      2026-11-28T14:00  2026-11-30T08:30  -                 2026-11-30T09:00  after_closing   -                 yes
    housing_fund  2026-11-28T10:00  2026-11-28T13:00  2026-11-28T13:00  -                 -               -                 yes
    household     2026-11-28T10:00  2026-11-28T12:00  2026-11-28T12:00  -                 -               -                 yes
    district      2026-11-29T10:00  2026-11-30T08:30  -                 2026-11-30T08:30  closed_day      -                 yes
    # Holidays: weekend windows without the holiday mark rest on the holiday-weekends reading.
    household     2026-10-03T10:00  2026-10-03T12:00  2026-10-03T12:00  -                 -               holiday_weekends  yes
    household     2026-10-03T13:00  2026-10-03T14:00  -                 2026-10-03T14:00  lunch_break     holiday_weekends  yes
    household     2026-10-01T10:00  2026-10-03T09:00  -                 2026-10-03T09:00  closed_day      holiday_weekends  yes
    traffic       2026-02-22T15:00  2026-02-22T16:00  2026-02-22T16:00  -                 -               holiday_weekends  yes
    district      2026-10-03T10:00  2026-10-08T08:30  -                 2026-10-08T08:30  closed_day      -                 yes
    township      2026-10-03T10:00  2026-10-08T08:30  -                 2026-10-08T09:00  closed_day      -                 yes
    # Beyond the calendar: plain weekdays and weekends, unconfirmed.
    district      2027-03-01T10:00  2027-03-01T12:00  2027-03-01T17:30  -                 -               -                 no
    tax           2026-12-31T18:00  2027-01-01T08:30  -                 2027-01-01T08:30  after_closing   -                 no
    township      2027-03-06T10:00  2027-03-06T13:00  -                 2027-03-08T09:00  -               -                 no
";

#[test]
fn walk_in_run_next_walk_in_closure_and_reading() {
    let closures = Closure::ALL;
    let readings = Reading::ALL;
    let rows = check_rows(WALK_IN, |row| {
        let [hall, t, next, until, next_walk_in, closure, reading, known] = row else {
            panic!("eight columns")
        };
        let s = engine().status(hall, at(t)).unwrap();
        assert_eq!(s.next_change, optional(next).map(at), "next_change");
        assert_eq!(s.walk_in_until, optional(until).map(at), "walk_in_until");
        assert_eq!(
            s.next_walk_in,
            optional(next_walk_in).map(at),
            "next_walk_in"
        );
        assert_eq!(s.closure, optional(closure).map(|c| named(c, closures)));
        assert_eq!(s.reading, optional(reading).map(|r| named(r, readings)));
        assert_eq!(s.calendar_known, *known == "yes", "calendar_known");
    });
    assert_eq!(rows, 27);
}

/// Every minute of two weeks (one with the National Day holiday) agrees with the minute
/// scan: `walk_in_until` is the first later minute without walk-in service, `next_walk_in`
/// the first later minute with it. Scanned backwards, so each answer is known in one pass.
#[test]
fn walk_in_fields_agree_with_every_minute() {
    let engine = engine();
    let walk_in = |s: &pinggu_hours::engine::HallStatus| s.appointment == Some(W);
    for start in ["2026-09-28T00:00", "2026-11-23T00:00"] {
        let minutes: Vec<NaiveDateTime> = (0..14 * 24 * 60)
            .map(|m| at(start) + TimeDelta::minutes(m))
            .collect();
        for hall in HALL_IDS {
            let (mut first_off, mut first_on): (Option<NaiveDateTime>, Option<NaiveDateTime>) =
                (None, None);
            for &t in minutes.iter().rev() {
                let s = engine.status(hall, t).unwrap();
                if walk_in(&s) {
                    if let Some(off) = first_off {
                        assert_eq!(s.walk_in_until, Some(off), "{hall} {t}");
                    }
                    assert_eq!(s.next_walk_in, None, "{hall} {t}");
                    first_on = Some(t);
                } else {
                    assert_eq!(s.walk_in_until, None, "{hall} {t}");
                    if let Some(on) = first_on {
                        assert_eq!(s.next_walk_in, Some(on), "{hall} {t}");
                    }
                    first_off = Some(t);
                }
            }
        }
    }
}

/// The week summary of the hall page: one group per run of weekdays with the same hours.
const WEEK_SUMMARY: &str = "
    # hall        groups
    district      Mon-Fri:08:30-17:30+ext|Sat:09:00-13:00/required
    township      Mon-Fri:08:30-09:00/required,09:00-17:00,17:00-17:30/required|Sat:09:00-13:00/required
    tax           Mon-Fri:08:30-16:30
    household     Mon-Fri:09:00-12:00,14:00-17:30|Sat-Sun:09:00-12:00+ext,14:00-17:30+ext
    traffic       Mon-Fri:08:30-18:00+ext|Sat-Sun:09:00-16:00+ext
    exit_entry    Mon-Fri:08:30-11:30,13:30-17:30|Sat:08:30-11:30+ext,13:30-17:30+ext
";

#[test]
fn week_summary() {
    check_rows(WEEK_SUMMARY, |row| {
        let [hall, want] = row else {
            panic!("two columns")
        };
        let groups = engine().week_summary(hall).unwrap();
        let day = |d: Weekday| format!("{d:?}");
        let text: Vec<String> = groups
            .iter()
            .map(|g| {
                let days = if g.days == 1 {
                    day(g.first)
                } else {
                    format!("{}-{}", day(g.first), day(g.last))
                };
                let runs: Vec<String> = g
                    .runs
                    .iter()
                    .map(|r| {
                        let mut run = format!("{}-{}", format_hhmm(r.start), format_hhmm(r.end));
                        if r.extended && r.appointment == W {
                            run += "+ext";
                        }
                        if r.appointment == Appointment::Required {
                            run += "/required";
                        }
                        run
                    })
                    .collect();
                format!("{days}:{}", runs.join(","))
            })
            .collect();
        assert_eq!(text.join("|"), *want);
    });
    assert!(engine().week_summary("nope").is_err());
}

/// The line on top of the hall list and the "open first" order.
#[test]
fn serving_count_and_open_first_rank() {
    let saturday = engine().status_all(at("2026-11-28T10:00"));
    let count = ServingCount::of(&saturday);
    // District, township, marriage booked only; household, traffic, exit-entry, housing fund walk-in; tax closed.
    assert_eq!(
        (count.halls, count.serving, count.walk_in),
        (8, 7, 4),
        "{saturday:?}"
    );
    let ranks: Vec<u8> = saturday.iter().map(|s| s.open_first_rank()).collect();
    assert_eq!(ranks, [1, 1, 1, 2, 0, 0, 0, 0]);
}

#[test]
fn open_first_keeps_the_data_order_within_each_group() {
    use pinggu_hours::engine::HallStatus;
    // Tuesday 08:45: walk-ins at district, tax, traffic, exit_entry, housing_fund; booked
    // visitors only at township and marriage; household not yet open.
    let statuses = engine().status_all(at("2026-11-24T08:45"));
    let order: Vec<&str> = HallStatus::open_first(&statuses)
        .iter()
        .map(|s| &*engine().halls()[s.hall].id)
        .collect();
    assert_eq!(
        order,
        [
            "district",
            "tax",
            "traffic",
            "exit_entry",
            "housing_fund",
            "township",
            "marriage",
            "household"
        ]
    );
}

/// `day_runs` joins a day's touching spans of one appointment rule, and only those: what the
/// exports (JSON-LD, iCalendar, OSM) write per day.
#[test]
fn day_runs_join_touching_spans_of_one_rule() {
    let engine = engine();
    let runs = |hall: &str, day: &str| -> Vec<(String, String, Appointment, bool)> {
        engine
            .day_runs(hall, date(day))
            .unwrap()
            .into_iter()
            .map(|r| {
                (
                    format_hhmm(r.start),
                    format_hhmm(r.end),
                    r.appointment,
                    r.extended,
                )
            })
            .collect()
    };
    let own = |v: &[(&str, &str, Appointment, bool)]| -> Vec<(String, String, Appointment, bool)> {
        v.iter()
            .map(|(s, e, a, x)| (s.to_string(), e.to_string(), *a, *x))
            .collect()
    };
    use Appointment::Required as R;
    // District, a workday: regular hours and walk-in extended windows are one run.
    assert_eq!(
        runs("district", "2026-03-09"),
        own(&[("08:30", "17:30", W, true)])
    );
    // Township, a workday: booked-only extended windows either side of the walk-in hours.
    assert_eq!(
        runs("township", "2026-03-09"),
        own(&[
            ("08:30", "09:00", R, true),
            ("09:00", "17:00", W, false),
            ("17:00", "17:30", R, true)
        ])
    );
    // National Day (a Thursday): nothing. Its Saturday: household serves (reading: holiday
    // weekends, docs/rules.md), the district does not. The adjusted workday: workday hours.
    assert!(runs("district", "2026-10-01").is_empty());
    assert!(runs("district", "2026-10-03").is_empty());
    assert_eq!(
        runs("household", "2026-10-03"),
        own(&[("09:00", "12:00", W, true), ("14:00", "17:30", W, true)])
    );
    assert_eq!(
        runs("district", "2026-10-10"),
        runs("district", "2026-03-09")
    );
    assert!(engine.day_runs("nope", date("2026-10-10")).is_err());
    // Every day of 2026: the runs cover exactly the timetable's spans, and two runs that
    // touch differ in their appointment rule.
    for hall in HALL_IDS {
        for day in date("2026-01-01").iter_days().take(365) {
            let spans = engine.day_timetable(hall, day).unwrap().spans;
            let runs = engine.day_runs(hall, day).unwrap();
            let covered: i64 = runs.iter().map(|r| (r.end - r.start).num_minutes()).sum();
            let spanned: i64 = spans.iter().map(|s| (s.end - s.start).num_minutes()).sum();
            assert_eq!(covered, spanned, "{hall} {day}");
            for s in &spans {
                assert!(
                    runs.iter().any(|r| r.start <= s.start
                        && s.end <= r.end
                        && r.appointment == s.appointment),
                    "{hall} {day}: {s:?} in no run"
                );
            }
            for pair in runs.windows(2) {
                assert!(pair[0].end != pair[1].start || pair[0].appointment != pair[1].appointment);
            }
        }
    }
}

/// Every status of `tabled` (an engine with the tables of days ahead and of answers) equals
/// the one `worked_out` (no tables) gives, at every minute from `from` to `to`.
fn same_every_minute(tabled: &Engine, worked_out: &Engine, from: &str, to: &str) {
    let mut t = at(from);
    let mut compared = 0;
    while t < at(to) {
        assert_eq!(worked_out.status_all(t), tabled.status_all(t), "at {t}");
        t += TimeDelta::minutes(1);
        compared += 1;
    }
    assert!(compared > 1_000, "{compared} minutes");
}

/// The first module's engine (no matter list, no tables) gives every status the full engine
/// gives (tables), at every minute from December 2025 to the end of the covered calendar and
/// a week past it: the tables' stretches end at the right minute, whatever the windows.
#[test]
fn the_first_modules_engine_answers_as_the_full_one() {
    let (first, full) = (Engine::embedded_halls(), Engine::embedded());
    assert!(first.matters().is_empty());
    same_every_minute(&full, &first, "2025-12-01T00:00", "2027-01-08T00:00");
}

/// The same with exception days (tests/fixtures/exceptions.json: closures and changed
/// hours in December 2026), which the tables hold as days of their own.
#[test]
fn the_tables_answer_exception_days_as_worked_out() {
    let files = exceptions_file(include_str!("fixtures/exceptions.json"));
    let full = engine().with_files(&files).unwrap();
    let first = Engine::without_lookahead(full.data());
    same_every_minute(&full, &first, "2026-11-28T00:00", "2027-01-04T00:00");
}
