//! The temporary changes (exceptions.json): every change's form, and a button to add one.

use yew::prelude::*;

use super::editor::{DataFile, Edit};
use super::exception_form::ExceptionForm;
use super::page::use_maintain;
use super::templates::new_exception;
use super::tree::Step;

#[function_component(ExceptionsEditor)]
pub fn exceptions_editor() -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let count = m.editor.items(DataFile::Exceptions, "exceptions").len();
    let add = {
        let editor = m.editor.clone();
        Callback::from(move |_| {
            let path = vec![Step::Key("exceptions")];
            editor.dispatch(Edit::Push(DataFile::Exceptions, path, new_exception()));
        })
    };
    html! {
        <section class="ph-m-section" aria-labelledby="ph-m-exceptions">
            <h2 id="ph-m-exceptions">{ texts.exceptions_heading }</h2>
            <p class="ph-m-hint">{ texts.exceptions_intro }</p>
            { for (0..count).map(|index| html! { <ExceptionForm key={index} {index} /> }) }
            <button type="button" class="ph-m-add" onclick={add}>{ texts.add_exception }</button>
        </section>
    }
}
