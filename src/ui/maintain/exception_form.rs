//! One temporary change in a form: its date, the halls (or all), closed all day or the
//! day's windows, and the reason in both languages; each field with its problems.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::editor::{new_window, DataFile, Edit};
use super::fields::{field_id, Choice, Field, Problems};
use super::page::use_maintain;
use super::pair_list::Pair;
use super::tree::{get, path_text, Path, Step};
use crate::engine::Value;
use crate::ui::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ExceptionFormProps {
    /// The change's place in the list.
    pub index: usize,
}

#[function_component(ExceptionForm)]
pub fn exception_form(props: &ExceptionFormProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let file = DataFile::Exceptions;
    let base: Path = vec![Step::Key("exceptions"), Step::Index(props.index)];
    let at = |steps: &[Step]| [base.clone(), steps.to_vec()].concat();
    let item = m
        .editor
        .items(file, "exceptions")
        .get(props.index)
        .cloned()
        .unwrap_or(Value::Null);
    let dispatch = |edits: Vec<Edit>| {
        let editor = m.editor.clone();
        move || edits.iter().cloned().for_each(|e| editor.dispatch(e))
    };
    // Closed all day, or changed hours: the other field goes.
    let closed = item.get("closed") == Some(&Value::Bool(true));
    let set_closed = dispatch(vec![
        Edit::Remove(file, at(&[Step::Key("windows")])),
        Edit::Set(file, at(&[Step::Key("closed")]), Value::Bool(true)),
    ]);
    let set_hours = dispatch(vec![
        Edit::Remove(file, at(&[Step::Key("closed")])),
        Edit::Set(
            file,
            at(&[Step::Key("windows")]),
            Value::Array(vec![new_window()]),
        ),
    ]);
    let own = path_text(&base);
    let id = field_id(&own);
    let title = format!("{} {}", texts.exception, props.index + 1);
    let remove = dispatch(vec![Edit::Remove(file, base.clone())]);
    html! {
        <section class="ph-m-item" id={id.clone()} aria-labelledby={format!("{id}-heading")}>
            <h3 id={format!("{id}-heading")}>{ title.clone() }</h3>
            <Problems path={own.clone()} />
            <Field {file} path={at(&[Step::Key("date")])} label={texts.date} hint={texts.date_hint} />
            <HallsChoice index={props.index} />
            <fieldset class="ph-m-radios">
                <legend>{ format!("{}{}", texts.closed, if m.lang == Lang::Zh { "或" } else { " or " }) }{ texts.changed_hours }</legend>
                <label><input type="radio" name={format!("{id}-kind")} checked={closed}
                    onchange={Callback::from(move |_| set_closed())} />{ texts.closed }</label>
                <label><input type="radio" name={format!("{id}-kind")} checked={!closed}
                    onchange={Callback::from(move |_| set_hours())} />{ texts.changed_hours }</label>
            </fieldset>
            if !closed {
                <Windows index={props.index} />
            }
            <Pair {file} path={at(&[Step::Key("reason")])} label={texts.reason} />
            <button type="button" class="ph-m-remove" onclick={Callback::from(move |_| remove())}>
                { format!("{} {title}", texts.remove) }
            </button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct IndexProps {
    index: usize,
}

/// The halls a change applies to: all of them, or those ticked.
#[function_component(HallsChoice)]
fn halls_choice(props: &IndexProps) -> Html {
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

/// The windows of a day with changed hours: start, end and service of each, removable, and
/// a button that adds one.
#[function_component(Windows)]
fn windows(props: &IndexProps) -> Html {
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
        let name = format!("{} {}", texts.window, i + 1);
        html! {
            <li key={i} id={field_id(&path_text(&window))}>
                <Field {file} path={field("start")} label={format!("{name} {}", texts.start)} hint="09:00" />
                <Field {file} path={field("end")} label={format!("{name} {}", texts.end)} />
                <Choice {file} path={field("appointment")} label={format!("{name} {}", texts.appointment)}
                    options={services.clone()} unknown="" />
                <Problems path={path_text(&window)} />
                <button type="button" class="ph-m-remove" onclick={remove}>{ format!("{} {name}", texts.remove) }</button>
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
