//! The notice for a device clock that cannot be trusted: one that cannot be read as a
//! Beijing time (set far past the year 262142), or one that reads a date the data makes
//! implausible (a reset clock in 2000, a clock years ahead; `clock_check.rs`). The page
//! keeps working from the time it has and says that "now" is not known, instead of
//! silently showing another date. On a hall screen, which nobody there can set, it is a
//! maintenance notice for the staff, shown instead of the statuses (`app.rs`).

use yew::prelude::*;

use crate::ui::clock_check::ClockProblem;
use crate::ui::hooks::use_app;

/// The notice, shown only while the state says the device clock is not to be trusted.
#[function_component(ClockNotice)]
pub fn clock_notice() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let Some(problem) = state.clock_problem() else {
        return html! {};
    };
    let (words, code) = state.clock_words(problem);
    let unreadable = (problem == ClockProblem::Unreadable).then_some("");
    html! {
        <p class="ph-notice ph-notice--warning" role="alert" data-clock-problem={code}
            data-clock-unreadable={unreadable}>
            { words }
        </p>
    }
}
