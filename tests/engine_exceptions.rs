#![cfg(not(target_arch = "wasm32"))]
//! Exceptions (exceptions.json) in every answer: status with its walk-in fields, next change
//! and next opening (a closed exception day is skipped), closure kinds, the closing rule and
//! the holiday-weekends reading, timetables, the special days ahead, booking, the service
//! level and the yearly report. The fixture is tests/fixtures/exceptions.json (test data,
//! not a closure the center announced).

mod common;

use std::sync::OnceLock;

use common::table::{check_rows, named, optional};
use common::{at, date, engine, exceptions_file};
use pinggu_hours::engine::{
    format_hhmm, Appointment, Closure, Engine, EngineError, MatterFlags, MatterKind, Reading,
    ServiceLevel, State,
};

/// The test fixture.
const FIXTURE: &str = include_str!("fixtures/exceptions.json");

/// The shipped data with the fixture's exceptions.
fn fixture() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| engine().with_files(&exceptions_file(FIXTURE)).unwrap())
}

const STATES: [State; 3] = [State::Open, State::Extended, State::Closed];
const APPOINTMENTS: [Appointment; 2] = [Appointment::Required, Appointment::WalkIn];
const CLOSURES: [Closure; 6] = [
    Closure::BeforeOpening,
    Closure::LunchBreak,
    Closure::Break,
    Closure::AfterClosing,
    Closure::ClosedDay,
    Closure::Exception,
];

/// `-`: none. `exception`: the exception's position in the fixture. Exceptions 0 and 5 close
/// the district center on Tuesday 1 and Wednesday 2 December, 3 opens it 10:00-17:30 on
/// Thursday 3 December, 1 gives every hall 09:00-12:00 on Saturday 5 December, 2 gives tax
/// and household 09:00-12:00 and 13:00-15:00 (booked) on Tuesday 8 December, and 4 closes
/// household on Saturday 3 October, a holiday.
const STATUS: &str = "
# hall     at                state     appt      until             next_change       walk_in_until     next_walk_in      closure         closing  reading           exception
district   2026-12-01T10:00  closed    -         -                 2026-12-03T10:00  -                 2026-12-03T10:00  exception       no       -                 0
district   2026-12-02T08:00  closed    -         -                 2026-12-03T10:00  -                 2026-12-03T10:00  exception       no       -                 5
district   2026-11-30T18:00  closed    -         -                 2026-12-03T10:00  -                 2026-12-03T10:00  after_closing   no       -                 -
district   2026-12-03T09:00  closed    -         -                 2026-12-03T10:00  -                 2026-12-03T10:00  before_opening  no       -                 3
district   2026-12-03T12:30  open      walk_in   2026-12-03T17:30  2026-12-03T17:30  2026-12-03T17:30  -                 -               yes      -                 3
district   2026-12-05T10:00  extended  walk_in   2026-12-05T12:00  2026-12-05T12:00  2026-12-05T12:00  -                 -               no       -                 1
district   2026-12-05T12:30  closed    -         -                 2026-12-07T08:30  -                 2026-12-07T08:30  after_closing   no       -                 1
tax        2026-12-05T10:00  extended  walk_in   2026-12-05T12:00  2026-12-05T12:00  2026-12-05T12:00  -                 -               no       -                 1
traffic    2026-12-05T13:00  closed    -         -                 2026-12-06T09:00  -                 2026-12-06T09:00  after_closing   no       -                 1
tax        2026-12-08T12:30  closed    -         -                 2026-12-08T13:00  -                 2026-12-09T08:30  lunch_break     no       -                 2
tax        2026-12-08T13:30  open      required  2026-12-08T15:00  2026-12-08T15:00  -                 2026-12-09T08:30  -               no       -                 2
household  2026-12-08T10:00  open      walk_in   2026-12-08T12:00  2026-12-08T12:00  2026-12-08T12:00  -                 -               no       -                 2
household  2026-10-03T10:00  closed    -         -                 2026-10-04T09:00  -                 2026-10-04T09:00  exception       no       holiday_weekends  4
household  2026-10-04T10:00  extended  walk_in   2026-10-04T12:00  2026-10-04T12:00  2026-10-04T12:00  -                 -               no       holiday_weekends  -
district   2026-11-24T10:00  open      walk_in   2026-11-24T12:00  2026-11-24T12:00  2026-11-24T17:30  -                 -               no       -                 -
";

