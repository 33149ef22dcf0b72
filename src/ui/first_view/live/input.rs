//! What the visitor does in the first view before the full page takes over: taps, answered
//! with the page's reducer ([`respond`]), and typing in the station search, which redraws
//! only the search's results.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement, MouseEvent};

use super::super::dom::detached;
use super::super::focus::position;
use super::super::{render, respond, Response, Tap};
use super::{Widget, STATION_INPUT};
use crate::ui::state::Action;

impl Widget {
    /// Typing in the station search: the state takes the text, and only the line and the
    /// cards under the input are drawn again; the input itself stays as it is.
    fn search(&self, text: String) {
        let after = self.state().reduce(Action::SetStationQuery(text));
        self.state.replace(after);
        self.follow_page();
        let state = self.state();
        let markup = render(&state, &state.statuses());
        let Some(fresh) = detached(&self.root, &markup) else {
            return;
        };
        // The line is a status region: its words change in place, so a screen reader reads
        // the new count; the cards under it are replaced.
        let line = self
            .root
            .query_selector("#ph-station-result")
            .ok()
            .flatten();
        let new_line = fresh.query_selector("#ph-station-result").ok().flatten();
        if let (Some(line), Some(new_line)) = (line, new_line) {
            line.set_text_content(new_line.text_content().as_deref());
        }
        let list = ".ph-station-list";
        let old = self.root.query_selector(list).ok().flatten();
        match (old, fresh.query_selector(list).ok().flatten()) {
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
        // What the full page takes over from, and the rest of the view at the next redraw.
        let app = (self.root.first_element_child(), fresh.first_element_child());
        if let (Some(app), Some(new)) = app {
            if let Some(handover) = new.get_attribute("data-handover") {
                let _ = app.set_attribute("data-handover", &handover);
            }
        }
        self.stale.set(true);
    }

    pub(super) fn typed(&self, event: &Event) {
        let input = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input.filter(|i| i.id() == STATION_INPUT) {
            self.search(input.value());
        }
    }

    pub(super) fn tapped(&self, event: &Event) {
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
