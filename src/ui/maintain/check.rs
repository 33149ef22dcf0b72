//! A check box bound to a flag in a file's tree.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::editor::{DataFile, Edit};
use super::fields::{field_id, Problems};
use super::page::use_maintain;
use super::tree::{get, path_text, Path};
use crate::engine::Value;

/// A check box at `path` (a flag: `true` or `false`).
#[derive(Properties, PartialEq)]
pub struct CheckProps {
    pub file: DataFile,
    pub path: Path,
    pub label: AttrValue,
}

#[function_component(Check)]
pub fn check(props: &CheckProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let at = path_text(&props.path);
    let id = field_id(&at);
    let on =
        m.editor.tree(props.file).and_then(|t| get(t, &props.path)) == Some(&Value::Bool(true));
    let onchange = {
        let (editor, file, path) = (m.editor.clone(), props.file, props.path.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            editor.dispatch(Edit::Set(file, path.clone(), Value::Bool(on)));
        })
    };
    html! {
        <div class="ph-m-check">
            <input id={id.clone()} type="checkbox" checked={on} {onchange} />
            <label for={id}>{ props.label.clone() }</label>
            <Problems path={at} below=true />
        </div>
    }
}
