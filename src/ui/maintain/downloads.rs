//! Downloading the edited files, written from their raw trees by the browser's
//! `JSON.stringify` (members in the shipped files' order, indented as they are), ready to
//! replace the files of a data folder or of the repository.

use yew::prelude::*;

use super::editor::DataFile;
use super::page::use_maintain;
use crate::ui::data_folder::stringify;
use crate::ui::download::download;

#[function_component(Downloads)]
pub fn downloads() -> Html {
    let m = use_maintain();
    let failed = use_state(|| false);
    let Some(m) = m else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let button = |file: DataFile| {
        let tree = m.editor.tree(file).cloned();
        let disabled = tree.is_none();
        let failed = failed.clone();
        let onclick = Callback::from(move |_| {
            let saved = tree
                .as_ref()
                .and_then(stringify)
                .map(|text| download(file.name(), "application/json", &text));
            failed.set(!matches!(saved, Some(Ok(()))));
        });
        html! {
            <li>
                <button type="button" class="ph-m-download" data-file={file.name()} {disabled} {onclick}>
                    { format!("{}{}", texts.download, file.name()) }
                </button>
            </li>
        }
    };
    html! {
        <section class="ph-m-section" aria-labelledby="ph-m-download">
            <h2 id="ph-m-download">{ texts.download_heading }</h2>
            <p class="ph-m-hint">{ texts.download_intro }</p>
            if !m.problems.is_empty() {
                <p class="ph-m-blocked">{ texts.download_with_problems }</p>
            }
            <ul class="ph-m-downloads">{ for DataFile::ALL.into_iter().map(button) }</ul>
            if *failed {
                <p role="alert">{ texts.download_failed }</p>
            }
        </section>
    }
}
