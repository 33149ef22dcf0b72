//! The first view on the page: drawn from the state at start, drawn again when the minute
//! changes, and answering taps with the page's own reducer until the full page takes over.
//! Focus survives a redraw, and typing in the station search redraws only its results, so
//! an input method's composition (pinyin) is never cut off.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDateTime;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlElement, HtmlInputElement, MouseEvent};

use super::{first_view_shows, render, respond, Response, Tap};
use crate::engine::Engine;
use crate::ui::device::{
    beijing_now, set_document_title, start_route, store_prefs, stored_prefs, sync_url,
};
use crate::ui::embedding::{Embedding, Mode};
use crate::ui::i18n::Lang;
use crate::ui::state::{Action, AppState, StartFrom};

/// The event the loader (static/embed/loader.js) listens for, in the capture phase, on the
/// widget's root element: a tap asked for a view only the full page has.
const NEED_FULL_EVENT: &str = "pinggu-hours:need-full";

/// The station search's input (`list.rs`).
const STATION_INPUT: &str = "ph-station-q";

/// How often the clock is read: a status changes only on a whole minute, drawn within a
/// second of it.
const CLOCK_MS: u32 = 1_000;

/// A listener on the root, by event name, kept to be removed.
type Listener = (&'static str, Closure<dyn FnMut(Event)>);

/// The clock's interval (its id as the browser gave it) and its callback.
type Clock = (JsValue, Closure<dyn FnMut()>);

/// What a widget starts from besides the page's URL and the device.
pub struct Start {
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
    fixed_clock: bool,
    drawn: RefCell<String>,
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
            fixed_clock: start.now.is_some(),
            drawn: RefCell::default(),
            listeners: RefCell::default(),
            clock: RefCell::default(),
        });
        widget.draw();
        widget.follow_page();
        widget.listen();
        widget
    }

    /// Stops the clock and the listeners (the full page has taken over).
    pub fn stop(&self) {
        if let Some((id, _)) = self.clock.take() {
            window_call("clearInterval", &[id]);
        }
        for (kind, listener) in self.listeners.take() {
            let function = listener.as_ref().unchecked_ref();
            let _ = self
                .root
                .remove_event_listener_with_callback(kind, function);
        }
    }

    fn state(&self) -> Rc<AppState> {
        self.state.borrow().clone()
    }

    /// The project's page keeps its URL and tab title in step with the state.
    fn follow_page(&self) {
        let state = self.state();
        if state.embedding.mode == Mode::Page {
            sync_url(&state.route.to_query(state.lang));
            set_document_title(state.lang);
        }
    }

    /// Draws the view again if its markup changed, keeping the focus where it was.
    fn draw(&self) {
        let state = self.state();
        let markup = render(&state);
        if *self.drawn.borrow() == markup {
            return;
        }
        let focus = focus_path(&self.root);
        self.root.set_inner_html(&markup);
        self.drawn.replace(markup);
        restore_focus(&self.root, focus);
        if !first_view_shows(&state.route.view) {
            self.need_full();
        }
    }

    /// Asks the loader for the full page now.
    fn need_full(&self) {
        if let Ok(event) = Event::new(NEED_FULL_EVENT) {
            let _ = self.root.dispatch_event(&event);
        }
    }

    /// Applies `action` with the page's reducer, then draws, remembers and links as the
    /// full page's hooks would.
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
    }

    /// Typing in the station search: the state takes the text, and only the results are
    /// drawn again, so the input (and any composition in it) stays as it is.
    fn search(&self, text: String) {
        let after = self.state().reduce(Action::SetStationQuery(text));
        self.state.replace(after);
        self.follow_page();
        let markup = render(&self.state());
        let Some(document) = self.root.owner_document() else {
            return;
        };
        let Ok(fresh) = document.create_element("div") else {
            return;
        };
        fresh.set_inner_html(&markup);
        // The line and the cards under the input, and the root's handover attribute.
        for selector in ["#ph-station-result", ".ph-station-list"] {
            let old = self.root.query_selector(selector).ok().flatten();
            let new = fresh.query_selector(selector).ok().flatten();
            match (old, new) {
                (Some(old), Some(new)) => {
                    let _ = old.replace_with_with_node_1(&new);
                }
                (Some(old), None) => old.remove(),
                (None, Some(new)) => {
                    let line = self
                        .root
                        .query_selector("#ph-station-result")
                        .ok()
                        .flatten();
                    if let Some(line) = line {
                        let _ = line.after_with_node_1(&new);
                    }
                }
                (None, None) => {}
            }
        }
        let app = (self.root.first_element_child(), fresh.first_element_child());
        if let (Some(app), Some(new)) = app {
            if let Some(handover) = new.get_attribute("data-handover") {
                let _ = app.set_attribute("data-handover", &handover);
            }
        }
        self.drawn.replace(self.root.inner_html());
    }

    fn tick(&self) {
        if self.fixed_clock {
            return;
        }
        let action = beijing_now().map_or(Action::ClockUnreadable, Action::Tick);
        let after = self.state().reduce(action);
        if !Rc::ptr_eq(&after, &self.state()) {
            self.state.replace(after);
            self.draw();
        }
    }

    /// Taps, typing and the clock.
    fn listen(self: &Rc<Self>) {
        let widget = Rc::downgrade(self);
        let on_click = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            if let Some(widget) = widget.upgrade() {
                widget.tapped(&event);
            }
        });
        let widget = Rc::downgrade(self);
        let on_input = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            let input = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
            if let (Some(widget), Some(input)) = (widget.upgrade(), input) {
                if input.id() == STATION_INPUT {
                    widget.search(input.value());
                }
            }
        });
        let on_submit = Closure::<dyn FnMut(Event)>::new(|event: Event| event.prevent_default());
        for (kind, listener) in [
            ("click", on_click),
            ("input", on_input),
            ("submit", on_submit),
        ] {
            let function = listener.as_ref().unchecked_ref();
            let _ = self.root.add_event_listener_with_callback(kind, function);
            self.listeners.borrow_mut().push((kind, listener));
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

    fn tapped(&self, event: &Event) {
        let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
        let Some(element) = target.and_then(|t| t.closest("a[href], button").ok().flatten()) else {
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
            position: position(&element),
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

/// `element`'s place among its parent's elements.
fn position(element: &Element) -> usize {
    let mut count = 0;
    let mut node = element.previous_element_sibling();
    while let Some(previous) = node {
        count += 1;
        node = previous.previous_element_sibling();
    }
    count
}

/// Where the focus is inside `root`, as element positions, with an input's selection.
struct Focus {
    path: Vec<usize>,
    selection: Option<(u32, u32)>,
}

fn focus_path(root: &Element) -> Option<Focus> {
    let holder = root.get_root_node();
    let active = js_sys::Reflect::get(&holder, &"activeElement".into()).ok()?;
    let active = active.dyn_into::<Element>().ok()?;
    if !root.contains(Some(&active)) || active == *root {
        return None;
    }
    let selection = active.dyn_ref::<HtmlInputElement>().and_then(|input| {
        let start = input.selection_start().ok().flatten()?;
        Some((start, input.selection_end().ok().flatten().unwrap_or(start)))
    });
    let mut path = Vec::new();
    let mut node = active;
    while node != *root {
        path.push(position(&node));
        node = node.parent_element()?;
    }
    path.reverse();
    Some(Focus { path, selection })
}

fn restore_focus(root: &Element, focus: Option<Focus>) {
    let Some(focus) = focus else {
        return;
    };
    let mut node = Some(root.clone());
    for index in focus.path {
        node = node.and_then(|n| n.children().item(index as u32));
    }
    if let Some(element) = node.and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
        if let (Some(input), Some((start, end))) =
            (element.dyn_ref::<HtmlInputElement>(), focus.selection)
        {
            let _ = input.set_selection_range(start, end);
        }
    }
}
