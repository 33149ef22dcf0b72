//! One hall's card: its name and what it is doing at the moment shown, in words and an
//! icon (never colour alone), with stable `data-*` hooks for integrators and tests.

use yew::prelude::*;

use super::i18n::Lang;
use crate::engine::{Appointment, HallStatus, State};

#[derive(Properties, PartialEq)]
pub struct HallCardProps {
    pub name: String,
    pub status: HallStatus,
    pub lang: Lang,
}

/// The `data-state` value integrators match on.
fn state_code(state: State) -> &'static str {
    match state {
        State::Open => "open",
        State::Extended => "extended",
        State::Closed => "closed",
    }
}

/// The `data-appointment` value integrators match on.
fn appointment_code(appointment: Option<Appointment>) -> &'static str {
    match appointment {
        Some(Appointment::Required) => "required",
        Some(Appointment::WalkIn) => "walk_in",
        None => "none",
    }
}

/// A decorative glyph that repeats the state's words in shape as well as colour.
fn state_icon(state: State) -> &'static str {
    match state {
        State::Open => "●",
        State::Extended => "◐",
        State::Closed => "○",
    }
}

#[function_component(HallCard)]
pub fn hall_card(props: &HallCardProps) -> Html {
    let texts = props.lang.texts();
    let status = &props.status;
    let state = state_code(status.state);
    html! {
        <li class={classes!("ph-card", format!("ph-card--{state}"))}
            data-hall={status.hall.to_string()}
            data-state={state}
            data-appointment={appointment_code(status.appointment)}>
            <h3 class="ph-card-name">{ &props.name }</h3>
            <p class="ph-badge">
                <span class="ph-badge-icon" aria-hidden="true">{ state_icon(status.state) }</span>
                { texts.state(status.state) }
            </p>
            if let Some(appointment) = status.appointment {
                <p class="ph-appointment">{ texts.appointment(appointment) }</p>
            }
        </li>
    }
}
