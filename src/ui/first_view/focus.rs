//! Keeping the focus across a redraw of the first view: a visitor on a card's link keeps it
//! on the same hall's card when the minute or the order changes the list, and the page does
//! not scroll to it (a redraw is not a move).

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusOptions, HtmlElement, HtmlInputElement};

/// Where the focus was: under a hall's card (by its id) or under the widget's root, as
/// element positions, with an input's selection.
pub struct Focus {
    hall: Option<String>,
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
        let mut path = Vec::new();
        let mut node = active;
        while node != anchor {
            path.push(position(&node));
            node = node.parent_element()?;
        }
        path.reverse();
        let hall = card.and_then(|card| card.get_attribute("data-hall"));
        Some(Focus {
            hall,
            path,
            selection,
        })
    }

    /// Puts the focus back on the same element of the new view, if it is still there.
    pub fn restore(self, root: &Element) {
        let anchor = match &self.hall {
            Some(hall) => card_of(root, hall),
            None => Some(root.clone()),
        };
        let mut node = anchor;
        for index in self.path {
            node = node.and_then(|n| n.children().item(index));
        }
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
