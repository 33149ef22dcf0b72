//! The hours as HTML for the full page, written into `index.html` at build time
//! (tools/prerender.mjs): every hall's ordinary week (workdays, Saturday, Sunday: it does not
//! go stale), the holidays and adjusted workdays ahead in the published calendars with
//! the halls open on them, and the exception days (exceptions.json) ahead in them. A slow phone shows it before the WebAssembly arrives, and a
//! browser without JavaScript or WebAssembly, or a search engine, keeps it; the widget
//! replaces it when it starts.
//!
//! Every hour and day comes from the engine (the same runs the exports and the hall page's
//! week summary use) and every word from the page's wording tables (`ui::i18n`). Every text,
//! from the data or not, is escaped; the block has no script and no style attribute, so it
//! stands under the strict Content-Security-Policy. It uses the live page's classes, so its
//! banner sits where the widget's will.

use chrono::{NaiveDate, Weekday};

use exceptions::exceptions_section;

use super::{ordinary_week, page_halls, special_days, stretches_by, Stretch};
use crate::engine::{DayKind, Engine, EngineError, Hall, Reading, Run};
/// The one HTML escape of the crate's written pages (the notices' too).
pub(crate) use crate::notice::escape;
use crate::ui::i18n::{date_range, day_kind_label, no_special_days_ahead, runs_line, Lang};

/// The attribute that marks the block, so the loader and the tests can find it.
pub const MARK: &str = "data-prerendered";

/// What a special day says for every hall: its kind, its holiday and each hall's runs.
type DayKey = (DayKind, Option<String>, Vec<Vec<Run>>);

/// The block for `halls`, in `lang`, with the special days from `from` to the end of the
/// published calendars: one line of HTML, a `<div class="ph-app">` for `#pinggu-hours`.
pub fn fragment(
    engine: &Engine,
    halls: &[&Hall],
    from: NaiveDate,
    lang: Lang,
) -> Result<String, EngineError> {
    let (texts, words) = (lang.texts(), lang.prerender());
    // The banner of the widget's, with its toolbar's place kept (hidden: the switches work in
    // the widget only) and one line where the widget shows the time, so it is as high.
    let mut html = format!(
        r#"<div class="ph-app" lang="{}" {MARK}="" data-from="{from}"><header class="ph-header"><div class="ph-header-top"><div><h1 class="ph-title">{}</h1><p class="ph-subtitle">{}</p></div><div class="ph-toolbar ph-pre-toolbar" aria-hidden="true"><span class="ph-button" lang="{}">{}</span><span class="ph-button">{}</span></div></div><p class="ph-moment ph-pre-note">{}</p></header><main class="ph-main">"#,
        lang.tag(),
        escape(texts.title),
        escape(texts.subtitle),
        lang.other().tag(),
        escape(texts.switch_lang),
        escape(texts.elderly_mode),
        escape(words.note),
    );
    // The centers, as the live page's cards; a line says where the stations are found.
    let centers = page_halls(halls);
    html.push_str(&week_section(engine, &centers, lang)?);
    if centers.len() < halls.len() {
        html.push_str(&format!(
            r#"<p class="ph-hint ph-pre-stations">{}</p>"#,
            escape(words.stations_later)
        ));
    }
    html.push_str(&special_section(engine, &centers, from, lang)?);
    html.push_str(&exceptions_section(engine, &centers, from, lang)?);
    html.push_str("</main></div>");
    Ok(html)
}

