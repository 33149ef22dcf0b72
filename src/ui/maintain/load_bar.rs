//! Loading the files: the data this build ships, or files staff open from their computer
//! (read on the device, parsed by the browser's `JSON.parse` as the widget's data folder is:
//! [`crate::ui::data_folder::parse`]). A file is told by its name.

use gloo::file::callbacks::{read_as_text, FileReader};
use gloo::file::File;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::editor::{DataFile, Edit};
use super::page::use_maintain;
use super::shipped::shipped;
use crate::ui::data_folder::parse;

#[function_component(LoadBar)]
pub fn load_bar() -> Html {
    let m = use_maintain();
    // Readers still reading; dropping one would cancel it.
    let readers = use_mut_ref(Vec::<FileReader>::new);
    let refused = use_state(Vec::<String>::new);
    let Some(m) = m else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let load_shipped = {
        let (editor, refused) = (m.editor.clone(), refused.clone());
        Callback::from(move |_| {
            refused.set(Vec::new());
            DataFile::ALL
                .into_iter()
                .for_each(|f| editor.dispatch(Edit::Load(f, shipped(f))));
        })
    };
    let open = {
        let (editor, refused) = (m.editor.clone(), refused.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(list) = input.files() else {
                return;
            };
            let mut not_ours = Vec::new();
            for i in 0..list.length() {
                let Some(chosen) = list.get(i) else {
                    continue;
                };
                let name = chosen.name();
                let Some(file) = DataFile::from_name(&name) else {
                    not_ours.push(name);
                    continue;
                };
                let editor = editor.clone();
                let reader = read_as_text(&File::from(chosen), move |text| {
                    let raw = match text {
                        Ok(text) => parse(&text, file.name()),
                        Err(e) => Err(crate::engine::DataError::new(file.name(), e.to_string())),
                    };
                    editor.dispatch(Edit::Load(file, raw));
                });
                readers.borrow_mut().push(reader);
            }
            refused.set(not_ours);
            // The same file chosen again is read again.
            input.set_value("");
        })
    };
    html! {
        <section class="ph-m-section" aria-labelledby="ph-m-files">
            <h2 id="ph-m-files">{ texts.files_heading }</h2>
            <button type="button" class="ph-m-load" onclick={load_shipped}>{ texts.load_shipped }</button>
            <label class="ph-m-open" for="ph-m-open">{ texts.choose_files }</label>
            <input id="ph-m-open" type="file" accept=".json,application/json" multiple=true onchange={open} />
            if !refused.is_empty() {
                <p class="ph-m-refused" role="alert">{ format!("{}{}", texts.not_a_data_file, refused.join("、")) }</p>
            }
        </section>
    }
}
