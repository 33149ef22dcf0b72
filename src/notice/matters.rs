//! The weekend extended-service matter list (周末延时服务事项清单, Article 6(3)) as a table
//! with the fields the rules name: matter, handling unit, time, place, booking method, and
//! the center's single public phone number. A field the data leaves empty stays empty.

use chrono::NaiveDate;

use super::html::{foot, head, Out, Styling};
use super::windows::{list_sep, weekend_lines, WindowLine};
use super::{halls_of, valid_dates};
use crate::engine::{Appointment, Engine, EngineError, Hall, Matter};
use crate::ui::i18n::{notice_valid, time_ranges};
use crate::ui::Lang;

/// The weekend matter list of the hall `hall`, or of every hall when `None`, in the order of
/// matters.json, dated from `from` for [`VALID_DAYS`](super::VALID_DAYS) days. Each row
/// gives the matter's name (marked when the data marks it a sample), handling unit, its
/// hall's weekend windows, the place (the matter's own, else its hall), how to book (the
/// matter's own way, else the center's channels and deadline where the weekend windows need
/// a booking) and the center's public number where the data has one. Fails only for an
/// unknown hall.
///
/// ```
/// use chrono::NaiveDate;
/// use pinggu_hours::engine::Engine;
/// use pinggu_hours::notice::{matters_notice, Styling};
/// use pinggu_hours::ui::Lang;
/// let from = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// let html = matters_notice(&Engine::embedded(), Some("household"), from, Lang::Zh, Styling::Inline).unwrap();
/// assert!(html.contains("<h1>周末延时服务事项清单</h1>"));
/// assert!(html.contains("周六、周日"));
/// ```
pub fn matters_notice(
    engine: &Engine,
    hall: Option<&str>,
    from: NaiveDate,
    lang: Lang,
    styling: Styling,
) -> Result<String, EngineError> {
    let halls = halls_of(engine, hall)?;
    let (words, texts) = (lang.notice(), lang.texts());
    let matters: Vec<(&Matter, &Hall)> = engine
        .matters()
        .iter()
        .filter_map(|m| Some((m, *halls.iter().find(|h| h.id == m.hall)?)))
        .collect();
    let mut out = Out::default();
    head(&mut out, lang, words.matters_title, styling);
    out.tag("<section class=\"notice notice--matters\">\n<header>");
    if let (Some(_), [one]) = (hall, halls.as_slice()) {
        out.element("p", "notice-kind", lang.pick(&one.name));
    }
    out.element("h1", "", words.matters_title);
    let (first, last) = valid_dates(from);
    out.element("p", "notice-valid", &notice_valid(lang, first, last));
    if matters.iter().any(|(m, _)| m.sample) {
        out.open("p", "sample");
        out.element("strong", "", texts.sample);
        out.text(texts.label_sep).text(texts.sample_note).close("p");
    }
    out.tag("</header>\n");
    if matters.is_empty() {
        out.element("p", "none", words.no_matters);
    } else {
        table(&mut out, engine, &matters, lang);
    }
    out.element("p", "basis", words.basis);
    out.tag("</section>\n");
    foot(&mut out);
    Ok(out.finish())
}

/// The table: a header row of the six fields, then one row per matter.
fn table(out: &mut Out, engine: &Engine, matters: &[(&Matter, &Hall)], lang: Lang) {
    let (words, texts, rules) = (lang.notice(), lang.texts(), engine.booking_rules());
    out.tag("<table class=\"matters\">\n<thead><tr>");
    for column in words.columns {
        out.tag("<th scope=\"col\">").text(column).tag("</th>");
    }
    out.tag("</tr></thead>\n<tbody>\n");
    for (matter, hall) in matters {
        out.tag("<tr").attr("data-matter", &matter.id).tag(">");
        out.open("td", "matter").text(lang.pick(&matter.name));
        if matter.sample {
            out.element("span", "tag", texts.sample);
        }
        out.close("td");
        out.element("td", "", lang.pick(&matter.unit));
        time_cell(out, lang, &weekend_lines(lang, &hall.weekend));
        let place = match &matter.place {
            Some(place) => lang.pick(place).to_owned(),
            None => place_of(hall, lang),
        };
        out.element("td", "", &place);
        out.element("td", "", &booking_cell(engine, matter, hall, lang));
        out.element("td", "phone", rules.phone.as_deref().unwrap_or_default());
        out.tag("</tr>\n");
    }
    out.tag("</tbody>\n</table>\n");
}

/// The hall's weekend windows in one cell: `周六9:00–13:00，法定节假日除外` (booking is
/// its own column), a line breaking between time ranges, never inside one; empty for a hall
/// without weekend windows.
fn time_cell(out: &mut Out, lang: Lang, lines: &[WindowLine]) {
    let texts = lang.texts();
    let not_on_holidays = lang.notice().not_on_holidays;
    out.open("td", "");
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.text(texts.list_sep);
        }
        out.text(line.days.as_deref().unwrap_or_default())
            .text(texts.word_gap);
        for (j, range) in line.times.iter().enumerate() {
            if j > 0 {
                out.text(list_sep(lang));
            }
            out.element("span", "range", &time_ranges(lang, &[*range]));
        }
        if line.notes.contains(&not_on_holidays) {
            out.text(if lang == Lang::Zh { "，" } else { ", " })
                .text(not_on_holidays);
        }
    }
    out.close("td");
}

/// Where a matter without a place of its own is handled: its hall, with the hall's address
/// where the data has one.
fn place_of(hall: &Hall, lang: Lang) -> String {
    let name = lang.pick(&hall.name);
    match &hall.contact.address {
        Some(address) => format!("{name}{}{}", lang.texts().label_sep, lang.pick(address)),
        None => name.to_owned(),
    }
}

/// How to book a matter: its own way when the data gives one; else, when its hall's weekend
/// windows need a booking, the center's channels and deadline; else that none is needed.
/// Empty for a hall without weekend windows.
fn booking_cell(engine: &Engine, matter: &Matter, hall: &Hall, lang: Lang) -> String {
    if let Some(booking) = &matter.booking {
        return lang.pick(booking).to_owned();
    }
    if hall.weekend.is_empty() {
        return String::new();
    }
    if hall
        .weekend
        .iter()
        .all(|w| w.appointment == Appointment::WalkIn)
    {
        return lang.notice().no_booking.to_owned();
    }
    let rules = engine.booking_rules();
    let channels: Vec<&str> = rules.channels.iter().map(|c| lang.pick(&c.name)).collect();
    let deadline = lang.pick(&rules.deadline);
    match channels.is_empty() {
        true => deadline.to_owned(),
        false => format!(
            "{}{}{deadline}",
            channels.join(list_sep(lang)),
            lang.texts().list_sep
        ),
    }
}
