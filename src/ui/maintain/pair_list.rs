//! A list of texts in both languages (a matter's materials), each removable, with a button
//! that adds an empty one.

use yew::prelude::*;

use super::editor::{DataFile, Edit};
use super::fields::{field_id, Problems};
use super::page::use_maintain;
use super::pair::Pair;
use super::templates::new_material;
use super::tree::{get, path_text, Path, Step};
use crate::engine::Value;
use crate::ui::i18n::{numbered, words};

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
        let label = numbered(m.lang, &props.item, i + 1);
        html! {
            <li key={i}>
                <Pair file={props.file} path={path} label={label.clone()} />
                <button type="button" class="ph-m-remove" onclick={remove}>
                    { words(m.lang, &[texts.remove, &label]) }
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
