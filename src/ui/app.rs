//! The root component: owns the reducer, shares it through context, and runs the effects
//! (clock, readiness mark) that feed it.

use chrono::NaiveDateTime;
use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::hall_list::HallList;
use super::i18n::Lang;
use super::state::{Action, AppState};
use crate::engine::beijing_from_unix_millis;

/// The reducer handle every component reads the state from and dispatches to.
pub type AppContext = UseReducerHandle<AppState>;

/// How the embedder or a test starts the page.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A fixed Beijing moment to show instead of the live clock.
    #[prop_or_default]
    pub at: Option<NaiveDateTime>,
    #[prop_or_default]
    pub lang: Lang,
}

/// The Beijing wall time now, from the device's UTC clock (its time zone is ignored).
pub fn beijing_now() -> NaiveDateTime {
    beijing_from_unix_millis(js_sys::Date::now()).unwrap_or_default()
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let fixed_at = props.at;
    let lang = props.lang;
    let state = use_reducer(move || AppState::new(lang, fixed_at.unwrap_or_else(beijing_now)));

    {
        let state = state.clone();
        use_effect_with(fixed_at, move |fixed_at| {
            let interval = fixed_at.is_none().then(|| {
                Interval::new(15_000, move || state.dispatch(Action::Tick(beijing_now())))
            });
            move || drop(interval)
        });
    }
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            // The first status is on screen once this effect runs (effects follow the commit).
            let _ = performance.mark("hours-ready");
        }
    });

    let texts = state.lang.texts();
    let body = match (&state.engine, &state.data_problem) {
        (Some(engine), _) => html! {
            <HallList engine={engine.clone()} now={state.now} lang={state.lang} />
        },
        (None, problem) => html! {
            <p class="ph-error" role="alert">
                { texts.data_error }{ " " }{ problem.as_deref().unwrap_or_default() }
            </p>
        },
    };
    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <div class="ph-app" lang={state.lang.tag()} data-ready={state.engine.is_some().then_some("true")}>
                <header class="ph-header">
                    <h1 class="ph-title">{ texts.title }</h1>
                    <p class="ph-subtitle">{ texts.subtitle }</p>
                </header>
                <main class="ph-main">{ body }</main>
            </div>
        </ContextProvider<AppContext>>
    }
}
