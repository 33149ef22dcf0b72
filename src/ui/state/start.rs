//! The state a widget starts in, from what it was given and what the device remembers: one
//! rule for the full page (`app.rs`) and the first module (`first_view/live.rs`), so the
//! two start alike and the handover changes nothing.

use std::rc::Rc;

use chrono::NaiveDateTime;

use super::AppState;
use crate::engine::Engine;
use crate::ui::embedding::Embedding;
use crate::ui::i18n::Lang;
use crate::ui::route::Route;

/// What a widget starts from.
pub struct StartFrom {
    pub engine: Rc<Engine>,
    pub embedding: Rc<Embedding>,
    pub route: Route,
    /// A language the embedder chose (an element's `lang`, the handover's), which wins.
    pub lang: Option<Lang>,
    /// An elderly mode the handover chose, which wins over the device's.
    pub elderly: Option<bool>,
    /// The language and elderly mode remembered on the device (read only where the
    /// embedding remembers choices).
    pub stored: (Option<Lang>, bool),
    /// The clock as read (`None`: a device clock past chrono's range).
    pub clock: Option<NaiveDateTime>,
}

impl AppState {
    /// The first state: the embedder's language, else the link's, else the device's; an
    /// unreadable clock is kept at its last representable minute and flagged.
    pub fn start(from: StartFrom) -> AppState {
        let (stored_lang, stored_elderly) = from.stored;
        let elderly = from.elderly.unwrap_or(stored_elderly);
        let lang = from
            .lang
            .or(from.route.lang)
            .or(stored_lang)
            .unwrap_or_default();
        let clock = from.clock.unwrap_or(NaiveDateTime::MAX);
        let mut state = AppState::with_engine(from.engine, lang, elderly, clock, from.route);
        state.clock_unreadable = from.clock.is_none();
        state.embedding = from.embedding;
        state
    }
}
