//! The hours notice of a hall (Article 7(7)): office hours, workday and weekend extended
//! windows, how to book, the closing rule with its reading, and the exception days and
//! special days of the dates it holds for. One A4 page per hall.

use chrono::NaiveDate;

use super::ahead::{changes, special_days};
use super::html::{foot, head, Out, Styling};
use super::windows::{list_sep, windows};
use super::{calendar_known, halls_of, valid_dates, VALID_DAYS};
use crate::engine::{Appointment, Engine, EngineError, Hall};
use crate::ui::i18n::{closing_reading, notice_valid};
use crate::ui::Lang;

/// The hours notice of the hall `hall`, or of every hall (one A4 page each) when `None`,
/// holding from `from` for [`VALID_DAYS`](super::VALID_DAYS) days: those dates are printed
/// on it, and its exceptions and special days are those of these days. Fails only for an
/// unknown hall.
///
/// ```
/// use chrono::NaiveDate;
/// use pinggu_hours::engine::Engine;
/// use pinggu_hours::notice::{hours_notice, Styling};
/// use pinggu_hours::ui::Lang;
/// let from = NaiveDate::from_ymd_opt(2026, 9, 28).unwrap();
/// let html = hours_notice(&Engine::embedded(), Some("district"), from, Lang::Zh, Styling::Inline).unwrap();
/// assert!(html.contains("<h1>区政务服务中心</h1>"));
/// assert!(html.contains("本公告适用于2026年9月28日至2026年10月27日"));
/// assert!(html.contains("10月1日（周四）至10月7日（周三）国庆节：不办公"));
/// ```
pub fn hours_notice(
    engine: &Engine,
    hall: Option<&str>,
    from: NaiveDate,
    lang: Lang,
    styling: Styling,
) -> Result<String, EngineError> {
    let halls = halls_of(engine, hall)?;
    let words = lang.notice();
    let title = match halls.as_slice() {
        [one] => format!(
            "{}{}{}",
            lang.pick(&one.name),
            lang.texts().word_gap,
            words.hours_title
        ),
        _ => words.hours_title.to_owned(),
    };
    let mut out = Out::default();
    head(&mut out, lang, &title, styling);
    for hall in halls {
        page(&mut out, engine, hall, from, lang)?;
    }
    foot(&mut out);
    Ok(out.finish())
}

/// One hall's page.
fn page(
    out: &mut Out,
    engine: &Engine,
    hall: &Hall,
    from: NaiveDate,
    lang: Lang,
) -> Result<(), EngineError> {
    let (words, texts) = (lang.notice(), lang.texts());
    let (first, last) = valid_dates(from);
    out.tag("<section class=\"notice\"")
        .attr("data-hall", &hall.id)
        .tag(">\n<header>");
    out.element("p", "notice-kind", words.hours_title);
    out.element("h1", "", lang.pick(&hall.name));
    if hall.sample {
        out.open("p", "sample");
        out.element("strong", "", texts.sample);
        out.text(texts.label_sep).text(words.sample_hall).close("p");
    }
    out.element("p", "notice-valid", &notice_valid(lang, first, last));
    out.tag("</header>\n");
    windows(out, engine, hall, lang);
    booking(out, engine, hall, lang);
    closing(out, engine, hall, lang)?;
    // The hall's exception days: listed with their reasons, and left out of the special days.
    let exceptions = engine.upcoming_exceptions(&hall.id, first, VALID_DAYS)?;
    changes(out, &exceptions, lang);
    special_days(out, engine, hall, first, &exceptions, lang)?;
    if !calendar_known(engine, first, last) {
        out.element("p", "unconfirmed", words.unconfirmed);
    }
    about(out, hall, lang);
    out.element("p", "basis", words.basis);
    out.tag("</section>\n");
    Ok(())
}

/// How to book, from the booking rules' data fields, for a hall with any window that needs a
/// booking; the phone and the online link only where the data has them.
fn booking(out: &mut Out, engine: &Engine, hall: &Hall, lang: Lang) {
    let needs_booking = hall
        .extended
        .iter()
        .any(|w| w.appointment == Appointment::Required)
        || hall
            .weekend
            .iter()
            .any(|w| w.appointment == Appointment::Required);
    if !needs_booking {
        return;
    }
    let (words, texts, rules) = (lang.notice(), lang.texts(), engine.booking_rules());
    out.element("h2", "", words.booking);
    out.tag("<dl class=\"rules\">");
    let mut item = |label: &str, value: &str| {
        out.element("dt", "", label);
        out.element("dd", "", value);
    };
    item(words.deadline, lang.pick(&rules.deadline));
    let channels: Vec<&str> = rules.channels.iter().map(|c| lang.pick(&c.name)).collect();
    if !channels.is_empty() {
        item(words.channels, &channels.join(list_sep(lang)));
    }
    if let Some(phone) = &rules.phone {
        item(texts.phone, phone);
    }
    if let Some(url) = &hall.contact.booking_url {
        item(texts.booking_link, url);
    }
    out.tag("</dl>\n");
}

/// The closing rule (Article 5(1)) as the data words it, and its reading with the hall's
/// closing time, for a hall the rule applies to.
fn closing(out: &mut Out, engine: &Engine, hall: &Hall, lang: Lang) -> Result<(), EngineError> {
    let (Some(rule), Some(time)) = (engine.closing_rule_text(), engine.closing_time(&hall.id)?)
    else {
        return Ok(());
    };
    out.element("h2", "", lang.notice().closing);
    out.element("p", "", lang.pick(rule));
    out.element("p", "reading", &closing_reading(lang, time));
    Ok(())
}

/// The places the entry stands for, the hall's remark and its contact fields, each only where
/// the data has it.
fn about(out: &mut Out, hall: &Hall, lang: Lang) {
    let texts = lang.texts();
    if !hall.members.is_empty() {
        let names: Vec<&str> = hall.members.iter().map(|m| lang.pick(m)).collect();
        out.open("p", "members");
        out.element("strong", "", texts.members_heading);
        out.text(texts.label_sep)
            .text(&names.join(list_sep(lang)))
            .close("p");
    }
    if let Some(note) = &hall.note {
        out.element("p", "note", lang.pick(note));
    }
    let contact = &hall.contact;
    let fields = [
        (
            texts.address,
            contact.address.as_ref().map(|a| lang.pick(a)),
        ),
        (texts.phone, contact.phone.as_deref()),
    ];
    if fields.iter().all(|(_, v)| v.is_none()) {
        return;
    }
    out.tag("<dl class=\"contact\">");
    for (label, value) in fields {
        if let Some(value) = value {
            out.element("dt", "", label);
            out.element("dd", "", value);
        }
    }
    out.tag("</dl>\n");
}
