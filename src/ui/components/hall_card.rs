//! One hall's card: what it is doing at the moment shown, in words and an icon (never colour
//! alone), until when or when it opens next, with stable `data-*` hooks for integrators.

use yew::prelude::*;

use super::view_link::ViewLink;
use crate::engine::{Appointment, HallStatus, State};
use crate::ui::hooks::use_app_engine;
use crate::ui::i18n::{time_left, when};
use crate::ui::route::View;

#[derive(Properties, PartialEq)]
pub struct HallCardProps {
    pub status: HallStatus,
    /// On the hall's own page the card drops its name and its link to that page.
    #[prop_or_default]
    pub on_hall_page: bool,
}

/// A decorative glyph that repeats the state's words in shape as well as colour.
pub fn state_icon(state: State) -> &'static str {
    match state {
        State::Open => "●",
        State::Extended => "◐",
        State::Closed => "○",
    }
}

#[function_component(HallCard)]
pub fn hall_card(props: &HallCardProps) -> Html {
    let Some((state, engine)) = use_app_engine() else {
        return html! {};
    };
    let (lang, texts, moment, status) = (
        state.lang,
        state.lang.texts(),
        state.moment(),
        &props.status,
    );
    let Some(hall) = engine.halls().get(status.hall) else {
        return html! {};
    };
    let code = status.state.as_str();
    // `none` when the hall is closed: integrators match on one attribute either way.
    let appointment = status.appointment.map_or("none", Appointment::as_str);
    let timing = match (status.state, status.until, status.next_change) {
        (State::Closed, _, Some(next)) => format!("{} {}", texts.opens, when(lang, moment, next)),
        (State::Closed, _, None) => texts.no_opening.to_owned(),
        (_, Some(until), _) => format!(
            "{} {} · {}",
            texts.until,
            when(lang, moment, until),
            time_left(lang, (until - moment).num_minutes())
        ),
        (_, None, _) => String::new(),
    };
    html! {
        <li class={classes!("ph-card", format!("ph-card--{code}"))}
            data-hall={hall.id.to_string()}
            data-state={code}
            data-appointment={appointment}>
            if !props.on_hall_page {
                <@{state.embedding.heading(3)} class="ph-card-name">{ lang.pick(&hall.name) }</@>
            }
            <p class="ph-badge">
                <span class="ph-badge-icon" aria-hidden="true">{ state_icon(status.state) }</span>
                { texts.state(status.state) }
                if let Some(appointment) = status.appointment {
                    <span class="ph-badge-sep">{ " · " }</span>{ texts.appointment(appointment) }
                }
            </p>
            <p class="ph-timing">{ timing }</p>
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
