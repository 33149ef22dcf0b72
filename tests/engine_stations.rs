#![cfg(not(target_arch = "wasm32"))]
//! Village and community service stations (Article 8): an entry marked `"level": "station"`
//! is read as one, found by name, and left out of the lists of centers (the page's cards and
//! the hours written into the page before its WebAssembly runs).

mod common;

use common::cli::{data_dir, ok_stdout};
use common::{data_texts, edit_json, OwnedTexts, HALL_IDS};
use pinggu_hours::engine::{Engine, HallLevel};
use serde_json::{json, Value};

/// The shipped data plus three stations copied from the township entry, after the centers.
fn with_stations() -> OwnedTexts {
    let mut texts = data_texts();
    texts.halls = edit_json(&texts.halls, |v| {
        let list = v["halls"].as_array_mut().unwrap();
        let township = list.iter().find(|h| h["id"] == "township").unwrap().clone();
        for (id, zh, en) in [
            (
                "station_yugezhuang",
                "岳各庄村便民服务站",
                "Yuegezhuang Village Station",
            ),
            (
                "station_xiaoyu",
                "小峪子村便民服务站",
                "Xiaoyuzi Village Station",
            ),
            (
                "station_binhe",
                "滨河社区便民服务站",
                "Binhe Community Station",
            ),
        ] {
            let mut station: Value = township.clone();
            station["id"] = json!(id);
            station["name"] = json!({"zh": zh, "en": en});
            station["level"] = json!("station");
            station["members"] = json!([]);
            list.push(station);
        }
    });
    texts
}

fn engine_with_stations() -> Engine {
    with_stations().build().unwrap()
}

#[test]
fn a_hall_without_a_level_is_a_center() {
    let engine = Engine::embedded();
    assert!(engine.halls().iter().all(|h| h.level == HallLevel::Center));
    assert_eq!(engine.halls().len(), HALL_IDS.len());
}

#[test]
fn stations_are_read_as_stations_after_the_centers() {
    let engine = engine_with_stations();
    let ids = |level| -> Vec<String> {
        let at_level = engine.halls().iter().filter(|h| h.level == level);
        at_level.map(|h| h.id.to_string()).collect()
    };
    assert_eq!(ids(HallLevel::Center), HALL_IDS);
    assert_eq!(
        ids(HallLevel::Station),
        ["station_yugezhuang", "station_xiaoyu", "station_binhe"]
    );
}

#[test]
fn a_station_has_a_card_of_its_own_only_in_a_list_of_one() {
    let engine = engine_with_stations();
    let listed = |count| -> Vec<&str> {
        let halls = engine.halls().iter().filter(|h| h.listed_among(count));
        halls.map(|h| &*h.id).collect()
    };
    assert_eq!(listed(engine.halls().len()), HALL_IDS);
    assert_eq!(listed(1).len(), engine.halls().len());
}

#[test]
fn a_station_is_found_by_part_of_its_name_in_either_language_or_its_id() {
    let engine = engine_with_stations();
    let found = |q: &str| -> Vec<String> {
        let at = engine.find_stations(q);
        at.iter()
            .map(|&i| engine.halls()[i].id.to_string())
            .collect()
    };
    #[rustfmt::skip]
    let rows: [(&str, &[&str]); 9] = [
        ("", &[]),
        ("   ", &[]),
        ("岳各庄", &["station_yugezhuang"]),
        ("村", &["station_yugezhuang", "station_xiaoyu"]),
        (" 社区 ", &["station_binhe"]),
        ("XIAOYUZI", &["station_xiaoyu"]),
        ("station_b", &["station_binhe"]),
        // 滨河 also names the 滨河街道 township center, which is not a station.
        ("滨河", &["station_binhe"]),
        ("东高村镇", &[]),
    ];
    let failures: Vec<String> = rows
        .iter()
        .filter(|(q, want)| found(q) != *want)
        .map(|(q, want)| format!("{q:?}: want {want:?}, got {:?}", found(q)))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_finder_offers_the_halls_with_matters_not_the_stations() {
    let engine = engine_with_stations();
    let ids: Vec<&str> = engine.halls_with_matters().iter().map(|h| &*h.id).collect();
    assert_eq!(ids, HALL_IDS);
}

#[test]
fn the_prerendered_hours_list_the_centers_and_say_where_the_stations_are() {
    let dir = data_dir("page-html-stations", &with_stations());
    let html = ok_stdout(&[
        "export",
        "--format",
        "page-html",
        "--from",
        "2026-09-21",
        "--data",
        dir.to_str().unwrap(),
    ]);
    let cards = html.matches("<li class=\"ph-card\" data-hall=").count();
    assert_eq!(cards, HALL_IDS.len(), "{html}");
    assert!(!html.contains("station_"), "{html}");
    assert!(html.contains("ph-pre-stations"), "{html}");
    // Without stations, no such line.
    let shipped = ok_stdout(&["export", "--format", "page-html", "--from", "2026-09-21"]);
    assert!(!shipped.contains("ph-pre-stations"));
    // One station asked for by id is written, as any one hall is.
    let one = ok_stdout(&[
        "export",
        "--format",
        "page-html",
        "--hall",
        "station_binhe",
        "--from",
        "2026-09-21",
        "--data",
        dir.to_str().unwrap(),
    ]);
    assert!(one.contains("data-hall=\"station_binhe\""), "{one}");
}

#[test]
fn the_json_ld_written_into_the_page_names_the_centers_and_a_station_when_asked() {
    let dir = data_dir("jsonld-stations", &with_stations());
    let names = |args: &[&str]| -> Vec<String> {
        let mut all = vec![
            "export",
            "--format",
            "jsonld",
            "--data",
            dir.to_str().unwrap(),
        ];
        all.extend_from_slice(args);
        let json: Value = serde_json::from_str(&ok_stdout(&all)).unwrap();
        let graph = json["@graph"].as_array().unwrap().clone();
        graph
            .iter()
            .map(|h| h["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let centers = names(&[]);
    assert_eq!(centers.len(), HALL_IDS.len(), "{centers:?}");
    assert!(!centers.iter().any(|n| n.contains("服务站")), "{centers:?}");
    assert_eq!(names(&["--hall", "station_xiaoyu"]), ["小峪子村便民服务站"]);
}
