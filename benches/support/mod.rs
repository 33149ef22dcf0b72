//! Data sets for the benchmarks: the shipped files, and the same files grown to 308 halls
//! as Article 8 allows: the 8 shipped entries, each of the 18 township centers and 282
//! village or community service stations as entries of their own, to show that a lookup
//! does not grow with the list.

// Each benchmark uses only some of these.
#![allow(dead_code)]

use pinggu_hours::engine::{DataSources, Engine};
use serde_json::{json, Value};

/// The text of one file of `static/data/`.
pub fn read(path: &str) -> String {
    let full = format!("{}/static/data/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The shipped halls.json with the township entry copied into 18 centers and 282
/// stations (ids `township_01`.., `station_001`..), each with the township's windows.
pub fn halls_308() -> String {
    let mut halls: Value = serde_json::from_str(&read("halls.json")).expect("halls.json");
    let list = halls["halls"].as_array_mut().expect("a list of halls");
    let township = list
        .iter()
        .find(|h| h["id"] == "township")
        .cloned()
        .expect("a township entry");
    let copy = |id: String, zh: String| {
        let mut h = township.clone();
        h["id"] = json!(id);
        h["name"] = json!({"zh": zh, "en": id});
        h["members"] = json!([]);
        h
    };
    for i in 1..=18 {
        list.push(copy(format!("township_{i:02}"), format!("乡镇中心{i}")));
    }
    for i in 1..=282 {
        list.push(copy(format!("station_{i:03}"), format!("村服务站{i}")));
    }
    serde_json::to_string(&halls).expect("serialisable")
}

/// The shipped calendar files: (name, text).
pub fn calendars() -> Vec<(String, String)> {
    ["2024.json", "2025.json", "2026.json"]
        .iter()
        .map(|n| (n.to_string(), read(&format!("holiday-cn/{n}"))))
        .collect()
}

/// An engine over the shipped calendar and matters, with the given halls.json text.
pub fn engine_with_halls(halls: &str) -> Engine {
    let matters = read("matters.json");
    let calendars = calendars();
    let sources = DataSources {
        halls,
        matters: &matters,
        calendars: calendars
            .iter()
            .map(|(n, t)| (n.clone(), t.as_str()))
            .collect(),
        exceptions: None,
    };
    Engine::from_sources(&sources).expect("valid generated data")
}
