//! A link that opens a matter in the finder (or, with no id, goes back to the list). It is a
//! real link to that URL (so it can be opened in a new tab or shared), and switches in place
//! when simply followed.

use yew::prelude::*;

use crate::ui::app::AppContext;
use crate::ui::route::View;
use crate::ui::state::Action;

/// A link to `id` (or to the list) with `class`, showing `children`.
pub fn matter_link(
    state: &AppContext,
    id: Option<&str>,
    class: &'static str,
    children: Html,
) -> Html {
    let mut route = state.route.clone();
    route.view = View::Matters;
    route.matter = id.map(str::to_owned);
    let href = state.embedding.link(&route.to_query(state.lang));
    let onclick = {
        let (state, id) = (state.clone(), route.matter);
        Callback::from(move |event: MouseEvent| {
            if !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key()) {
                event.prevent_default();
                state.dispatch(Action::OpenMatter(id.clone()));
            }
        })
    };
    html! { <a {class} {href} {onclick}>{ children }</a> }
}
