//! The windows of a day with changed hours: start, end and service of each, removable, and
//! a button that adds one.

use yew::prelude::*;

use super::editor::{DataFile, Edit};
use super::fields::{field_id, Choice, Field, Problems};
use super::halls_choice::IndexProps;
use super::page::use_maintain;
use super::templates::new_window;
use super::tree::{get, path_text, Path, Step};
use crate::engine::Value;
use crate::ui::i18n::{numbered, words};

/// The windows of a day with changed hours: start, end and service of each, removable, and
/// a button that adds one.
#[function_component(Windows)]
pub fn windows(props: &IndexProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let file = DataFile::Exceptions;
    let path: Path = vec![
        Step::Key("exceptions"),
        Step::Index(props.index),
        Step::Key("windows"),
    ];
    let count = match m.editor.tree(file).and_then(|t| get(t, &path)) {
        Some(Value::Array(items)) => items.len(),
        _ => 0,
    };
    let services = vec![
        ("walk_in".to_string(), texts.walk_in.to_string()),
        ("required".to_string(), texts.required.to_string()),
    ];
    let row = |i: usize| {
        let window = [path.clone(), vec![Step::Index(i)]].concat();
        let field = |key: &'static str| [window.clone(), vec![Step::Key(key)]].concat();
        let remove = {
            let (editor, window) = (m.editor.clone(), window.clone());
            Callback::from(move |_| editor.dispatch(Edit::Remove(file, window.clone())))
        };
        let name = numbered(m.lang, texts.window, i + 1);
        html! {
            <li key={i} id={field_id(&path_text(&window))}>
                <Field {file} path={field("start")} label={words(m.lang, &[&name, texts.start])} hint="09:00" />
                <Field {file} path={field("end")} label={words(m.lang, &[&name, texts.end])} />
                <Choice {file} path={field("appointment")} label={words(m.lang, &[&name, texts.appointment])}
                    options={services.clone()} unknown="" />
                <Problems path={path_text(&window)} />
                <button type="button" class="ph-m-remove" onclick={remove}>{ words(m.lang, &[texts.remove, &name]) }</button>
            </li>
        }
    };
    let add = {
        let (editor, path) = (m.editor.clone(), path.clone());
        Callback::from(move |_| editor.dispatch(Edit::Push(file, path.clone(), new_window())))
    };
    html! {
        <fieldset class="ph-m-list" id={field_id(&path_text(&path))}>
            <legend>{ texts.changed_hours }</legend>
            <ol>{ for (0..count).map(row) }</ol>
            <button type="button" class="ph-m-add" onclick={add}>{ texts.add_window }</button>
            <Problems path={path_text(&path)} />
        </fieldset>
    }
}
