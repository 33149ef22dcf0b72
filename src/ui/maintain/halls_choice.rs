//! The halls a temporary change applies to: all of them, or those ticked (`"all"` or a list
//! of hall ids in exceptions.json).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::editor::{DataFile, Edit};
use super::fields::{field_id, Problems};
use super::page::use_maintain;
use super::tree::{get, path_text, Path, Step};
use crate::engine::Value;
use crate::ui::i18n::Lang;

/// Which change of the list.
#[derive(Properties, PartialEq)]
pub struct IndexProps {
    pub index: usize,
}

/// The halls a change applies to: all of them, or those ticked.
#[function_component(HallsChoice)]
pub fn halls_choice(props: &IndexProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let path: Path = vec![
        Step::Key("exceptions"),
        Step::Index(props.index),
        Step::Key("halls"),
    ];
    let at = path_text(&path);
    let id = field_id(&at);
    let current = m
        .editor
        .tree(DataFile::Exceptions)
        .and_then(|t| get(t, &path))
        .cloned();
    let all = current.as_ref().and_then(Value::as_str) == Some("all");
    let listed: Vec<String> = match &current {
        Some(Value::Array(ids)) => ids
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    };
    let set = |value: Value| {
        let (editor, path) = (m.editor.clone(), path.clone());
        move || editor.dispatch(Edit::Set(DataFile::Exceptions, path.clone(), value.clone()))
    };
    let toggle_all = {
        let (on, off) = (
            set(Value::String("all".into())),
            set(Value::Array(Vec::new())),
        );
        Callback::from(move |e: Event| {
            match e.target_unchecked_into::<HtmlInputElement>().checked() {
                true => on(),
                false => off(),
            }
        })
    };
    let hall = |(hall_id, zh, en): (String, String, String)| {
        let ticked = listed.contains(&hall_id);
        let mut next: Vec<String> = listed.iter().filter(|h| **h != hall_id).cloned().collect();
        if !ticked {
            next.push(hall_id.clone());
        }
        let change = set(Value::Array(next.into_iter().map(Value::String).collect()));
        let box_id = format!("{id}-{hall_id}");
        html! {
            <div class="ph-m-check">
                <input id={box_id.clone()} type="checkbox" checked={ticked} disabled={all}
                    onchange={Callback::from(move |_| change())} />
                <label for={box_id}>{ if m.lang == Lang::Zh { zh } else { en } }</label>
            </div>
        }
    };
    html! {
        <fieldset class="ph-m-halls" id={id.clone()}>
            <legend>{ texts.halls }</legend>
            <div class="ph-m-check">
                <input id={format!("{id}-all")} type="checkbox" checked={all} onchange={toggle_all} />
                <label for={format!("{id}-all")}>{ texts.all_halls }</label>
            </div>
            { for m.editor.hall_choices().into_iter().map(hall) }
            <Problems path={at} below=true />
        </fieldset>
    }
}
