//! Printing the notices to post in the halls (the hours notice and the weekend matter list)
//! from the edited data: the library's own [`hours_notice`] and [`matters_notice`] write the
//! document, which opens in a new window as a Blob, with no inline script or style. Served,
//! it links `maintain-notice.css` beside this page (allowed by the Content-Security-Policy,
//! which a Blob document inherits); from `file://`, where no policy applies and a Blob
//! document may not load a file beside the page, the stylesheet is inlined. Once the window
//! has loaded, its print dialog opens where the browser lets this page reach the window.

use chrono::NaiveDate;
use gloo::timers::callback::Timeout;
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, HtmlInputElement, HtmlSelectElement, Url};
use yew::prelude::*;

use super::page::use_maintain;
use crate::engine::{Engine, EngineError};
use crate::notice::{hours_notice, matters_notice, Styling};
use crate::ui::i18n::Lang;

/// The notices' stylesheet as the build copies it beside `maintain.html`.
const NOTICE_CSS_FILE: &str = "maintain-notice.css";

/// Which notice a button prints.
#[derive(Clone, Copy, PartialEq)]
enum Notice {
    Hours,
    Matters,
}

/// What the last button press came to.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Opened,
    Failed,
}

/// The print section's start date defaults to the preview's.
#[derive(Properties, PartialEq)]
pub struct PrintProps {
    /// The date the preview shows: the notices start from it until staff choose another.
    pub preview_date: NaiveDate,
}

/// The print section: which halls, which language, from which date, and one button per
/// notice, so staff post notices that say what the edited data says.
#[function_component(PrintNotices)]
pub fn print_notices(props: &PrintProps) -> Html {
    let m = use_maintain();
    let hall = use_state(String::new);
    let notice_lang = use_state(|| Lang::Zh);
    let chosen_date = use_state(|| None::<NaiveDate>);
    let outcome = use_state(|| None::<Outcome>);
    let Some(m) = m else {
        return html! {};
    };
    let texts = m.lang.maintain();
    let from = chosen_date.unwrap_or(props.preview_date);
    let set_hall = {
        let hall = hall.clone();
        Callback::from(move |e: Event| {
            hall.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let set_lang = {
        let notice_lang = notice_lang.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            notice_lang.set(if value == "en" { Lang::En } else { Lang::Zh });
        })
    };
    let set_date = {
        let chosen_date = chosen_date.clone();
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(date) = NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
                chosen_date.set(Some(date));
            }
        })
    };
    let button = |notice: Notice, label: &'static str| {
        let engine = m.engine.clone();
        let disabled = engine.is_none();
        let (hall, lang, outcome) = ((*hall).clone(), *notice_lang, outcome.clone());
        let onclick = Callback::from(move |_| {
            let opened = engine
                .as_deref()
                .map(|engine| open_notice(engine, notice, &hall, from, lang));
            outcome.set(Some(match opened {
                Some(Ok(())) => Outcome::Opened,
                _ => Outcome::Failed,
            }));
        });
        let kind = match notice {
            Notice::Hours => "hours",
            Notice::Matters => "matters",
        };
        html! {
            <button type="button" class="ph-m-print" data-notice={kind} {disabled} {onclick}>{ label }</button>
        }
    };
    let hall_options = m.engine.iter().flat_map(|engine| engine.halls().iter()).map(|h| {
        html! { <option value={h.id.clone()} selected={*hall == h.id}>{ m.lang.pick(&h.name) }</option> }
    });
    html! {
        <section class="ph-m-section" aria-labelledby="ph-m-print">
            <h2 id="ph-m-print">{ texts.print_heading }</h2>
            <p class="ph-m-hint">{ texts.print_intro }</p>
            <div class="ph-m-moment">
                <label for="ph-m-print-hall">{ texts.print_hall }</label>
                <select id="ph-m-print-hall" onchange={set_hall}>
                    <option value="" selected={hall.is_empty()}>{ texts.all_halls }</option>
                    { for hall_options }
                </select>
                <label for="ph-m-print-lang">{ texts.print_lang }</label>
                <select id="ph-m-print-lang" onchange={set_lang}>
                    <option value="zh" lang="zh-CN" selected={*notice_lang == Lang::Zh}>{ "中文" }</option>
                    <option value="en" lang="en" selected={*notice_lang == Lang::En}>{ "English" }</option>
                </select>
                <label for="ph-m-print-date">{ texts.print_from }</label>
                <input id="ph-m-print-date" type="date" value={from.format("%Y-%m-%d").to_string()} onchange={set_date} />
            </div>
            <p class="ph-m-prints">
                { button(Notice::Hours, texts.print_hours) }
                { " " }
                { button(Notice::Matters, texts.print_matters) }
            </p>
            if m.engine.is_none() {
                <p class="ph-m-blocked">{ texts.print_blocked }</p>
            }
            { match *outcome {
                Some(Outcome::Opened) => html! { <p class="ph-m-print-opened" role="status">{ texts.print_opened }</p> },
                Some(Outcome::Failed) => html! { <p role="alert">{ texts.print_failed }</p> },
                None => html! {},
            } }
        </section>
    }
}

/// Writes the notice and opens it in a new window. An error means the notice could not be
/// written or the browser refused the window (a blocked pop-up); the caller says so.
fn open_notice(
    engine: &Engine,
    notice: Notice,
    hall: &str,
    from: NaiveDate,
    lang: Lang,
) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let location = window.location();
    let linked = Url::new_with_base(NOTICE_CSS_FILE, &location.href()?)?.href();
    let styling = if location.protocol()? == "file:" {
        Styling::Inline
    } else {
        Styling::Linked(&linked)
    };
    let hall = (!hall.is_empty()).then_some(hall);
    let written: Result<String, EngineError> = match notice {
        Notice::Hours => hours_notice(engine, hall, from, lang, styling),
        Notice::Matters => matters_notice(engine, hall, from, lang, styling),
    };
    let text = written.map_err(|e| JsValue::from_str(&e.to_string()))?;
    let options = BlobPropertyBag::new();
    options.set_type("text/html;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(&text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    // Not revoked: the new window reads it, and may reload it, while it stays open.
    let url = Url::create_object_url_with_blob(&blob)?;
    let opened = window
        .open_with_url_and_target(&url, "_blank")?
        .ok_or_else(|| JsValue::from_str("window refused"))?;
    print_when_loaded(opened, url, PRINT_TRIES);
    Ok(())
}

/// How many times, [`PRINT_WAIT_MS`] apart, the page looks whether the notice has loaded.
const PRINT_TRIES: u32 = 50;
const PRINT_WAIT_MS: u32 = 200;

/// Opens the print dialog of the notice's window once its document (at `url`) has loaded.
/// Read through `Reflect`, which returns an error instead of throwing where the browser
/// keeps the window apart (from `file://`): then nothing happens and the page's hint says
/// how to print.
fn print_when_loaded(opened: web_sys::Window, url: String, tries: u32) {
    Timeout::new(PRINT_WAIT_MS, move || {
        let document = Reflect::get(&opened, &JsValue::from_str("document"));
        let read = |name: &str| {
            document
                .as_ref()
                .ok()
                .and_then(|d| Reflect::get(d, &JsValue::from_str(name)).ok())
                .and_then(|v| v.as_string())
        };
        if read("URL").as_deref() == Some(url.as_str())
            && read("readyState").as_deref() == Some("complete")
        {
            let _ = opened.print();
        } else if document.is_ok() && tries > 1 && !opened.closed().unwrap_or(true) {
            print_when_loaded(opened, url, tries - 1);
        }
    })
    .forget();
}
