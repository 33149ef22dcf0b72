//! iCalendar (RFC 5545) text for one event, made on the visitor's device so an appointment
//! can go into any calendar app without a server, with an alarm (VALARM) before the booking
//! deadline. Pure string building (no web crate), so it builds and is tested natively.
//!
//! ```
//! use chrono::NaiveDate;
//! use pinggu_hours::ics::{calendar, Event};
//! let day = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
//! let text = calendar(&Event {
//!     uid: "district-20261128T1000@pinggu-hours",
//!     stamp: day.and_hms_opt(8, 0, 0).unwrap(),
//!     start: day.and_hms_opt(10, 0, 0).unwrap(),
//!     end: day.and_hms_opt(13, 0, 0).unwrap(),
//!     summary: "区政务服务中心",
//!     description: "",
//!     location: None,
//!     alarm: None,
//! }).unwrap();
//! assert!(text.contains("DTSTART;TZID=Asia/Shanghai:20261128T100000\r\n"));
//! ```

use chrono::{NaiveDateTime, TimeDelta};

use crate::engine::format_at;

/// The longest line in octets before folding (RFC 5545 section 3.1), CRLF excluded.
const LINE_OCTETS: usize = 75;

/// Beijing time has had no daylight saving since 1991: one fixed +0800 standard rule.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\n\
DTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\n\
END:STANDARD\r\nEND:VTIMEZONE\r\n";

/// How long before the booking deadline the alarm rings: time enough to book by phone or
/// online on the deadline day itself.
pub const ALARM_LEAD_HOURS: i64 = 2;

/// A reminder to book (VALARM, RFC 5545 section 3.6.6), ringing at an absolute time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alarm<'a> {
    /// When it rings (Beijing wall time; written in UTC, as an absolute trigger must be).
    pub at: NaiveDateTime,
    /// What it says (the deadline in words).
    pub description: &'a str,
}

/// The alarm time for a booking `deadline`: [`ALARM_LEAD_HOURS`] before it, if that is still
/// after `now`; `None` once that time has passed (a reminder in the past would ring at once
/// or never) or outside chrono's range.
pub fn alarm_time(deadline: NaiveDateTime, now: NaiveDateTime) -> Option<NaiveDateTime> {
    deadline
        .checked_sub_signed(TimeDelta::hours(ALARM_LEAD_HOURS))
        .filter(|at| *at > now)
}

/// One event, its times in Beijing wall time (as everything the engine answers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event<'a> {
    /// Stable id: the same slot downloaded twice updates one calendar entry, not two.
    pub uid: &'a str,
    /// When the file is made (Beijing wall time; written in UTC as RFC 5545 requires).
    pub stamp: NaiveDateTime,
    /// Start of the visit.
    pub start: NaiveDateTime,
    /// End of the visit.
    pub end: NaiveDateTime,
    /// The title (the hall's name, from data).
    pub summary: &'a str,
    /// The details (deadline, rules, from data); may hold newlines.
    pub description: &'a str,
    /// Where, when the data knows it.
    pub location: Option<&'a str>,
    /// A reminder to book before the deadline, for a slot that needs a booking.
    pub alarm: Option<Alarm<'a>>,
}

/// Beijing wall time in UTC (China has one fixed offset); `None` outside chrono's range.
fn utc(beijing: NaiveDateTime) -> Option<NaiveDateTime> {
    beijing.checked_sub_signed(TimeDelta::hours(8))
}