#[test]
fn status_applies_exceptions() {
    let rows = check_rows(STATUS, |row| {
        let [hall, t, state, appt, until, next, walk_in_until, next_walk_in, closure, closing, reading, exception] =
            row
        else {
            panic!("twelve columns")
        };
        let s = fixture().status(hall, at(t)).unwrap();
        let time = |c: &str| optional(c).map(at);
        let got = (
            s.state,
            s.appointment,
            (s.until, s.next_change),
            (s.walk_in_until, s.next_walk_in),
            s.closure,
            s.closing_rule,
            s.reading,
            s.exception,
        );
        let want = (
            named(state, &STATES),
            optional(appt).map(|a| named(a, &APPOINTMENTS)),
            (time(until), time(next)),
            (time(walk_in_until), time(next_walk_in)),
            optional(closure).map(|c| named(c, &CLOSURES)),
            *closing == "yes",
            optional(reading).map(|r| named(r, &[Reading::HolidayWeekends])),
            optional(exception).map(|e| e.parse::<usize>().unwrap()),
        );
        assert_eq!(got, want);
    });
    assert_eq!(rows, 15);
}

/// A day's spans as `09:00-12:00:open:walk_in,...`, or `-`.
fn spans_text(engine: &Engine, hall: &str, day: &str) -> String {
    let t = engine.day_timetable(hall, date(day)).unwrap();
    let spans: Vec<String> = t
        .spans
        .iter()
        .map(|s| {
            let (a, b) = (format_hhmm(s.start), format_hhmm(s.end));
            format!("{a}-{b}:{}:{}", s.state.as_str(), s.appointment.as_str())
        })
        .collect();
    if spans.is_empty() {
        "-".into()
    } else {
        spans.join(",")
    }
}

/// A legal workday's exception windows are regular hours (`open`), any other day's extended.
const TIMETABLES: &str = "
# hall     date        spans                                                closing  exception
district   2026-12-01  -                                                    -        0
district   2026-12-03  10:00-17:30:open:walk_in                             17:30    3
district   2026-12-05  09:00-12:00:extended:walk_in                         -        1
tax        2026-12-08  09:00-12:00:open:walk_in,13:00-15:00:open:required   -        2
household  2026-12-08  09:00-12:00:open:walk_in,13:00-15:00:open:required   -        2
household  2026-10-03  -                                                    -        4
tax        2026-12-07  08:30-16:30:open:walk_in                             16:30    -
";

#[test]
fn timetables_carry_the_windows_and_the_reason() {
    check_rows(TIMETABLES, |row| {
        let [hall, day, spans, closing, exception] = row else {
            panic!("five columns")
        };
        let t = fixture().day_timetable(hall, date(day)).unwrap();
        let reason = optional(exception).map(|i| {
            fixture().exceptions()[i.parse::<usize>().unwrap()]
                .reason
                .clone()
        });
        assert_eq!(spans_text(fixture(), hall, day), *spans);
        assert_eq!(
            t.closing_rule.map(format_hhmm).as_deref(),
            optional(closing)
        );
        assert_eq!(t.exception, reason);
    });
    let week = fixture()
        .week_timetable("district", date("2026-11-30"))
        .unwrap();
    let reasons: Vec<bool> = week.iter().map(|d| d.exception.is_some()).collect();
    assert_eq!(reasons, [false, true, true, true, false, true, false]);
    let run = fixture()
        .walk_in_run("district", at("2026-12-03T12:30"))
        .unwrap();
    assert_eq!(run.len(), 1);
    assert_eq!(format_hhmm(run[0].end), "17:30");
}

