//! Tells screen-reader users, politely and without moving focus, when a hall's state
//! changes while they are on the page (the visual cards change silently).

use std::collections::HashMap;

use yew::prelude::*;

use super::app::use_app;
use crate::engine::State;

#[function_component(Announcer)]
pub fn announcer() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let previous = use_mut_ref(HashMap::<String, State>::new);
    let message = use_state(String::new);
    {
        let (engine, lang, moment) = (state.engine.clone(), state.lang, state.moment());
        let (previous, message) = (previous.clone(), message.clone());
        use_effect_with((moment, lang), move |_| {
            let Some(engine) = engine else { return };
            let texts = lang.texts();
            let mut previous = previous.borrow_mut();
            let mut changes = Vec::new();
            for (hall, status) in engine.halls().iter().zip(engine.status_all(moment)) {
                let before = previous.insert(hall.id.clone(), status.state);
                if before.is_some_and(|before| before != status.state) {
                    changes.push(format!(
                        "{}: {}",
                        lang.pick(&hall.name),
                        texts.state(status.state)
                    ));
                }
            }
            if !changes.is_empty() {
                message.set(changes.join("; "));
            }
        });
    }
    html! {
        <div class="ph-sr-only" role="status" aria-live="polite">{ (*message).clone() }</div>
    }
}
