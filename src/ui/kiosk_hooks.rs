//! A hall screen's effects: the question after a while without a touch, and the screen
//! kept awake. Timers and browser events live here; they only dispatch actions, and the
//! reducer stays pure (`Action::Reset` takes the screen home).

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::app::AppContext;
use super::kiosk::IdlePhase;
use super::state::Action;

/// What the visitor can do with the screen: the pointer, touch and keys all count.
const ACTIVITY: [&str; 4] = ["pointerdown", "touchstart", "keydown", "wheel"];

/// Milliseconds on the page's monotonic clock (it does not jump when the device's clock
/// is set), which tests move with a fake clock.
fn monotonic_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Watches a hall screen that is away from its home view: after the screen's wait without
/// a touch, returns the seconds left to answer "还在使用吗？"; once they run out, dispatches
/// [`Action::Reset`]. Any touch, click, key or wheel (the answer button too) starts the
/// wait again. At home, or off a hall screen, it does nothing and returns `None`. Also
/// returns the callback of the "keep using" button.
#[hook]
pub fn use_idle(state: &AppContext) -> (Option<u32>, Callback<()>) {
    let asking = use_state_eq(|| None::<u32>);
    let last_touch = use_mut_ref(|| 0.0_f64);
    let watching = state.embedding.is_kiosk() && !state.is_home();
    let kiosk = state.embedding.kiosk.clone();
    {
        let (asking, last_touch, state) = (asking.clone(), last_touch.clone(), state.clone());
        use_effect_with((watching, kiosk), move |(watching, kiosk)| {
            asking.set(None);
            *last_touch.borrow_mut() = monotonic_ms();
            let window = web_sys::window().filter(|_| *watching);
            let listeners: Vec<EventListener> = window
                .iter()
                .flat_map(|window| {
                    ACTIVITY.iter().map(|name| {
                        let (asking, last_touch) = (asking.clone(), last_touch.clone());
                        let options = EventListenerOptions::run_in_capture_phase();
                        EventListener::new_with_options(window, *name, options, move |_| {
                            *last_touch.borrow_mut() = monotonic_ms();
                            asking.set(None);
                        })
                    })
                })
                .collect();
            let kiosk = kiosk.clone();
            let interval = window.map(|_| {
                Interval::new(kiosk.check_every_ms(), move || {
                    match kiosk.idle_phase(monotonic_ms() - *last_touch.borrow()) {
                        IdlePhase::InUse => asking.set(None),
                        IdlePhase::Asking(left) => asking.set(Some(left)),
                        IdlePhase::Expired => {
                            asking.set(None);
                            state.dispatch(Action::Reset);
                        }
                    }
                })
            });
            move || drop((listeners, interval))
        });
    }
    let keep_using = {
        let asking = asking.clone();
        Callback::from(move |()| {
            *last_touch.borrow_mut() = monotonic_ms();
            asking.set(None);
        })
    };
    (*asking, keep_using)
}

/// Asks for the Screen Wake Lock, so a hall screen does not dim or sleep, and asks again
/// each time the page is shown (the browser releases the lock when it is hidden). Where
/// the API is missing or refuses (no user permission, an old browser), the screen simply
/// follows the device's own power settings.
#[hook]
pub fn use_wake_lock(enabled: bool) {
    use_effect_with(enabled, |enabled| {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .filter(|_| *enabled);
        let listener = document.map(|document| {
            request_wake_lock();
            EventListener::new(&document.clone(), "visibilitychange", move |_| {
                if !document.hidden() {
                    request_wake_lock();
                }
            })
        });
        move || drop(listener)
    });
}

/// `navigator.wakeLock.request("screen")`, read through `Reflect` since the API is not in
/// every browser; a refusal is caught so it does not surface as an unhandled rejection.
fn request_wake_lock() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let wake_lock = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("wakeLock"))
        .ok()
        .filter(|v| v.is_object());
    let Some(wake_lock) = wake_lock else {
        return;
    };
    let request = js_sys::Reflect::get(&wake_lock, &JsValue::from_str("request"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = request
        .and_then(|f| f.call1(&wake_lock, &JsValue::from_str("screen")).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(promise) = promise {
        // One small closure per request (a page shown again): it lives as long as the page.
        let ignore = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}
