//! The root component: owns the reducer, shares it through context, runs the hooks that
//! feed it (the clock, the URL, the stored preferences), and picks the view the route names.
//! It is generic over the views a build can show ([`Views`]): the first module and the full
//! page render the same root, so handing over from one to the other changes nothing on screen.
//! The hall screen's parts (the wait for a touch, the wake lock, the phone code, the live
//! board) come with the full page's views.

use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::components::{Announcer, ClockNotice, DataNotice, Header, MaintainerNote, Nav};
use super::data_update::use_data_folder;
use super::embedding::{route_in_host_query, Embedding, Layout, Mode};
use super::hooks::{
    beijing_now, stored_prefs, use_clock, use_document_title, use_remembered_prefs, use_url_sync,
    use_view_focus,
};
use super::host_url::use_host_url;
use super::i18n::Lang;
use super::route::{Route, View};
use super::state::{Action, AppState, DataSource};
use super::views::{AllViews, Views};
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

/// How the embedder or a test starts the page. `..AppProps::default()` fills in what a
/// caller does not set (the defaults of the project's own page).
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
    /// Where the widget is shown: its own page (the default), an iframe or a host's element.
    #[prop_or_default]
    pub embedding: Rc<Embedding>,
    /// The host element of a `<pinggu-hours>` widget, which gets `data-ready` once the first
    /// status is shown (the light-DOM hook a host page can wait for).
    #[prop_or_default]
    pub host: Option<web_sys::Element>,
    /// A folder of replacement data files (the element's `data` attribute, the page's
    /// `?data=`), read after the first status is shown (`data_update.rs`).
    #[prop_or_default]
    pub data_url: Option<String>,
    /// Data to show instead of the compiled-in data, already checked by the engine's
    /// validation (`Engine::from_raw`): a test's own data files.
    #[prop_or_default]
    pub engine: Option<Rc<Engine>>,
    /// Start in (or out of) elderly mode instead of the device's stored choice: the full
    /// page taking over from the first module keeps what the visitor chose there.
    #[prop_or_default]
    pub elderly: Option<bool>,
    /// Called once the first status is on screen, instead of the `hours-ready` mark: the
    /// loader's signal that the full page, rendered off screen, can take over.
    #[prop_or_default]
    pub ready: Option<js_sys::Function>,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            route: None,
            lang: None,
            sync_url: true,
            now: None,
            embedding: Rc::default(),
            host: None,
            data_url: None,
            engine: None,
            elderly: None,
            ready: None,
        }
    }
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
            && self.embedding == other.embedding
            && self.host == other.host
            && self.data_url == other.data_url
            && self.elderly == other.elderly
            && self.ready == other.ready
    }
}

/// The route a widget starts at: the page's URL, a host's opted-in parameters, or (an
/// element that keeps its state to itself) the default view.
fn start_route(embedding: &Embedding) -> Route {
    let search = web_sys::window().and_then(|w| w.location().search().ok());
    let search = search.unwrap_or_default();
    match (embedding.mode, &embedding.url_prefix) {
        (Mode::Element, Some(prefix)) => route_in_host_query(&search, prefix),
        (Mode::Element, None) => Route::default(),
        (Mode::Page | Mode::Frame | Mode::Kiosk, _) => Route::parse(&search),
    }
}

/// The full page: what tests, the one-file page and the full module mount.
pub type App = Widget<AllViews>;

