//! A hall's card in the first view: the same markup as the full page's Yew card
//! (`components/hall_card.rs`) for the same state, drawn from the same lines
//! (`card_lines.rs`), so the handover swaps identical boxes. `tests/browser_first_view.rs`
//! compares the two.

use super::writer::Markup;
use crate::engine::{HallStatus, Reading};
use crate::ui::card_lines::{
    appointment_hook, appointment_words, badge_class, badge_icon, card_class, exception_lines,
    extended_detail, hook, timing,
};
use crate::ui::i18n::state_words;
use crate::ui::route::View;
use crate::ui::state::AppState;

/// Writes the card of `status` (a list item).
pub fn card(m: &mut Markup, state: &AppState, status: &HallStatus) {
    let engine = &state.engine;
    let Some(hall) = engine.halls().get(status.hall) else {
        return;
    };
    let (lang, texts, words, moment) = (
        state.lang,
        state.lang.texts(),
        state.lang.cards(),
        state.moment(),
    );
    let unconfirmed = !status.calendar_known;
    let name = lang.pick(&hall.name);
    m.open("li")
        .attr("data-hall", &hall.id)
        .attr("data-state", status.state.as_str())
        .attr("data-appointment", appointment_hook(status))
        .attr("data-walk-in-until", &hook(status.walk_in_until))
        .attr("data-next-walk-in", &hook(status.next_walk_in))
        .attr_opt("data-unconfirmed", unconfirmed.then_some("true"))
        .attr("class", &card_class(status))
        .close_start();
    let heading = state.embedding.heading(3);
    m.element(heading, &[("class", "ph-card-name")], name);
    m.open("p").attr("class", badge_class(status)).close_start();
    m.element(
        "span",
        &[("aria-hidden", "true"), ("class", "ph-badge-icon")],
        badge_icon(status),
    );
    m.text(&state_words(lang, status, &engine.day(moment.date())));
    if let Some(words) = appointment_words(lang, status) {
        m.element("span", &[("class", "ph-badge-sep")], " · ")
            .text(words);
    }
    m.end("p");
    m.element(
        "p",
        &[("class", "ph-timing")],
        &timing(lang, state.clock, moment, status),
    );
    if let Some(detail) = extended_detail(engine, lang, &hall.id, moment) {
        m.element("p", &[("class", "ph-extended-part")], &detail);
    }
    if status.reading == Some(Reading::HolidayWeekends) {
        m.open("p")
            .attr("data-reading", Reading::HolidayWeekends.as_str())
            .attr("class", "ph-reading")
            .close_start();
        m.element("span", &[("aria-hidden", "true")], "ⓘ ")
            .text(words.holiday_weekends)
            .end("p");
    }
    exceptions(m, state, &hall.id);
    if unconfirmed {
        m.open("p").attr("class", "ph-unconfirmed").close_start();
        m.element("span", &[("aria-hidden", "true")], "⚠ ")
            .text(words.unconfirmed)
            .end("p");
    }
    if status.closing_rule {
        if let Some(rule) = engine.closing_rule_text() {
            m.element("p", &[("class", "ph-closing-rule")], lang.pick(rule));
        }
    }
    let href = state.link_to(View::Hall(hall.id.to_string()));
    m.open("a")
        .attr("href", &href)
        .attr("class", "ph-card-link")
        .close_start();
    m.text(texts.details);
    m.element("span", &[("class", "ph-sr-only")], &format!(" — {name}"));
    m.end("a").end("li");
}

/// The hall's closures and changed hours from today to 14 days ahead, one line each.
fn exceptions(m: &mut Markup, state: &AppState, hall: &str) {
    let lang = state.lang;
    let lines = exception_lines(&state.engine, lang, hall, state.moment().date());
    if lines.is_empty() {
        return;
    }
    m.open("ul")
        .attr("aria-label", lang.exceptions().ahead_label)
        .attr("class", "ph-exceptions")
        .close_start();
    for day in &lines {
        m.open("li")
            .attr("data-exception-date", &day.date.to_string())
            .attr("data-closed", if day.closed { "true" } else { "false" })
            .attr("class", "ph-exception")
            .close_start();
        m.element("span", &[("aria-hidden", "true")], "⚠ ")
            .text(&day.line)
            .end("li");
    }
    m.end("ul");
}
