//! Tells screen-reader users, politely and without moving focus, when a hall's state
//! changes on the live clock while they are on the page (the visual cards change silently),
//! in the badge's words: a lunch break, not yet open, finished for the day, a closed day.
//! Only the halls listed with a card of their own are announced, as the list shows them
//! (`listing::listed`): hundreds of stations closing at once would drown the page in speech.

use yew::prelude::*;

use crate::engine::HallStatus;
use crate::ui::hooks::{use_app, use_statuses};
use crate::ui::listing::announcement;

#[function_component(Announcer)]
pub fn announcer() -> Html {
    let statuses = use_statuses();
    let previous = use_mut_ref(Vec::<HallStatus>::new);
    let message = use_state(String::new);
    let state = use_app();
    {
        let (message, state) = (message.clone(), state.clone());
        use_effect_with(statuses, move |statuses| {
            let (Some(state), mut previous) = (state, previous.borrow_mut()) else {
                return;
            };
            if let Some(words) = announcement(&state, &previous, statuses) {
                message.set(words);
            }
            *previous = statuses.to_vec();
        });
    }
    html! {
        <div class="ph-sr-only" role="status" aria-live="polite">{ (*message).clone() }</div>
    }
}
