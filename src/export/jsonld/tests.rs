use super::*;
use crate::engine::{DataSources, DayKind};
use crate::export::{halls, special_days};
use chrono::{Datelike, NaiveDate};

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn doc() -> Value {
    let engine = Engine::embedded();
    let halls = halls(&engine, None).unwrap();
    // What the page carries: the text, parsed back.
    serde_json::from_str(&text(&engine, &halls).unwrap()).unwrap()
}

fn office<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["identifier"] == id)
        .unwrap_or_else(|| panic!("no office {id}"))
}

/// (opens, closes) of the special entries of `office` that cover `date`.
fn special_on(office: &Value, date: &str) -> Vec<(String, String)> {
    office["specialOpeningHoursSpecification"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| {
            let from = s["validFrom"].as_str().unwrap();
            let through = s["validThrough"].as_str().unwrap();
            from <= date && date <= through
        })
        .map(|s| {
            (
                s["opens"].as_str().unwrap().to_string(),
                s["closes"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn one_government_office_per_hall_with_both_names() {
    let doc = doc();
    assert_eq!(doc["@context"], "https://schema.org");
    let graph = doc["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), 8);
    for o in graph {
        assert_eq!(o["@type"], "GovernmentOffice");
        assert!(o["name"].as_str().is_some_and(|n| !n.is_empty()));
        assert!(o["alternateName"].as_str().is_some_and(|n| n.is_ascii()));
        // The data has no address, phone or booking link today: nothing is made up.
        for absent in ["address", "telephone", "url", "potentialAction"] {
            assert!(o.get(absent).is_none(), "{absent} in {o}");
        }
        for spec in o["openingHoursSpecification"]
            .as_array()
            .unwrap()
            .iter()
            .chain(o["specialOpeningHoursSpecification"].as_array().unwrap())
        {
            assert_eq!(spec["@type"], "OpeningHoursSpecification");
            for time in ["opens", "closes"] {
                let t = spec[time].as_str().unwrap();
                assert!(chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok(), "{t}");
                assert_eq!(t.len(), 5);
            }
        }
    }
    assert_eq!(office(&doc, "district")["name"], "区政务服务中心");
}

#[test]
fn ordinary_week_counts_walk_in_hours_only() {
    let doc = doc();
    let week = |id: &str| -> Vec<(Vec<String>, String, String)> {
        office(&doc, id)["openingHoursSpecification"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                let days = s["dayOfWeek"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|d| d.as_str().unwrap().to_string())
                    .collect();
                (days, s["opens"].to_string(), s["closes"].to_string())
            })
            .collect()
    };
    let weekdays: Vec<String> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        .map(String::from)
        .to_vec();
    // District: 08:30-17:30 on workdays; its Saturday serves booked visitors only, so it is
    // no opening hour but a sentence.
    assert_eq!(
        week("district"),
        [(weekdays.clone(), "\"08:30\"".into(), "\"17:30\"".into())]
    );
    assert_eq!(
        office(&doc, "district")["description"],
        "需预约时段（仅接待已预约的办事人）：周六9:00–13:00。"
    );
    // Township: its extended windows need a booking, so walk-ins are told 09:00-17:00.
    assert_eq!(
        week("township"),
        [(weekdays.clone(), "\"09:00\"".into(), "\"17:00\"".into())]
    );
    assert_eq!(
        office(&doc, "township")["description"],
        "需预约时段（仅接待已预约的办事人）：周一至周五8:30–9:00、17:00–17:30；周六9:00–13:00。"
    );
    // Household: every day, two runs; no booked-only window, no description.
    let household = week("household");
    assert_eq!(household.len(), 2);
    assert_eq!(household[0].0.len(), 7);
    assert!(office(&doc, "household").get("description").is_none());
    // Housing fund serves walk-ins on Saturday: that is an opening hour.
    assert!(week("housing_fund")
        .iter()
        .any(|(days, opens, _)| days == &["Saturday"] && opens == "\"09:00\""));
}

#[test]
fn special_days_named_in_the_issue() {
    let doc = doc();
    // National Day, a Thursday: closed.
    assert_eq!(
        special_on(office(&doc, "district"), "2026-10-01"),
        pairs(&[("00:00", "00:00")])
    );
    // The adjusted workday (Saturday 10 October): workday hours.
    assert_eq!(
        special_on(office(&doc, "district"), "2026-10-10"),
        pairs(&[("08:30", "17:30")])
    );
    // Household on the holiday Saturday: open (reading: holiday weekends, docs/rules.md)...
    assert_eq!(
        special_on(office(&doc, "household"), "2026-10-03"),
        pairs(&[("09:00", "12:00"), ("14:00", "17:30")])
    );
    // ...the district, whose Saturday window is "not on statutory holidays", closed.
    assert_eq!(
        special_on(office(&doc, "district"), "2026-10-03"),
        pairs(&[("00:00", "00:00")])
    );
    // An ordinary date has no special entry.
    assert!(special_on(office(&doc, "district"), "2026-10-12").is_empty());
}

#[test]
fn every_special_day_of_every_calendar_year_agrees_with_the_engine() {
    let engine = Engine::embedded();
    let doc = doc();
    let specials = special_days(&engine, None);
    let years: Vec<i32> = specials.iter().map(|d| d.date.year()).collect();
    assert!(years.contains(&2024) && years.contains(&2026));
    for hall in halls(&engine, None).unwrap() {
        let o = office(&doc, &hall.id);
        let mut covered = 0;
        for day in &specials {
            assert!(matches!(
                day.kind,
                DayKind::Holiday | DayKind::AdjustedWorkday
            ));
            let runs = engine.day_runs(&hall.id, day.date).unwrap();
            let mut want: Vec<(String, String)> = walk_in(&runs)
                .map(|r| (hhmm(r.start), hhmm(r.end)))
                .collect();
            if want.is_empty() {
                want = pairs(&[("00:00", "00:00")]);
            }
            let date = day.date.to_string();
            assert_eq!(special_on(o, &date), want, "{} {date}", hall.id);
            covered += 1;
        }
        // No entry covers an ordinary day.
        for spec in o["specialOpeningHoursSpecification"].as_array().unwrap() {
            let first = d(spec["validFrom"].as_str().unwrap());
            let last = d(spec["validThrough"].as_str().unwrap());
            assert!(first <= last);
            for day in first.iter_days().take_while(|x| *x <= last) {
                let kind = engine.day(day).kind;
                assert!(
                    matches!(kind, DayKind::Holiday | DayKind::AdjustedWorkday),
                    "{} {day} is {kind:?}",
                    hall.id
                );
            }
        }
        assert_eq!(covered, specials.len());
    }
}

/// The shipped data with the district's name and contact replaced.
fn engine_with_district(name: &str, contact: &str) -> Engine {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/static/data");
    let read = |f: &str| std::fs::read_to_string(format!("{dir}/{f}")).unwrap();
    let mut halls: Value = serde_json::from_str(&read("halls.json")).unwrap();
    halls["halls"][0]["name"]["zh"] = name.into();
    halls["halls"][0]["contact"] = serde_json::from_str(contact).unwrap();
    let halls = halls.to_string();
    let matters = read("matters.json");
    let calendars: Vec<(String, String)> = ["2024.json", "2025.json", "2026.json"]
        .iter()
        .map(|f| (f.to_string(), read(&format!("holiday-cn/{f}"))))
        .collect();
    Engine::from_sources(&DataSources {
        halls: &halls,
        matters: &matters,
        calendars: calendars
            .iter()
            .map(|(n, t)| (n.clone(), t.as_str()))
            .collect(),
        exceptions: None,
    })
    .unwrap()
}

#[test]
fn text_from_data_cannot_end_the_script_block() {
    let engine = engine_with_district(
        "</script><script>alert(1)</script>&",
        r#"{"address": null, "phone": null, "booking_url": null}"#,
    );
    let halls = halls(&engine, Some("district")).unwrap();
    let text = text(&engine, &halls).unwrap();
    assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
    let back: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        back["@graph"][0]["name"],
        "</script><script>alert(1)</script>&"
    );
}

#[test]
fn contact_details_appear_where_the_data_has_them() {
    let engine = engine_with_district(
        "区政务服务中心",
        r#"{"address": {"zh": "示例地址（样例）", "en": "Sample address"},
            "phone": "010-00000000", "booking_url": "https://example.org/book"}"#,
    );
    let halls = halls(&engine, Some("district")).unwrap();
    let doc = document(&engine, &halls).unwrap();
    let o = &doc["@graph"][0];
    assert_eq!(o["address"], "示例地址（样例）");
    assert_eq!(o["telephone"], "010-00000000");
    assert_eq!(o["potentialAction"]["target"], "https://example.org/book");
}
