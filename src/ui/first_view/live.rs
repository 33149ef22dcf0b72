//! The first view on the page: drawn from the state at start, drawn again when the minute
//! or a choice changes it, and answering taps with the page's own reducer until the full
//! page takes over. A redraw changes only what differs, so the live region (where a change
//! the announcer words is read out) and the focus stay; while the visitor types in the
//! station search, only its results are drawn, so an input method's composition (pinyin)
//! goes on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::NaiveDateTime;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventTarget};

use super::dom::{live_region, patch_into, window_call};
use super::focus::Focus;
use super::{first_view_shows, render};

mod input;
use crate::engine::{Engine, HallStatus};
use crate::ui::device::{
    beijing_now, mirror_to_host, page_query, set_document_title, start_route, store_prefs,
    stored_prefs, sync_url,
};
use crate::ui::embedding::{Embedding, Mode};
use crate::ui::i18n::Lang;
use crate::ui::listing::announcement;
use crate::ui::route::Route;
use crate::ui::state::{Action, AppState, StartFrom};

/// The event the loader (static/embed/loader.js) listens for, in the capture phase, on the
/// widget's root element: a tap asked for a view only the full page has.
const NEED_FULL_EVENT: &str = "pinggu-hours:need-full";

/// The station search's input (`list.rs`).
const STATION_INPUT: &str = "ph-station-q";

/// How often the clock is read: a status changes only on a whole minute, drawn within a
/// second of it (and at once when a sleeping screen wakes).
const CLOCK_MS: u32 = 1_000;

