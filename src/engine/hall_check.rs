//! Reading and checking the halls of halls.json: every bad time, empty name, overlap and
//! duplicate id is reported with its JSON path.

use std::collections::HashSet;

use chrono::NaiveTime;
use serde_json::Value;

use super::error::DataError;
use super::hall::{Appointment, Contact, Hall, WeekendDay, WeekendWindow, Window};
use super::raw::{from_value_at, RawHall, RawWindow};
use super::text::Localized;
use super::timefmt::{format_hhmm, parse_hhmm};

fn time_at(text: &str, path: String, errors: &mut Vec<DataError>) -> Option<NaiveTime> {
    let t = parse_hhmm(text);
    if t.is_none() {
        errors.push(DataError::new(
            path,
            format!("{text:?} is not a time of day (HH:MM, 00:00 to 23:59)"),
        ));
    }
    t
}

/// Read start/end of a window; checks end > start.
fn span_at(
    start: &str,
    end: &str,
    path: &str,
    errors: &mut Vec<DataError>,
) -> Option<(NaiveTime, NaiveTime)> {
    let s = time_at(start, format!("{path}.start"), errors);
    let e = time_at(end, format!("{path}.end"), errors);
    let (s, e) = (s?, e?);
    if e <= s {
        errors.push(DataError::new(
            format!("{path}.end"),
            format!("{end} is not after the start {start}"),
        ));
        return None;
    }
    Some((s, e))
}

fn windows(
    raw: &[RawWindow],
    path: &str,
    extended: bool,
    errors: &mut Vec<DataError>,
) -> Vec<Window> {
    let mut out = Vec::new();
    for (i, w) in raw.iter().enumerate() {
        let p = format!("{path}[{i}]");
        let appointment = match (w.appointment, extended) {
            (Some(a), _) => a,
            (None, false) => Appointment::WalkIn,
            (None, true) => {
                errors.push(DataError::new(
                    format!("{p}.appointment"),
                    "an extended window must say `required` or `walk_in`",
                ));
                Appointment::Required
            }
        };
        if let Some((start, end)) = span_at(&w.start, &w.end, &p, errors) {
            out.push(Window {
                start,
                end,
                appointment,
            });
        }
    }
    out
}

/// Report every pair of overlapping windows among `(path, start, end)`.
fn overlaps(mut items: Vec<(String, NaiveTime, NaiveTime)>, errors: &mut Vec<DataError>) {
    items.sort_by_key(|(_, s, _)| *s);
    for (i, (pa, sa, ea)) in items.iter().enumerate() {
        for (pb, sb, eb) in items.iter().skip(i + 1) {
            if sb >= ea {
                break;
            }
            errors.push(DataError::new(
                pb.clone(),
                format!(
                    "{}-{} overlaps {pa} ({}-{})",
                    format_hhmm(*sb),
                    format_hhmm(*eb),
                    format_hhmm(*sa),
                    format_hhmm(*ea)
                ),
            ));
        }
    }
}

fn optional_text(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn optional_localized(v: Option<Localized>) -> Option<Localized> {
    v.filter(|l| !l.zh.trim().is_empty() || !l.en.trim().is_empty())
}

/// Read and check one hall; `None` if it has any problem (all pushed to `errors`).
fn hall(value: &Value, path: &str, errors: &mut Vec<DataError>) -> Option<Hall> {
    let raw: RawHall = match from_value_at(value, path) {
        Ok(r) => r,
        Err(e) => {
            errors.push(e);
            return None;
        }
    };
    let before = errors.len();
    let id_ok = !raw.id.is_empty()
        && raw
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
    if !id_ok {
        errors.push(DataError::new(
            format!("{path}.id"),
            format!(
                "{:?} is not an id (lower-case letters, digits, _ and -)",
                raw.id
            ),
        ));
    }
    if !raw.name.is_complete() {
        errors.push(DataError::new(
            format!("{path}.name"),
            "the name needs both zh and en",
        ));
    }
    for (i, m) in raw.members.iter().enumerate() {
        if !m.is_complete() {
            errors.push(DataError::new(
                format!("{path}.members[{i}]"),
                "a member name needs both zh and en",
            ));
        }
    }
    let regular = windows(&raw.regular, &format!("{path}.regular"), false, errors);
    let extended = windows(&raw.extended, &format!("{path}.extended"), true, errors);
    let mut weekend = Vec::new();
    for (i, w) in raw.weekend.iter().enumerate() {
        let p = format!("{path}.weekend[{i}]");
        if w.days.is_empty() {
            errors.push(DataError::new(
                format!("{p}.days"),
                "list at least one of \"sat\", \"sun\"",
            ));
        }
        let mut days = w.days.clone();
        days.dedup();
        if let Some((start, end)) = span_at(&w.start, &w.end, &p, errors) {
            weekend.push((
                p,
                WeekendWindow {
                    days,
                    start,
                    end,
                    not_on_holidays: w.not_on_holidays,
                    appointment: w.appointment,
                },
            ));
        }
    }
    // Overlaps on legal workdays: regular and extended windows together.
    let workday: Vec<_> = regular
        .iter()
        .enumerate()
        .map(|(i, w)| (format!("{path}.regular[{i}]"), w.start, w.end))
        .chain(
            extended
                .iter()
                .enumerate()
                .map(|(i, w)| (format!("{path}.extended[{i}]"), w.start, w.end)),
        )
        .collect();
    overlaps(workday, errors);
    // Weekend windows, per weekday (a window on both days is checked once per day, but a
    // pair is reported once).
    let mut seen = HashSet::new();
    for day in [WeekendDay::Sat, WeekendDay::Sun] {
        let on_day: Vec<_> = weekend
            .iter()
            .filter(|(_, w)| w.days.contains(&day))
            .map(|(p, w)| (p.clone(), w.start, w.end))
            .collect();
        let mut found = Vec::new();
        overlaps(on_day, &mut found);
        for e in found {
            if seen.insert((e.path.clone(), e.message.clone())) {
                errors.push(e);
            }
        }
    }
    if errors.len() > before {
        return None;
    }
    Some(Hall {
        id: raw.id,
        name: raw.name,
        sample: raw.sample,
        weekend_scope: raw.weekend_scope,
        closing_rule: raw.closing_rule,
        contact: Contact {
            address: optional_localized(raw.contact.address),
            phone: optional_text(raw.contact.phone),
            booking_url: optional_text(raw.contact.booking_url),
        },
        members: raw.members,
        regular,
        extended,
        weekend: weekend.into_iter().map(|(_, w)| w).collect(),
        note: optional_localized(raw.note),
    })
}

/// Read and check every hall; duplicate ids are reported at the later one.
pub(crate) fn halls(values: &[Value], errors: &mut Vec<DataError>) -> Vec<Hall> {
    let mut out: Vec<Hall> = Vec::new();
    if values.is_empty() {
        errors.push(DataError::new("halls", "there must be at least one hall"));
    }
    for (i, v) in values.iter().enumerate() {
        let path = format!("halls[{i}]");
        let Some(h) = hall(v, &path, errors) else {
            continue;
        };
        if out.iter().any(|o| o.id == h.id) {
            errors.push(DataError::new(
                format!("{path}.id"),
                format!("duplicate hall id {:?}", h.id),
            ));
            continue;
        }
        out.push(h);
    }
    out
}
