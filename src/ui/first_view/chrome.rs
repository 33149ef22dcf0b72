//! The first view around the list: the banner with its switches and the moment shown, the
//! clock notice and the section links. The same markup as the full page's `Header`,
//! `Toolbar`, `ClockNotice` and `Nav` components for the same state.

use super::writer::Markup;
use crate::engine::{format_at, format_hhmm};
use crate::ui::clock_check::ClockProblem;
use crate::ui::i18n::{date_long, day_chip};
use crate::ui::state::AppState;

/// The banner (`components/header.rs`, `components/toolbar.rs`).
pub fn header(m: &mut Markup, state: &AppState) {
    let (lang, texts, moment) = (state.lang, state.lang.texts(), state.moment());
    let tag = if state.embedding.owns_document() {
        "header"
    } else {
        "div"
    };
    m.open(tag).attr("class", "ph-header").close_start();
    m.open("div").attr("class", "ph-header-top").close_start();
    m.open("div").close_start();
    if state.embedding.shows_title() {
        m.element("h1", &[("class", "ph-title")], texts.title);
        m.element("p", &[("class", "ph-subtitle")], texts.subtitle);
    }
    m.end("div");
    toolbar(m, state);
    m.end("div");
    let day = state.engine.day(moment.date());
    m.open("p").attr("class", "ph-moment").close_start();
    m.element("span", &[("class", "ph-moment-label")], texts.beijing_time);
    m.open("time")
        .attr("datetime", &format_at(moment))
        .close_start();
    m.text(&date_long(lang, moment.date())).text(texts.word_gap);
    m.element("strong", &[], &format_hhmm(moment.time()))
        .end("time");
    m.open("span")
        .attr("data-day-kind", day.kind.as_str())
        .attr_opt("data-unconfirmed", (!day.calendar_known).then_some("true"))
        .attr("class", "ph-daykind")
        .close_start()
        .text(&day_chip(lang, &day))
        .end("span");
    m.end("p");
    if state.is_pinned() {
        m.open("p")
            .attr("class", "ph-notice ph-notice--pinned")
            .close_start();
        m.text(texts.pinned).text(texts.word_gap);
        m.element(
            "button",
            &[("type", "button"), ("class", "ph-link-button")],
            texts.back_to_now,
        );
        m.end("p");
    }
    let warning = [("class", "ph-notice ph-notice--warning")];
    if !day.calendar_known {
        m.element("p", &warning, texts.calendar_unknown);
    }
    if let Some(problem) = &state.route.problem {
        m.open("p")
            .attr("class", "ph-notice ph-notice--warning")
            .close_start();
        m.text(texts.bad_param)
            .element("code", &[], problem)
            .end("p");
    }
    m.end(tag);
}

/// The language and elderly-mode switches, and a hall screen's phone-code button.
fn toolbar(m: &mut Markup, state: &AppState) {
    let (texts, other) = (state.lang.texts(), state.lang.other());
    m.open("div").attr("class", "ph-toolbar").close_start();
    m.element(
        "button",
        &[
            ("type", "button"),
            ("lang", other.tag()),
            ("aria-label", texts.switch_lang_label),
            ("class", "ph-button"),
        ],
        texts.switch_lang,
    );
    let pressed = if state.elderly { "true" } else { "false" };
    m.element(
        "button",
        &[
            ("type", "button"),
            ("aria-pressed", pressed),
            ("class", "ph-button"),
        ],
        texts.elderly_mode,
    );
    if state.phone_link().is_some() {
        m.element(
            "button",
            &[
                ("type", "button"),
                ("data-action", "phone-code"),
                ("class", "ph-button"),
            ],
            state.lang.kiosk().continue_on_phone,
        );
    }
    m.end("div");
}

/// The notice for a device clock that cannot be trusted (`components/clock_notice.rs`).
pub fn clock_notice(m: &mut Markup, state: &AppState) {
    let Some(problem) = state.clock_problem() else {
        return;
    };
    let (words, code) = state.clock_words(problem);
    m.open("p")
        .attr("role", "alert")
        .attr("data-clock-problem", code)
        .attr_opt(
            "data-clock-unreadable",
            (problem == ClockProblem::Unreadable).then_some(""),
        )
        .attr("class", "ph-notice ph-notice--warning")
        .close_start()
        .text(words)
        .end("p");
}

/// The section links (`components/nav.rs`, `components/view_link.rs`).
pub fn nav(m: &mut Markup, state: &AppState) {
    let texts = state.lang.texts();
    m.open("nav")
        .attr("aria-label", texts.nav_label)
        .attr("class", "ph-nav")
        .close_start();
    m.open("ul").close_start();
    for (view, label) in state.sections() {
        let current = state.is_current_section(&view);
        let href = state.link_to(view);
        m.open("li").close_start();
        m.open("a")
            .attr("href", &href)
            .attr_opt("aria-current", current.then_some("page"))
            .attr("class", "ph-nav-link")
            .close_start()
            .text(label)
            .end("a");
        m.end("li");
    }
    m.end("ul").end("nav");
}
