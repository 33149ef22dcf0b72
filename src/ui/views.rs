//! The full page's main area for each view, and what a hall screen adds around it. The page
//! ships as two WebAssembly modules from this one crate: the first module draws the hall
//! list without Yew (`first_view/`), and this full page (planner, matter finder, hall page,
//! booking helper) takes over when the browser is idle or a tap asks for it
//! (static/embed/loader.js).

use yew::prelude::*;

use super::app::AppContext;
use super::components::{
    live_board as board, HallDetail, HallList, KioskParts, MatterFinder, Planner,
};
use super::route::View;

/// The main area for `view`.
pub fn body(view: &View) -> Html {
    match view {
        View::Now => html! { <HallList /> },
        View::Planner => html! { <Planner /> },
        View::Matters => html! { <MatterFinder /> },
        View::Hall(id) => html! { <HallDetail id={id.clone()} /> },
    }
}

/// Above the main area: on a hall screen showing another view or a chosen moment, every
/// hall's live status.
pub fn live_board(state: &AppContext, view: &View) -> Html {
    let shown = state.embedding.is_kiosk() && (*view != View::Now || state.is_pinned());
    if shown {
        board(state)
    } else {
        html! {}
    }
}

/// After the main area: the hall screen's idle prompt and phone code.
pub fn extras() -> Html {
    html! { <KioskParts /> }
}
