//! The hall screen's parts that come with the full page: the wait for a touch (the "still
//! there?" prompt and the return home), the wake lock, and the phone code. A component of
//! their own, kept out of the main area's views.

use yew::prelude::*;

use super::{IdlePrompt, PhoneCode};
use crate::ui::hooks::use_app;
use crate::ui::kiosk_hooks::{use_idle, use_wake_lock};

/// Nothing on an ordinary page; on a hall screen, the idle prompt and the phone code.
#[function_component(KioskParts)]
pub fn kiosk_parts() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let kiosk = state.embedding.is_kiosk();
    let (idle_left, keep_using) = use_idle(&state);
    use_wake_lock(kiosk);
    if !kiosk {
        return html! {};
    }
    html! {
        <>
            <IdlePrompt left={idle_left} {keep_using} lang={state.lang} />
            if state.phone_code {
                <PhoneCode />
            }
        </>
    }
}
