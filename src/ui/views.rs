//! Which views a build of the page can show. The page ships as two WebAssembly modules from
//! this one crate: a small first module that answers "is it open now?" (the hall list) and
//! the full page (planner, matter finder, hall page, booking helper) that the loader brings
//! in when the browser is idle or a tap asks for it (static/embed/loader.js). Both render the
//! same root component ([`Widget`](super::app::Widget)); only the main area differs, so the
//! first module links none of the other views' code.

use yew::prelude::*;

use super::app::AppContext;
use super::components::{
    hall_list_with_stations, live_board, FullLoading, HallDetail, HallList, KioskParts,
    MatterFinder, Planner,
};
use super::route::View;
use crate::engine::Engine;

/// The views one build can render in the page's main area.
pub trait Views: 'static {
    /// Whether these are all the views (the full page) rather than the first module's.
    /// The root says which in `data-app` (`first`, `full`); only the full page's root
    /// carries `data-ready`, which tests and scripts wait on before they use the page.
    const FULL: bool;

    /// The compiled-in data these views need (the first module's has no matter list).
    fn engine() -> Engine;

    /// The main area for `view`.
    fn body(view: &View) -> Html;

    /// Above the main area: on a hall screen showing another view or a chosen moment,
    /// every hall's live status (nothing in the first module).
    fn live_board(state: &AppContext, view: &View) -> Html;

    /// After the main area: the hall screen's idle prompt and phone code (nothing in the
    /// first module, which a hall screen replaces at once).
    fn extras() -> Html;
}

/// The full page: every view.
pub struct AllViews;

impl Views for AllViews {
    const FULL: bool = true;

    fn engine() -> Engine {
        Engine::embedded()
    }

    fn body(view: &View) -> Html {
        match view {
            View::Now => hall_list_with_stations(),
            View::Planner => html! { <Planner /> },
            View::Matters => html! { <MatterFinder /> },
            View::Hall(id) => html! { <HallDetail id={id.clone()} /> },
        }
    }

    fn live_board(state: &AppContext, view: &View) -> Html {
        let shown = state.embedding.is_kiosk() && (*view != View::Now || state.is_pinned());
        if shown {
            live_board(state)
        } else {
            html! {}
        }
    }

    fn extras() -> Html {
        html! { <KioskParts /> }
    }
}

/// The first module: the hall list, and a loading notice for any other view until the full
/// page arrives (the notice asks the loader for it at once).
pub struct FirstViews;

impl Views for FirstViews {
    const FULL: bool = false;

    fn engine() -> Engine {
        Engine::embedded_halls()
    }

    fn body(view: &View) -> Html {
        match view {
            // A constant: with no station in the data, no station search in this build.
            View::Now if Engine::EMBEDDED_HAS_STATIONS => hall_list_with_stations(),
            View::Now => html! { <HallList /> },
            _ => html! { <FullLoading /> },
        }
    }

    fn live_board(_: &AppContext, _: &View) -> Html {
        html! {}
    }

    fn extras() -> Html {
        html! {}
    }
}
