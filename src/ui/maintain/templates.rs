//! What the forms add: a new matter, exception, window or material, every field empty or
//! off for staff to fill in, with the members in the order of the shipped files.

use crate::engine::Value;

/// A text in both languages, both empty: what a form starts a required text with.
pub(super) fn blank_pair() -> Value {
    Value::Object(vec![
        ("zh".into(), Value::String(String::new())),
        ("en".into(), Value::String(String::new())),
    ])
}

fn string(s: &str) -> Value {
    Value::String(s.to_string())
}

/// A new matter of `hall`, every field empty or off, for staff to fill in (not a sample:
/// staff add real entries).
pub fn new_matter(hall: &str) -> Value {
    Value::Object(vec![
        ("id".into(), string("")),
        ("sample".into(), Value::Bool(false)),
        ("name".into(), blank_pair()),
        ("hall".into(), string(hall)),
        ("unit".into(), blank_pair()),
        ("kind".into(), string("immediate")),
        ("hot".into(), Value::Bool(false)),
        ("livelihood".into(), Value::Bool(false)),
        ("system_restricted".into(), Value::Bool(false)),
        ("materials".into(), Value::Array(Vec::new())),
        ("place".into(), Value::Null),
        ("booking".into(), Value::Null),
        (
            "keywords".into(),
            Value::Object(vec![
                ("zh".into(), Value::Array(Vec::new())),
                ("en".into(), Value::Array(Vec::new())),
            ]),
        ),
    ])
}

/// A new exception: a closure of no hall yet on no date yet, for staff to fill in.
pub fn new_exception() -> Value {
    Value::Object(vec![
        ("date".into(), string("")),
        ("halls".into(), Value::Array(Vec::new())),
        ("closed".into(), Value::Bool(true)),
        ("reason".into(), blank_pair()),
    ])
}

/// A new window of an exception day: times to fill in, walk-in.
pub fn new_window() -> Value {
    Value::Object(vec![
        ("start".into(), string("")),
        ("end".into(), string("")),
        ("appointment".into(), string("walk_in")),
    ])
}

/// An empty material, to fill in.
pub fn new_material() -> Value {
    blank_pair()
}
