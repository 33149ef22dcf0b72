//! The matters that match the search, each with its hall and what can be done at the moment
//! shown. The count is a polite live region, so it is announced as the visitor types.

use yew::prelude::*;

use super::matter_level::level_badge;
use super::matter_link::matter_link;
use crate::engine::Engine;
use crate::ui::app::AppContext;
use crate::ui::state::Action;

/// When nothing matches: the halls to browse instead, each a button that clears the search
/// and lists that hall's matters.
fn browse_by_hall(state: &AppContext, engine: &Engine) -> Html {
    let lang = state.lang;
    let buttons = engine.halls_with_matters().into_iter().map(|hall| {
        let (state, id) = (state.clone(), hall.id.to_string());
        let onclick = Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::SetQuery(String::new()));
            state.dispatch(Action::SetMatterHall(Some(id.clone())));
        });
        html! {
            <li><button type="button" class="ph-link-button" data-browse-hall={hall.id.to_string()} {onclick}>
                { lang.pick(&hall.name).to_owned() }
            </button></li>
        }
    });
    html! {
        <div class="ph-browse-halls">
            <p>{ lang.finder().browse_by_hall }</p>
            <ul>{ for buttons }</ul>
        </div>
    }
}

/// The count and the list of matches for the route's search text and hall.
pub fn results(state: &AppContext, engine: &Engine) -> Html {
    let (lang, words, moment) = (state.lang, state.lang.finder(), state.moment());
    let query = state.route.query.trim();
    let found = engine.find_matters(query, state.route.matter_hall.as_deref());
    let items = found.iter().map(|matter| {
        let hall = engine.hall(&matter.hall).map_or(&*matter.hall, |h| lang.pick(&h.name));
        html! {
            <li class="ph-matter-item" data-matter={matter.id.to_string()}>
                { matter_link(state, Some(&matter.id), "ph-matter-name", html! { lang.pick(&matter.name).to_owned() }) }
                if matter.sample {
                    <span class="ph-sample-tag">{ lang.texts().sample }</span>
                }
                <span class="ph-matter-hall">{ hall.to_owned() }</span>
                if let Ok(level) = engine.matter_service_level(matter, moment) {
                    { level_badge(lang, level, matter.kind) }
                }
            </li>
        }
    });
    html! {
        <div class="ph-finder-results">
            <p class="ph-finder-count" role="status">
                if found.is_empty() {
                    { words.none_found }
                    if !query.is_empty() {
                        <q class="ph-query">{ query.to_owned() }</q>
                    }
                } else {
                    { words.found.0 }{ found.len() }{ words.found.1 }
                }
            </p>
            if !found.is_empty() {
                <ul class="ph-matter-list">{ for items }</ul>
            } else if !query.is_empty() {
                { browse_by_hall(state, engine) }
            }
        </div>
    }
}
