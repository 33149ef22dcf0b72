//! Reading the hand-written JSON files: a small walker over the [`json::Value`] tree that
//! knows the path of every field (`halls[3].weekend[0].end`), pushes every problem it meets
//! (wrong type, unknown or missing field, unknown name) and carries on with the rest, so a
//! clerk sees all of them at once. Unknown fields are rejected so that a typo
//! (`not_on_holiday`) is not silently ignored.
//!
//! It is deliberately not generic: derived `Deserialize` visitors for every data type, and
//! then serde_json itself, were most of the engine's share of the page's wasm. The messages
//! are worded as serde's (`invalid type: integer `5`, expected a string`), so they read as a
//! derived deserializer's would.

use super::error::DataError;
use super::json::{self, Value};
use super::raw_object::Obj;
use super::text::Localized;

/// Parse a whole file, which must be a JSON object; problems are reported at `file`.
pub(crate) fn parse_file(
    text: &str,
    file: &str,
    errors: &mut Vec<DataError>,
) -> Option<Vec<(String, Value)>> {
    match json::parse(text) {
        Ok(Value::Object(members)) => Some(members),
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

/// A JSON number as serde_json reads it, so that it is named as serde would name it: a whole
/// number that fits `u64`, a negative one that fits `i64`, or anything else (a float).
pub(super) enum Number {
    Unsigned(u64),
    Signed(i64),
    Float,
}

impl Number {
    /// What the number `text` (valid JSON) is.
    pub(super) fn of(text: &str) -> Number {
        if text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E')) {
            return Number::Float;
        }
        match (text.parse::<u64>(), text.parse::<i64>()) {
            (Ok(u), _) => Number::Unsigned(u),
            (_, Ok(i)) if i < 0 => Number::Signed(i),
            _ => Number::Float,
        }
    }
}

/// serde's name for a JSON value, as in "invalid type: integer `5`, expected ...".
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => match Number::of(n) {
            Number::Unsigned(u) => format!("integer `{u}`"),
            Number::Signed(i) => format!("integer `{i}`"),
            Number::Float => format!("floating point `{n}`"),
        },
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_string(),
        Value::Object(_) => "map".to_string(),
    }
}

/// serde's list of the names expected: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
pub(super) fn one_of(names: &[&str]) -> String {
    match names {
        [a] => format!("`{a}`"),
        [a, b] => format!("`{a}` or `{b}`"),
        _ => {
            let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("one of {}", quoted.join(", "))
        }
    }
}

/// Push "invalid type: ..., expected `expected`" at `path`.
pub(super) fn wrong_type(v: &Value, path: String, expected: &str, errors: &mut Vec<DataError>) {
    let message = format!("invalid type: {}, expected {expected}", unexpected(v));
    errors.push(DataError::new(path, message));
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
    let number = match v {
        Value::Number(text) => Some((Number::of(text), text)),
        _ => None,
    };
    let (n, text) = match number {
        Some((Number::Unsigned(u), text)) => (i64::try_from(u).ok(), text),
        Some((Number::Signed(i), text)) => (Some(i), text),
        _ => {
            wrong_type(v, path, kind, errors);
            return None;
        }
    };
    // An integer's text is its decimal value (JSON has no `+` or leading zeros).
    let n = n.filter(|n| (lo..=hi).contains(n));
    if n.is_none() {
        let message = format!("invalid value: integer `{text}`, expected {kind}");
        errors.push(DataError::new(path, message));
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
        let message = format!("unknown variant `{s}`, expected {}", one_of(names));
        errors.push(DataError::new(path, message));
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
#[path = "raw_tests.rs"]
mod tests;
