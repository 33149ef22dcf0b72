//! A text in both languages (`{"zh": …, "en": …}`) as a pair of fields.

use yew::prelude::*;

use super::editor::DataFile;
use super::fields::{field_id, Field, Input, Problems};
use super::page::use_maintain;
use super::tree::{path_text, Path, Step};

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
