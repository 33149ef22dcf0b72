//! What every form field of the data page shares: its element id, made from its place in a
//! file's tree (the problem list links to it), and the engine's problems at that place,
//! listed right under it in the page's language. The fields themselves, one per file:
//! [`super::field`], [`super::check`], [`super::choice`].

use yew::prelude::*;

use super::editor::problems_at;
use super::page::use_maintain;
use crate::ui::i18n::problem_message;

pub use super::check::Check;
pub use super::choice::Choice;
pub use super::field::{Field, Input};

/// The element id of the field at `path` (`matters[2].hall` → `f-matters-2-hall`), which
/// the problem list links to.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f");
    for part in path.split(['.', '[', ']']).filter(|p| !p.is_empty()) {
        id.push('-');
        id.push_str(part);
    }
    id
}

/// The problems at `path` (`below`: also those inside it), worded in `lang`.
#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub path: String,
    #[prop_or_default]
    pub below: bool,
}

#[function_component(Problems)]
pub fn problems(props: &ProblemsProps) -> Html {
    let Some(m) = use_maintain() else {
        return html! {};
    };
    let found = problems_at(&m.problems, &props.path, props.below);
    if found.is_empty() {
        return html! {};
    }
    html! {
        <ul class="ph-m-field-problems" id={format!("{}-problems", field_id(&props.path))}>
            { for found.iter().map(|e| html! { <li>{ problem_message(m.lang, &e.message) }</li> }) }
        </ul>
    }
}
