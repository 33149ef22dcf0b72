//! The data page's root: owns the editor (the one reducer) and the language, checks the
//! files with the engine after every change, and shares all three with the sections.

use std::rc::Rc;

use yew::prelude::*;

use super::downloads::Downloads;
use super::editor::{Edit, Editor};
use super::exceptions_editor::ExceptionsEditor;
use super::load_bar::LoadBar;
use super::matters_editor::MattersEditor;
use super::preview::Preview;
use super::problem_list::ProblemList;
use super::shipped::shipped_editor;
use crate::engine::{DataError, Engine};
use crate::ui::i18n::Lang;

/// The id of the element `maintain.html` mounts into.
const ROOT_ID: &str = "ph-maintain";

/// Yew runs the pure [`Editor::apply`]; an edit that changes nothing keeps the same `Rc`.
impl Reducible for Editor {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let next = self.apply(edit);
        if next.revision == self.revision {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// What every section reads: the files, the language and the engine's verdict on the files.
#[derive(Clone)]
pub struct Maintain {
    pub editor: UseReducerHandle<Editor>,
    pub lang: Lang,
    /// Every problem found, in the engine's order (empty: the files are fine).
    pub problems: Rc<Vec<DataError>>,
    /// The engine over the edited files, when they have no problem.
    pub engine: Option<Rc<Engine>>,
}

/// Equal when nothing a section shows can differ: same files (revision), language, verdict.
impl PartialEq for Maintain {
    fn eq(&self, other: &Self) -> bool {
        self.editor.revision == other.editor.revision
            && self.lang == other.lang
            && Rc::ptr_eq(&self.problems, &other.problems)
    }
}

/// The shared state of the data page (`None` outside its root).
#[hook]
pub fn use_maintain() -> Option<Maintain> {
    use_context::<Maintain>()
}

#[function_component(MaintainPage)]
fn maintain_page() -> Html {
    let editor = use_reducer(shipped_editor);
    let lang = use_state(|| Lang::Zh);
    let verdict = {
        let files = editor.clone();
        use_memo(editor.revision, move |_| match files.check() {
            Ok(engine) => (Rc::new(Vec::new()), Some(Rc::new(engine))),
            Err(errors) => (Rc::new(errors.0), None),
        })
    };
    let shared = Maintain {
        editor,
        lang: *lang,
        problems: verdict.0.clone(),
        engine: verdict.1.clone(),
    };
    let texts = lang.maintain();
    let texts_all = lang.texts();
    let switch = {
        let lang = lang.clone();
        Callback::from(move |_| lang.set(lang.other()))
    };
    html! {
        <ContextProvider<Maintain> context={shared}>
            <div class="ph-m" lang={lang.tag()}>
                <header class="ph-m-header">
                    <h1>{ texts.title }</h1>
                    <button type="button" class="ph-m-lang" lang={lang.other().tag()} aria-label={texts_all.switch_lang_label} onclick={switch}>
                        { texts_all.switch_lang }
                    </button>
                    <p class="ph-m-intro">{ texts.intro }</p>
                </header>
                <main class="ph-m-main">
                    <LoadBar />
                    <ProblemList />
                    <MattersEditor />
                    <ExceptionsEditor />
                    <Preview />
                    <Downloads />
                </main>
            </div>
        </ContextProvider<Maintain>>
    }
}

/// Mounts the data page into `#ph-maintain` (what the page held before, its no-script
/// notice, is replaced).
pub fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ROOT_ID));
    if let Some(root) = root {
        root.set_text_content(None);
        yew::Renderer::<MaintainPage>::with_root(root).render();
    }
}
