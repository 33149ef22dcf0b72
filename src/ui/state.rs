//! The page's one state and its pure reducer. The clock, storage and the URL live in hooks
//! (`hooks.rs`); they only dispatch actions here. Nothing here touches the browser, so the
//! reducer builds and is tested natively (`state_tests.rs`).

use std::rc::Rc;

use chrono::NaiveDateTime;

use super::clock_check::{is_implausible, ClockProblem};
use super::embedding::Embedding;
use super::i18n::Lang;
use super::route::{HallOrder, Route, View};
use crate::engine::{Engine, HallStatus};

/// Everything the page shows is derived from this and the engine's answers.
#[derive(Clone)]
pub struct AppState {
    /// The validated data: the compiled-in data, checked when the page was built, or that
    /// data with an embedder's folder's files in it once they passed the same checks.
    pub engine: Rc<Engine>,
    /// Where `engine`'s data comes from, and whether an embedder's files were refused.
    pub data_source: DataSource,
    pub lang: Lang,
    /// Larger type, higher contrast, simpler layout (长辈模式).
    pub elderly: bool,
    /// "Now" in Beijing wall time: the device clock, or the time the embedder or a test gave.
    pub clock: NaiveDateTime,
    /// What the visitor is looking at; mirrored in the URL.
    pub route: Route,
    /// Where the widget is shown (its own page, an iframe, a host's element): fixed at mount.
    pub embedding: Rc<Embedding>,
    /// The device clock reads a time chrono cannot represent (a clock set far past the year
    /// 262142): `clock` keeps the last time that could be read, and the page says so.
    pub clock_unreadable: bool,
    /// The language the page started in, which a hall screen goes back to when left alone.
    pub home_lang: Lang,
    /// A hall screen shows its "continue on your phone" code.
    pub phone_code: bool,
}

/// Engines compare by identity: a new engine is new data, the same `Rc` is the same data.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.engine, &other.engine)
            && self.lang == other.lang
            && self.elderly == other.elderly
            && self.clock == other.clock
            && self.route == other.route
            && Rc::ptr_eq(&self.embedding, &other.embedding)
            && self.clock_unreadable == other.clock_unreadable
            && self.home_lang == other.home_lang
            && self.phone_code == other.phone_code
            && self.data_source == other.data_source
    }
}

/// Where the data in use comes from. An embedder's folder (`data="…"`, `?data=`) is read
/// after the first status is shown; its files replace the compiled-in ones together, or not
/// at all.
#[derive(Clone, Copy, Default, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub enum DataSource {
    /// The data compiled in (no folder, or a folder holding none of the files).
    #[default]
    Embedded,
    /// The compiled-in data with the folder's files in it, checked by the engine.
    Override,
    /// The folder's files had this many problems: refused, the compiled-in data stays.
    Refused(usize),
}

impl DataSource {
    /// The value of the root's `data-source` hook: whose data the answers come from.
    pub fn as_str(self) -> &'static str {
        match self {
            DataSource::Override => "override",
            DataSource::Embedded | DataSource::Refused(_) => "embedded",
        }
    }
}

impl AppState {
    /// The state at start-up, from the compiled-in data; a language in the route wins.
    pub fn new(lang: Lang, elderly: bool, clock: NaiveDateTime, route: Route) -> AppState {
        AppState::with_engine(Rc::new(Engine::embedded()), lang, elderly, clock, route)
    }

    /// The state over `engine`: the page's first module starts with the halls alone
    /// ([`Engine::embedded_halls`]), a test or an embedder with data of its own.
    pub fn with_engine(
        engine: Rc<Engine>,
        lang: Lang,
        elderly: bool,
        clock: NaiveDateTime,
        route: Route,
    ) -> AppState {
        let lang = route.lang.unwrap_or(lang);
        AppState {
            engine,
            lang,
            elderly,
            clock,
            route,
            embedding: Rc::default(),
            clock_unreadable: false,
            data_source: DataSource::Embedded,
            home_lang: lang,
            phone_code: false,
        }
    }

    /// The moment every answer is computed for: the chosen one, or now.
    pub fn moment(&self) -> NaiveDateTime {
        self.route.at.unwrap_or(self.clock)
    }

    /// Every hall's status at the moment shown, in data order; only the embedder's hall when
    /// it names one the data knows. The one list the cards, the announcer and the first
    /// view's markup are drawn from.
    pub fn statuses(&self) -> Vec<HallStatus> {
        let engine = &self.engine;
        let mut all = engine.status_all(self.moment());
        let chosen = self.embedding.hall.as_deref();
        let is_chosen = |s: &HallStatus| {
            let id = engine.halls().get(s.hall).map(|h| &*h.id);
            chosen.is_some() && id == chosen
        };
        if all.iter().any(is_chosen) {
            all.retain(is_chosen);
        }
        all
    }

