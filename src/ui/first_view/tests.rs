//! The first view natively: what a tap does, and what the markup holds for a few states.
//! That the markup is the full page's, element for element, is checked in the browser
//! (`tests/browser_first_view.rs`).

use std::rc::Rc;

use super::{render, respond, Response, Tap};
use crate::engine::{parse_at, Engine};
use crate::ui::embedding::Embedding;
use crate::ui::i18n::Lang;
use crate::ui::route::{HallOrder, Route};
use crate::ui::state::{Action, AppState, StartFrom};

fn state(query: &str, embedding: Embedding) -> AppState {
    AppState::start(StartFrom {
        engine: Rc::new(Engine::embedded_halls()),
        embedding: Rc::new(embedding),
        route: Route::parse(query),
        lang: None,
        elderly: None,
        stored: (None, false),
        clock: Some(parse_at("2026-11-25T10:00").unwrap()),
    })
}

/// The first view of `state`, with its statuses asked as a redraw asks them.
fn draw(state: &AppState) -> String {
    render(state, &state.statuses())
}

fn compact_element() -> Embedding {
    let attribute = |name: &str| (name == "layout").then(|| "compact".to_owned());
    Embedding::from_attributes(attribute, "https://example.org/hours/")
}

fn tap<'a>(tag: &'a str, class: &'a str, href: Option<&'a str>) -> Tap<'a> {
    Tap {
        tag,
        class,
        href,
        action: None,
        has_lang: false,
        position: 0,
    }
}

/// What `response` does, in words a row can name.
fn outcome(response: Response) -> String {
    match response {
        Response::Act(Action::SetLang(lang)) => format!("lang {}", lang.code()),
        Response::Act(Action::SetElderly(on)) => format!("elderly {on}"),
        Response::Act(Action::SetOrder(HallOrder::Data)) => "order data".into(),
        Response::Act(Action::SetOrder(HallOrder::OpenFirst)) => "order open first".into(),
        Response::Act(Action::Show(view)) => format!("show {view:?}"),
        Response::Act(Action::SetAt(None)) => "back to now".into(),
        Response::Act(other) => format!("{other:?}"),
        Response::NeedFull => "need full".into(),
        Response::Ignore => "ignore".into(),
    }
}

#[test]
fn a_tap_does_what_the_full_page_would() {
    let page = state("", Embedding::default());
    let compact = state("", compact_element());
    let lang = Tap {
        has_lang: true,
        ..tap("button", "ph-button", None)
    };
    let second = Tap {
        position: 1,
        ..tap("button", "ph-order-button", None)
    };
    let phone = Tap {
        action: Some("phone-code"),
        ..tap("button", "ph-button", None)
    };
    #[rustfmt::skip]
    let rows: Vec<(&str, &AppState, Tap, &str)> = vec![
        ("the language switch", &page, lang, "lang en"),
        ("elderly mode", &page, tap("button", "ph-button", None), "elderly true"),
        ("the first order button", &page, tap("button", "ph-order-button", None), "order data"),
        ("the second order button", &page, second, "order open first"),
        ("back to now", &page, tap("button", "ph-link-button", None), "back to now"),
        ("the phone code", &page, phone, "need full"),
        ("the planner link", &page, tap("a", "ph-nav-link", Some("./?view=plan")), "show Planner"),
        ("a card's link", &page, tap("a", "ph-card-link", Some("./?hall=tax")), "show Hall(\"tax\")"),
        ("the halls link", &page, tap("a", "ph-nav-link", Some("./")), "show Now"),
        ("the skip link", &page, tap("a", "ph-skip", Some("#ph-main")), "ignore"),
        ("a compact element's link", &compact, tap("a", "ph-card-link", Some("https://example.org/hours/?hall=tax")), "ignore"),
        ("something else", &page, tap("button", "other", None), "ignore"),
    ];
    let failures: Vec<String> = rows
        .into_iter()
        .filter_map(|(name, state, tap, want)| {
            let got = outcome(respond(state, &tap));
            (got != want).then(|| format!("{name}: got {got}, want {want}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_view_the_first_view_lacks_shows_the_loading_line() {
    let html = draw(&state("?view=plan", Embedding::default()));
    assert!(html.contains("class=\"ph-loading\""), "{html}");
    assert!(html.contains(Lang::Zh.texts().loading_view), "{html}");
    assert!(!html.contains("ph-hall-list"), "{html}");
    assert!(
        html.contains("data-handover=\"?view=plan&amp;lang=zh\""),
        "{html}"
    );
}

#[test]
fn the_hall_list_has_a_card_for_every_hall() {
    let html = draw(&state("", Embedding::default()));
    let engine = Engine::embedded_halls();
    assert_eq!(html.matches("<li data-hall=").count(), engine.halls().len());
    assert!(html.contains("<main id=\"ph-main\""), "{html}");
    assert!(html.contains("<h1 class=\"ph-title\">"), "{html}");
}

#[test]
fn a_compact_element_is_the_cards_only() {
    let html = draw(&state("", compact_element()));
    assert!(html.contains("ph-hall-list"), "{html}");
    for part in ["ph-header", "ph-nav", "ph-skip", "<main", "<h1"] {
        assert!(!html.contains(part), "{part} in {html}");
    }
}

#[test]
fn a_hostile_link_parameter_is_shown_as_text() {
    let mut state = state("", Embedding::default());
    state.route.problem = Some("<img src=x onerror=alert(1)>\"'&".into());
    let html = draw(&state);
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("<code>&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</code>"),
        "{html}"
    );
    assert!(html.contains("data-problem=\"&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;\""));
}
