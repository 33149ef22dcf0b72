//! The walker's messages read as serde's own: each typed reader on every kind of JSON value
//! says what serde_json's deserializer of that type says (floats aside: named by their text
//! here, by their value there), and the spelling tables match serde's.

use serde::de::DeserializeOwned;

use super::super::booking::ChannelKind;
use super::super::error::DataError;
use super::super::hall::{Appointment, WeekendDay, WeekendScope};
use super::super::json::{self, Value};
use super::super::matter::MatterKind;
use super::{boolean, integer, list, string};

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

const VALUES: &[&str] = &[
    "0",
    "5",
    "-1",
    "-5",
    "2147483647",
    "2147483648",
    "-2147483648",
    "-2147483649",
    "4294967295",
    "4294967296",
    "9223372036854775808",
    "18446744073709551615",
    "-9223372036854775808",
    "true",
    "false",
    "null",
    "\"x\"",
    "\"a \\\"quoted\\\" 平谷\"",
    "\"sun\"",
    "\"mon\"",
    "[]",
    "[1]",
    "{}",
    "{\"a\": 1}",
];

/// Floats: named by their text here, by their value in serde_json (`1e3` vs `1000.0`).
const FLOATS: &[&str] = &[
    "1.5",
    "-0",
    "1e3",
    "-0.0",
    "18446744073709551616",
    "-9223372036854775809",
];

/// A reader, saying whether it read the value.
type Reader = fn(&Value, String, &mut Vec<DataError>) -> bool;

/// `read` says of every value what serde_json says deserializing it as `T`.
fn reads_as_serde<T: DeserializeOwned>(read: Reader) {
    for text in VALUES.iter().chain(FLOATS) {
        let mut errors = Vec::new();
        let mine = read(&json::parse(text).unwrap(), "p".into(), &mut errors);
        let theirs = serde_json::from_value::<T>(serde_json::from_str(text).unwrap());
        let messages: Vec<String> = errors.iter().map(|e| e.message.clone()).collect();
        match theirs {
            Ok(_) => assert_eq!((mine, messages), (true, Vec::new()), "{text}"),
            Err(e) if FLOATS.contains(text) => {
                let e = e.to_string();
                let head = e.split('`').next().unwrap();
                assert!(head.ends_with("floating point "), "{text}: {e}");
                assert!(!mine && messages.len() == 1, "{text}: {messages:?}");
                assert!(messages[0].starts_with(head), "{text}: {messages:?} vs {e}");
            }
            Err(e) => assert_eq!((mine, messages), (false, vec![e.to_string()]), "{text}"),
        }
    }
}

#[test]
fn messages_are_serdes() {
    reads_as_serde::<u32>(|v, p, e| integer(v, p, "u32", (0, u32::MAX.into()), e).is_some());
    reads_as_serde::<i32>(|v, p, e| {
        integer(v, p, "i32", (i32::MIN.into(), i32::MAX.into()), e).is_some()
    });
    reads_as_serde::<String>(|v, p, e| string(v, p, e).is_some());
    reads_as_serde::<bool>(|v, p, e| boolean(v, p, e).is_some());
    reads_as_serde::<Vec<serde_json::Value>>(|v, p, e| list(v, p, e).is_some());
}
