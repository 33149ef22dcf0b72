//! Reading and checking a hall's windows: every bad time, end not after start and overlap
//! is reported with its JSON path (`halls[3].weekend[0].end`).

use chrono::{NaiveTime, Timelike};

use crate::engine::error::DataError;
use crate::engine::load::object::Obj;
use crate::engine::load::value::Value;
use crate::engine::load::walk::{boolean, choice, list};
use crate::engine::model::hall::{Appointment, WeekendDay, WeekendWindow, Window};
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
pub(crate) const WINDOW_FIELDS: &[&str] = &["start", "end", "appointment"];

/// Read a window; `appointment` defaults to `walk_in` in regular hours, and where it must be
/// given (`required_says`: the problem when it is absent) its absence is reported.
fn window(
    v: &Value,
    path: String,
    required_says: Option<&'static str>,
    errors: &mut Vec<DataError>,
) -> Option<Window> {
    let o = Obj::at(v, path, "a window object", errors)?;
    o.only(WINDOW_FIELDS, errors);
    let start = o.string("start", errors);
    let end = o.string("end", errors);
    let appointment = match o.maybe("appointment") {
        Some(a) => choice(a, o.path("appointment"), Appointment::NAMES.0, errors)
            .and_then(|i| Appointment::NAMES.1.get(i).copied()),
        None => match required_says {
            Some(problem) => {
                errors.push(DataError::new(o.path("appointment"), problem));
                None
            }
            None => Some(Appointment::WalkIn),
        },
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
    window(v, path, None, errors)
}

/// Read a workday extended window.
pub(crate) fn extended_window(
    v: &Value,
    path: String,
    errors: &mut Vec<DataError>,
) -> Option<Window> {
    window(
        v,
        path,
        Some("an extended window must say `required` or `walk_in`"),
        errors,
    )
}

/// Read a window of an exception day (exceptions.json): its appointment rule is always
/// given, since it may fall on a workday or a weekend.
pub(crate) fn exception_window(
    v: &Value,
    path: String,
    errors: &mut Vec<DataError>,
) -> Option<Window> {
    window(
        v,
        path,
        Some("a window must say `required` or `walk_in`"),
        errors,
    )
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

/// Minutes in a day: window starts are whole minutes (`parse_hhmm`) below this.
const DAY_MINUTES: usize = 24 * 60;

/// Positions of `spans` in order of start, the earlier position first among equal starts. A
/// counting sort on the minute of the day: linear in the number of windows, and no generic
/// sort in the page's wasm.
fn by_start(spans: &[Span]) -> Vec<usize> {
    let minute = |s: &Span| (s.start.num_seconds_from_midnight() / 60) as usize;
    // `next[m]`: where the next window starting at minute `m` goes in the order.
    let mut next = vec![0usize; DAY_MINUTES + 1];
    for s in spans {
        if let Some(n) = next.get_mut(minute(s) + 1) {
            *n += 1;
        }
    }
    for m in 1..next.len() {
        next[m] += next[m - 1];
    }
    let mut order = vec![0; spans.len()];
    for (i, s) in spans.iter().enumerate() {
        if let Some(slot) = next.get_mut(minute(s)) {
            if let Some(o) = order.get_mut(*slot) {
                *o = i;
            }
            *slot += 1;
        }
    }
    order
}

/// A window for the overlap check: where it is in the hall's lists, and its times.
#[derive(Clone, Copy)]
struct Span {
    /// 0 regular, 1 extended, 2 weekend (an index into the paths given to `describe`).
    list: usize,
    /// Position in that list.
    index: usize,
    start: NaiveTime,
    end: NaiveTime,
}

/// Each window that starts before an earlier-starting one has ended, paired with the earlier
/// window that reaches furthest: `(later, earlier)`, positions in `spans`. A sweep in order
/// of start, so each window is reported at most once however many it overlaps (identical
/// windows by the thousand give one problem each, not one per pair).
fn overlapping(spans: &[Span]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    // The window seen so far that ends last.
    let mut reach: Option<(usize, NaiveTime)> = None;
    for i in by_start(spans) {
        let Some(s) = spans.get(i) else { continue };
        match reach {
            Some((r, end)) if s.start < end => {
                found.push((i, r));
                if s.end > end {
                    reach = Some((i, s.end));
                }
            }
            _ => reach = Some((i, s.end)),
        }
    }
    found
}

/// The problem of window `later` overlapping `earlier`, reported at the later one.
fn describe(later: &Span, earlier: &Span, paths: &[String; 3]) -> DataError {
    let path = |s: &Span| format!("{}[{}]", paths[s.list], s.index);
    DataError::new(
        path(later),
        format!(
            "{}-{} overlaps {} ({}-{})",
            format_hhmm(later.start),
            format_hhmm(later.end),
            path(earlier),
            format_hhmm(earlier.start),
            format_hhmm(earlier.end)
        ),
    )
}

/// The windows read of one list, for the overlap check.
fn spans_of(list: usize, items: &[Option<Window>]) -> impl Iterator<Item = Span> + '_ {
    items.iter().enumerate().filter_map(move |(index, w)| {
        let w = w.as_ref()?;
        Some(Span {
            list,
            index,
            start: w.start,
            end: w.end,
        })
    })
}

/// Report overlapping windows of one day's list at `path` (an exception's `windows`), each
/// at most once.
pub(crate) fn check_list_overlaps(
    path: String,
    windows: &[Option<Window>],
    errors: &mut Vec<DataError>,
) {
    let paths = [path.clone(), path.clone(), path];
    let spans: Vec<Span> = spans_of(0, windows).collect();
    for (later, earlier) in overlapping(&spans) {
        if let (Some(l), Some(e)) = (spans.get(later), spans.get(earlier)) {
            errors.push(describe(l, e, &paths));
        }
    }
}

/// Report overlapping windows of one hall (the object `o`): regular and extended windows
/// together on legal workdays, weekend windows per weekend day. Each window is reported at
/// most once (a weekend window on both days too).
pub(crate) fn check_overlaps(
    o: &Obj<'_>,
    (regular, extended): (&[Option<Window>], &[Option<Window>]),
    weekend: &[Option<WeekendWindow>],
    errors: &mut Vec<DataError>,
) {
    let paths = [o.path("regular"), o.path("extended"), o.path("weekend")];
    let workday: Vec<Span> = spans_of(0, regular).chain(spans_of(1, extended)).collect();
    for (later, earlier) in overlapping(&workday) {
        if let (Some(l), Some(e)) = (workday.get(later), workday.get(earlier)) {
            errors.push(describe(l, e, &paths));
        }
    }
    let mut reported = vec![false; weekend.len()];
    for day in WeekendDay::NAMES.1 {
        let on_day: Vec<Span> = weekend
            .iter()
            .enumerate()
            .filter_map(|(index, w)| {
                let w = w.as_ref().filter(|w| w.days.contains(day))?;
                Some(Span {
                    list: 2,
                    index,
                    start: w.start,
                    end: w.end,
                })
            })
            .collect();
        for (later, earlier) in overlapping(&on_day) {
            let (Some(l), Some(e)) = (on_day.get(later), on_day.get(earlier)) else {
                continue;
            };
            if let Some(done) = reported.get_mut(l.index).filter(|done| !**done) {
                *done = true;
                errors.push(describe(l, e, &paths));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(index: usize, start: &str, end: &str) -> Span {
        Span {
            list: 0,
            index,
            start: parse_hhmm(start).unwrap(),
            end: parse_hhmm(end).unwrap(),
        }
    }

    #[test]
    fn each_overlapping_window_once_against_the_one_reaching_furthest() {
        let spans = [
            span(0, "13:00", "14:00"),
            span(1, "09:00", "12:00"),
            span(2, "10:00", "11:00"),
            span(3, "11:30", "13:30"),
            span(4, "09:00", "12:00"),
            span(5, "14:00", "15:00"),
        ];
        // In order of start: 1, 4, 2, 3, 0, 5.
        assert_eq!(overlapping(&spans), [(4, 1), (2, 1), (3, 1), (0, 3)]);
        assert_eq!(overlapping(&[]), []);
    }
}
