//! Plan a visit: pick a date and time (or a shortcut) and see every hall then. The choice is
//! written to the URL (`?at=`), so the link shows the same answer to anyone. The shortcuts'
//! moments are the engine's answers (`moments.rs`); the page does no date arithmetic. A
//! hall screen, which has no keyboard, picks from lists instead (`kiosk_moment.rs`).

use chrono::NaiveDateTime;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::hall_list::HallList;
use super::kiosk_moment::moment_choices;
use crate::engine::{format_at, format_hhmm, parse_at};
use crate::ui::hooks::use_app_engine;
use crate::ui::state::Action;

#[function_component(Planner)]
pub fn planner() -> Html {
    let Some((state, engine)) = use_app_engine() else {
        return html! {};
    };
    let texts = state.lang.texts();
    let moment = state.moment();
    let date_ref = use_node_ref();
    let time_ref = use_node_ref();
    let invalid = use_state(|| false);

    let onsubmit = {
        let (state, date_ref, time_ref, invalid) = (
            state.clone(),
            date_ref.clone(),
            time_ref.clone(),
            invalid.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let value = |node: &NodeRef| {
                node.cast::<HtmlInputElement>()
                    .map(|input| input.value())
                    .unwrap_or_default()
            };
            match parse_at(&format!("{}T{}", value(&date_ref), value(&time_ref))) {
                Ok(at) => {
                    invalid.set(false);
                    state.dispatch(Action::SetAt(Some(at)));
                }
                Err(_) => invalid.set(true),
            }
        })
    };
    let choose = |at: Option<NaiveDateTime>| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetAt(at)))
    };
    // The shortcuts are counted from now (not from the moment shown), by the engine.
    let saturday = engine.saturday_morning(state.clock);
    let workday = engine.next_workday_morning(state.clock);
    let shortcut = |label: &'static str, at: Option<NaiveDateTime>| match at {
        Some(at) => {
            html! { <li><button type="button" class="ph-button" onclick={choose(Some(at))}>{ label }</button></li> }
        }
        None => html! {},
    };
    html! {
        <>
            <section class="ph-planner" aria-labelledby="ph-plan-heading">
                <@{state.embedding.heading(2)} id="ph-plan-heading">{ texts.plan_heading }</@>
                <p>{ texts.plan_intro }</p>
                if state.embedding.is_kiosk() {
                    { moment_choices(&state) }
                } else {
                    <form class="ph-plan-form" {onsubmit}>
                        <label>{ texts.date }
                            <input ref={date_ref} type="date" required=true value={moment.date().to_string()} />
                        </label>
                        <label>{ texts.time }
                            <input ref={time_ref} type="time" required=true value={format_hhmm(moment.time())} />
                        </label>
                        <button type="submit" class="ph-button ph-button--primary">{ texts.show }</button>
                    </form>
                }
                if *invalid {
                    <p class="ph-error" role="alert">{ texts.bad_param }</p>
                }
                <div class="ph-shortcuts">
                    <@{state.embedding.heading(3)} class="ph-shortcuts-heading">{ texts.shortcuts }</@>
                    <ul>
                        { shortcut(texts.this_saturday, saturday) }
                        { shortcut(texts.next_workday_morning, workday) }
                        <li><button type="button" class="ph-button" onclick={choose(None)}>{ texts.now }</button></li>
                    </ul>
                </div>
                <p class="ph-sr-only" aria-live="polite">{ format_at(moment) }</p>
            </section>
            <HallList />
        </>
    }
}
