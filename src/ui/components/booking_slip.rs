//! The booking slip the "Print" button puts on paper: hall, matter, time of visit, whether a
//! booking is needed and by when, what to bring, the booking rules that apply and when it
//! was printed. Hidden on screen; in print (`@media print` in main.css) it is all the page
//! shows, so no navigation and no live countdown reach the paper. Every fact is an engine
//! answer passed in.

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::booking_rules::rules_list;
use crate::engine::{Booking, Engine, Matter};
use crate::ui::i18n::{book_before, printed_at, slot_window, Lang};

/// What the slip is about: the hall, the matter if the visitor chose one, the slot (start
/// and end of the window) and the engine's booking answer for it.
pub struct SlipFacts<'a> {
    /// The hall's id.
    pub hall: &'a str,
    /// The matter chosen on its page; its materials are listed.
    pub matter: Option<&'a Matter>,
    /// Start of the visit and end of its window.
    pub slot: (NaiveDateTime, NaiveDateTime),
    /// The engine's booking answer for the slot.
    pub booking: &'a Booking,
}

/// The slip, printed at `now` (the date printed is part of it).
pub fn booking_slip(
    engine: &Engine,
    lang: Lang,
    facts: &SlipFacts<'_>,
    now: NaiveDateTime,
) -> Html {
    let words = lang.booking();
    let hall = engine.hall(facts.hall);
    let hall_name = hall.map_or(facts.hall, |h| lang.pick(&h.name));
    let (start, end) = facts.slot;
    let booking = facts.booking;
    let mut rows: Vec<(&str, String)> = vec![(words.slip_hall, hall_name.to_owned())];
    if let Some(matter) = facts.matter {
        rows.push((words.slip_matter, lang.pick(&matter.name).to_owned()));
    }
    rows.push((words.slip_window, slot_window(lang, start, end)));
    rows.push((
        words.slip_booking,
        words
            .need(booking.is_required(), booking.walk_in_rule)
            .to_owned(),
    ));
    if booking.is_required() {
        rows.push((words.slip_deadline, book_before(lang, booking.deadline)));
    }
    if let Some(address) = hall.and_then(|h| h.contact.address.as_ref()) {
        rows.push((words.slip_address, lang.pick(address).to_owned()));
    }
    let materials = facts.matter.map(|m| &m.materials[..]).unwrap_or_default();
    let rules = booking.is_required() || booking.walk_in_rule;
    html! {
        <div class="ph-slip" data-slip="">
            <p class="ph-slip-heading">{ words.slip_heading }</p>
            <dl class="ph-slip-facts">
                { for rows.into_iter().map(|(label, value)| html! { <><dt>{ label }</dt><dd>{ value }</dd></> }) }
            </dl>
            if !materials.is_empty() {
                <p class="ph-slip-subheading">{ words.slip_materials }</p>
                <ul class="ph-slip-materials">
                    { for materials.iter().map(|m| html! { <li>{ lang.pick(m).to_owned() }</li> }) }
                </ul>
            }
            if rules {
                { rules_list(lang, engine.booking_rules(), booking.walk_in_rule) }
            }
            <p class="ph-slip-printed">
                { words.slip_printed }{ printed_at(lang, now) }
            </p>
        </div>
    }
}
