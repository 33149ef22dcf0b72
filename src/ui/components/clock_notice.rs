//! The notice for a device clock that cannot be read as a Beijing time (set far past the
//! year 262142): the page keeps working from the last time it could count with and says
//! that "now" is unknown, instead of silently showing another date.

use yew::prelude::*;

use crate::ui::hooks::use_app;

/// The notice, shown only while the state says the device clock cannot be read.
#[function_component(ClockNotice)]
pub fn clock_notice() -> Html {
    match use_app() {
        Some(state) if state.clock_unreadable => html! {
            <p class="ph-notice ph-notice--warning" role="alert" data-clock-unreadable="">
                { state.lang.texts().clock_unreadable }
            </p>
        },
        _ => html! {},
    }
}
