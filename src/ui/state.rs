//! The page's one state and its pure reducer. Timers, storage and fetching live in effects
//! (see `app.rs`); they only dispatch actions here.

use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::Reducible;

use super::i18n::Lang;
use crate::engine::Engine;

/// Everything the page shows is derived from this and the engine's answers.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The validated data; `None` only if even the compiled-in data failed validation.
    pub engine: Option<Rc<Engine>>,
    /// Why the data could not be used, shown instead of the halls.
    pub data_problem: Option<Rc<str>>,
    pub lang: Lang,
    /// The Beijing wall-clock time the status is computed for.
    pub now: NaiveDateTime,
}

/// Engines compare by identity: a new engine is new data, the same `Rc` is the same data.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        let same_engine = match (&self.engine, &other.engine) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same_engine
            && self.data_problem == other.data_problem
            && self.lang == other.lang
            && self.now == other.now
    }
}

impl AppState {
    /// The state at start-up, from the compiled-in data.
    pub fn new(lang: Lang, now: NaiveDateTime) -> AppState {
        let (engine, data_problem) = match Engine::embedded() {
            Ok(engine) => (Some(Rc::new(engine)), None),
            Err(errors) => (None, Some(Rc::from(errors.to_string()))),
        };
        AppState {
            engine,
            data_problem,
            lang,
            now,
        }
    }
}

/// What can happen to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The clock moved on (Beijing wall time).
    Tick(NaiveDateTime),
    SetLang(Lang),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Tick(now) if now != self.now => Rc::new(AppState {
                now,
                ..(*self).clone()
            }),
            Action::SetLang(lang) if lang != self.lang => Rc::new(AppState {
                lang,
                ..(*self).clone()
            }),
            _ => self,
        }
    }
}
