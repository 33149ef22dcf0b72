//! The two comfort switches: language and elderly mode (长辈模式), one tap each; on a hall
//! screen with a public address, also the button that shows the phone code.

use yew::prelude::*;

use super::phone_code::phone_code_button;
use crate::ui::hooks::use_app;
use crate::ui::state::Action;

#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let texts = state.lang.texts();
    let other = state.lang.other();
    let switch_lang = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetLang(other)))
    };
    let elderly = state.elderly;
    let toggle_elderly = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetElderly(!elderly)))
    };
    html! {
        <div class="ph-toolbar">
            <button type="button" class="ph-button" lang={other.tag()} aria-label={texts.switch_lang_label} onclick={switch_lang}>
                { texts.switch_lang }
            </button>
            <button type="button" class="ph-button" aria-pressed={elderly.to_string()} onclick={toggle_elderly}>
                { texts.elderly_mode }
            </button>
            { phone_code_button(&state) }
        </div>
    }
}
