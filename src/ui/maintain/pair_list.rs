//! Texts in both languages (`{"zh": …, "en": …}`): one such text as a pair of fields, and a
//! list of them (a matter's materials) with add and remove buttons.

use yew::prelude::*;

use super::editor::{new_material, DataFile, Edit};
use super::fields::{field_id, Field, Input, Problems};
use super::page::use_maintain;
use super::tree::{get, path_text, Path, Step};
use crate::engine::Value;

/// A text in both languages at `path` (an optional one, a matter's place or booking method,
/// goes back to `null` when both are emptied: [`Edit::Text`]).
#[derive(Properties, PartialEq)]
pub struct PairProps {
    pub file: DataFile,
    pub path: Path,
    pub label: AttrValue,
}

#[function_component(Pair)]
pub fn pair(props: &PairProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let at = path_text(&props.path);
    let side = |lang: &'static str, label: &'static str| {
        let mut path = props.path.clone();
        path.push(Step::Key(lang));
        html! { <Field file={props.file} {path} label={label} input={Input::Text { optional: false }} /> }
    };
    html! {
        <fieldset class="ph-m-pair" id={field_id(&at)}>
            <legend>{ props.label.clone() }</legend>
            { side("zh", texts.zh) }
            { side("en", texts.en) }
            <Problems path={at} />
        </fieldset>
    }
}

/// A list of texts in both languages at `path` (`item` names one), each removable, with a
/// button that adds an empty one.
#[derive(Properties, PartialEq)]
pub struct PairListProps {
    pub file: DataFile,
    pub path: Path,
    pub label: AttrValue,
    pub item: AttrValue,
    pub add: AttrValue,
}

#[function_component(PairList)]
pub fn pair_list(props: &PairListProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let count = match m.editor.tree(props.file).and_then(|t| get(t, &props.path)) {
        Some(Value::Array(items)) => items.len(),
        _ => 0,
    };
    let at = path_text(&props.path);
    let add = {
        let (editor, file, path) = (m.editor.clone(), props.file, props.path.clone());
        Callback::from(move |_| editor.dispatch(Edit::Push(file, path.clone(), new_material())))
    };
    let row = |i: usize| {
        let mut path = props.path.clone();
        path.push(Step::Index(i));
        let remove = {
            let (editor, file, path) = (m.editor.clone(), props.file, path.clone());
            Callback::from(move |_| editor.dispatch(Edit::Remove(file, path.clone())))
        };
        let label = format!("{} {}", props.item, i + 1);
        html! {
            <li key={i}>
                <Pair file={props.file} path={path} label={label.clone()} />
                <button type="button" class="ph-m-remove" onclick={remove}>
                    { format!("{} {label}", texts.remove) }
                </button>
            </li>
        }
    };
    html! {
        <fieldset class="ph-m-list" id={field_id(&at)}>
            <legend>{ props.label.clone() }</legend>
            <ol>{ for (0..count).map(row) }</ol>
            <button type="button" class="ph-m-add" onclick={add}>{ props.add.clone() }</button>
            <Problems path={at} />
        </fieldset>
    }
}
