//! The root component: owns the reducer, shares it through context, runs the hooks that
//! feed it (the clock, the URL, the stored preferences), and picks the view the route names.

use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::components::{
    Announcer, ClockNotice, HallDetail, HallList, Header, MatterFinder, Nav, Planner,
};
use super::hooks::{beijing_now, stored_prefs, use_clock, use_remembered_prefs, use_url_sync};
use super::i18n::Lang;
use super::route::{Route, View};
use super::state::{Action, AppState};
use crate::engine::{Engine, HallStatus};

/// The reducer handle every component reads the state from and dispatches to.
pub type AppContext = UseReducerHandle<AppState>;

/// Every hall's status at the moment shown, in data order: asked of the engine once per
/// moment and shared by the cards and the screen-reader announcer.
pub type StatusList = Rc<Vec<HallStatus>>;

/// Yew runs the pure reducer [`AppState::reduce`], which builds and is tested natively.
impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        AppState::reduce(self, action)
    }
}

/// How the embedder or a test starts the page.
#[derive(Properties)]
pub struct AppProps {
    /// Start at this route instead of the one in the page URL.
    #[prop_or_default]
    pub route: Option<Route>,
    /// Start in this language instead of the link's or the device's choice.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Mirror the route into the page URL (the standalone page does; tests do not).
    #[prop_or(true)]
    pub sync_url: bool,
    /// "Now" in Beijing wall time, for a test or a kiosk with its own clock: the page then
    /// never reads the device clock. `None`: the device clock, ticking each minute.
    #[prop_or_default]
    pub now: Option<NaiveDateTime>,
    /// Answer from this engine instead of the data compiled in (a test's fixture data, an
    /// embedder's checked files). `None`: [`Engine::embedded`].
    #[prop_or_default]
    pub engine: Option<Rc<Engine>>,
}

/// Engines compare by identity, as in [`AppState`]: the same `Rc` is the same data.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        let same_engine = match (&self.engine, &other.engine) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        same_engine
            && self.route == other.route
            && self.lang == other.lang
            && self.sync_url == other.sync_url
            && self.now == other.now
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let (route, lang, now) = (props.route.clone(), props.lang, props.now);
    let engine = props.engine.clone();
    let state = use_reducer(move || {
        let (stored_lang, elderly) = stored_prefs();
        let route = route.unwrap_or_else(|| {
            let search = web_sys::window().and_then(|w| w.location().search().ok());
            Route::parse(&search.unwrap_or_default())
        });
        let lang = lang.or(route.lang).or(stored_lang).unwrap_or_default();
        let read = now.or_else(beijing_now);
        // An unreadable clock is past chrono's range: its last minute is the nearest time.
        let mut state = AppState::new(lang, elderly, read.unwrap_or(NaiveDateTime::MAX), route);
        state.clock_unreadable = read.is_none();
        if let Some(engine) = engine {
            state.engine = engine;
        }
        state
    });
    use_clock(&state, props.now);
    use_url_sync(&state, props.sync_url);
    use_remembered_prefs(&state);
    let full_page = props.sync_url;
    use_effect_with((), move |_| {
        // Effects run after the first commit, so the first status is on screen now.
        let performance = web_sys::window().and_then(|w| w.performance());
        if let Some(performance) = performance {
            let _ = performance.mark("hours-ready");
        }
        if full_page {
            super::offline::register_service_worker();
        }
    });

    let statuses: StatusList = {
        let (engine, moment) = (state.engine.clone(), state.moment());
        let data = Rc::as_ptr(&engine) as usize;
        use_memo((moment, data), move |_| engine.status_all(moment))
    };
    let texts = state.lang.texts();
    let body = match &state.route.view {
        View::Now => html! { <HallList /> },
        View::Planner => html! { <Planner /> },
        View::Matters => html! { <MatterFinder /> },
        View::Hall(id) => html! { <HallDetail id={id.clone()} /> },
    };
    let class = classes!("ph-app", state.elderly.then_some("ph-elderly"));
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<StatusList> context={statuses}>
            <div {class} lang={state.lang.tag()} data-ready="true">
                <a class="ph-skip" href="#ph-main">{ texts.skip_to_content }</a>
                <Header />
                <ClockNotice />
                <Nav />
                <main id="ph-main" class="ph-main" tabindex="-1">{ body }</main>
                <Announcer />
            </div>
        </ContextProvider<StatusList>>
        </ContextProvider<AppContext>>
    }
}
