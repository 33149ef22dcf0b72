//! Reading the hand-written JSON files: a small walker over [`serde_json::Value`] that knows
//! the path of every field (`halls[3].weekend[0].end`), pushes every problem it meets (wrong
//! type, unknown or missing field, unknown name) and carries on with the rest, so a clerk
//! sees all of them at once. Unknown fields are rejected so that a typo (`not_on_holiday`) is
//! not silently ignored.
//!
//! It is deliberately not generic: derived `Deserialize` visitors for every data type were
//! most of the engine's share of the page's wasm. The messages are serde's own (made with
//! [`serde::de::Error`]), so they read exactly as a derived deserializer's would.

use serde::de::{Error as _, Unexpected};
use serde_json::{Error, Map, Value};

use super::error::DataError;
use super::raw_object::Obj;
use super::text::Localized;

/// Parse a whole file, which must be a JSON object; problems are reported at `file`.
pub(crate) fn parse_file(
    text: &str,
    file: &str,
    errors: &mut Vec<DataError>,
) -> Option<Map<String, Value>> {
    match serde_json::from_str(text) {
        Ok(Value::Object(map)) => Some(map),
        Ok(_) => {
            errors.push(DataError::new(file, "the top level must be a JSON object"));
            None
        }
        Err(e) => {
            errors.push(DataError::new(file, format!("not JSON: {e}")));
            None
        }
    }
}

/// serde's name for a JSON value, as in "invalid type: integer `5`, expected ...".
fn unexpected(v: &Value) -> Unexpected<'_> {
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            (None, None) => Unexpected::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// Push a problem worded by serde at `path`.
pub(super) fn push(path: String, e: Error, errors: &mut Vec<DataError>) {
    errors.push(DataError::new(path, e.to_string()));
}

/// Push "invalid type: ..., expected `expected`" at `path`.
pub(super) fn wrong_type(v: &Value, path: String, expected: &str, errors: &mut Vec<DataError>) {
    push(path, Error::invalid_type(unexpected(v), &expected), errors);
}

/// A string value.
pub(crate) fn string(v: &Value, path: String, errors: &mut Vec<DataError>) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        _ => {
            wrong_type(v, path, "a string", errors);
            None
        }
    }
}

/// A boolean value.
pub(crate) fn boolean(v: &Value, path: String, errors: &mut Vec<DataError>) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        _ => {
            wrong_type(v, path, "a boolean", errors);
            None
        }
    }
}

/// A whole number in `lo..=hi`; `kind` names the Rust type as serde would (`u32`, `i32`).
pub(crate) fn integer(
    v: &Value,
    path: String,
    kind: &'static str,
    (lo, hi): (i64, i64),
    errors: &mut Vec<DataError>,
) -> Option<i64> {
    let (n, unexp) = match v.as_u64() {
        Some(u) => (i64::try_from(u).ok(), Unexpected::Unsigned(u)),
        None => match v.as_i64() {
            Some(i) => (Some(i), Unexpected::Signed(i)),
            None => {
                wrong_type(v, path, kind, errors);
                return None;
            }
        },
    };
    let n = n.filter(|n| (lo..=hi).contains(n));
    if n.is_none() {
        push(path, Error::invalid_value(unexp, &kind), errors);
    }
    n
}

/// An array's elements.
pub(crate) fn list<'v>(
    v: &'v Value,
    path: String,
    errors: &mut Vec<DataError>,
) -> Option<&'v [Value]> {
    match v {
        Value::Array(items) => Some(items),
        _ => {
            wrong_type(v, path, "a sequence", errors);
            None
        }
    }
}

/// One of `names` (an enum spelled in snake_case), as its index.
pub(crate) fn choice(
    v: &Value,
    path: String,
    names: &'static [&'static str],
    errors: &mut Vec<DataError>,
) -> Option<usize> {
    let Value::String(s) = v else {
        wrong_type(v, path, "a string", errors);
        return None;
    };
    let i = names.iter().position(|n| n == s);
    if i.is_none() {
        push(path, Error::unknown_variant(s, names), errors);
    }
    i
}

/// Text in both languages: `{"zh": ..., "en": ...}`.
pub(crate) fn localized(v: &Value, path: String, errors: &mut Vec<DataError>) -> Option<Localized> {
    let o = Obj::at(v, path, "struct Localized", errors)?;
    o.only(&["zh", "en"], errors);
    let zh = o.string("zh", errors);
    let en = o.string("en", errors);
    Some(Localized { zh: zh?, en: en? })
}

#[cfg(test)]
mod tests {
    use super::super::booking::ChannelKind;
    use super::super::hall::{Appointment, WeekendDay, WeekendScope};
    use super::super::matter::MatterKind;

    /// Each spelling table names its values as serde spells them in the answers.
    fn agrees<T: serde::Serialize>((names, values): (&[&str], &[T])) {
        assert_eq!(names.len(), values.len());
        for (name, value) in names.iter().zip(values) {
            assert_eq!(serde_json::to_value(value).unwrap(), *name);
        }
    }

    #[test]
    fn spellings_are_serdes() {
        agrees(Appointment::NAMES);
        agrees(WeekendScope::NAMES);
        agrees(WeekendDay::NAMES);
        agrees(MatterKind::NAMES);
        agrees(ChannelKind::NAMES);
    }
}
