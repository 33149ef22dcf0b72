//! Reading and checking a hall's windows: every bad time, end not after start and overlap
//! is reported with its JSON path (`halls[3].weekend[0].end`).

use chrono::NaiveTime;

use crate::engine::error::DataError;
use crate::engine::load::object::Obj;
use crate::engine::load::value::Value;
use crate::engine::load::walk::{boolean, choice, list};
use crate::engine::model::hall::{Appointment, WeekendDay, WeekendWindow, Window};
use crate::engine::sorted::insert_by_key;
use crate::engine::time::{format_hhmm, parse_hhmm};

/// A time of day `HH:MM`, or a problem at `path`.
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

/// Fields of a workday window object.
const WINDOW_FIELDS: &[&str] = &["start", "end", "appointment"];

/// Read a workday window; `appointment` defaults to `walk_in` in regular hours and must be
/// given for an extended window.
fn window(v: &Value, path: String, extended: bool, errors: &mut Vec<DataError>) -> Option<Window> {
    let o = Obj::at(v, path, "a window object", errors)?;
    o.only(WINDOW_FIELDS, errors);
    let start = o.string("start", errors);
    let end = o.string("end", errors);
    let appointment = match o.maybe("appointment") {
        Some(a) => choice(a, o.path("appointment"), Appointment::NAMES.0, errors)
            .and_then(|i| Appointment::NAMES.1.get(i).copied()),
        None if extended => {
            errors.push(DataError::new(
                o.path("appointment"),
                "an extended window must say `required` or `walk_in`",
            ));
            None
        }
        None => Some(Appointment::WalkIn),
    };
    let (start, end) = span_at(&start?, &end?, o.here(), errors)?;
    Some(Window {
        start,
        end,
        appointment: appointment?,
    })
}

/// Read a window of regular hours.
pub(crate) fn regular_window(
    v: &Value,
    path: String,
    errors: &mut Vec<DataError>,
) -> Option<Window> {
    window(v, path, false, errors)
}

/// Read a workday extended window.
pub(crate) fn extended_window(
    v: &Value,
    path: String,
    errors: &mut Vec<DataError>,
) -> Option<Window> {
    window(v, path, true, errors)
}

/// Fields of a weekend window object.
const WEEKEND_FIELDS: &[&str] = &["days", "start", "end", "not_on_holidays", "appointment"];

/// Read a weekend window.
pub(crate) fn weekend_window(
    v: &Value,
    path: String,
    errors: &mut Vec<DataError>,
) -> Option<WeekendWindow> {
    let o = Obj::at(v, path, "a weekend window object", errors)?;
    o.only(WEEKEND_FIELDS, errors);
    let days = o.need("days", errors).map(|d| {
        let base = o.path("days");
        let items = list(d, base.clone(), errors).unwrap_or(&[]);
        if items.is_empty() && matches!(d, Value::Array(_)) {
            errors.push(DataError::new(
                base.clone(),
                "list at least one of \"sat\", \"sun\"",
            ));
        }
        let mut days: Vec<Option<WeekendDay>> = items
            .iter()
            .enumerate()
            .map(|(i, v)| {
                choice(v, format!("{base}[{i}]"), WeekendDay::NAMES.0, errors)
                    .and_then(|i| WeekendDay::NAMES.1.get(i).copied())
            })
            .collect();
        days.dedup();
        days
    });
    let start = o.string("start", errors);
    let end = o.string("end", errors);
    let not_on_holidays = o
        .need("not_on_holidays", errors)
        .and_then(|b| boolean(b, o.path("not_on_holidays"), errors));
    let appointment = o.choice("appointment", Appointment::NAMES, errors);
    let (start, end) = span_at(&start?, &end?, o.here(), errors)?;
    Some(WeekendWindow {
        days: days?.into_iter().collect::<Option<_>>()?,
        start,
        end,
        not_on_holidays: not_on_holidays?,
        appointment: appointment?,
    })
}

/// Report every pair of overlapping windows among `(path, start, end)`.
fn overlaps(
    unsorted: &mut dyn Iterator<Item = (String, NaiveTime, NaiveTime)>,
    errors: &mut Vec<DataError>,
) {
    let mut items = Vec::new();
    for item in unsorted {
        insert_by_key(&mut items, item, |(_, s, _)| *s);
    }
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

/// `(path, start, end)` of the windows read, for the overlap check.
fn spans<'a>(
    items: &'a [Option<Window>],
    path: &'a str,
) -> impl Iterator<Item = (String, NaiveTime, NaiveTime)> + 'a {
    items.iter().enumerate().filter_map(move |(i, w)| {
        let w = w.as_ref()?;
        Some((format!("{path}[{i}]"), w.start, w.end))
    })
}

/// Report overlapping windows of one hall (the object `o`): regular and extended windows
/// together on legal workdays, weekend windows per weekend day.
pub(crate) fn check_overlaps(
    o: &Obj<'_>,
    (regular, extended): (&[Option<Window>], &[Option<Window>]),
    weekend: &[Option<WeekendWindow>],
    errors: &mut Vec<DataError>,
) {
    let (rp, ep) = (o.path("regular"), o.path("extended"));
    overlaps(&mut spans(regular, &rp).chain(spans(extended, &ep)), errors);
    // Weekend windows, per weekday (a window on both days is checked once per day, but a
    // pair is reported once).
    let wp = o.path("weekend");
    let mut seen: Vec<DataError> = Vec::new();
    for day in WeekendDay::NAMES.1 {
        let mut on_day = weekend.iter().enumerate().filter_map(|(i, w)| {
            let w = w.as_ref().filter(|w| w.days.contains(day))?;
            Some((format!("{wp}[{i}]"), w.start, w.end))
        });
        let mut found = Vec::new();
        overlaps(&mut on_day, &mut found);
        for e in found {
            if !seen.contains(&e) {
                seen.push(e.clone());
                errors.push(e);
            }
        }
    }
}
