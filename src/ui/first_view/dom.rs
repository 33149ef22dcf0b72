//! The few DOM operations the first view needs beyond setting its markup: a redraw that
//! changes only what differs, parsing markup off the page, and the window's timers by name.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node};

/// Puts `markup` (one root element) into `root`, changing only what differs: an element
/// whose children are the same kinds in the same order is kept and its differing children
/// patched in turn; elsewhere the new children replace the old. What did not change (the
/// nav, a card whose words stayed, the live region, the focused link) stays the same node,
/// so focus, a screen reader's place and a selection survive the minute's redraw.
pub fn patch_into(root: &Element, markup: &str) {
    let old = root.first_element_child();
    let fresh = detached(root, markup);
    let new = fresh.as_ref().and_then(|f| f.first_element_child());
    match (old, new) {
        (Some(old), Some(new)) if old.tag_name() == new.tag_name() => patch(&old, &new),
        _ => root.set_inner_html(markup),
    }
}

/// Makes `old` like `new` (the same tag): attributes, then children.
fn patch(old: &Element, new: &Element) {
    if old.is_equal_node(Some(new)) {
        return;
    }
    let names = |e: &Element| -> Vec<String> {
        e.get_attribute_names()
            .iter()
            .filter_map(|n| n.as_string())
            .collect()
    };
    for name in names(old) {
        if !new.has_attribute(&name) {
            let _ = old.remove_attribute(&name);
        }
    }
    for name in names(new) {
        let value = new.get_attribute(&name).unwrap_or_default();
        if old.get_attribute(&name).as_deref() != Some(value.as_str()) {
            let _ = old.set_attribute(&name, &value);
        }
    }
    let (old_nodes, new_nodes) = (nodes(old), nodes(new));
    let same_shape = old_nodes.len() == new_nodes.len()
        && old_nodes
            .iter()
            .zip(&new_nodes)
            .all(|(a, b)| a.node_name() == b.node_name());
    if !same_shape {
        let fresh = js_sys::Array::new();
        for node in new_nodes {
            fresh.push(&node);
        }
        old.replace_children_with_node(&fresh);
        return;
    }
    for (a, b) in old_nodes.iter().zip(&new_nodes) {
        match (a.dyn_ref::<Element>(), b.dyn_ref::<Element>()) {
            (Some(a), Some(b)) => patch(a, b),
            _ => {
                if a.text_content() != b.text_content() {
                    a.set_text_content(b.text_content().as_deref());
                }
            }
        }
    }
}

/// `element`'s child nodes (elements and text), taken before any moves.
fn nodes(element: &Element) -> Vec<Node> {
    let list = element.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// The widget's live region (the announcer's).
pub fn live_region(root: &Element) -> Option<Element> {
    root.query_selector(":scope > .ph-app > [aria-live]")
        .ok()
        .flatten()
}

/// `markup` parsed into an element of `root`'s document, not on the page.
pub fn detached(root: &Element, markup: &str) -> Option<Element> {
    let fresh = root.owner_document()?.create_element("div").ok()?;
    fresh.set_inner_html(markup);
    Some(fresh)
}

/// Calls the window's `name` with `args`. For the clock's interval: its id is kept as the
/// browser gives it, which need not fit web-sys's `i32` (a test's fake clock counts from
/// 10^12), so clearing it never misses.
pub fn window_call(name: &str, args: &[JsValue]) -> Option<JsValue> {
    let window = web_sys::window()?;
    let function = js_sys::Reflect::get(&window, &name.into()).ok()?;
    let function = function.dyn_into::<js_sys::Function>().ok()?;
    let args: js_sys::Array = args.iter().collect();
    function.apply(&window, &args).ok()
}
