//! One temporary change in a form: its date, the halls (or all), closed all day or the
//! day's windows, and the reason in both languages; each field with its problems.

use yew::prelude::*;

use super::editor::{DataFile, Edit};
use super::fields::{field_id, Field, Problems};
use super::halls_choice::HallsChoice;
use super::page::use_maintain;
use super::pair::Pair;
use super::templates::new_window;
use super::tree::{path_text, Path, Step};
use super::windows_list::Windows;
use crate::engine::Value;
use crate::ui::i18n::{numbered, words, Lang};

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
    let title = numbered(m.lang, texts.exception, props.index + 1);
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
                { words(m.lang, &[texts.remove, &title]) }
            </button>
        </section>
    }
}
