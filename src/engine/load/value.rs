//! The raw tree the validation walks: what a data file holds before it is checked. Both
//! readers produce it: `serde_json` natively (build.rs, the `hours` tool, tests) and the
//! browser's own `JSON.parse` in the page, so the page links no JSON text parser and both
//! paths run the very same checks with the very same messages.

/// A JSON value, as the data files are read.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`: an optional field left empty.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number. Whole numbers are checked against their field's range by the walker;
    /// anything that is not a whole number (`1.5`, `1e3`) is refused where an integer is due.
    Number(Number),
    /// A string, its escapes decoded.
    String(String),
    /// Items in file order.
    Array(Vec<Value>),
    /// Members in file order. A repeated name is kept, and [`Value::get`] finds the last one,
    /// as serde_json and `JSON.parse` both keep it.
    Object(Vec<(String, Value)>),
}

/// A JSON number as the readers report it, so that it can be named as serde names it: a
/// whole number that fits `u64`, a negative one that fits `i64`, or anything else (a float,
/// kept for the message).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A whole number from 0 to `u64::MAX`.
    Unsigned(u64),
    /// A negative whole number down to `i64::MIN`.
    Signed(i64),
    /// Anything else.
    Float(f64),
}

impl Number {
    /// What a finite `f64` (all a browser's `JSON.parse` gives) is as a JSON number: whole
    /// numbers within `i64`/`u64` count as integers, as serde_json would read their text.
    pub fn from_f64(x: f64) -> Number {
        // 2^63 and 2^64 as floats: the bounds of i64 and u64.
        const I64_MIN: f64 = -9_223_372_036_854_775_808.0;
        const U64_END: f64 = 18_446_744_073_709_551_616.0;
        if x.fract() != 0.0 || !(I64_MIN..U64_END).contains(&x) {
            return Number::Float(x);
        }
        if x >= 0.0 {
            // Whole and in range: the cast is exact.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            return Number::Unsigned(x as u64);
        }
        #[allow(clippy::cast_possible_truncation)]
        Number::Signed(x as i64)
    }
}

impl Value {
    /// The member `key` of an object (the last one if repeated); `None` for anything else.
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => member(members, key),
            _ => None,
        }
    }

    /// The text of a string.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// The member `key` of an object's `members`: the last one if repeated, as serde_json keeps.
pub(crate) fn member<'v>(members: &'v [(String, Value)], key: &str) -> Option<&'v Value> {
    members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
}
