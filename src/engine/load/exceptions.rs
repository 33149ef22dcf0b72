//! Reading and checking exceptions.json: dates on which halls are closed or keep other hours.
//! Every problem is reported at its JSON path (`exceptions[0].windows[1].end`): a bad date or
//! time, an unknown hall, both or neither of `closed` and `windows`, overlapping windows, a
//! reason without both languages, and a hall given two exceptions on one date.

use chrono::NaiveDate;

use crate::engine::error::DataError;
use crate::engine::load::files::{tree, RawFile};
use crate::engine::load::object::Obj;
use crate::engine::load::value::Value;
use crate::engine::load::walk::{list, string, top_object, wrong_type};
use crate::engine::load::windows::{check_list_overlaps, exception_window};
use crate::engine::model::exception::Exception;
use crate::engine::model::{List, Text};
use crate::engine::sorted::{repeated, sorted_contains, sorted_keys};
use crate::engine::time::parse_date;

/// Fields of exceptions.json's top object.
const FILE_FIELDS: &[&str] = &["exceptions"];

/// Fields of one exception.
pub(crate) const EXCEPTION_FIELDS: &[&str] = &["date", "halls", "closed", "windows", "reason"];

/// What `halls` names, as read: every hall, or the ids listed with their paths.
enum Named {
    All,
    Listed(Vec<(String, String)>),
}

/// One exception and, for the duplicate check, its date and the halls it names.
struct Read {
    exception: Option<Exception>,
    date: Option<NaiveDate>,
    named: Option<Named>,
    /// Where `halls` is, for a duplicate found through `"all"`.
    halls_path: String,
}

/// The `halls` of an exception: `"all"` or a non-empty list of known hall ids (`ids`,
/// sorted; `None` when halls.json could not be read, so that check is skipped).
fn halls(o: &Obj<'_>, ids: Option<&[(&str, usize)]>, errors: &mut Vec<DataError>) -> Option<Named> {
    let path = o.path("halls");
    match o.need("halls", errors)? {
        Value::String(s) if s == "all" => Some(Named::All),
        Value::String(s) => {
            let message = format!("{s:?} is not \"all\": list hall ids as [\"district\"]");
            errors.push(DataError::new(path, message));
            None
        }
        Value::Array(items) => {
            if items.is_empty() {
                let message = "list at least one hall id, or say \"all\"";
                errors.push(DataError::new(path.clone(), message));
            }
            let before = errors.len();
            let mut listed = Vec::with_capacity(items.len());
            for (k, v) in items.iter().enumerate() {
                let at = format!("{path}[{k}]");
                let Some(id) = string(v, at.clone(), errors) else {
                    continue;
                };
                if ids.is_some_and(|ids| !sorted_contains(ids, &id)) {
                    errors.push(DataError::new(
                        at.clone(),
                        format!("unknown hall id {id:?}"),
                    ));
                }
                listed.push((id, at));
            }
            (errors.len() == before && !items.is_empty()).then_some(Named::Listed(listed))
        }
        other => {
            wrong_type(other, path, "a list of hall ids or \"all\"", errors);
            None
        }
    }
}

/// Read and check one exception (all problems pushed).
fn exception(
    v: &Value,
    path: String,
    ids: Option<&[(&str, usize)]>,
    errors: &mut Vec<DataError>,
) -> Read {
    let mut read = Read {
        exception: None,
        date: None,
        named: None,
        halls_path: format!("{path}.halls"),
    };
    let before = errors.len();
    let Some(o) = Obj::at(v, path, "an exception object", errors) else {
        return read;
    };
    o.only(EXCEPTION_FIELDS, errors);
    read.date = o.string("date", errors).and_then(|text| {
        let date = parse_date(&text);
        if date.is_none() {
            let message = format!("{text:?} is not a date (YYYY-MM-DD)");
            errors.push(DataError::new(o.path("date"), message));
        }
        date
    });
    read.named = halls(&o, ids, errors);
    let closed_given = o.maybe("closed").is_some();
    let closed = o.flag("closed", errors);
    let windows_given = o.maybe("windows").is_some();
    let windows = o.each("windows", errors, exception_window);
    match (closed, windows_given) {
        (true, true) => errors.push(DataError::new(
            o.here(),
            "give either `\"closed\": true` or `windows`, not both",
        )),
        (false, false) if !closed_given || o.get("closed") == Some(&Value::Bool(false)) => {
            errors.push(DataError::new(
                o.here(),
                "give `\"closed\": true` or the day's `windows`",
            ));
        }
        (false, true) if windows.is_empty() && o.get("windows").is_some_and(is_array) => {
            errors.push(DataError::new(
                o.path("windows"),
                "list at least one window (a day without service is `\"closed\": true`)",
            ));
        }
        _ => {}
    }
    check_list_overlaps(o.path("windows"), &windows, errors);
    let reason = o.localized("reason", errors);
    if reason.as_ref().is_some_and(|r| !r.is_complete()) {
        errors.push(DataError::new(
            o.path("reason"),
            "the reason needs both zh and en",
        ));
    }
    if errors.len() > before {
        return read;
    }
    let halls = match read.named.as_ref() {
        Some(Named::All) => None,
        Some(Named::Listed(l)) => Some(l.iter().map(|(id, _)| Text::from(id.clone())).collect()),
        None => return read,
    };
    let windows: Option<Vec<_>> = windows.into_iter().collect();
    let (Some(date), Some(windows), Some(reason)) = (read.date, windows, reason) else {
        return read;
    };
    let mut in_order = Vec::with_capacity(windows.len());
    for w in windows {
        crate::engine::sorted::insert_by_key(&mut in_order, w, |w| w.start);
    }
    read.exception = Some(Exception {
        date,
        halls,
        windows: List::from(in_order),
        reason,
    });
    read
}