/// One card per hall: its runs on a workday, a Saturday and a Sunday of an ordinary week.
fn week_section(engine: &Engine, halls: &[&Hall], lang: Lang) -> Result<String, EngineError> {
    let texts = lang.texts();
    let days = [
        (Weekday::Mon, texts.workday),
        (Weekday::Sat, texts.weekdays_short[5]),
        (Weekday::Sun, texts.weekdays_short[6]),
    ];
    let mut html = format!(
        r#"<section class="ph-halls"><h2>{}</h2><ul class="ph-hall-list">"#,
        escape(lang.prerender().week_heading)
    );
    for hall in halls {
        let week = ordinary_week(engine, &hall.id)?;
        html.push_str(&format!(
            r#"<li class="ph-card" data-hall="{}"><h3 class="ph-card-name">{}</h3>"#,
            escape(&hall.id),
            escape(lang.pick(&hall.name)),
        ));
        for (day, label) in days {
            let runs = week
                .iter()
                .find(|(d, _)| *d == day)
                .map_or(&[][..], |(_, runs)| runs);
            html.push_str(&format!(
                "<p>{}{}{}</p>",
                escape(label),
                texts.label_sep,
                escape(&runs_line(lang, runs))
            ));
        }
        html.push_str("</li>");
    }
    html.push_str("</ul></section>");
    Ok(html)
}

/// The holidays and adjusted workdays from `from` on, in stretches over which the day and
/// every hall's hours stay the same.
fn special_section(
    engine: &Engine,
    halls: &[&Hall],
    from: NaiveDate,
    lang: Lang,
) -> Result<String, EngineError> {
    let days = special_days(engine, Some(from));
    let stretches = stretches_by(&days, |day| {
        let runs = halls
            .iter()
            .map(|h| engine.day_runs(&h.id, day.date))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((day.kind, day.holiday.clone(), runs))
    })?;
    let mut html = format!(
        r#"<section class="ph-special"><h2>{}</h2>"#,
        escape(lang.prerender().special_heading)
    );
    if stretches.is_empty() {
        let last_year = engine.calendar_years().last().copied();
        html.push_str(&format!(
            "<p>{}</p>",
            escape(&no_special_days_ahead(lang, from, last_year))
        ));
    } else {
        html.push_str(r#"<ul class="ph-special-list">"#);
        for stretch in &stretches {
            html.push_str(&special_item(engine, halls, stretch, lang)?);
        }
        html.push_str("</ul>");
    }
    html.push_str("</section>");
    Ok(html)
}

/// One stretch: its dates and kind, then which halls serve and when.
fn special_item(
    engine: &Engine,
    halls: &[&Hall],
    stretch: &Stretch<DayKey>,
    lang: Lang,
) -> Result<String, EngineError> {
    let (texts, words) = (lang.texts(), lang.prerender());
    let day = engine.day(stretch.first);
    let runs = &stretch.hours.2;
    let mut workday_hours = true;
    let mut open = Vec::new();
    let mut reading = false;
    for (hall, runs) in halls.iter().zip(runs) {
        // Monday of the ordinary week: the hours of every legal workday.
        let week = ordinary_week(engine, &hall.id)?;
        let workday = week.first().map_or(&[][..], |(_, r)| r.as_slice());
        workday_hours &= runs.as_slice() == workday;
        let Some(first) = runs.first() else {
            continue;
        };
        let status = engine.status(&hall.id, stretch.first.and_time(first.start))?;
        reading |= status.reading == Some(Reading::HolidayWeekends);
        open.push(format!(
            "{}{}{}",
            lang.pick(&hall.name),
            texts.label_sep,
            runs_line(lang, runs)
        ));
    }
    let summary = if open.is_empty() {
        words.all_closed.to_owned()
    } else if workday_hours {
        words.as_workday.to_owned()
    } else {
        if open.len() < halls.len() {
            open.push(words.others_closed.to_owned());
        }
        open.join(texts.list_sep)
    };
    let mut html = format!(
        r#"<li data-date="{}" data-last="{}"><strong>{}{}{}</strong><p>{}</p>"#,
        stretch.first,
        stretch.last,
        escape(&date_range(lang, stretch.first, stretch.last)),
        texts.word_gap,
        escape(&day_kind_label(lang, &day)),
        escape(&summary),
    );
    if reading {
        html.push_str(&format!(
            r#"<p class="ph-reading">{}</p>"#,
            escape(lang.cards().holiday_weekends)
        ));
    }
    html.push_str("</li>");
    Ok(html)
}

mod exceptions;
#[cfg(test)]
mod tests;