/// A listener, kept to be removed: where it listens, to what, and its callback.
type Listener = (EventTarget, &'static str, Closure<dyn FnMut(Event)>);

/// The clock's interval (its id as the browser gave it) and its callback.
type Clock = (JsValue, Closure<dyn FnMut()>);

/// What a widget starts from besides the page's URL and the device.
pub struct Start {
    /// Where the widget is shown: the project's page (from its query) or a host's element
    /// (from its attributes).
    pub embedding: Embedding,
    /// The host's `lang`, which wins over the link's and the device's.
    pub lang: Option<Lang>,
    /// The host's fixed "now" (`at`): the device clock is then never read.
    pub now: Option<NaiveDateTime>,
}

/// One widget of the first module.
pub struct Widget {
    root: Element,
    state: RefCell<Rc<AppState>>,
    /// The markup on screen, to skip a redraw that would change nothing.
    drawn: RefCell<String>,
    /// The state changed while a redraw had to wait (the visitor typing).
    stale: Cell<bool>,
    /// The statuses last drawn, which the announcer compares with the next.
    statuses: RefCell<Vec<HallStatus>>,
    listeners: RefCell<Vec<Listener>>,
    clock: RefCell<Option<Clock>>,
}

impl Widget {
    /// Draws the first view of `start` into `root` and keeps it live.
    pub fn start(root: Element, start: Start) -> Rc<Widget> {
        let embedding = start.embedding;
        let stored = stored_prefs(&embedding);
        let state = AppState::start(StartFrom {
            engine: Rc::new(Engine::embedded_halls()),
            route: start_route(&embedding),
            embedding: Rc::new(embedding),
            lang: start.lang,
            elderly: None,
            stored,
            clock: start.now.or_else(beijing_now),
        });
        let widget = Rc::new(Widget {
            root,
            state: RefCell::new(Rc::new(state)),
            drawn: RefCell::default(),
            stale: Cell::new(false),
            statuses: RefCell::default(),
            listeners: RefCell::default(),
            clock: RefCell::default(),
        });
        widget.draw();
        widget.follow_page();
        widget.listen(start.now.is_none());
        widget
    }

    /// Stops the clock and the listeners (the full page has taken over).
    pub fn stop(&self) {
        if let Some((id, _)) = self.clock.take() {
            window_call("clearInterval", &[id]);
        }
        for (target, kind, listener) in self.listeners.take() {
            let function = listener.as_ref().unchecked_ref();
            let _ = target.remove_event_listener_with_callback(kind, function);
        }
    }

    fn state(&self) -> Rc<AppState> {
        self.state.borrow().clone()
    }

    /// The page's address, a host's opted-in parameters and the tab's title follow the
    /// state, as the full page's hooks keep them.
    fn follow_page(&self) {
        let state = self.state();
        let query = state.route.to_query(state.lang);
        match (&state.embedding.mode, &state.embedding.url_prefix) {
            (Mode::Page, _) => sync_url(&query),
            (Mode::Element, Some(prefix)) => mirror_to_host(prefix, &query),
            _ => {}
        }
        set_document_title(state.lang);
    }

    /// Draws the view again if its markup changed: only the nodes that differ change
    /// (`dom.rs`), the focus is put back if its node went, and a change of a hall's state
    /// is announced in the live region.
    fn draw(&self) {
        self.stale.set(false);
        let state = self.state();
        let statuses = state.statuses();
        let markup = render(&state, &statuses);
        if *self.drawn.borrow() == markup {
            return;
        }
        let focus = Focus::of(&self.root);
        patch_into(&self.root, &markup);
        self.drawn.replace(markup);
        if let Some(focus) = focus {
            focus.restore(&self.root);
        }
        let words = announcement(&state, &self.statuses.borrow(), &statuses);
        if let (Some(words), Some(region)) = (words, live_region(&self.root)) {
            region.set_text_content(Some(&words));
        }
        self.statuses.replace(statuses);
    }

    /// Asks the loader for the full page now.
    fn need_full(&self) {
        if let Ok(event) = Event::new(NEED_FULL_EVENT) {
            let _ = self.root.dispatch_event(&event);
        }
    }

    /// Applies `action` with the page's reducer, then draws, remembers and links as the
    /// full page's hooks would; a view only the full page has asks for it.
    fn act(&self, action: Action) {
        let before = self.state();
        let after = before.clone().reduce(action);
        self.state.replace(after.clone());
        let chosen = (after.lang, after.elderly) != (before.lang, before.elderly);
        if chosen {
            store_prefs(&after.embedding, after.lang, after.elderly);
        }
        self.follow_page();
        self.draw();
        // A view only the full page has asks for it on every tap: after a failed attempt
        // (the loader's notice in the loading line), the next tap tries again.
        if !first_view_shows(after.shown_view()) {
            self.need_full();
        }
    }

    /// Once a second: a new minute is a new state; it is drawn unless the visitor is typing
    /// or the main area waits for the full page (whose failure notice the loader writes
    /// there).
    fn tick(&self) {
        let before = self.state();
        let read = beijing_now();
        let same_minute = read.is_some_and(|now| minute(now) == minute(before.clock));
        if !same_minute || before.clock_unreadable {
            let after = before.reduce(read.map_or(Action::ClockUnreadable, Action::Tick));
            if !Rc::ptr_eq(&after, &self.state()) {
                self.state.replace(after);
                self.stale.set(true);
            }
        }
        let waiting = !first_view_shows(self.state().shown_view());
        if self.stale.get() && !waiting && !self.typing() {
            self.draw();
        }
    }

    /// Whether the station search's input has the focus.
    fn typing(&self) -> bool {
        let focus = self.root.get_root_node();
        let active = js_sys::Reflect::get(&focus, &"activeElement".into()).ok();
        let active = active.and_then(|a| a.dyn_into::<Element>().ok());
        active.is_some_and(|a| a.id() == STATION_INPUT && self.root.contains(Some(&a)))
    }

    /// Taps, typing, the back button and the clock.
    fn listen(self: &Rc<Self>, live_clock: bool) {
        let on = |target: EventTarget, kind: &'static str, handle: fn(&Widget, &Event)| {
            let widget = Rc::downgrade(self);
            let listener = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                if let Some(widget) = widget.upgrade() {
                    handle(&widget, &event);
                }
            });
            let function = listener.as_ref().unchecked_ref();
            let _ = target.add_event_listener_with_callback(kind, function);
            self.listeners.borrow_mut().push((target, kind, listener));
        };
        let root: EventTarget = self.root.clone().into();
        on(root.clone(), "click", Widget::tapped);
        on(root.clone(), "input", Widget::typed);
        on(root, "submit", |_, event| event.prevent_default());
        let state = self.state();
        if state.embedding.mode == Mode::Page {
            if let Some(window) = web_sys::window() {
                on(window.into(), "popstate", |widget, _| {
                    widget.act(Action::Restore(Route::parse(&page_query())));
                });
            }
        }
        if !live_clock {
            return;
        }
        let widget = Rc::downgrade(self);
        let tick = Closure::<dyn FnMut()>::new(move || {
            if let Some(widget) = widget.upgrade() {
                widget.tick();
            }
        });
        let every = JsValue::from(CLOCK_MS);
        if let Some(id) = window_call("setInterval", &[tick.as_ref().clone(), every]) {
            self.clock.replace(Some((id, tick)));
        }
    }
}

/// However the widget ends, its clock and listeners end with it (`destroy` stops them
/// first; stopping twice does nothing).
impl Drop for Widget {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The minute `at` falls in, counted from 1970.
fn minute(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp().div_euclid(60)
}
