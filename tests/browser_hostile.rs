//! Strings from data files are always shown as text: data whose hall names, hall address,
//! matter names, unit and materials hold HTML (`<img src=x onerror=…>`, `<script>`, `<b>`)
//! shows those characters literally on every view, creates no element from them and opens
//! no dialog. The page reads data only through the engine and renders it as Yew text nodes;
//! these tests fail the day a component writes data into the DOM as markup.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use js_sys::{Object, Reflect, JSON};
use pinggu_hours::engine::{Engine, RawFiles};
use pinggu_hours::ui::{data_folder, AppProps, Lang, Route, View};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const IMG: &str = "<img src=x onerror=alert(1)>";
const SCRIPT: &str = "<script>alert(2)</script>";
const BOLD: &str = "<b>粗体</b>";

/// A data file as the browser's `JSON.parse` reads it.
fn parse(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

/// `{ "zh": text, "en": text }`.
fn both(text: &str) -> JsValue {
    let localized = Object::new();
    Reflect::set(&localized, &"zh".into(), &text.into()).unwrap();
    Reflect::set(&localized, &"en".into(), &text.into()).unwrap();
    localized.into()
}

/// Sets `path` (object keys and array indexes) in `root` to `value`.
fn set(root: &JsValue, path: &[&str], value: &JsValue) {
    let (last, parents) = path.split_last().unwrap();
    let parent = parents.iter().fold(root.clone(), |node, key| {
        Reflect::get(&node, &(*key).into()).unwrap()
    });
    Reflect::set(&parent, &(*last).into(), value).unwrap();
}

/// The shipped data with HTML in the first hall's name and address and in the first
/// matter's name, unit and materials, checked by the engine's own validation.
fn hostile_engine() -> Rc<Engine> {
    let halls = parse(include_str!("../static/data/halls.json"));
    set(
        &halls,
        &["halls", "0", "name"],
        &both(&format!("{BOLD}{IMG}")),
    );
    set(&halls, &["halls", "0", "contact", "address"], &both(SCRIPT));
    let matters = parse(include_str!("../static/data/matters.json"));
    set(&matters, &["matters", "0", "name"], &both(IMG));
    set(&matters, &["matters", "0", "unit"], &both(BOLD));
    set(&matters, &["matters", "0", "materials", "0"], &both(SCRIPT));
    // Read as the page reads an embedder's data folder: JSON.parse, then the engine's walk.
    let raw = |value: &JsValue, file: &str| {
        let text: String = JSON::stringify(value).unwrap().into();
        data_folder::parse(&text, file)
    };
    let calendar = |text: &str, file: &str| (file.to_owned(), data_folder::parse(text, file));
    let files = RawFiles {
        halls: Some(raw(&halls, "halls.json")),
        matters: Some(raw(&matters, "matters.json")),
        calendars: vec![
            calendar(
                include_str!("../static/data/holiday-cn/2025.json"),
                "2025.json",
            ),
            calendar(
                include_str!("../static/data/holiday-cn/2026.json"),
                "2026.json",
            ),
        ],
        ..RawFiles::default()
    };
    Rc::new(Engine::from_raw(&files).unwrap())
}

/// Replaces `alert`, `confirm` and `prompt` with a recorder; returns how to read it.
fn record_dialogs() -> impl Fn() -> bool {
    let window = web_sys::window().unwrap();
    Reflect::set(&window, &"__dialogs".into(), &0.into()).unwrap();
    let recorder = Closure::<dyn Fn()>::new(|| {
        let window = web_sys::window().unwrap();
        let n = Reflect::get(&window, &"__dialogs".into())
            .unwrap()
            .as_f64()
            .unwrap();
        Reflect::set(&window, &"__dialogs".into(), &(n + 1.0).into()).unwrap();
    });
    for name in ["alert", "confirm", "prompt"] {
        Reflect::set(&window, &name.into(), recorder.as_ref()).unwrap();
    }
    recorder.forget();
    || {
        let window = web_sys::window().unwrap();
        Reflect::get(&window, &"__dialogs".into()).unwrap().as_f64() != Some(0.0)
    }
}

/// Mounts `view` over the hostile data and checks that `expected` strings show as text.
async fn check(view: View, matter: Option<&str>, expected: &[&str], lang: Lang) {
    let label = format!("{} {:?}", lang.code(), matter);
    let dialogs = record_dialogs();
    let props = AppProps {
        route: Some(Route {
            view,
            matter: matter.map(str::to_owned),
            at: Some(beijing("2026-11-28T10:00")),
            ..Route::default()
        }),
        lang: Some(lang),
        sync_url: false,
        now: test_now(),
        engine: Some(hostile_engine()),
        ..AppProps::default()
    };
    let root = mount(props).await;
    let text = root.text_content().unwrap();
    for shown in expected {
        assert!(text.contains(shown), "{label}: {shown} not shown as text");
    }
    let made = find_all(&root, "img, script, b, iframe, object");
    assert!(made.is_empty(), "{label}: an element was made from data");
    settle().await;
    assert!(!dialogs(), "{label}: a dialog was opened");
    root.remove();
}

#[wasm_bindgen_test]
async fn hall_names_and_addresses_are_text_on_the_cards_and_the_hall_page() {
    for lang in [Lang::Zh, Lang::En] {
        let name = format!("{BOLD}{IMG}");
        check(View::Now, None, &[&name], lang).await;
        check(View::Hall("district".into()), None, &[&name, SCRIPT], lang).await;
        check(View::Planner, None, &[&name], lang).await;
    }
}

#[wasm_bindgen_test]
async fn matter_names_units_and_materials_are_text_in_the_finder() {
    let first = "individual_business_registration";
    for lang in [Lang::Zh, Lang::En] {
        check(View::Matters, None, &[IMG], lang).await;
        check(View::Matters, Some(first), &[IMG, BOLD, SCRIPT], lang).await;
    }
}