/// The whole `.ics` file for one event: CRLF line ends, text escaped, long lines folded.
/// `None` if a time lies where chrono cannot count (a device clock out of range).
pub fn calendar(event: &Event<'_>) -> Option<String> {
    let stamp = utc(event.stamp)?;
    let mut out = String::with_capacity(512 + event.description.len() * 2);
    out.push_str("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//pinggu-hours//booking//ZH\r\n");
    out.push_str("CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n");
    out.push_str(VTIMEZONE);
    out.push_str("BEGIN:VEVENT\r\n");
    push_line(&mut out, "UID:", event.uid);
    push_line(&mut out, "DTSTAMP:", &format!("{}Z", basic_time(stamp)));
    push_line(
        &mut out,
        "DTSTART;TZID=Asia/Shanghai:",
        &basic_time(event.start),
    );
    push_line(
        &mut out,
        "DTEND;TZID=Asia/Shanghai:",
        &basic_time(event.end),
    );
    push_line(&mut out, "SUMMARY:", &escape(event.summary));
    if !event.description.is_empty() {
        push_line(&mut out, "DESCRIPTION:", &escape(event.description));
    }
    if let Some(location) = event.location.filter(|l| !l.is_empty()) {
        push_line(&mut out, "LOCATION:", &escape(location));
    }
    if let Some(alarm) = &event.alarm {
        out.push_str("BEGIN:VALARM\r\nACTION:DISPLAY\r\n");
        let at = utc(alarm.at)?;
        push_line(
            &mut out,
            "TRIGGER;VALUE=DATE-TIME:",
            &format!("{}Z", basic_time(at)),
        );
        push_line(&mut out, "DESCRIPTION:", &escape(alarm.description));
        out.push_str("END:VALARM\r\n");
    }
    out.push_str("END:VEVENT\r\nEND:VCALENDAR\r\n");
    Some(out)
}

/// A date-time in the basic form (`20261128T100000`, whole minutes), for DATE-TIME values,
/// UIDs and file names. Built on the engine's formatter: chrono's strftime would add kilobytes
/// to the page.
pub fn basic_time(at: NaiveDateTime) -> String {
    let mut out = format_at(at).replace(['-', ':'], "");
    out.push_str("00");
    out
}

