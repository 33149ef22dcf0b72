//! A link to another view of the page. It is a real link to that view's URL (so it can be
//! opened in a new tab or copied), and switches the view in place when simply followed.

use yew::prelude::*;

use crate::ui::hooks::use_app;
use crate::ui::route::View;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct ViewLinkProps {
    pub view: View,
    #[prop_or_default]
    pub class: Classes,
    /// Marks the link as the current page for assistive technology.
    #[prop_or_default]
    pub current: bool,
    pub children: Html,
}

#[function_component(ViewLink)]
pub fn view_link(props: &ViewLinkProps) -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let href = state.link_to(props.view.clone());
    let in_place = state.embedding.switches_in_place();
    let onclick = {
        let view = props.view.clone();
        Callback::from(move |event: MouseEvent| {
            if in_place
                && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
            {
                event.prevent_default();
                state.dispatch(Action::Show(view.clone()));
            }
        })
    };
    html! {
        <a class={props.class.clone()} {href} {onclick} aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}
