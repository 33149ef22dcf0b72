//! Validation of data files far larger than the real ones, each checked in well under the
//! 2 s target (`hours validate` on the same data adds reading the files and printing at
//! most 200 problems). One iteration is one `Engine::from_sources` over:
//!
//! - `windows_10k_workday`: one hall with 10,000 identical regular windows (9,999 problems);
//! - `windows_10k_weekend`: one hall with 10,000 identical weekend windows on both days;
//! - `halls_10k_same_id`: 10,000 copies of the first hall (9,999 duplicate ids);
//! - `matters_100k`: 100,000 valid matters with distinct ids;
//! - `matters_100k_same_id`: 100,000 copies of one matter (99,999 duplicate ids).

use std::hint::black_box;

use criterion::{criterion_group, Criterion};
use pinggu_hours::engine::{DataSources, Engine};
use serde_json::{json, Value};

mod support;

/// `text` (a JSON file) with `edit` applied.
fn edited(text: &str, edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(text).expect("embedded data is JSON");
    edit(&mut v);
    v.to_string()
}

fn copies(item: &Value, n: usize) -> Value {
    Value::Array(vec![item.clone(); n])
}

/// The data sets named in the file comment: (name, halls.json, matters.json).
fn data_sets(base: &DataSources<'_>) -> Vec<(&'static str, String, String)> {
    let halls = |edit: fn(&mut Value)| edited(base.halls, edit);
    let matters = |edit: fn(&mut Value)| edited(base.matters, edit);
    let same_halls = base.halls.to_string();
    let same_matters = base.matters.to_string();
    vec![
        (
            "windows_10k_workday",
            halls(|v| {
                v["halls"][0]["regular"] =
                    copies(&json!({"start": "09:00", "end": "12:00"}), 10_000)
            }),
            same_matters.clone(),
        ),
        (
            "windows_10k_weekend",
            halls(|v| {
                let w = json!({"days": ["sat", "sun"], "start": "09:00", "end": "12:00",
                    "not_on_holidays": true, "appointment": "walk_in"});
                v["halls"][4]["weekend"] = copies(&w, 10_000);
            }),
            same_matters.clone(),
        ),
        (
            "halls_10k_same_id",
            halls(|v| v["halls"] = copies(&v["halls"][0], 10_000)),
            same_matters,
        ),
        (
            "matters_100k",
            same_halls.clone(),
            matters(|v| {
                let first = v["matters"][0].clone();
                let all = (0..100_000)
                    .map(|i| {
                        let mut m = first.clone();
                        m["id"] = format!("m{i}").into();
                        m
                    })
                    .collect();
                v["matters"] = Value::Array(all);
            }),
        ),
        (
            "matters_100k_same_id",
            same_halls,
            matters(|v| v["matters"] = copies(&v["matters"][0], 100_000)),
        ),
    ]
}

fn bench(c: &mut Criterion) {
    let (halls, matters, calendars) = (
        support::read("halls.json"),
        support::read("matters.json"),
        support::calendars(),
    );
    let base = DataSources {
        halls: &halls,
        matters: &matters,
        calendars: calendars
            .iter()
            .map(|(n, t)| (n.clone(), t.as_str()))
            .collect(),
        exceptions: None,
    };
    let mut group = c.benchmark_group("validate_big");
    group.sample_size(10);
    for (name, halls, matters) in data_sets(&base) {
        let sources = DataSources {
            halls: &halls,
            matters: &matters,
            calendars: base.calendars.clone(),
            exceptions: None,
        };
        let problems = Engine::from_sources(&sources).err().map_or(0, |e| e.len());
        println!("validate_big/{name}: {problems} problems");
        group.bench_function(name, |b| {
            b.iter(|| black_box(Engine::from_sources(black_box(&sources)).is_ok()))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
