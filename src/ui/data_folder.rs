//! An embedder's data folder (`data="…"` on the element, `?data=` on the full page): any of
//! `halls.json`, `matters.json`, `exceptions.json` and `holiday-cn/<year>.json`, fetched after the first status is
//! on screen, parsed by the browser's own `JSON.parse` (the page links no JSON parser) and
//! walked into the engine's raw tree, so the engine checks them exactly as build.rs and
//! `hours validate` do. A file the folder does not hold (404) is simply not replaced.
//! The calendars asked for are [`calendar_years`]: a folder has no listing to read.

use gloo::net::http::Request;
use js_sys::{Array, Object, JSON};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::RequestCache;

use crate::engine::{DataError, Number, RawFile, RawFiles, Value};

/// Arrays and objects nested deeper than this are refused (the walk is recursive), as
/// serde_json refuses them natively.
const MAX_DEPTH: usize = 128;

/// The browser's parse of `text`, as the engine's raw tree; a problem is reported at `file`.
pub fn parse(text: &str, file: &str) -> RawFile {
    let parsed = JSON::parse(text).map_err(|e| {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        DataError::new(file, format!("not JSON: {why}"))
    })?;
    walk(&parsed, 0).ok_or_else(|| DataError::new(file, "more than 128 nested arrays and objects"))
}

/// A parsed JSON value as the engine's tree; `None` when nested too deep.
fn walk(v: &JsValue, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    if v.is_null() || v.is_undefined() {
        return Some(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Some(Value::Bool(b));
    }
    if let Some(x) = v.as_f64() {
        return Some(Value::Number(Number::from_f64(x)));
    }
    if let Some(s) = v.as_string() {
        return Some(Value::String(s));
    }
    if Array::is_array(v) {
        let items: Option<Vec<Value>> = Array::from(v)
            .iter()
            .map(|item| walk(&item, depth + 1))
            .collect();
        return items.map(Value::Array);
    }
    let object = v.dyn_ref::<Object>()?;
    let members: Option<Vec<(String, Value)>> = Object::entries(object)
        .iter()
        .map(|pair| {
            let pair = Array::from(&pair);
            let key = pair.get(0).as_string()?;
            Some((key, walk(&pair.get(1), depth + 1)?))
        })
        .collect();
    members.map(Value::Object)
}

/// `tree` as a JavaScript value (objects keep their members' order: no data file has a
/// member named like an array index, which JavaScript would move first).
fn to_js(tree: &Value) -> JsValue {
    match tree {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(Number::Unsigned(u)) => JsValue::from_f64(*u as f64),
        Value::Number(Number::Signed(i)) => JsValue::from_f64(*i as f64),
        Value::Number(Number::Float(x)) => JsValue::from_f64(*x),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(members) => {
            let object = Object::new();
            for (key, value) in members {
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &to_js(value));
            }
            object.into()
        }
    }
}

/// A file's text from its raw tree, by the browser's `JSON.stringify`, indented by two
/// spaces and ending in a line end as the shipped files are (the data page's downloads;
/// the page links no JSON writer either). `None` if the browser refuses.
pub fn stringify(tree: &Value) -> Option<String> {
    let text = JSON::stringify_with_replacer_and_space(
        &to_js(tree),
        &JsValue::NULL,
        &JsValue::from_f64(2.0),
    )
    .ok()?;
    Some(format!("{}\n", String::from(text)))
}

/// How many years after the compiled-in calendar's last one a folder is asked for.
const YEARS_AHEAD: i32 = 5;

/// The holiday-cn years asked of a folder: each year of the calendar in use (`known`, so a
/// corrected file can replace one), then the years after it up to the year after `today`'s
/// (at least the next one, at most five). In November 2026, with 2024 to 2026 compiled in:
/// 2024 to 2027. A year the folder does not hold is one 404, not an error.
pub fn calendar_years(known: &[i32], today: i32) -> Vec<i32> {
    let (Some(&first), Some(&last)) = (known.first(), known.last()) else {
        return today
            .checked_add(1)
            .map_or(vec![today], |next| vec![today, next]);
    };
    let latest = last.saturating_add(YEARS_AHEAD);
    let end = today
        .saturating_add(1)
        .max(last.saturating_add(1))
        .min(latest);
    (first.min(end)..=end).collect()
}

/// The text of `url`; `None` when the folder does not hold the file (or cannot be reached:
/// the data in use then stays, as it would for a missing file).
async fn fetch_text(url: &str) -> Option<String> {
    // Checked with the server each time: a folder's files change without a new release.
    let response = Request::get(url)
        .cache(RequestCache::NoCache)
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}

/// The files the folder at `base` holds among halls.json, matters.json, exceptions.json and
/// the calendars of `years`, each parsed (or the reason it could not be).
pub async fn fetch_folder(base: &str, years: impl Iterator<Item = i32>) -> RawFiles {
    let base = base.trim_end_matches('/');
    let mut files = RawFiles::default();
    if let Some(text) = fetch_text(&format!("{base}/halls.json")).await {
        files.halls = Some(parse(&text, "halls.json"));
    }
    if let Some(text) = fetch_text(&format!("{base}/matters.json")).await {
        files.matters = Some(parse(&text, "matters.json"));
    }
    if let Some(text) = fetch_text(&format!("{base}/exceptions.json")).await {
        files.exceptions = Some(parse(&text, "exceptions.json"));
    }
    for year in years {
        let name = format!("{year}.json");
        if let Some(text) = fetch_text(&format!("{base}/holiday-cn/{name}")).await {
            let raw = parse(&text, &format!("holiday-cn/{name}"));
            files.calendars.push((name, raw));
        }
    }
    files
}
