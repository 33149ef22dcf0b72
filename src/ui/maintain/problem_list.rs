//! Every problem the engine finds in the edited files, in one list: where it is and what is
//! wrong, in plain words; each links to its field. Announced politely as it changes.

use yew::prelude::*;

use super::editor::DataFile;
use super::fields::field_id;
use super::page::use_maintain;
use crate::ui::i18n::{problem_message, problem_place, Lang};

/// Moves to the field of the problem at `path`: the field itself, or the nearest form that
/// holds it (a path such as `matters[2].keywords.zh[1]` has no field of its own).
fn go_to(path: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let mut at = path.to_string();
    loop {
        if let Some(el) = document.get_element_by_id(&field_id(&at)) {
            el.scroll_into_view();
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
            return;
        }
        match at.rfind(['.', '[']) {
            Some(cut) => at.truncate(cut),
            None => return,
        }
    }
}

#[function_component(ProblemList)]
pub fn problem_list() -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let item = |e: &crate::engine::DataError| {
        let file = DataFile::of_problem(&e.path)
            .map(DataFile::name)
            .unwrap_or_default();
        let path = e.path.clone();
        let (file_note, colon) = match m.lang {
            Lang::Zh => (format!("（{file}）"), "："),
            Lang::En => (format!(" ({file})"), ": "),
        };
        let onclick = Callback::from(move |ev: MouseEvent| {
            ev.prevent_default();
            go_to(&path);
        });
        html! {
            <li data-path={e.path.clone()}>
                <a href={format!("#{}", field_id(&e.path))} {onclick}>
                    <span class="ph-m-place">{ problem_place(m.lang, &e.path) }</span>
                </a>
                <span class="ph-m-file">{ file_note }</span>
                { colon }
                <span class="ph-m-message">{ problem_message(m.lang, &e.message) }</span>
            </li>
        }
    };
    html! {
        <section class="ph-m-section ph-m-problems" aria-labelledby="ph-m-problems">
            <h2 id="ph-m-problems">{ texts.problems_heading }</h2>
            <div role="status" aria-live="polite">
                if m.problems.is_empty() {
                    <p class="ph-m-ok">{ texts.no_problems }</p>
                } else {
                    <p class="ph-m-count">{ format!("{}{}{}", texts.problem_count.0, m.problems.len(), texts.problem_count.1) }</p>
                }
            </div>
            if !m.problems.is_empty() {
                <ol class="ph-m-problem-list">{ for m.problems.iter().map(item) }</ol>
            }
        </section>
    }
}