/// The widget's root, showing the views of `V`.
#[function_component(Widget)]
pub fn widget<V: Views>(props: &AppProps) -> Html {
    let (route, lang, now) = (props.route.clone(), props.lang, props.now);
    let chosen_elderly = props.elderly;
    let (embedding, engine) = (props.embedding.clone(), props.engine.clone());
    let state = use_reducer(move || {
        // A host page's storage is the host's, and a hall screen's last visitor is not the
        // next: neither reads nor writes it.
        let (stored_lang, stored_elderly) = match embedding.remembers_choices() {
            true => stored_prefs(),
            false => (None, false),
        };
        let elderly = chosen_elderly.unwrap_or(stored_elderly);
        let route = route.unwrap_or_else(|| start_route(&embedding));
        let lang = lang.or(route.lang).or(stored_lang).unwrap_or_default();
        let read = now.or_else(beijing_now);
        // An unreadable clock is past chrono's range: its last minute is the nearest time.
        let engine = engine.unwrap_or_else(|| Rc::new(V::engine()));
        let clock = read.unwrap_or(NaiveDateTime::MAX);
        let mut state = AppState::with_engine(engine, lang, elderly, clock, route);
        state.clock_unreadable = read.is_none();
        state.embedding = embedding;
        state
    });
    let embedding = state.embedding.clone();
    use_clock(&state, props.now);
    use_url_sync(&state, props.sync_url && embedding.mode == Mode::Page);
    use_host_url(&state);
    use_remembered_prefs(&state);
    use_view_focus(&state.route.view);
    use_document_title(state.lang);
    use_data_folder::<V>(&state, props.data_url.clone());
    let (host, ready) = (props.host.clone(), props.ready.clone());
    // The offline cache belongs to the project's own origin: never a host page's.
    let own_page = props.sync_url && embedding.owns_document();
    use_effect_with((), move |_| {
        // Effects run after the first commit, so the first status is on screen now.
        if let Some(ready) = ready {
            let _ = ready.call0(&wasm_bindgen::JsValue::NULL);
        } else if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("hours-ready");
        }
        if let Some(host) = host {
            let _ = host.set_attribute("data-ready", "");
        }
        if own_page {
            super::offline::register_service_worker();
        }
    });

    let statuses: StatusList = {
        let (engine, moment) = (state.engine.clone(), state.moment());
        let data = Rc::as_ptr(&engine) as usize;
        let hall = embedding.hall.clone();
        use_memo((moment, data, hall), move |(_, _, hall)| {
            let mut all = engine.status_all(moment);
            let is_chosen = |s: &HallStatus| {
                let id = engine.halls().get(s.hall).map(|h| h.id.to_string());
                id.as_ref() == hall.as_ref()
            };
            // One hall only when the host names one the data knows; else every hall.
            if all.iter().any(is_chosen) {
                all.retain(is_chosen);
            }
            all
        })
    };
    let texts = state.lang.texts();
    let compact = embedding.layout == Layout::Compact;
    let view = if compact {
        &View::Now
    } else {
        &state.route.view
    };
    let body = V::body(view);
    // What the full page needs to take over from the first module where the visitor is.
    let handover = (!V::FULL).then(|| state.route.to_query(state.lang));
    let handover_problem = (!V::FULL).then(|| state.route.problem.clone()).flatten();
    let stage = if V::FULL { "full" } else { "first" };
    let kiosk = embedding.is_kiosk();
    let class = classes!(
        "ph-app",
        state.elderly.then_some("ph-elderly"),
        kiosk.then_some("ph-kiosk")
    );
    // A hall screen whose clock cannot be trusted shows the notice for the staff alone.
    let shows_views = !(kiosk && state.clock_problem().is_some());
    // Inside a host page the widget adds no landmark of its own: the host has its `<main>`.
    let own = embedding.owns_document();
    let source = state.data_source;
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<StatusList> context={statuses}>
            <div {class} lang={state.lang.tag()} data-ready={V::FULL.then_some("true")} data-app={stage}
                data-handover={handover} data-problem={handover_problem}
                data-elderly={state.elderly.then_some("")}
                data-source={source.as_str()}
                data-data-error={matches!(source, DataSource::Refused(_)).then_some("")}>
                if own {
                    <a class="ph-skip" href="#ph-main">{ texts.skip_to_content }</a>
                }
                if !compact {
                    <Header />
                }
                <ClockNotice />
                // Only the full page reads a data folder, and only it has the maintainers'
                // line: the first module links neither.
                if V::FULL {
                    <DataNotice />
                }
                if shows_views {
                    if !compact {
                        <Nav />
                    }
                    { V::live_board(&state, view) }
                    if own {
                        <main id="ph-main" class="ph-main" tabindex="-1">{ body }</main>
                    } else {
                        <div class="ph-main">{ body }</div>
                    }
                    // Not on a hall screen, which the public reads from two metres.
                    if V::FULL && !compact && !kiosk {
                        <MaintainerNote />
                    }
                }
                { V::extras() }
                <Announcer />
            </div>
        </ContextProvider<StatusList>>
        </ContextProvider<AppContext>>
    }
}
