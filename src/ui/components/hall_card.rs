//! One hall's card: what a visitor can do there at the moment shown, in words and an icon
//! (never colour alone): walk in until when, booked visitors only, or why it is closed and
//! when to come, with stable `data-*` hooks for integrators. Every fact is the engine's, and
//! every line is `card_lines.rs`'s, which the first view's markup draws too.

use yew::prelude::*;

use super::exception_notes::exceptions_ahead;
use super::view_link::ViewLink;
use crate::engine::{HallStatus, Reading};
use crate::ui::card_lines::{
    appointment_hook, appointment_words, badge_class, badge_icon, card_class, extended_detail,
    hook, timing,
};
use crate::ui::hooks::use_app_engine;
use crate::ui::i18n::state_words;
use crate::ui::route::View;

#[derive(Properties, PartialEq)]
pub struct HallCardProps {
    pub status: HallStatus,
    /// On the hall's own page the card drops its name and its link to that page.
    #[prop_or_default]
    pub on_hall_page: bool,
}

#[function_component(HallCard)]
pub fn hall_card(props: &HallCardProps) -> Html {
    let Some((state, engine)) = use_app_engine() else {
        return html! {};
    };
    let (lang, texts, words, moment, status) = (
        state.lang,
        state.lang.texts(),
        state.lang.cards(),
        state.moment(),
        &props.status,
    );
    let Some(hall) = engine.halls().get(status.hall) else {
        return html! {};
    };
    let code = status.state.as_str();
    let detail = extended_detail(&engine, lang, &hall.id, moment);
    html! {
        <li class={card_class(status)}
            data-hall={hall.id.to_string()}
            data-state={code}
            data-appointment={appointment_hook(status)}
            data-walk-in-until={hook(status.walk_in_until)}
            data-next-walk-in={hook(status.next_walk_in)}
            data-unconfirmed={(!status.calendar_known).then_some("true")}>
            if !props.on_hall_page {
                <@{state.embedding.heading(3)} class="ph-card-name">{ lang.pick(&hall.name) }</@>
            }
            <p class={badge_class(status)}>
                <span class="ph-badge-icon" aria-hidden="true">{ badge_icon(status) }</span>
                { state_words(lang, status, &engine.day(moment.date())) }
                if let Some(words) = appointment_words(lang, status) {
                    <span class="ph-badge-sep">{ " · " }</span>{ words }
                }
            </p>
            <p class="ph-timing">{ timing(lang, state.clock, moment, status) }</p>
            if let Some(detail) = detail {
                <p class="ph-extended-part">{ detail }</p>
            }
            if status.reading == Some(Reading::HolidayWeekends) {
                <p class="ph-reading" data-reading={Reading::HolidayWeekends.as_str()}>
                    <span aria-hidden="true">{ "ⓘ " }</span>{ words.holiday_weekends }
                </p>
            }
            { exceptions_ahead(&engine, lang, &hall.id, moment.date()) }
            if !status.calendar_known {
                <p class="ph-unconfirmed"><span aria-hidden="true">{ "⚠ " }</span>{ words.unconfirmed }</p>
            }
            if status.closing_rule {
                if let Some(rule) = engine.closing_rule_text() {
                    <p class="ph-closing-rule">{ lang.pick(rule) }</p>
                }
            }
            if !props.on_hall_page {
                <ViewLink class="ph-card-link" view={View::Hall(hall.id.to_string())}>
                    { texts.details }<span class="ph-sr-only">{ format!(" — {}", lang.pick(&hall.name)) }</span>
                </ViewLink>
            }
        </li>
    }
}
