//! The first view on the page: drawn from the state at start, drawn again when the minute
//! or a choice changes it, and answering taps with the page's own reducer until the full
//! page takes over. A redraw keeps the widget's root element, its live region (so a change
//! the announcer words is read out) and the focus; while the visitor types in the station
//! search, only its results are drawn, so an input method's composition (pinyin) goes on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::NaiveDateTime;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, EventTarget, HtmlInputElement, MouseEvent};

use super::focus::{position, Focus};
use super::{first_view_shows, render, respond, Response, Tap};
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
        let stored = match embedding.remembers_choices() {
            true => stored_prefs(),
            false => (None, false),
        };
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

    /// Draws the view again if its markup changed: the root element and its live region
    /// stay, the rest is replaced, the focus is put back, and a change of a hall's state is
    /// announced.
    fn draw(&self) {
        self.stale.set(false);
        let state = self.state();
        let markup = render(&state);
        if *self.drawn.borrow() == markup {
            return;
        }
        let focus = Focus::of(&self.root);
        replace_keeping_root(&self.root, &markup);
        self.drawn.replace(markup);
        if let Some(focus) = focus {
            focus.restore(&self.root);
        }
        let statuses = state.statuses();
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
        if chosen && after.embedding.remembers_choices() {
            store_prefs(after.lang, after.elderly);
        }
        self.follow_page();
        self.draw();
        let view = after.shown_view();
        if view != before.shown_view() && !first_view_shows(view) {
            self.need_full();
        }
    }

    /// Typing in the station search: the state takes the text, and only the line and the
    /// cards under the input are drawn again; the input itself stays as it is.
    fn search(&self, text: String) {
        let after = self.state().reduce(Action::SetStationQuery(text));
        self.state.replace(after);
        self.follow_page();
        let markup = render(&self.state());
        let Some(fresh) = detached(&self.root, &markup) else {
            return;
        };
        for selector in ["#ph-station-result", ".ph-station-list"] {
            let old = self.root.query_selector(selector).ok().flatten();
            let new = fresh.query_selector(selector).ok().flatten();
            match (old, new) {
                (Some(old), Some(new)) => {
                    let _ = old.replace_with_with_node_1(&new);
                }
                (Some(old), None) => old.remove(),
                (None, Some(new)) => {
                    let line = self.root.query_selector("#ph-station-result");
                    if let Some(line) = line.ok().flatten() {
                        let _ = line.after_with_node_1(&new);
                    }
                }
                (None, None) => {}
            }
        }
        // What the full page takes over from, and the rest of the view at the next redraw.
        let app = (self.root.first_element_child(), fresh.first_element_child());
        if let (Some(app), Some(new)) = app {
            if let Some(handover) = new.get_attribute("data-handover") {
                let _ = app.set_attribute("data-handover", &handover);
            }
        }
        self.stale.set(true);
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

    fn typed(&self, event: &Event) {
        let input = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input.filter(|i| i.id() == STATION_INPUT) {
            self.search(input.value());
        }
    }

    fn tapped(&self, event: &Event) {
        let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
        let element = target.and_then(|t| t.closest("a[href], button").ok().flatten());
        // Only this widget's own links and buttons (never a host's around it).
        let Some(element) = element.filter(|e| self.root.contains(Some(e))) else {
            return;
        };
        let modified = event
            .dyn_ref::<MouseEvent>()
            .is_some_and(|e| e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
        let tag = element.tag_name().to_ascii_lowercase();
        if modified && tag == "a" {
            return;
        }
        let (class, href, action) = (
            element.class_name(),
            element.get_attribute("href"),
            element.get_attribute("data-action"),
        );
        let tap = Tap {
            tag: &tag,
            class: &class,
            href: href.as_deref(),
            action: action.as_deref(),
            has_lang: element.has_attribute("lang"),
            position: position(&element) as usize,
        };
        match respond(&self.state(), &tap) {
            Response::Act(action) => {
                event.prevent_default();
                self.act(action);
            }
            Response::NeedFull => {
                event.prevent_default();
                self.need_full();
            }
            Response::Ignore => {}
        }
    }
}

/// A widget dropped without `destroy` (its handle collected) stops all the same.
impl Drop for Widget {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Puts `markup` (one root element) into `root`, keeping `root`'s present root element and
/// its live region when there is one: their attributes and the other children are the
/// new ones.
fn replace_keeping_root(root: &Element, markup: &str) {
    let (Some(app), Some(fresh)) = (root.first_element_child(), detached(root, markup)) else {
        root.set_inner_html(markup);
        return;
    };
    let Some(new_app) = fresh.first_element_child() else {
        return;
    };
    for name in app
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        if !new_app.has_attribute(&name) {
            let _ = app.remove_attribute(&name);
        }
    }
    for name in new_app
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        if let Some(value) = new_app.get_attribute(&name) {
            let _ = app.set_attribute(&name, &value);
        }
    }
    let region = live_region(root);
    for child in children(&app) {
        if Some(&child) != region.as_ref() {
            child.remove();
        }
    }
    let new_region = live_region(&fresh);
    for child in children(&new_app) {
        if region.is_some() && Some(&child) == new_region.as_ref() {
            continue;
        }
        let _ = app.insert_before(&child, region.as_ref().map(|r| r.as_ref()));
    }
}

/// The widget's live region (the announcer's).
fn live_region(root: &Element) -> Option<Element> {
    root.query_selector(":scope > .ph-app > [aria-live]")
        .ok()
        .flatten()
}

/// `element`'s children, taken before any moves.
fn children(element: &Element) -> Vec<Element> {
    let list = element.children();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// `markup` parsed into an element of `root`'s document, not on the page.
fn detached(root: &Element, markup: &str) -> Option<Element> {
    let fresh = root.owner_document()?.create_element("div").ok()?;
    fresh.set_inner_html(markup);
    Some(fresh)
}

/// The minute `at` falls in, counted from 1970.
fn minute(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp().div_euclid(60)
}

/// Calls the window's `name` with `args`. For the clock's interval: its id is kept as the
/// browser gives it, which need not fit web-sys's `i32` (a test's fake clock counts from
/// 10^12), so clearing it never misses.
fn window_call(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let window = web_sys::window()?;
    let function = js_sys::Reflect::get(&window, &name.into()).ok()?;
    let function = function.dyn_into::<js_sys::Function>().ok()?;
    let args: js_sys::Array = args.iter().collect();
    function.apply(&window, &args).ok()
}
