//! How to book one slot at one hall. A window that serves only booked visitors gets the
//! deadline (Article 3) with the time left, the rules, and an `.ics` with an alarm before
//! the deadline; a walk-in window says plainly that no booking is needed (and recommends
//! one where the walk-in rule of Article 5(1) applies). Every slot can be printed as a
//! slip (`booking_slip.rs`). A hall screen offers neither file nor print: what a visitor
//! takes away from it goes by the phone code, and nothing of theirs is left on the screen.

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::booking_rules::rules_list;
use super::booking_slip::{booking_slip, SlipFacts};
use crate::engine::{format_at, Engine};
use crate::ics;
use crate::ui::download::download;
use crate::ui::hooks::use_app;
use crate::ui::i18n::{book_before, slot_window, time_left, when, Lang};
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct BookingHelperProps {
    /// The hall's id.
    pub hall: String,
    /// The Beijing time of the visit.
    pub slot: NaiveDateTime,
    /// The matter the visitor chose, if any: its materials go on the printed slip.
    #[prop_or_default]
    pub matter: Option<String>,
}

/// The `.ics` file for a booked visit to `hall` from `slot` to `end`, made at `now`: the
/// hall's name as title, the deadline and the rules (data) as details, the address (or the
/// hall's name) as place, and an alarm before the deadline while that is still ahead. The
/// UID is the hall and slot, so downloading twice updates one entry. `None` only for times
/// chrono cannot count.
fn ics_text(
    engine: &Engine,
    lang: Lang,
    hall: &str,
    slot: (NaiveDateTime, NaiveDateTime),
    deadline: NaiveDateTime,
    now: NaiveDateTime,
) -> Option<String> {
    let name = engine.hall(hall).map_or(hall, |h| lang.pick(&h.name));
    let rules = engine.booking_rules();
    let address = engine
        .hall(hall)
        .and_then(|h| h.contact.address.as_ref())
        .map(|a| lang.pick(a));
    let book_by = book_before(lang, deadline);
    let description = [
        book_by.as_str(),
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
        alarm: ics::alarm_time(deadline, now).map(|at| ics::Alarm {
            at,
            description: &book_by,
        }),
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
            let required = booking.is_required();
            let in_time = booking.is_in_time(state.clock);
            let onclick_ics = {
                let (engine, hall, failed) = (engine.clone(), props.hall.clone(), failed.clone());
                let (deadline, now) = (booking.deadline, state.clock);
                Callback::from(move |_: MouseEvent| {
                    let file = format!("pinggu-{hall}-{}.ics", ics::basic_time(slot));
                    let made = ics_text(&engine, lang, &hall, (slot, end), deadline, now)
                        .ok_or(())
                        .and_then(|text| {
                            download(&file, "text/calendar;charset=utf-8", &text).map_err(|_| ())
                        });
                    failed.set(made.is_err());
                })
            };
            let onclick_print = Callback::from(|_: MouseEvent| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            });
            let matter = props
                .matter
                .as_deref()
                .and_then(|id| engine.matters().iter().find(|m| m.id == id));
            let facts = SlipFacts {
                hall: &props.hall,
                matter,
                slot: (slot, end),
                booking: &booking,
            };
            html! {
                <>
                    <p class="ph-booking-slot">{ words.slot }<strong>{ slot_window(lang, slot, end) }</strong></p>
                    <p class="ph-booking-need" data-appointment={booking.appointment.as_str()}>{ words.need(required, booking.walk_in_rule) }</p>
                    // A deadline belongs only to a window that requires a booking (docs/rules.md, "Other decisions").
                    if required {
                        <p class="ph-booking-deadline" data-deadline={format_at(booking.deadline)} data-in-time={in_time.to_string()}>
                            <strong>{ book_before(lang, booking.deadline) }</strong>
                            <span class="ph-booking-left">
                                if in_time {
                                    { time_left(lang, (booking.deadline - state.clock).num_minutes()) }
                                } else {
                                    <span aria-hidden="true">{ "⚠ " }</span>{ words.passed }
                                }
                            </span>
                        </p>
                    }
                    if !booking.calendar_known {
                        <p class="ph-unconfirmed">{ lang.texts().calendar_unknown }</p>
                    }
                    if required || booking.walk_in_rule {
                        { rules_list(lang, engine.booking_rules(), booking.walk_in_rule) }
                    }
                    if !state.embedding.is_kiosk() {
                    <div class="ph-booking-actions">
                        if required && in_time {
                            <button type="button" class="ph-button ph-button--primary" data-action="ics" onclick={onclick_ics}>{ words.add_to_calendar }</button>
                        }
                        <button type="button" class="ph-button" data-action="print" onclick={onclick_print}>{ words.print }</button>
                    </div>
                    }
                    if *failed {
                        <p class="ph-error" role="alert">{ words.download_failed }</p>
                    }
                    { booking_slip(&engine, lang, &facts, state.clock) }
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
