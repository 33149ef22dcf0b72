//! The visitor's widget with the edited data, at a moment staff choose: the page's own
//! [`App`], handed the engine over the edited files and a fixed "now", never touching this
//! page's URL, title or storage.

use std::rc::Rc;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::page::use_maintain;
use super::print_notices::PrintNotices;
use crate::ui::device::beijing_now;
use crate::ui::embedding::{Embedding, Mode};
use crate::ui::{App, AppProps, Route};

#[function_component(Preview)]
pub fn preview() -> Html {
    let m = use_maintain();
    let moment = use_state(|| beijing_now().unwrap_or_default());
    let Some(m) = m else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let set_date = {
        let moment = moment.clone();
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(date) = NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
                moment.set(NaiveDateTime::new(date, moment.time()));
            }
        })
    };
    let set_time = {
        let moment = moment.clone();
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(time) = NaiveTime::parse_from_str(&text, "%H:%M") {
                moment.set(NaiveDateTime::new(moment.date(), time));
            }
        })
    };
    let embedding = Rc::new(Embedding {
        mode: Mode::Element,
        heading_level: 3,
        ..Embedding::default()
    });
    let widget = m.engine.clone().map(|engine| {
        let props = AppProps {
            route: Some(Route::default()),
            lang: Some(m.lang),
            sync_url: false,
            now: Some(*moment),
            embedding,
            engine: Some(engine),
            ..AppProps::default()
        };
        // A new widget for new data or a new moment: it starts from them.
        let key = format!("{}-{}", m.editor.revision, *moment);
        html! { <App key={key} ..props /> }
    });
    html! {
        <>
        <section class="ph-m-section ph-m-preview" aria-labelledby="ph-m-preview">
            <h2 id="ph-m-preview">{ texts.preview_heading }</h2>
            <p class="ph-m-hint">{ texts.preview_intro }</p>
            <div class="ph-m-moment">
                <label for="ph-m-date">{ texts.preview_date }</label>
                <input id="ph-m-date" type="date" value={moment.date().format("%Y-%m-%d").to_string()} onchange={set_date} />
                <label for="ph-m-time">{ texts.preview_time }</label>
                <input id="ph-m-time" type="time" value={moment.time().format("%H:%M").to_string()} onchange={set_time} />
            </div>
            <div class="ph-m-widget">
                { widget.unwrap_or_else(|| html! { <p class="ph-m-blocked">{ texts.preview_blocked }</p> }) }
            </div>
        </section>
        // After the preview: its date is where the notices start unless staff choose another.
        <PrintNotices preview_date={moment.date()} />
        </>
    }
}
