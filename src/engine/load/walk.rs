//! Reading the hand-written JSON files: a small walker over the raw [`Value`] tree that
//! knows the path of every field (`halls[3].weekend[0].end`), pushes every problem it meets
//! (wrong type, unknown or missing field, unknown name) and carries on with the rest, so a
//! clerk sees all of them at once. Unknown fields are rejected so that a typo
//! (`not_on_holiday`) is not silently ignored.
//!
//! It is deliberately not generic over serde: the same walk must run on a tree the browser's
//! `JSON.parse` built (data an embedder points to at run time), and derived `Deserialize`
//! visitors for every data type would weigh on the page's wasm. The messages
//! are worded as serde's (`invalid type: integer `5`, expected a string`), so they read as a
//! derived deserializer's would.

use crate::engine::error::DataError;
use crate::engine::load::object::Obj;
use crate::engine::load::value::{Number, Value};
use crate::engine::model::text::Localized;

/// The members of a file's top object; anything else is reported at `file`.
pub(crate) fn top_object<'v>(
    v: &'v Value,
    file: &str,
    errors: &mut Vec<DataError>,
) -> Option<&'v [(String, Value)]> {
    match v {
        Value::Object(members) => Some(members),
        _ => {
            errors.push(DataError::new(file, "the top level must be a JSON object"));
            None
        }
    }
}

/// serde's name for a JSON value, as in "invalid type: integer `5`, expected ...".
fn unexpected(v: &Value) -> String {
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(Number::Unsigned(u)) => format!("integer `{u}`"),
        Value::Number(Number::Signed(i)) => format!("integer `{i}`"),
        Value::Number(Number::Float(x)) => format!("floating point `{x}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_string(),
        Value::Object(_) => "map".to_string(),
    }
}

/// serde's list of the names expected: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
pub(crate) fn one_of(names: &[&str]) -> String {
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
pub(crate) fn wrong_type(v: &Value, path: String, expected: &str, errors: &mut Vec<DataError>) {
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
    let (n, text) = match v {
        Value::Number(Number::Unsigned(u)) => (i64::try_from(*u).ok(), u.to_string()),
        Value::Number(Number::Signed(i)) => (Some(*i), i.to_string()),
        _ => {
            wrong_type(v, path, kind, errors);
            return None;
        }
    };
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
    Some(Localized {
        zh: zh?.into(),
        en: en?.into(),
    })
}
