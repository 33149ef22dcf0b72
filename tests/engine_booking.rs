#![cfg(not(target_arch = "wasm32"))]
//! Booking deadlines (before 14:00 of the last legal workday before the slot's date) across
//! weekends, holidays and adjusted workdays, and the booking rules as data.

mod common;

use common::table::{check_rows, named};
use common::{at, engine, HALL_IDS};
use pinggu_hours::engine::{Appointment, ChannelKind, EngineError};

const APPOINTMENTS: [Appointment; 2] = [Appointment::Required, Appointment::WalkIn];

const DEADLINES: &str = "
    # hall      slot              appointment  deadline
    # Ordinary Saturday: Friday 14:00.
    district    2026-03-07T09:30  required     2026-03-06T14:00
    # Monday early extended window: the Friday before.
    district    2026-03-09T08:30  walk_in      2026-03-06T14:00
    township    2026-03-10T17:00  required     2026-03-09T14:00
    # Slot on Sat 2026-10-10, an adjusted workday: Friday 10-09.
    township    2026-10-10T08:30  required     2026-10-09T14:00
    # Monday after the adjusted Saturday: the Saturday itself.
    district    2026-10-12T08:30  walk_in      2026-10-10T14:00
    # First day after the National Day week: Wednesday 09-30.
    marriage    2026-10-08T08:30  required     2026-09-30T14:00
    # Household on a holiday Saturday (reading: holiday weekends, docs/rules.md): the last workday before the holiday.
    household   2026-10-03T10:00  walk_in      2026-09-30T14:00
    # Tuesday after Spring Festival 2026: the adjusted workday Sat 02-14.
    district    2026-02-24T08:30  walk_in      2026-02-14T14:00
    # Monday after the adjusted Sunday 2026-09-20.
    marriage    2026-09-21T12:00  required     2026-09-20T14:00
    # Across a year boundary inside the data: Fri 2026-01-02 is a holiday, Sun 01-04 adjusted.
    marriage    2026-01-05T08:30  required     2026-01-04T14:00
    exit_entry  2026-01-10T08:30  walk_in      2026-01-09T14:00
";

#[test]
fn deadlines() {
    let rows = check_rows(DEADLINES, |row| {
        let [hall, slot, appointment, deadline] = row else {
            panic!("four columns")
        };
        let b = engine().booking(hall, at(slot)).unwrap();
        assert_eq!(b.appointment, named(appointment, &APPOINTMENTS));
        assert_eq!(b.deadline, at(deadline));
        assert!(b.calendar_known);
    });
    assert_eq!(rows, 11);
}

/// A slot when the hall is closed cannot be booked.
const CLOSED_SLOTS: &str = "
    # hall      slot
    district    2026-10-03T10:00
    tax         2026-03-07T10:00
    district    2026-03-09T17:30
    household   2026-10-01T10:00
";

#[test]
fn closed_slots_and_unknown_halls_are_errors() {
    check_rows(CLOSED_SLOTS, |row| {
        let [hall, slot] = row else {
            panic!("two columns")
        };
        match engine().booking(hall, at(slot)) {
            Err(EngineError::Closed { hall: h, at: a }) => {
                assert_eq!(h, *hall);
                assert_eq!(a, at(slot));
            }
            other => panic!("{other:?}"),
        }
    });
    assert!(matches!(
        engine().booking("moon", at("2026-03-09T10:00")),
        Err(EngineError::UnknownHall { .. })
    ));
}

#[test]
fn outside_calendar_unconfirmed() {
    let engine = engine();
    let b = engine.booking("district", at("2027-01-04T08:30")).unwrap();
    assert_eq!(b.deadline, at("2027-01-01T14:00"));
    assert!(!b.calendar_known);
    // The slot is inside 2026 but the deadline search stays inside too.
    assert!(
        engine
            .booking("district", at("2026-01-05T08:30"))
            .unwrap()
            .calendar_known
    );
    // First Monday of 2024: the deadline lies in 2023, which has no file.
    assert!(
        !engine
            .booking("district", at("2024-01-02T08:30"))
            .unwrap()
            .calendar_known
    );
}

#[test]
fn deadline_is_strict() {
    let engine = engine();
    let b = engine.booking("marriage", at("2026-03-07T09:00")).unwrap();
    assert!(b.is_in_time(at("2026-03-06T13:59")));
    assert!(!b.is_in_time(at("2026-03-06T14:00")));
}

#[test]
fn rules_are_data() {
    let engine = engine();
    let rules = engine.booking_rules();
    let ids: Vec<ChannelKind> = rules.channels.iter().map(|c| c.id).collect();
    assert_eq!(
        ids,
        [ChannelKind::OnSite, ChannelKind::Phone, ChannelKind::Online]
    );
    assert_eq!(
        rules.phone, None,
        "the public number is not known: no invented number"
    );
    assert!(rules.no_show.zh.contains("自动放弃"));
    assert!(rules.cancellation.zh.contains("前一天"));
    assert_eq!(rules.deadline_time.format("%H:%M").to_string(), "14:00");
    assert_eq!(engine.halls().len(), HALL_IDS.len());
    for h in engine.halls() {
        assert_eq!(h.contact.phone, None);
        assert_eq!(h.contact.address, None);
        assert_eq!(h.contact.booking_url, None);
    }
}

/// Whether a slot needs a booking, and whether the walk-in rule of Article 5(1) applies (a
/// walk-in slot in a workday extended window): the page shows a deadline only for
/// `required`, and recommends booking only where the walk-in rule applies.
const NEEDS: &str = "
    # hall        slot              required  walk_in_rule
    # Regular hours take walk-ins: no booking, no walk-in rule.
    district      2026-11-24T10:00  no        no
    # Workday extended windows that take walk-ins (Article 5(1)).
    district      2026-11-24T08:30  no        yes
    district      2026-11-24T12:30  no        yes
    traffic       2026-11-24T17:30  no        yes
    housing_fund  2026-11-24T12:00  no        yes
    # Weekend windows without booking (household on a holiday Saturday: reading: holiday weekends).
    household     2026-10-03T10:00  no        no
    exit_entry    2026-11-28T10:00  no        no
    # Windows that require a booking.
    district      2026-11-28T10:00  yes       no
    township      2026-11-24T17:00  yes       no
    marriage      2026-11-24T12:00  yes       no
";

#[test]
fn which_slots_need_a_booking() {
    let yes_no = |word: &str| match word {
        "yes" => true,
        "no" => false,
        other => panic!("yes or no, not {other}"),
    };
    let rows = check_rows(NEEDS, |row| {
        let [hall, slot, required, walk_in_rule] = row else {
            panic!("four columns")
        };
        let b = engine().booking(hall, at(slot)).unwrap();
        assert_eq!(b.is_required(), yes_no(required), "required");
        assert_eq!(b.walk_in_rule, yes_no(walk_in_rule), "walk_in_rule");
    });
    assert_eq!(rows, 10);
}
