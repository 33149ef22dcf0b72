//! A one-line input bound to one place in a file's tree: it shows the value there, sends
//! each change as an [`Edit`], and lists the problems at that place under itself.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::editor::{problems_at, DataFile, Edit};
use super::fields::{field_id, Problems};
use super::page::use_maintain;
use super::tree::{get, path_text, Path, Step};
use crate::engine::Value;
use crate::ui::i18n::Lang;

/// How a field's input turns into an edit.
#[derive(Clone, Copy, PartialEq)]
pub enum Input {
    /// A string; `null` when emptied if `optional`.
    Text { optional: bool },
    /// A whole number, or removed when empty.
    Number,
    /// A list of words in one line (applied when the field is left, so a comma just typed
    /// stays).
    Words,
}

/// A one-line input at `path` of `file`.
#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub file: DataFile,
    pub path: Path,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or(Input::Text { optional: false })]
    pub input: Input,
}

/// The value shown for `v` in a field of this kind; words are listed as the language of
/// the list writes them (`社保、医保`, `ID card, passport`).
fn shown(v: Option<&Value>, input: Input, words_lang: Lang) -> String {
    match (v, input) {
        (Some(Value::Array(words)), Input::Words) => {
            let words: Vec<&str> = words.iter().filter_map(Value::as_str).collect();
            words.join(if words_lang == Lang::Zh { "、" } else { ", " })
        }
        (Some(Value::Number(n)), _) => match n {
            crate::engine::Number::Unsigned(u) => u.to_string(),
            crate::engine::Number::Signed(i) => i.to_string(),
            crate::engine::Number::Float(x) => x.to_string(),
        },
        (Some(Value::String(s)), _) => s.clone(),
        _ => String::new(),
    }
}

#[function_component(Field)]
pub fn field(props: &FieldProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let at = path_text(&props.path);
    let id = field_id(&at);
    let tree = m.editor.tree(props.file);
    let words_lang = match props.path.last() {
        Some(Step::Key("en")) => Lang::En,
        _ => Lang::Zh,
    };
    let value = shown(
        tree.and_then(|t| get(t, &props.path)),
        props.input,
        words_lang,
    );
    let edit = {
        let (editor, file, path, input) = (
            m.editor.clone(),
            props.file,
            props.path.clone(),
            props.input,
        );
        move |text: String| {
            editor.dispatch(match input {
                Input::Text { optional: true } if text.is_empty() => {
                    Edit::Set(file, path.clone(), Value::Null)
                }
                Input::Text { .. } => Edit::Text(file, path.clone(), text),
                Input::Number => Edit::Number(file, path.clone(), text),
                Input::Words => Edit::Words(file, path.clone(), text),
            })
        }
    };
    let read = |e: &Event| e.target_unchecked_into::<HtmlInputElement>().value();
    let (oninput, onchange) = match props.input {
        Input::Words => (None, Some(Callback::from(move |e: Event| edit(read(&e))))),
        _ => (
            Some(Callback::from(move |e: InputEvent| edit(read(&e)))),
            None,
        ),
    };
    let invalid = !problems_at(&m.problems, &at, true).is_empty();
    let hint_id = format!("{id}-hint");
    let described = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        invalid.then(|| format!("{id}-problems")),
    ];
    let described: Vec<String> = described.into_iter().flatten().collect();
    html! {
        <div class={classes!("ph-m-field", invalid.then_some("ph-m-invalid"))}>
            <label for={id.clone()}>{ props.label.clone() }</label>
            <input {id} type={if props.input == Input::Number { "number" } else { "text" }}
                value={value} {oninput} {onchange}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
            if let Some(hint) = &props.hint {
                <p class="ph-m-hint" id={hint_id}>{ hint.clone() }</p>
            }
            <Problems path={at} below=true />
        </div>
    }
}
