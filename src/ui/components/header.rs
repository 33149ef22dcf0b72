//! The banner: what the widget is, the Beijing time and kind of day it answers for, the
//! language and elderly-mode switches, and any notice about the moment shown.

use yew::prelude::*;

use super::toolbar::Toolbar;
use crate::engine::{format_at, format_hhmm};
use crate::ui::hooks::use_app;
use crate::ui::i18n::{date_long, day_chip};
use crate::ui::state::Action;

#[function_component(Header)]
pub fn header() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let (lang, texts, moment) = (state.lang, state.lang.texts(), state.moment());
    let day = Some(state.engine.day(moment.date()));
    let back_to_now = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetAt(None)))
    };
    html! {
        // Inside a host page the banner is a plain block: the host has its own `<header>`
        // and `<h1>`.
        <@{if state.embedding.owns_document() { "header" } else { "div" }} class="ph-header">
            <div class="ph-header-top">
                <div>
                    if state.embedding.shows_title() {
                        <h1 class="ph-title">{ texts.title }</h1>
                        <p class="ph-subtitle">{ texts.subtitle }</p>
                    }
                </div>
                <Toolbar />
            </div>
            <p class="ph-moment">
                <span class="ph-moment-label">{ texts.beijing_time }</span>
                <time datetime={format_at(moment)}>
                    { date_long(lang, moment.date()) }{ texts.word_gap }<strong>{ format_hhmm(moment.time()) }</strong>
                </time>
                if let Some(day) = &day {
                    <span class="ph-daykind" data-day-kind={day.kind.as_str()}
                        data-unconfirmed={(!day.calendar_known).then_some("true")}>
                        { day_chip(lang, day) }
                    </span>
                }
            </p>
            if state.is_pinned() {
                <p class="ph-notice ph-notice--pinned">
                    { texts.pinned }{ texts.word_gap }
                    <button type="button" class="ph-link-button" onclick={back_to_now}>{ texts.back_to_now }</button>
                </p>
            }
            if day.as_ref().is_some_and(|day| !day.calendar_known) {
                <p class="ph-notice ph-notice--warning">{ texts.calendar_unknown }</p>
            }
            if let Some(problem) = &state.route.problem {
                <p class="ph-notice ph-notice--warning">{ texts.bad_param }<code>{ problem }</code></p>
            }
        </@>
    }
}