/// Escapes a TEXT value: backslash, comma and semicolon get a backslash, a newline is `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | ',' | ';' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                // CRLF and a lone CR are one line break each.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `name` + `value` as one content line, folded so that no physical line exceeds
/// 75 octets: a break is CRLF and one space, never inside a UTF-8 character.
fn push_line(out: &mut String, name: &str, value: &str) {
    let mut used = 0;
    for c in name.chars().chain(value.chars()) {
        let len = c.len_utf8();
        if used + len > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, d)
            .and_then(|x| x.and_hms_opt(h, m, 0))
            .unwrap()
    }

    fn event<'a>(summary: &'a str, description: &'a str, location: Option<&'a str>) -> Event<'a> {
        Event {
            uid: "district-20261128T1000@pinggu-hours",
            stamp: at(27, 9, 5),
            start: at(28, 10, 0),
            end: at(28, 13, 0),
            summary,
            description,
            location,
            alarm: None,
        }
    }

    fn calendar(event: &Event<'_>) -> String {
        super::calendar(event).unwrap()
    }

    /// The physical lines, split on CRLF (the file's last CRLF leaves an empty tail).
    fn lines(text: &str) -> Vec<&str> {
        let mut lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines.pop(), Some(""), "the file ends with CRLF");
        lines
    }

    /// Undoes folding: a CRLF followed by one space joins two physical lines.
    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    #[test]
    fn ics_has_the_required_properties_and_crlf_only() {
        let text = calendar(&event("区政务服务中心", "", None));
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(text.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
        let lines = lines(&text);
        for want in [
            "UID:district-20261128T1000@pinggu-hours",
            // 09:05 in Beijing is 01:05 UTC.
            "DTSTAMP:20261127T010500Z",
            "DTSTART;TZID=Asia/Shanghai:20261128T100000",
            "DTEND;TZID=Asia/Shanghai:20261128T130000",
            "SUMMARY:区政务服务中心",
        ] {
            assert!(lines.contains(&want), "{want} missing in {text}");
        }
        assert!(
            !text.contains("DESCRIPTION"),
            "an empty description is left out"
        );
        assert!(!text.contains("LOCATION"), "an unknown place is left out");
    }

    #[test]
    fn ics_defines_the_timezone_it_names() {
        let text = calendar(&event("x", "", None));
        let tz = text.find("BEGIN:VTIMEZONE").unwrap();
        let ev = text.find("BEGIN:VEVENT").unwrap();
        assert!(tz < ev);
        for want in [
            "TZID:Asia/Shanghai",
            "TZOFFSETFROM:+0800",
            "TZOFFSETTO:+0800",
        ] {
            assert!(lines(&text).contains(&want), "{want} missing");
        }
    }

    #[test]
    fn ics_dtstamp_crosses_midnight_into_utc() {
        let mut e = event("x", "", None);
        e.stamp = at(28, 7, 30);
        assert!(calendar(&e).contains("DTSTAMP:20261127T233000Z\r\n"));
    }

    #[test]
    fn ics_escapes_text_values() {
        assert_eq!(escape(r"a,b;c\d"), r"a\,b\;c\\d");
        assert_eq!(escape("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
        assert_eq!(escape("tab\there"), "tabhere");
        let text = calendar(&event("A, B; C", "line 1\nline 2", Some("Hall; 1")));
        let lines = lines(&text);
        assert!(lines.contains(&r"SUMMARY:A\, B\; C"));
        assert!(lines.contains(&r"DESCRIPTION:line 1\nline 2"));
        assert!(lines.contains(&r"LOCATION:Hall\; 1"));
    }

    #[test]
    fn ics_folds_long_lines_at_75_octets_without_splitting_characters() {
        let long_en = "Book before 14:00 on the last legal workday before the day. ".repeat(4);
        let long_zh = "需在预约日期的前一个工作日14:00前提出申请。".repeat(6);
        let text = calendar(&event(&long_zh, &long_en, Some(&long_zh)));
        for line in lines(&text) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Folding is lossless: unfolded, the values are whole again.
        let unfolded = unfold(&text);
        assert!(unfolded.contains(&format!("SUMMARY:{long_zh}\r\n")));
        assert!(unfolded.contains(&format!("DESCRIPTION:{long_en}\r\n")));
        // A folded line starts with exactly one space, and a full line is used up to the limit.
        let folded: Vec<&str> = lines(&text)
            .into_iter()
            .filter(|l| l.starts_with(' '))
            .collect();
        assert!(folded.len() >= 6);
        assert!(lines(&text).iter().any(|l| l.len() == 75));
    }

    #[test]
    fn ics_does_not_fold_a_line_of_exactly_75_octets() {
        let summary = "x".repeat(75 - "SUMMARY:".len());
        let text = calendar(&event(&summary, "", None));
        assert!(text.contains(&format!("SUMMARY:{summary}\r\nEND:VEVENT")));
        let summary = "x".repeat(76 - "SUMMARY:".len());
        let text = calendar(&event(&summary, "", None));
        assert!(text.contains(&format!("SUMMARY:{}\r\n x\r\n", &summary[1..])));
    }

    #[test]
    fn ics_alarm_rings_before_the_deadline_in_utc() {
        let deadline = at(27, 14, 0);
        // Made on Wednesday 25th: the alarm rings at 12:00 Beijing time on Friday 27th.
        let ring = alarm_time(deadline, at(25, 9, 0));
        assert_eq!(ring, Some(at(27, 12, 0)));
        let mut e = event("x", "", None);
        e.alarm = ring.map(|at| Alarm {
            at,
            description: "Book before 14:00 on Fri 27 Nov",
        });
        let text = calendar(&e);
        let lines = lines(&text);
        let begin = lines.iter().position(|l| *l == "BEGIN:VALARM").unwrap();
        assert_eq!(
            &lines[begin..begin + 5],
            [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                // 12:00 in Beijing is 04:00 UTC; an absolute trigger is in UTC (RFC 5545 3.8.6.3).
                "TRIGGER;VALUE=DATE-TIME:20261127T040000Z",
                "DESCRIPTION:Book before 14:00 on Fri 27 Nov",
                "END:VALARM",
            ]
        );
        // The alarm sits inside the event.
        let end_event = lines.iter().position(|l| *l == "END:VEVENT").unwrap();
        assert!(begin < end_event);
    }

    #[test]
    fn ics_alarm_is_left_out_once_its_time_has_passed() {
        let deadline = at(27, 14, 0);
        assert_eq!(alarm_time(deadline, at(27, 11, 59)), Some(at(27, 12, 0)));
        assert_eq!(alarm_time(deadline, at(27, 12, 0)), None);
        assert_eq!(alarm_time(deadline, at(27, 15, 0)), None);
        assert!(!calendar(&event("x", "", None)).contains("VALARM"));
    }

    #[test]
    fn ics_times_out_of_range_give_none_not_a_panic() {
        let mut e = event("x", "", None);
        e.stamp = NaiveDateTime::MIN;
        assert_eq!(super::calendar(&e), None);
        assert_eq!(alarm_time(NaiveDateTime::MIN, NaiveDateTime::MIN), None);
    }
}
