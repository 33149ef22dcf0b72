//! The first module's markup (`ui/first_view/`) against the full page's Yew rendering of the
//! same state: the handover swaps one for the other, so for every state the first view can
//! show they must be the same elements, attributes and words (the root's handover hooks
//! apart). One row per state; every row that differs is reported with the place it differs.
#![cfg(target_arch = "wasm32")]

mod browser_support;

use std::rc::Rc;

use browser_support::*;
use pinggu_hours::engine::Engine;
use pinggu_hours::ui::embedding::Embedding;
use pinggu_hours::ui::first_view::render;
use pinggu_hours::ui::state::{AppState, StartFrom};
use pinggu_hours::ui::{AppProps, Lang, Route};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The root's attributes that only one of the two writes: which module it is, whether the
/// full page is ready, and what the first view hands over.
const STAGE_HOOKS: [&str; 5] = [
    "data-app",
    "data-ready",
    "data-handover",
    "data-problem",
    "data-elderly",
];

/// One state: the embedding, the page's query, the language chosen, elderly mode, now.
struct Case {
    name: &'static str,
    embedding: Embedding,
    query: &'static str,
    lang: Option<Lang>,
    elderly: bool,
    now: &'static str,
}

fn case(name: &'static str, query: &'static str, now: &'static str) -> Case {
    Case {
        name,
        embedding: Embedding::default(),
        query,
        lang: None,
        elderly: false,
        now,
    }
}

fn element(attributes: &'static [(&'static str, &'static str)]) -> Embedding {
    let attribute = |name: &str| {
        let found = attributes.iter().find(|(n, _)| *n == name);
        found.map(|(_, value)| value.to_string())
    };
    Embedding::from_attributes(attribute, "https://example.org/hours/")
}

fn cases() -> Vec<Case> {
    vec![
        case("a weekday morning", "", "2026-11-25T09:00"),
        case("the lunch hour", "", "2026-11-25T12:10"),
        case("a Saturday, booked visitors only", "", "2026-11-28T09:30"),
        case(
            "a Sunday evening, open halls first",
            "?order=open",
            "2026-11-29T19:00",
        ),
        case("National Day", "", "2026-10-02T10:00"),
        case("an adjusted workday", "", "2026-09-27T10:00"),
        case("after closing", "?lang=en", "2026-11-25T18:00"),
        case(
            "a chosen moment",
            "?at=2026-12-05T09:30",
            "2026-11-25T09:00",
        ),
        case(
            "a link parameter not understood",
            "?colour=red",
            "2026-11-25T09:00",
        ),
        case("past the calendar", "", "2027-03-03T10:00"),
        case("a clock reset to 2000", "", "2000-01-01T08:00"),
        Case {
            lang: Some(Lang::En),
            elderly: true,
            ..case("English, elderly mode", "", "2026-11-25T16:50")
        },
        Case {
            embedding: Embedding::from_page_query("?mode=embed"),
            ..case("an iframe", "", "2026-11-25T09:00")
        },
        Case {
            embedding: Embedding::from_page_query(
                "?mode=kiosk&public=https%3A%2F%2Fexample.org%2Fhours%2F",
            ),
            ..case("a hall screen", "", "2026-11-25T09:00")
        },
        Case {
            embedding: Embedding::from_page_query("?mode=kiosk"),
            ..case("a hall screen with a wrong clock", "", "2000-01-01T08:00")
        },
        Case {
            embedding: element(&[]),
            ..case("an element", "", "2026-11-28T09:30")
        },
        Case {
            embedding: element(&[("heading-level", "4"), ("hall", "district")]),
            ..case("an element for one hall", "", "2026-11-25T09:00")
        },
        Case {
            embedding: element(&[("layout", "compact")]),
            ..case("a compact element", "", "2026-11-25T12:10")
        },
        Case {
            embedding: element(&[("hall", "nowhere")]),
            ..case("an element naming an unknown hall", "", "2026-11-25T09:00")
        },
    ]
}

/// What only the full page adds, after the main area: the maintainers' line (a calendar due)
/// and the footer that holds it on the project's page.
const FULL_ONLY: &str = ".ph-footer, .ph-maintainer-note";

/// The markup of `root`'s widget with the stage hooks and the full page's own additions
/// taken off, and an input's typed value written as an attribute (Yew sets it as a
/// property).
fn normalized(root: &Element) -> String {
    for extra in find_all(root, FULL_ONLY) {
        extra.remove();
    }
    let app = find(root, ".ph-app");
    for name in STAGE_HOOKS {
        app.remove_attribute(name).unwrap();
    }
    for input in find_all(root, "input") {
        let value = input.dyn_ref::<HtmlInputElement>().unwrap().value();
        input.set_attribute("value", &value).unwrap();
    }
    root.inner_html()
}

/// Where two markups first differ, with some of each around it.
fn difference(first: &str, full: &str) -> String {
    let (a, b): (Vec<char>, Vec<char>) = (first.chars().collect(), full.chars().collect());
    let at = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let around = |s: &[char]| {
        let start = at.saturating_sub(120);
        let end = (at + 120).min(s.len());
        s[start.min(end)..end].iter().collect::<String>()
    };
    format!("first view: …{}…\n full page: …{}…", around(&a), around(&b))
}

#[wasm_bindgen_test]
async fn the_first_view_is_the_full_page_for_every_state_it_shows() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mut failures = Vec::new();
    for case in cases() {
        let route = Route::parse(case.query);
        let now = beijing(case.now);
        let embedding = Rc::new(case.embedding);
        let full = mount(AppProps {
            route: Some(route.clone()),
            lang: case.lang,
            sync_url: false,
            now: Some(now),
            embedding: embedding.clone(),
            elderly: Some(case.elderly),
            ..AppProps::default()
        })
        .await;
        let state = AppState::start(StartFrom {
            engine: Rc::new(Engine::embedded_halls()),
            embedding,
            route,
            lang: case.lang,
            elderly: Some(case.elderly),
            stored: (None, false),
            clock: Some(now),
        });
        let first = document.create_element("div").unwrap();
        first.set_inner_html(&render(&state, &state.statuses()));
        let (first, full) = (normalized(&first), normalized(&full));
        if first != full {
            failures.push(format!("{}:\n{}", case.name, difference(&first, &full)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
