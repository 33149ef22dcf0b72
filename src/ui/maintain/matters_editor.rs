//! The weekend matter list (matters.json) and its fields for the whole list (the center's
//! public phone number, in halls.json): every matter's form, and a button to add one.

use yew::prelude::*;

use super::editor::{DataFile, Edit};
use super::fields::{Field, Input};
use super::matter_form::MatterForm;
use super::page::use_maintain;
use super::templates::new_matter;
use super::tree::Step;

#[function_component(MattersEditor)]
pub fn matters_editor() -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let count = m.editor.items(DataFile::Matters, "matters").len();
    let add = {
        let editor = m.editor.clone();
        let first_hall = m
            .editor
            .hall_choices()
            .into_iter()
            .next()
            .map(|(id, ..)| id);
        Callback::from(move |_| {
            let item = new_matter(first_hall.as_deref().unwrap_or_default());
            editor.dispatch(Edit::Push(
                DataFile::Matters,
                vec![Step::Key("matters")],
                item,
            ));
        })
    };
    let phone = vec![Step::Key("booking"), Step::Key("phone")];
    html! {
        <section class="ph-m-section" aria-labelledby="ph-m-matters">
            <h2 id="ph-m-matters">{ texts.matters_heading }</h2>
            <fieldset class="ph-m-common">
                <legend>{ texts.list_fields }</legend>
                <Field file={DataFile::Halls} path={phone} label={texts.phone} hint={texts.phone_hint}
                    input={Input::Text { optional: true }} />
            </fieldset>
            { for (0..count).map(|index| html! { <MatterForm key={index} {index} /> }) }
            <button type="button" class="ph-m-add" onclick={add}>{ texts.add_matter }</button>
        </section>
    }
}
