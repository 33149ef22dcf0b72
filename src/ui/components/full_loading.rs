//! The main area of a view the first module cannot show (planner, matter finder, hall page)
//! while the full page loads: a visible loading line, and a request to the loader to bring
//! the full page in now rather than when the browser is idle.

use yew::prelude::*;

use crate::ui::hooks::use_app;

/// The event the loader (static/embed/loader.js) listens for, in the capture phase, on the
/// widget's root element.
const NEED_FULL_EVENT: &str = "pinggu-hours:need-full";

/// A loading line that asks for the full page once it is on screen.
#[function_component(FullLoading)]
pub fn full_loading() -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            let event = web_sys::Event::new(NEED_FULL_EVENT).ok();
            if let (Some(element), Some(event)) = (node.get(), event) {
                let _ = element.dispatch_event(&event);
            }
        });
    }
    let text = use_app().map(|state| state.lang.texts().loading_view);
    html! {
        <p ref={node} class="ph-loading" role="status" aria-busy="true">{ text.unwrap_or_default() }</p>
    }
}