    /// Whether the page shows a chosen moment rather than the live clock.
    pub fn is_pinned(&self) -> bool {
        self.route.at.is_some()
    }

    /// Whether the page is where a hall screen rests: every hall now, in the language it
    /// started in, without elderly mode or the phone code (a parameter not understood at
    /// start-up is kept).
    pub fn is_home(&self) -> bool {
        let home = Route {
            lang: self.route.lang,
            problem: self.route.problem.clone(),
            ..Route::default()
        };
        self.route == home && self.lang == self.home_lang && !self.elderly && !self.phone_code
    }

    /// What is wrong with the device clock, if anything: unreadable, or a date the data's
    /// calendars make implausible (`clock_check.rs`).
    pub fn clock_problem(&self) -> Option<ClockProblem> {
        if self.clock_unreadable {
            Some(ClockProblem::Unreadable)
        } else if is_implausible(self.clock, self.engine.calendar_years()) {
            Some(ClockProblem::Implausible)
        } else {
            None
        }
    }
}

/// What can happen to the page.
#[cfg_attr(test, derive(Clone, Debug))]
pub enum Action {
    /// The clock moved on (Beijing wall time).
    Tick(NaiveDateTime),
    /// The device clock could not be read as a Beijing time (out of chrono's range).
    ClockUnreadable,
    SetLang(Lang),
    SetElderly(bool),
    /// Go to a view, keeping the chosen moment and the matter search.
    Show(View),
    /// Choose a moment (`None`: back to now).
    SetAt(Option<NaiveDateTime>),
    /// The matter search text changed.
    SetQuery(String),
    /// The station search text changed.
    SetStationQuery(String),
    /// Narrow the matter list to a hall (`None`: all halls).
    SetMatterHall(Option<String>),
    /// Open a matter in the finder (`None`: close it).
    OpenMatter(Option<String>),
    /// Order the hall list (the data's order, or open halls first).
    SetOrder(HallOrder),
    /// The browser's back/forward buttons restored a route.
    Restore(Route),
    /// An embedder's data files passed the engine's checks: answer from them from now on.
    DataReplaced(Rc<Engine>),
    /// An embedder's data files had this many problems: the data in use stays.
    DataRefused(usize),
    /// Show or hide a hall screen's "continue on your phone" code.
    ShowPhoneCode(bool),
    /// A hall screen was left alone: back to every hall now, in the language it started
    /// in, without elderly mode, the phone code, or the last visitor's search or choices.
    Reset,
}

impl AppState {
    /// The next state after `action`: pure (no clock, no browser), so every transition is
    /// tested natively. An action that changes nothing returns the same `Rc`, so nothing
    /// re-renders.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Tick(clock) => {
                next.clock = clock;
                next.clock_unreadable = false;
            }
            Action::ClockUnreadable => next.clock_unreadable = true,
            Action::SetLang(lang) => next.lang = lang,
            Action::SetElderly(on) => next.elderly = on,
            Action::Show(view) => {
                next.route.view = view;
                next.route.problem = None;
            }
            Action::SetAt(at) => {
                next.route.at = at;
                next.route.problem = None;
            }
            Action::SetQuery(query) => {
                next.route.query = query;
                next.route.matter = None;
            }
            Action::SetStationQuery(text) => next.route.station = text,
            Action::SetMatterHall(hall) => {
                next.route.matter_hall = hall;
                next.route.matter = None;
            }
            Action::OpenMatter(matter) => next.route.matter = matter,
            Action::SetOrder(order) => next.route.order = order,
            Action::Restore(route) => {
                next.lang = route.lang.unwrap_or(next.lang);
                next.route = route;
            }
            Action::DataReplaced(engine) => {
                next.engine = engine;
                next.data_source = DataSource::Override;
            }
            Action::DataRefused(problems) => next.data_source = DataSource::Refused(problems),
            Action::ShowPhoneCode(on) => next.phone_code = on,
            Action::Reset => {
                next.route = Route {
                    lang: next.route.lang,
                    problem: next.route.problem.take(),
                    ..Route::default()
                };
                next.lang = next.home_lang;
                next.elderly = false;
                next.phone_code = false;
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

mod derived;
mod start;

pub use start::StartFrom;

#[cfg(test)]
mod tests;
