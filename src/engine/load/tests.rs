//! The loaders against their references: the walker's messages read as serde's own (each
//! typed reader on every kind of JSON value says what serde_json's deserializer of that type
//! says, floats aside), and the data compiled in by build.rs is exactly what the loader
//! makes of the files in `static/data/` today.

use serde::de::DeserializeOwned;

use crate::engine::engine::{Data, Engine};
use crate::engine::error::DataError;
use crate::engine::load::native::{self, DataSources};
use crate::engine::load::value::Value;
use crate::engine::load::walk::{boolean, integer, list, string};

/// The files of `static/data/`, read from disk.
fn files_on_disk() -> (String, String, Vec<(String, String)>) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/static/data");
    let read = |p: &str| std::fs::read_to_string(format!("{dir}/{p}")).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(format!("{dir}/holiday-cn"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let calendars = names
        .into_iter()
        .map(|n| {
            let text = read(&format!("holiday-cn/{n}"));
            (n, text)
        })
        .collect();
    (read("halls.json"), read("matters.json"), calendars)
}

#[test]
fn compiled_in_data_is_what_the_files_say() {
    let (halls, matters, calendars) = files_on_disk();
    assert!(calendars.len() >= 3, "{calendars:?}");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/data/exceptions.json");
    let exceptions = std::fs::read_to_string(path).unwrap();
    let sources = DataSources {
        halls: &halls,
        matters: &matters,
        calendars: calendars
            .iter()
            .map(|(n, t)| (n.clone(), t.as_str()))
            .collect(),
        exceptions: Some(&exceptions),
    };
    let loaded = Data::from_sources(&sources).unwrap();
    assert_eq!(Engine::embedded().data(), loaded);
    assert_eq!(loaded.halls.len(), 8);
    // Shipped empty: a real closure is the center's to announce.
    assert!(loaded.exceptions.is_empty());
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
        let tree: Value = native::parse(text, "p").unwrap();
        let mine = read(&tree, "p".into(), &mut errors);
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
