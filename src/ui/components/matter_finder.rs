//! The matter finder (周末延时服务事项清单): search by name or browse by hall, then open a
//! matter to see what can be done at the moment shown. Search text, hall and the open matter
//! are all in the route, so the URL reproduces the view. The parts are plain functions in
//! their own files (a component each would cost bundle size for no state).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::matter_detail::detail;
use super::matter_list::results;
use super::matter_search::search_form;
use crate::ui::hooks::use_app;

/// Moves focus to the view's heading, so keyboard and screen-reader users land on what
/// just opened instead of on a link that no longer exists.
fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("ph-finder-heading"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}

#[function_component(MatterFinder)]
pub fn matter_finder() -> Html {
    let state = use_app();
    let opened = state.as_ref().and_then(|s| s.route.matter.clone());
    // Focus follows opening or closing a matter, but not the first render (page load).
    let started = use_mut_ref(|| false);
    use_effect_with(opened.clone(), move |_| {
        if started.replace(true) {
            focus_heading();
        }
    });
    let Some((state, engine)) = state.map(|s| (s.clone(), s.engine.clone())) else {
        return html! {};
    };
    let words = state.lang.finder();
    match opened {
        Some(id) => detail(&state, &engine, &id),
        None => html! {
            <section class="ph-finder" aria-labelledby="ph-finder-heading">
                <@{state.embedding.heading(2)} id="ph-finder-heading" tabindex="-1">{ words.heading }</@>
                <p class="ph-hint">{ words.intro }</p>
                if engine.matters().iter().any(|m| m.sample) {
                    <p class="ph-sample-note">{ state.lang.texts().sample_note }</p>
                }
                { search_form(&state, &engine) }
                { results(&state, &engine) }
            </section>
        },
    }
}
