//! One hall: what it is doing now, its week, the special days ahead, how to book, and the
//! contact fields the data has (unknown ones are left out, never made up).

use yew::prelude::*;

use super::booking_helper::BookingHelper;
use super::hall_card::HallCard;
use super::special_days::SpecialDays;
use super::view_link::ViewLink;
use super::week_table::WeekTable;
use crate::ui::hooks::use_app_engine;
use crate::ui::i18n::week_line;
use crate::ui::route::View;

#[derive(Properties, PartialEq)]
pub struct HallDetailProps {
    pub id: String,
}

#[function_component(HallDetail)]
pub fn hall_detail(props: &HallDetailProps) -> Html {
    let Some((state, engine)) = use_app_engine() else {
        return html! {};
    };
    let (lang, texts, moment) = (state.lang, state.lang.texts(), state.moment());
    let back = html! {
        <ViewLink class="ph-back" view={View::Now}>{ "← " }{ texts.back_to_halls }</ViewLink>
    };
    let (Some(hall), Ok(status)) = (engine.hall(&props.id), engine.status(&props.id, moment))
    else {
        return html! {
            <section class="ph-hall-detail">
                { back }
                <p class="ph-error" role="alert">{ texts.unknown_hall }<code>{ &props.id }</code></p>
            </section>
        };
    };
    // Book for the moment shown if the hall serves then, else for its next opening.
    let slot = engine.next_serving(&hall.id, moment, false);
    let contact = &hall.contact;
    let has_contact =
        contact.address.is_some() || contact.phone.is_some() || contact.booking_url.is_some();
    html! {
        <section class="ph-hall-detail" aria-labelledby="ph-hall-heading">
            { back }
            <@{state.embedding.heading(2)} id="ph-hall-heading">{ lang.pick(&hall.name) }</@>
            if let Ok(week) = engine.week_summary(&hall.id) {
                <p class="ph-week-summary">{ week_line(lang, &week) }</p>
            }
            <ul class="ph-hall-list ph-hall-list--single"><HallCard {status} on_hall_page=true /></ul>
            if let Some(note) = &hall.note {
                <p class="ph-note">{ lang.pick(note) }</p>
            }
            <WeekTable hall={hall.id.to_string()} from={moment.date()} />
            <SpecialDays hall={hall.id.to_string()} from={moment.date()} />
            if let Some(slot) = slot {
                <BookingHelper hall={hall.id.to_string()} {slot} />
            }
            if !hall.members.is_empty() {
                <section class="ph-members" aria-labelledby="ph-members-heading">
                    <@{state.embedding.heading(3)} id="ph-members-heading">{ texts.members_heading }</@>
                    <ul class="ph-members-list">
                        { for hall.members.iter().map(|member| html! { <li>{ lang.pick(member) }</li> }) }
                    </ul>
                </section>
            }
            if has_contact {
                <section class="ph-contact" aria-labelledby="ph-contact-heading">
                    <@{state.embedding.heading(3)} id="ph-contact-heading">{ texts.contact_heading }</@>
                    <dl>
                        if let Some(address) = &contact.address {
                            <dt>{ texts.address }</dt><dd>{ lang.pick(address) }</dd>
                        }
                        if let Some(phone) = &contact.phone {
                            <dt>{ texts.phone }</dt><dd><a href={format!("tel:{phone}")}>{ phone.to_string() }</a></dd>
                        }
                        if let Some(url) = &contact.booking_url {
                            <dt>{ texts.booking_link }</dt><dd><a href={url.to_string()} rel="noopener">{ url.to_string() }</a></dd>
                        }
                    </dl>
                </section>
            }
        </section>
    }
}
