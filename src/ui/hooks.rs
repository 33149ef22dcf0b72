//! The page's custom hooks: reading the shared state, and the side effects that feed it
//! (the clock, the URL, the preferences remembered on the device). The effects only read
//! the state and dispatch actions; the reducer stays pure.

use std::rc::Rc;

use chrono::NaiveDateTime;
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::app::{AppContext, StatusList};
use super::device::{beijing_now, set_document_title, store_prefs, sync_url};
use super::i18n::Lang;
use super::route::{Route, View};
use super::state::Action;
use crate::engine::Engine;

/// Reads the shared state. Every component below the root has it; one rendered elsewhere
/// gets `None` and renders nothing rather than failing.
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}

/// The shared state with its engine: what a view needs before it can ask anything. `None`
/// outside the root.
#[hook]
pub fn use_app_engine() -> Option<(AppContext, Rc<Engine>)> {
    let state = use_context::<AppContext>()?;
    let engine = state.engine.clone();
    Some((state, engine))
}

/// Reads the shared statuses (empty outside the root or without data).
#[hook]
pub fn use_statuses() -> StatusList {
    use_context::<StatusList>().unwrap_or_default()
}

/// Milliseconds until the next whole minute, when every answer may change.
fn until_next_minute() -> u32 {
    let ms = js_sys::Date::now() as u64;
    (60_000 - ms % 60_000) as u32 + 20
}

/// Reads the device clock into the state now.
fn read_clock(state: &AppContext) {
    state.dispatch(beijing_now().map_or(Action::ClockUnreadable, Action::Tick));
}

/// Keeps the state's "now": the time the embedder or a test gives (`fixed`, followed when it
/// changes, never ticking), or else the device clock, ticked at each whole minute. Every
/// change of a hall's state falls on a whole minute, so the live view is refreshed exactly
/// at each change and at least once a minute. A device clock that cannot be read is flagged
/// and read again at the same pace (an interval: the state does not change meanwhile, so
/// the effect is not run again). The clock is also read at once when the page is shown
/// again (`visibilitychange`, `pageshow` from the back-forward cache): timers sleep while a
/// screen is off, and a hall screen woken in the morning must not show last night.
#[hook]
pub fn use_clock(state: &AppContext, fixed: Option<NaiveDateTime>) {
    let clock = (state.clock, state.clock_unreadable);
    {
        let state = state.clone();
        use_effect_with(fixed.is_none(), move |live| {
            let mut listeners = Vec::new();
            if let Some(window) = web_sys::window().filter(|_| *live) {
                let shown = state.clone();
                listeners.push(EventListener::new(&window, "pageshow", move |_| {
                    read_clock(&shown)
                }));
                if let Some(document) = window.document() {
                    let target = document.clone();
                    listeners.push(EventListener::new(&target, "visibilitychange", move |_| {
                        if !document.hidden() {
                            read_clock(&state);
                        }
                    }));
                }
            }
            move || drop(listeners)
        });
    }
    let state = state.clone();
    use_effect_with((clock, fixed), move |(_, fixed)| {
        let timeout = match *fixed {
            Some(now) => {
                state.dispatch(Action::Tick(now));
                None
            }
            None => Some(Interval::new(until_next_minute(), move || {
                read_clock(&state)
            })),
        };
        move || drop(timeout)
    });
}

/// Keeps the URL in step with what is shown (a new history entry per view, the same entry
/// for refinements), and follows the back and forward buttons.
#[hook]
pub fn use_url_sync(state: &AppContext, enabled: bool) {
    let query = state.route.to_query(state.lang);
    use_effect_with((query, enabled), |(query, enabled)| {
        if *enabled {
            sync_url(query);
        }
    });
    let state = state.clone();
    use_effect_with(enabled, move |enabled| {
        let listener = web_sys::window().filter(|_| *enabled).map(|window| {
            EventListener::new(&window, "popstate", move |_| {
                let search = web_sys::window()
                    .and_then(|w| w.location().search().ok())
                    .unwrap_or_default();
                state.dispatch(Action::Restore(Route::parse(&search)));
            })
        });
        move || drop(listener)
    });
}

/// Remembers the language and elderly mode on the device when the visitor changes them
/// (not at start-up, so a shared `?lang=en` link does not change the device's choice; never
/// in a host's page or on a hall screen, `Embedding::remembers_choices`).
#[hook]
pub fn use_remembered_prefs(state: &AppContext) {
    let started = use_mut_ref(|| false);
    let embedding = state.embedding.clone();
    use_effect_with((state.lang, state.elderly), move |(lang, elderly)| {
        if started.replace(true) {
            store_prefs(&embedding, *lang, *elderly);
        }
    });
}

/// Moves to a new view as a new page would: focus on the view's heading (so a screen reader
/// says where the visitor now is) and, when the visitor had scrolled past the view's top (a
/// hall opened from the bottom of the list on a phone), that top back on screen. Not on the
/// first load, where the visitor has not moved yet; the live announcer is left alone, since
/// the heading itself says what changed.
#[hook]
pub fn use_view_focus(view: &View) {
    let started = use_mut_ref(|| false);
    use_effect_with(view.clone(), move |_| {
        if started.replace(true) {
            show_view_top();
        }
    });
}

/// Focuses the main area's first heading (focusable by script only) and scrolls instantly,
/// never smoothly (elderly mode and reduced motion ask for no motion), to the main area's
/// top when it is above the screen.
fn show_view_top() {
    let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("ph-main"))
    else {
        return;
    };
    // Measured before the focus, which scrolls the heading to the middle of the screen.
    let scrolled_past = main.get_bounding_client_rect().top() < 0.0;
    let heading = main
        .query_selector("h2")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        if !heading.has_attribute("tabindex") {
            let _ = heading.set_attribute("tabindex", "-1");
        }
        let _ = heading.focus();
    }
    if scrolled_past {
        main.scroll_into_view_with_bool(true);
    }
}

/// Names the browser tab in the page's language. Only on the standalone page (its body is
/// `.ph-page`): a portal that embeds the widget keeps its own title.
#[hook]
pub fn use_document_title(lang: Lang) {
    use_effect_with(lang, |lang| set_document_title(*lang));
}
