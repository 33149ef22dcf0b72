//! A drop-down choice bound to a spelled value in a file's tree (a hall id, a matter kind,
//! a window's service).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::editor::{problems_at, DataFile, Edit};
use super::fields::{field_id, Problems};
use super::page::use_maintain;
use super::tree::{path_text, text_at, Path};
use crate::engine::Value;

/// A choice among `options` (value, label) at `path`; a value not among them is shown too,
/// marked `unknown`, so the problem it causes can be seen and fixed.
#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub file: DataFile,
    pub path: Path,
    pub label: AttrValue,
    pub options: Vec<(String, String)>,
    pub unknown: AttrValue,
}

#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let at = path_text(&props.path);
    let id = field_id(&at);
    let current = m
        .editor
        .tree(props.file)
        .map(|t| text_at(t, &props.path))
        .unwrap_or_default();
    let known = props.options.iter().any(|(v, _)| *v == current);
    let onchange = {
        let (editor, file, path) = (m.editor.clone(), props.file, props.path.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            editor.dispatch(Edit::Set(file, path.clone(), Value::String(value)));
        })
    };
    let invalid = !problems_at(&m.problems, &at, true).is_empty();
    html! {
        <div class={classes!("ph-m-field", invalid.then_some("ph-m-invalid"))}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <select {id} {onchange} aria-invalid={invalid.then_some("true")}>
                if !known {
                    <option value={current.clone()} selected=true>{ format!("{current}{}", props.unknown) }</option>
                }
                { for props.options.iter().map(|(v, label)| html! {
                    <option value={v.clone()} selected={*v == current}>{ label.clone() }</option>
                }) }
            </select>
            <Problems path={at} below=true />
        </div>
    }
}