fn is_array(v: &Value) -> bool {
    matches!(v, Value::Array(_))
}

/// Report each (date, hall) named a second time, at the later naming: the listed id, or the
/// `halls` of an exception for every hall. `ids`: the declared hall ids, to expand `"all"`.
fn check_duplicates(read: &[Read], ids: Option<&[String]>, errors: &mut Vec<DataError>) {
    // (key, where, hall id) for each naming of a hall on a date.
    let mut namings: Vec<(String, &str, &str)> = Vec::new();
    for r in read {
        let (Some(date), Some(named)) = (r.date, &r.named) else {
            continue;
        };
        match named {
            Named::Listed(l) => {
                for (id, at) in l {
                    namings.push((format!("{date} {id}"), at, id));
                }
            }
            Named::All => {
                for id in ids.unwrap_or(&[]) {
                    namings.push((format!("{date} {id}"), &r.halls_path, id));
                }
            }
        }
    }
    let keys: Vec<Option<&str>> = namings.iter().map(|(k, _, _)| Some(k.as_str())).collect();
    let mut reported: Vec<&str> = Vec::new();
    for (again, (key, at, id)) in repeated(&keys).into_iter().zip(&namings) {
        // One problem per place (an `"all"` repeating a date names every hall once more).
        if !again || reported.last() == Some(at) {
            continue;
        }
        reported.push(at);
        let date = key.split(' ').next().unwrap_or_default();
        let message = format!("hall {id:?} already has an exception on {date}");
        errors.push(DataError::new(*at, message));
    }
}

/// Read and check exceptions.json against the declared hall ids (`None`: halls.json is
/// unreadable, so unknown ids are not reported). Every problem is pushed.
pub(crate) fn read_exceptions(
    raw: &RawFile,
    hall_ids: Option<&[String]>,
    errors: &mut Vec<DataError>,
) -> Vec<Exception> {
    let Some(map) = tree(raw, errors).and_then(|t| top_object(t, "exceptions.json", errors)) else {
        return Vec::new();
    };
    let o = Obj::top(map, "exceptions.json", "");
    o.only(FILE_FIELDS, errors);
    let Some(items) = o
        .need("exceptions", errors)
        .and_then(|v| list(v, o.path("exceptions"), errors))
    else {
        return Vec::new();
    };
    let sorted = hall_ids.map(|ids| sorted_keys(ids.iter().map(String::as_str)));
    let read: Vec<Read> = items
        .iter()
        .enumerate()
        .map(|(i, v)| exception(v, format!("exceptions[{i}]"), sorted.as_deref(), errors))
        .collect();
    check_duplicates(&read, hall_ids, errors);
    read.into_iter().filter_map(|r| r.exception).collect()
}

/// Every problem of `exceptions` kept from an existing data set under new halls: a hall id
/// the new halls.json no longer lists.
pub(crate) fn kept_exceptions_check(
    exceptions: &[Exception],
    ids: &[String],
    errors: &mut Vec<DataError>,
) {
    for (i, e) in exceptions.iter().enumerate() {
        for (k, id) in e.halls.iter().flat_map(|h| h.iter()).enumerate() {
            if !ids.iter().any(|known| **known == **id) {
                errors.push(DataError::new(
                    format!("exceptions.json (in use):exceptions[{i}].halls[{k}]"),
                    format!("unknown hall id {id:?}: halls.json no longer lists it"),
                ));
            }
        }
    }
}
