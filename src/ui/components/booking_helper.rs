//! How to book one slot at one hall: whether a booking is required or recommended, the
//! deadline (Article 3) with the time left from now, the channels and the rules
//! (all data), an `.ics` made on the device, and a print view.

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::booking_rules::rules_list;
use crate::engine::{format_at, format_hhmm, Appointment, Engine, State};
use crate::ics;
use crate::ui::download::download;
use crate::ui::hooks::use_app;
use crate::ui::i18n::{book_before, date_short, time_left, when, Lang};
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct BookingHelperProps {
    /// The hall's id.
    pub hall: String,
    /// The Beijing time of the visit.
    pub slot: NaiveDateTime,
}

/// The `.ics` file for a visit to `hall` from `slot` to `end`, made at `now`: the hall's
/// name as title, the deadline and the rules (data) as details, the address (or the hall's
/// name) as place. The UID is the hall and slot, so downloading twice updates one entry.
fn ics_text(
    engine: &Engine,
    lang: Lang,
    hall: &str,
    slot: (NaiveDateTime, NaiveDateTime),
    deadline: &str,
    now: NaiveDateTime,
) -> String {
    let name = engine.hall(hall).map_or(hall, |h| lang.pick(&h.name));
    let rules = engine.booking_rules();
    let address = engine
        .hall(hall)
        .and_then(|h| h.contact.address.as_ref())
        .map(|a| lang.pick(a));
    let description = [
        deadline,
        lang.pick(&rules.phone_note),
        lang.pick(&rules.no_show),
        lang.pick(&rules.cancellation),
    ]
    .join("\n");
    ics::calendar(&ics::Event {
        uid: &format!("{hall}-{}@pinggu-hours", ics::basic_time(slot.0)),
        stamp: now,
        start: slot.0,
        end: slot.1,
        summary: &format!("{}{name}", lang.booking().event_title),
        description: &description,
        location: Some(address.unwrap_or(name)),
    })
}

#[function_component(BookingHelper)]
pub fn booking_helper(props: &BookingHelperProps) -> Html {
    let failed = use_state(|| false);
    let Some(state) = use_app() else {
        return html! {};
    };
    let engine = state.engine.clone();
    let (lang, words, slot) = (state.lang, state.lang.booking(), props.slot);
    let status = engine.status(&props.hall, slot).ok();
    let booking = engine.booking(&props.hall, slot);
    let body = match (booking, status.as_ref().and_then(|s| s.until)) {
        (Ok(booking), Some(end)) => {
            let deadline = book_before(lang, booking.deadline);
            let in_time = booking.is_in_time(state.clock);
            let onclick_ics = {
                let (engine, hall, deadline, failed) = (
                    engine.clone(),
                    props.hall.clone(),
                    deadline.clone(),
                    failed.clone(),
                );
                let now = state.clock;
                Callback::from(move |_: MouseEvent| {
                    let text = ics_text(&engine, lang, &hall, (slot, end), &deadline, now);
                    let file = format!("pinggu-{hall}-{}.ics", ics::basic_time(slot));
                    failed.set(download(&file, "text/calendar;charset=utf-8", &text).is_err());
                })
            };
            let onclick_print = Callback::from(|_: MouseEvent| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            });
            let need = match booking.appointment {
                Appointment::Required => words.required,
                Appointment::WalkIn => words.recommended,
            };
            // The walk-in rule (Article 5(1)) is about workday extended windows.
            let walk_in_rule = booking.appointment == Appointment::WalkIn
                && status
                    .as_ref()
                    .is_some_and(|s| s.state == State::Extended && s.day_kind.is_legal_workday());
            html! {
                <>
                    <p class="ph-booking-slot">{ words.slot }<strong>{ date_short(lang, slot.date()) }{ " " }{ format_hhmm(slot.time()) }{ "–" }{ format_hhmm(end.time()) }</strong></p>
                    <p class="ph-booking-need" data-appointment={booking.appointment.as_str()}>{ need }</p>
                    <p class="ph-booking-deadline" data-deadline={format_at(booking.deadline)} data-in-time={in_time.to_string()}>
                        <strong>{ deadline }</strong>
                        <span class="ph-booking-left">
                            if in_time {
                                { time_left(lang, (booking.deadline - state.clock).num_minutes()) }
                            } else {
                                <span aria-hidden="true">{ "⚠ " }</span>{ words.passed }
                            }
                        </span>
                    </p>
                    if !booking.calendar_known {
                        <p class="ph-unconfirmed">{ lang.texts().calendar_unknown }</p>
                    }
                    { rules_list(lang, engine.booking_rules(), walk_in_rule) }
                    <div class="ph-booking-actions">
                        <button type="button" class="ph-button ph-button--primary" data-action="ics" onclick={onclick_ics}>{ words.add_to_calendar }</button>
                        <button type="button" class="ph-button" data-action="print" onclick={onclick_print}>{ words.print }</button>
                    </div>
                    if *failed {
                        <p class="ph-error" role="alert">{ words.download_failed }</p>
                    }
                </>
            }
        }
        _ => {
            let next = engine.next_serving(&props.hall, slot, false);
            html! {
                <>
                    <p class="ph-booking-closed" data-booking-closed="">{ words.closed }</p>
                    if let Some(next) = next {
                        <p>
                            { lang.finder().next_open }<strong>{ when(lang, slot, next) }</strong>{ " " }
                            <button type="button" class="ph-link-button" onclick={
                                let state = state.clone();
                                Callback::from(move |_: MouseEvent| state.dispatch(Action::SetAt(Some(next))))
                            }>{ words.use_next }</button>
                        </p>
                    } else {
                        <p>{ lang.texts().no_opening }</p>
                    }
                </>
            }
        }
    };
    html! {
        <section class="ph-booking" data-booking={props.hall.clone()} aria-labelledby="ph-booking-heading">
            <@{state.embedding.heading(3)} id="ph-booking-heading">{ words.heading }</@>
            { body }
        </section>
    }
}
