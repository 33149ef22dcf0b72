//! The section links: halls now, plan a visit, find a matter.

use yew::prelude::*;

use super::view_link::ViewLink;
use crate::ui::hooks::use_app;
use crate::ui::route::View;

#[function_component(Nav)]
pub fn nav() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let texts = state.lang.texts();
    let link = |view: View, label: &'static str| {
        let active = state.is_current_section(&view);
        html! {
            <li><ViewLink class="ph-nav-link" {view} current={active}>{ label }</ViewLink></li>
        }
    };
    html! {
        <nav class="ph-nav" aria-label={texts.nav_label}>
            <ul>
                { for state.sections().into_iter().map(|(view, label)| link(view, label)) }
            </ul>
        </nav>
    }
}
