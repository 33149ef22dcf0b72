//! Keeping the focus across a redraw of the first view. A redraw keeps every node that did
//! not change (`dom.rs`), so the focus mostly stays by itself; when its element was
//! replaced, it goes to the same control of the new view: the same hall's card, the same
//! kind of control by its class and place, or else the same place. The page does not scroll
//! to it (a redraw is not a move).

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement, HtmlInputElement};

/// Where the focus was: the element itself, and how to find its like in a new view (under
/// a hall's card by its id, or under the widget's root: by its class and place among its
/// kind, or by element positions), with an input's selection.
pub struct Focus {
    element: Element,
    hall: Option<String>,
    kind: Option<(String, u32)>,
    path: Vec<u32>,
    selection: Option<(u32, u32)>,
}

impl Focus {
    /// The focus inside `root`, if it is there.
    pub fn of(root: &Element) -> Option<Focus> {
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
        let card = active.closest("[data-hall]").ok().flatten();
        let card = card.filter(|card| root.contains(Some(card)));
        let anchor = card.clone().unwrap_or_else(|| root.clone());
        let kind = kind_of(&active, &anchor);
        let element = active.clone();
        let mut path = Vec::new();
        let mut node = active;
        while node != anchor {
            path.push(position(&node));
            node = node.parent_element()?;
        }
        path.reverse();
        let hall = card.and_then(|card| card.get_attribute("data-hall"));
        Some(Focus {
            element,
            hall,
            kind,
            path,
            selection,
        })
    }

    /// Puts the focus back on the same element of the new view, if it is still there.
    pub fn restore(self, root: &Element) {
        if self.element.is_connected() && root.contains(Some(&self.element)) {
            return;
        }
        let anchor = match &self.hall {
            Some(hall) => card_of(root, hall),
            None => Some(root.clone()),
        };
        let by_kind = self.kind.as_ref().and_then(|(class, index)| {
            let found = anchor.as_ref()?.get_elements_by_class_name(class);
            found.item(*index)
        });
        let by_path = || {
            let mut node = anchor.clone();
            for index in &self.path {
                node = node.and_then(|n| n.children().item(*index));
            }
            node
        };
        let node = by_kind.or_else(by_path);
        let Some(element) = node.and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            return;
        };
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
        let input = element.dyn_ref::<HtmlInputElement>();
        if let (Some(input), Some((start, end))) = (input, self.selection) {
            let _ = input.set_selection_range(start, end);
        }
    }
}

/// The first class of `element` and its place among the elements of that class under
/// `anchor`: a control's kind (`ph-card-link`, `ph-nav-link`, `ph-order-button`).
fn kind_of(element: &Element, anchor: &Element) -> Option<(String, u32)> {
    let class = element.class_list().item(0)?;
    let all = anchor.get_elements_by_class_name(&class);
    let index = (0..all.length()).find(|&i| all.item(i).as_ref() == Some(element))?;
    Some((class, index))
}

/// The card of `hall` under `root`, compared by attribute (never put into a selector).
fn card_of(root: &Element, hall: &str) -> Option<Element> {
    let cards = root.query_selector_all("[data-hall]").ok()?;
    (0..cards.length())
        .filter_map(|i| cards.item(i)?.dyn_into::<Element>().ok())
        .find(|card| card.get_attribute("data-hall").as_deref() == Some(hall))
}

/// `element`'s place among its parent's elements.
pub fn position(element: &Element) -> u32 {
    let mut count = 0;
    let mut node = element.previous_element_sibling();
    while let Some(previous) = node {
        count += 1;
        node = previous.previous_element_sibling();
    }
    count
}
