//! One matter of the weekend list in a form: every field of matters.json's entry, each with
//! its problems beside it. The hours come from the hall chosen (its weekend windows in
//! halls.json), as the list publishes them.

use yew::prelude::*;

use super::editor::{DataFile, Edit};
use super::fields::{field_id, Check, Choice, Field, Input, Problems};
use super::page::use_maintain;
use super::pair::Pair;
use super::pair_list::PairList;
use super::tree::{path_text, text_at, Path, Step};
use crate::engine::{MatterKind, Value};
use crate::ui::i18n::{numbered, words};

#[derive(Properties, PartialEq)]
pub struct MatterFormProps {
    /// The matter's place in the list.
    pub index: usize,
}

#[function_component(MatterForm)]
pub fn matter_form(props: &MatterFormProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let (texts, finder) = (m.lang.maintain(), m.lang.finder());
    let file = DataFile::Matters;
    let base: Path = vec![Step::Key("matters"), Step::Index(props.index)];
    let at = |key: &'static str| {
        let mut p = base.clone();
        p.push(Step::Key(key));
        p
    };
    let item = m
        .editor
        .items(file, "matters")
        .get(props.index)
        .cloned()
        .unwrap_or(Value::Null);
    let name_key = if m.lang == crate::ui::i18n::Lang::Zh {
        "zh"
    } else {
        "en"
    };
    let name = text_at(&item, &[Step::Key("name"), Step::Key(name_key)]);
    let sample = item.get("sample") == Some(&Value::Bool(true));
    let halls: Vec<(String, String)> = m
        .editor
        .hall_choices()
        .into_iter()
        .map(|(id, zh, en)| {
            (
                id,
                if m.lang == crate::ui::i18n::Lang::Zh {
                    zh
                } else {
                    en
                },
            )
        })
        .collect();
    let kinds: Vec<(String, String)> = MatterKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), finder.kind_name(*k).to_string()))
        .collect();
    let remove = {
        let (editor, path) = (m.editor.clone(), base.clone());
        Callback::from(move |_| editor.dispatch(Edit::Remove(file, path.clone())))
    };
    let own = path_text(&base);
    let heading_id = format!("{}-heading", field_id(&own));
    let sep = if m.lang == crate::ui::i18n::Lang::Zh {
        "："
    } else {
        ": "
    };
    let title = format!(
        "{}{sep}{name}",
        numbered(m.lang, texts.matter, props.index + 1)
    );
    html! {
        <section class="ph-m-item" id={field_id(&own)} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                { title.clone() }
                if sample {
                    <span class="ph-m-badge">{ texts.sample_badge }</span>
                }
            </h3>
            <Problems path={own} />
            <Field {file} path={at("id")} label={texts.id} hint={texts.id_hint} />
            <Check {file} path={at("sample")} label={texts.sample} />
            <Pair {file} path={at("name")} label={texts.name} />
            <Choice {file} path={at("hall")} label={texts.hall} options={halls} unknown={texts.unknown_hall} />
            <Pair {file} path={at("unit")} label={finder.unit} />
            <Choice {file} path={at("kind")} label={finder.kind} options={kinds} unknown="" />
            <Field {file} path={at("time_limit_days")} label={texts.time_limit} input={Input::Number} />
            <fieldset class="ph-m-flags">
                <legend>{ texts.flags }</legend>
                <Check {file} path={at("hot")} label={finder.hot} />
                <Check {file} path={at("livelihood")} label={finder.livelihood} />
                <Check {file} path={at("system_restricted")} label={finder.restricted} />
            </fieldset>
            <PairList {file} path={at("materials")} label={finder.materials_heading}
                item={texts.material} add={texts.add_material} />
            <p class="ph-m-hint">{ texts.time_note }</p>
            <Pair {file} path={at("place")} label={finder.place} />
            <Pair {file} path={at("booking")} label={finder.booking_method} />
            <fieldset class="ph-m-pair" id={field_id(&path_text(&at("keywords")))}>
                <legend>{ texts.keywords }</legend>
                <Field {file} path={[at("keywords"), vec![Step::Key("zh")]].concat()}
                    label={texts.zh} hint={texts.keywords_hint} input={Input::Words} />
                <Field {file} path={[at("keywords"), vec![Step::Key("en")]].concat()}
                    label={texts.en} input={Input::Words} />
                <Problems path={path_text(&at("keywords"))} />
            </fieldset>
            <button type="button" class="ph-m-remove" onclick={remove}>
                { words(m.lang, &[texts.remove, &title]) }
            </button>
        </section>
    }
}