#[test]
fn every_other_day_answers_as_without_exceptions() {
    let exception_days = [
        "2026-10-03",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-05",
        "2026-12-08",
    ];
    let mut day = date("2026-01-01");
    while day < date("2027-01-01") {
        if !exception_days.contains(&day.to_string().as_str()) {
            for hall in common::HALL_IDS {
                let mut plain = engine().day_timetable(hall, day).unwrap();
                let mut fixed = fixture().day_timetable(hall, day).unwrap();
                assert_eq!(fixed.exception.take(), None, "{hall} {day}");
                plain.exception = None;
                assert_eq!(fixed, plain, "{hall} {day}");
            }
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn next_serving_skips_a_closed_exception_day() {
    let rows = "
    # hall      at                walk_in_only  next
    district    2026-11-30T18:00  no            2026-12-03T10:00
    district    2026-12-01T10:00  yes           2026-12-03T10:00
    tax         2026-12-08T12:30  no            2026-12-08T13:00
    tax         2026-12-08T12:30  yes           2026-12-09T08:30
    district    2026-12-05T09:30  no            2026-12-05T09:30
    ";
    check_rows(rows, |row| {
        let [hall, t, walk_in, next] = row else {
            panic!("four columns")
        };
        let got = fixture().next_serving(hall, at(t), *walk_in == "yes");
        assert_eq!(got, Some(at(next)));
    });
}

#[test]
fn special_days_ahead_name_the_exception_days() {
    let dates = |days: &[pinggu_hours::engine::DayTimetable]| -> Vec<String> {
        days.iter().map(|d| d.day.date.to_string()).collect()
    };
    let district = fixture()
        .special_days_of("district", date("2026-11-28"), 14)
        .unwrap();
    assert_eq!(
        dates(&district),
        ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-05"]
    );
    let tax = fixture()
        .upcoming_exceptions("tax", date("2026-11-28"), 14)
        .unwrap();
    assert_eq!(dates(&tax), ["2026-12-05", "2026-12-08"]);
    // `days` counts from `from`: the last day is `from + days - 1`.
    let tax = fixture()
        .upcoming_exceptions("tax", date("2026-11-28"), 8)
        .unwrap();
    assert_eq!(dates(&tax), ["2026-12-05"]);
    let one = fixture()
        .upcoming_exceptions("district", date("2026-12-02"), 1)
        .unwrap();
    assert_eq!(dates(&one), ["2026-12-02"]);
    assert!(fixture()
        .upcoming_exceptions("district", date("2026-12-02"), 0)
        .unwrap()
        .is_empty());
    // A holiday and an exception on one date are one entry.
    let household = fixture()
        .special_days_of("household", date("2026-10-01"), 3)
        .unwrap();
    assert_eq!(
        dates(&household),
        ["2026-10-01", "2026-10-02", "2026-10-03"]
    );
    assert!(household[2].exception.is_some());
    assert!(fixture()
        .upcoming_exceptions("moon", date("2026-12-01"), 3)
        .is_err());
}

#[test]
fn booking_refuses_a_closed_exception_day_with_its_reason() {
    let e = fixture()
        .booking("district", at("2026-12-01T10:00"))
        .unwrap_err();
    let EngineError::ClosedByException { hall, reason, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(
        (hall.as_str(), &*reason.zh),
        ("district", "系统升级，暂停办理")
    );
    assert_eq!(
        e.to_string(),
        "hall `district` is closed all day on 2026-12-01: System upgrade: no service"
    );
    // Outside the windows of an exception day: the ordinary refusal.
    let e = fixture()
        .booking("district", at("2026-12-05T12:30"))
        .unwrap_err();
    assert!(matches!(e, EngineError::Closed { .. }), "{e:?}");
    // Inside them: a walk-in Saturday window (no walk-in rule: not a legal workday).
    let b = fixture()
        .booking("district", at("2026-12-05T10:00"))
        .unwrap();
    assert_eq!(
        (b.appointment, b.walk_in_rule),
        (Appointment::WalkIn, false)
    );
    assert_eq!(b.deadline, at("2026-12-04T14:00"));
    let b = fixture().booking("tax", at("2026-12-08T13:30")).unwrap();
    assert_eq!(
        (b.appointment, b.deadline),
        (Appointment::Required, at("2026-12-07T14:00"))
    );
    let level = |hall: &str, t: &str| {
        let plain = MatterFlags::default();
        fixture()
            .service_level(hall, MatterKind::Immediate, plain, at(t))
            .unwrap()
    };
    assert_eq!(
        level("district", "2026-12-01T10:00"),
        ServiceLevel::Unavailable
    );
    assert_eq!(level("tax", "2026-12-08T10:00"), ServiceLevel::Full);
}

#[test]
fn the_yearly_report_counts_exception_days_as_they_are() {
    let before = engine().year_report(2026);
    let after = fixture().year_report(2026);
    let delta = |hall: &str| {
        let row = |r: &pinggu_hours::engine::YearReport| {
            let h = r.halls.iter().find(|h| h.id == hall).unwrap();
            [
                h.regular_minutes,
                h.workday_extended_minutes,
                h.weekend_extended_minutes,
            ]
            .map(i64::from)
        };
        let (b, a) = (row(&before), row(&after));
        [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
    };
    // District: 1-2 December closed (420 regular and 120 extended minutes each), 3 December
    // 10:00-17:30 regular instead of 420 regular and 120 extended, 5 December 180 minutes
    // instead of the Saturday window's 240.
    assert_eq!(delta("district"), [-420 - 420 + 450 - 420, -360, -60]);
    // Tax: 5 December 180 minutes on a Saturday it does not otherwise serve; 8 December 300
    // regular minutes instead of 480.
    assert_eq!(delta("tax"), [-180, 0, 180]);
    // Household: 3 October closed (390 weekend minutes), 5 December 180 instead of 390,
    // 8 December 300 regular minutes instead of 390.
    assert_eq!(delta("household"), [-90, 0, -390 - 210]);
}
