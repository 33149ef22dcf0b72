//! One matter at the moment shown: what can be done then, its expected due date, where and
//! by whom it is handled, the one-time checklist of materials (一次性告知), and how to book.

use chrono::NaiveDateTime;
use yew::prelude::*;

use super::booking_helper::BookingHelper;
use super::matter_level::level_badge;
use super::matter_link::matter_link;
use crate::engine::{format_hhmm, Engine, Matter, ServiceLevel};
use crate::ui::app::AppContext;
use crate::ui::i18n::{date_short, due_basis, treated_as_accepted, when, Lang};

/// The page of matter `id`, or a clear message if the list has no such matter.
pub fn detail(state: &AppContext, engine: &Engine, id: &str) -> Html {
    let (lang, words, texts) = (state.lang, state.lang.finder(), state.lang.texts());
    let back = matter_link(
        state,
        None,
        "ph-back",
        html! { <>{ "← " }{ words.back_to_list }</> },
    );
    let Some(matter) = engine.matters().iter().find(|m| m.id == id) else {
        return html! {
            <section class="ph-matter" aria-labelledby="ph-finder-heading">
                { back }
                <@{state.embedding.heading(2)} id="ph-finder-heading" tabindex="-1">{ words.heading }</@>
                <p class="ph-error" role="alert" data-unknown-matter="">
                    { words.unknown_matter }<code>{ id.to_owned() }</code>
                </p>
            </section>
        };
    };
    let moment = state.moment();
    let hall = engine
        .hall(&matter.hall)
        .map_or(&*matter.hall, |h| lang.pick(&h.name));
    let mut facts = vec![
        (words.hall_label, hall),
        (words.unit, lang.pick(&matter.unit)),
        (
            words.place,
            matter.place.as_ref().map_or(hall, |p| lang.pick(p)),
        ),
    ];
    if let Some(booking) = &matter.booking {
        facts.push((words.booking_method, lang.pick(booking)));
    }
    facts.push((words.kind, words.kind_name(matter.kind)));
    let tags = [
        (matter.hot, words.hot),
        (matter.livelihood, words.livelihood),
        (matter.system_restricted, words.restricted),
    ];
    let tags: Vec<&str> = tags.iter().filter(|t| t.0).map(|t| t.1).collect();
    let tags = tags.join(if lang == Lang::Zh { "；" } else { "; " });
    if !tags.is_empty() {
        facts.push((words.tags, &tags));
    }
    html! {
        <article class="ph-matter" data-matter={matter.id.to_string()} aria-labelledby="ph-finder-heading">
            { back }
            <@{state.embedding.heading(2)} id="ph-finder-heading" tabindex="-1">
                { lang.pick(&matter.name).to_owned() }
                if matter.sample {
                    <span class="ph-sample-tag">{ texts.sample }</span>
                }
            </@>
            if matter.sample {
                <p class="ph-sample-note">{ texts.sample_note }</p>
            }
            <section class="ph-matter-level" aria-labelledby="ph-level-heading">
                <@{state.embedding.heading(3)} id="ph-level-heading">{ words.level_heading }</@>
                <p>{ words.as_at }<strong>{ date_short(lang, moment.date()) }{ " " }{ format_hhmm(moment.time()) }</strong></p>
                { level_and_due(engine, matter, moment, lang) }
            </section>
            <section aria-labelledby="ph-facts-heading">
                <@{state.embedding.heading(3)} id="ph-facts-heading">{ words.facts_heading }</@>
                <dl class="ph-facts">
                    { for facts.into_iter().map(|(label, value)| html! { <><dt>{ label }</dt><dd>{ value.to_owned() }</dd></> }) }
                </dl>
            </section>
            <section class="ph-matter-materials" aria-labelledby="ph-materials-heading">
                <@{state.embedding.heading(3)} id="ph-materials-heading">{ words.materials_heading }</@>
                if matter.materials.is_empty() {
                    <p>{ words.no_materials }</p>
                } else {
                    <p class="ph-hint">{ words.materials_note }</p>
                    <ul class="ph-checklist">
                        { for matter.materials.iter().map(|m| html! {
                            <li><label><input type="checkbox" />{ lang.pick(m).to_owned() }</label></li>
                        }) }
                    </ul>
                }
            </section>
            <BookingHelper hall={matter.hall.to_string()} slot={moment} matter={Some(matter.id.to_string())} />
        </article>
    }
}

/// The level at the moment, the next opening when closed, and for an undertaken matter its
/// due date (counted from the next opening when the hall is closed at the moment).
fn level_and_due(engine: &Engine, matter: &Matter, moment: NaiveDateTime, lang: Lang) -> Html {
    let words = lang.finder();
    let Ok(level) = engine.matter_service_level(matter, moment) else {
        return html! {};
    };
    let closed = level == ServiceLevel::Unavailable;
    let next = closed
        .then(|| engine.next_serving(&matter.hall, moment, false))
        .flatten();
    let accepted = if closed { next } else { Some(moment) };
    let due = matter
        .time_limit_days
        .zip(accepted)
        .and_then(|(days, at)| engine.due_date(at, days).ok().map(|due| (days, due)));
    html! {
        <>
            <p class="ph-matter-level-words">{ level_badge(lang, level, matter.kind) }</p>
            if let Some(next) = next {
                <p class="ph-next-open">{ words.next_open }{ when(lang, moment, next) }</p>
            }
            if let Some((days, due)) = due {
                <div class="ph-due" data-due={due.due.to_string()} data-unconfirmed={(!due.calendar_known).then_some("true")}>
                    <p>
                        { words.due }<strong>{ date_short(lang, due.due) }</strong>
                        if closed { { words.due_if_next } }
                    </p>
                    <p>{ due_basis(lang, due.counted_from, days) }</p>
                    if let Some(reading) = due.reading {
                        <p class="ph-reading" data-reading={reading.as_str()}>
                            <span aria-hidden="true">{ "ⓘ " }</span>{ treated_as_accepted(lang, due.counted_from) }
                        </p>
                    }
                    if !due.calendar_known {
                        <p class="ph-unconfirmed"><span aria-hidden="true">{ "⚠ " }</span>{ words.unconfirmed }</p>
                    }
                    <p class="ph-hint">{ words.due_rule }</p>
                </div>
            }
        </>
    }
}
