//! The root component: owns the reducer, shares it through context, runs the hooks that
//! feed it (the clock, the URL, the stored preferences), and picks the view the route names.
//! This is the full page; the first module draws the same markup for the hall list without
//! Yew (`first_view/`, checked against this by `tests/browser_first_view.rs`), so handing
//! over from one to the other changes nothing on screen.

use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::components::{Announcer, ClockNotice, DataNotice, Header, MaintainerNote, Nav};
use super::data_update::use_data_folder;
use super::device::{beijing_now, start_route, stored_prefs};
use super::embedding::{Embedding, Layout, Mode};
use super::hooks::{
    use_clock, use_document_title, use_remembered_prefs, use_url_sync, use_view_focus,
};
use super::host_url::use_host_url;
use super::i18n::Lang;
use super::route::Route;
use super::state::{Action, AppState, DataSource, StartFrom};
use super::views::{body, extras, live_board};
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

/// The widget's root: what tests, the one-file page and the full module mount.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let (route, lang, now) = (props.route.clone(), props.lang, props.now);
    let chosen_elderly = props.elderly;
    let (embedding, engine) = (props.embedding.clone(), props.engine.clone());
    let state = use_reducer(move || {
        let stored = stored_prefs(&embedding);
        AppState::start(StartFrom {
            engine: engine.unwrap_or_else(|| Rc::new(Engine::embedded())),
            route: route.unwrap_or_else(|| start_route(&embedding)),
            embedding,
            lang,
            elderly: chosen_elderly,
            stored,
            clock: now.or_else(beijing_now),
        })
    });
    let embedding = state.embedding.clone();
    use_clock(&state, props.now);
    use_url_sync(&state, props.sync_url && embedding.mode == Mode::Page);
    use_host_url(&state);
    use_remembered_prefs(&state);
    use_view_focus(&state.route.view);
    use_document_title(state.lang);
    use_data_folder(&state, props.data_url.clone());
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
        let data = Rc::as_ptr(&state.engine) as usize;
        let key = (state.moment(), data, embedding.hall.clone());
        let state = (*state).clone();
        use_memo(key, move |_| state.statuses())
    };
    let texts = state.lang.texts();
    let compact = embedding.layout == Layout::Compact;
    let view = state.shown_view();
    let kiosk = embedding.is_kiosk();
    let class = state.root_class();
    let shows_views = state.shows_views();
    // Inside a host page the widget adds no landmark of its own: the host has its `<main>`.
    let own = embedding.owns_document();
    let source = state.data_source;
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<StatusList> context={statuses}>
            <div {class} lang={state.lang.tag()} data-ready="true" data-app="full"
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
                <DataNotice />
                if shows_views {
                    if !compact {
                        <Nav />
                    }
                    { live_board(&state, view) }
                    if own {
                        <main id="ph-main" class="ph-main" tabindex="-1">{ body(view) }</main>
                    } else {
                        <div class="ph-main">{ body(view) }</div>
                    }
                    // Not on a hall screen, which the public reads from two metres.
                    if !compact && !kiosk {
                        <MaintainerNote />
                    }
                }
                { extras() }
                <Announcer />
            </div>
        </ContextProvider<StatusList>>
        </ContextProvider<AppContext>>
    }
}
