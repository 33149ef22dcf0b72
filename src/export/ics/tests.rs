use super::*;
use crate::export::halls;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn made() -> NaiveDateTime {
    d("2026-09-27").and_hms_opt(9, 0, 0).unwrap()
}

fn ics(hall: Option<&str>, from: &str) -> String {
    let engine = Engine::embedded();
    let halls = halls(&engine, hall).unwrap();
    calendar(&engine, &halls, d(from), made()).unwrap()
}

/// The events, unfolded: (DTSTART, DTEND, SUMMARY, DESCRIPTION).
fn events(text: &str) -> Vec<(String, String, String, String)> {
    let unfolded = text.replace("\r\n ", "");
    unfolded
        .split("BEGIN:VEVENT\r\n")
        .skip(1)
        .map(|e| {
            let field = |name: &str| {
                e.lines()
                    .find_map(|l| l.strip_prefix(name))
                    .unwrap_or_default()
                    .to_string()
            };
            (
                field("DTSTART;TZID=Asia/Shanghai:"),
                field("DTEND;TZID=Asia/Shanghai:"),
                field("SUMMARY:"),
                field("DESCRIPTION:"),
            )
        })
        .collect()
}

#[test]
fn one_event_per_run_per_day_for_twelve_months() {
    let engine = Engine::embedded();
    let text = ics(Some("district"), "2026-09-28");
    let events = events(&text);
    let runs: usize = d("2026-09-28")
        .iter_days()
        .take_while(|x| *x < d("2027-09-28"))
        .map(|x| engine.day_runs("district", x).unwrap().len())
        .sum();
    assert_eq!(events.len(), runs);
    assert_eq!(events[0].0, "20260928T083000");
    assert!(events.last().unwrap().0.as_str() < "20270928");
    // National Day: nothing from 1 to 7 October; the adjusted Saturday has workday hours.
    assert!(!events
        .iter()
        .any(|e| e.0.starts_with("2026100") && e.0.as_str() < "20261008"));
    let saturday: Vec<_> = events
        .iter()
        .filter(|e| e.0.starts_with("20261010"))
        .collect();
    assert_eq!(saturday.len(), 1);
    assert_eq!(
        (saturday[0].0.as_str(), saturday[0].1.as_str()),
        ("20261010T083000", "20261010T173000")
    );
    assert_eq!(saturday[0].2, "区政务服务中心：可直接办理");
    // An ordinary Saturday: booked visitors only, with the booking deadline from the data.
    let booked = events.iter().find(|e| e.0 == "20261017T090000").unwrap();
    assert_eq!(booked.2, "区政务服务中心：仅限预约");
    assert!(booked.3.contains("14:00") && booked.3.contains("booked visitors only"));
    // Lines stay within 75 octets; one UID per event.
    assert!(text.split("\r\n").all(|l| l.len() <= 75));
    assert_eq!(text.matches("UID:").count(), events.len());
}

#[test]
fn township_workday_names_each_run() {
    let text = ics(Some("township"), "2026-10-09");
    let day: Vec<_> = events(&text)
        .into_iter()
        .filter(|e| e.0.starts_with("20261009"))
        .map(|e| (e.0, e.2))
        .collect();
    assert_eq!(
        day,
        [
            (
                "20261009T083000".to_string(),
                "乡镇（街道）政务服务中心：仅限预约".to_string()
            ),
            (
                "20261009T090000".to_string(),
                "乡镇（街道）政务服务中心：可直接办理".to_string()
            ),
            (
                "20261009T170000".to_string(),
                "乡镇（街道）政务服务中心：仅限预约".to_string()
            ),
        ]
    );
}

#[test]
fn days_without_a_calendar_are_marked_unconfirmed() {
    let events = events(&ics(Some("tax"), "2026-12-30"));
    let unconfirmed = |e: &(String, String, String, String)| e.3.contains("待确认");
    let (this_year, next_year): (Vec<_>, Vec<_>) =
        events.iter().partition(|e| e.0.starts_with("2026"));
    assert!(!this_year.is_empty() && this_year.iter().all(|e| !unconfirmed(e)));
    assert!(!next_year.is_empty() && next_year.iter().all(|e| unconfirmed(e)));
}

#[test]
fn all_halls_have_unique_uids_and_out_of_range_is_refused() {
    let text = ics(None, "2026-01-01");
    let mut uids: Vec<&str> = text.lines().filter(|l| l.starts_with("UID:")).collect();
    let n = uids.len();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), n);
    assert!(n > 8 * 250);
    let engine = Engine::embedded();
    let halls = halls(&engine, None).unwrap();
    assert_eq!(
        calendar(&engine, &halls, NaiveDate::MAX, made()),
        Err(IcsError::OutOfRange)
    );
    assert_eq!(
        calendar(&engine, &halls, d("2026-01-01"), NaiveDateTime::MIN),
        Err(IcsError::OutOfRange)
    );
}
