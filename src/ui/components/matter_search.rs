//! The finder's search form: the name to look for and the hall to browse. Both live in the
//! route (`?q=`, `?mhall=`), so a link or a language switch keeps them. A hall screen has
//! no keyboard: it browses by hall only, the whole list at first.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::engine::Engine;
use crate::ui::app::AppContext;
use crate::ui::state::Action;

/// The labelled search box and hall choice; every change goes to the route at once.
pub fn search_form(state: &AppContext, engine: &Engine) -> Html {
    let (lang, words) = (state.lang, state.lang.finder());
    let oninput = {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            state.dispatch(Action::SetQuery(value));
        })
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            state.dispatch(Action::SetMatterHall(Some(value).filter(|v| !v.is_empty())));
        })
    };
    let chosen = state.route.matter_hall.as_deref().unwrap_or_default();
    // The halls with matters, and the one a link chose even if it has none, so the choice
    // shown is the one the list is narrowed to.
    let with_matters = engine.halls_with_matters();
    let offered = engine
        .halls()
        .iter()
        .filter(|h| h.id == chosen || with_matters.iter().any(|w| w.id == h.id));
    html! {
        <form class="ph-finder-search" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            if !state.embedding.is_kiosk() {
            <div class="ph-field">
                <label for="ph-matter-q">{ words.search_label }</label>
                <input id="ph-matter-q" type="search" autocomplete="off" aria-describedby="ph-matter-q-hint"
                    value={state.route.query.clone()} {oninput} />
                <span id="ph-matter-q-hint" class="ph-hint">{ words.search_hint }</span>
            </div>
            }
            <div class="ph-field">
                <label for="ph-matter-hall">{ words.hall_label }</label>
                <select id="ph-matter-hall" {onchange}>
                    <option value="" selected={chosen.is_empty()}>{ words.all_halls }</option>
                    { for offered.into_iter().map(|hall| html! {
                        <option value={hall.id.to_string()} selected={hall.id == chosen}>{ lang.pick(&hall.name).to_owned() }</option>
                    }) }
                </select>
            </div>
        </form>
    }
}
