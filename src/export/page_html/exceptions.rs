//! The exception days (exceptions.json) in the build-time block: from `--from` to the end of
//! the published calendars, in stretches of days that change alike, each with the halls
//! concerned, closed or their changed hours, and the reason. Halls changed alike share one
//! line; when every hall is, the line says so. No exception ahead, no section (the shipped
//! data lists none, so the block stays as small as before).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::escape;
use crate::engine::{DayInfo, DayTimetable, Engine, EngineError, Hall, Span};
use crate::export::stretches_by;
use crate::ui::i18n::{date_range, halls_exception, Lang};

/// One date's changes: the halls changed alike, with their hours (empty: closed) and reason.
type DateChanges = Vec<(Vec<String>, Vec<Span>, String)>;

/// The section of the exception days from `from` on, or nothing when there is none.
pub(super) fn exceptions_section(
    engine: &Engine,
    halls: &[&Hall],
    from: NaiveDate,
    lang: Lang,
) -> Result<String, EngineError> {
    let count = days_to_calendar_end(engine, from);
    let mut dates: BTreeMap<NaiveDate, (DayInfo, DateChanges)> = BTreeMap::new();
    for hall in halls {
        for day in engine.upcoming_exceptions(&hall.id, from, count)? {
            add(&mut dates, hall, &day, lang);
        }
    }
    if dates.is_empty() {
        return Ok(String::new());
    }
    let days: Vec<DayInfo> = dates.values().map(|(day, _)| day.clone()).collect();
    let stretches = stretches_by(&days, |day| {
        Ok(dates
            .get(&day.date)
            .map(|(_, changes)| changes.clone())
            .unwrap_or_default())
    })?;
    let mut html = format!(
        r#"<section class="ph-special ph-pre-exceptions"><h2>{}</h2><ul class="ph-special-list">"#,
        escape(lang.prerender().exceptions_heading)
    );
    for stretch in &stretches {
        html.push_str(&format!(
            r#"<li data-date="{}" data-last="{}"><strong>{}</strong>"#,
            stretch.first,
            stretch.last,
            escape(&date_range(lang, stretch.first, stretch.last))
        ));
        for (names, spans, reason) in &stretch.hours {
            let every = halls.len() > 1 && names.len() == halls.len();
            html.push_str(&format!(
                "<p>{}</p>",
                escape(&halls_exception(lang, names, every, spans, reason))
            ));
        }
        html.push_str("</li>");
    }
    html.push_str("</ul></section>");
    Ok(html)
}

/// The hall's exception `day` added to its date, beside the halls changed alike if any.
fn add(
    dates: &mut BTreeMap<NaiveDate, (DayInfo, DateChanges)>,
    hall: &Hall,
    day: &DayTimetable,
    lang: Lang,
) {
    let Some(reason) = day.exception.as_ref().map(|r| lang.pick(r).to_owned()) else {
        return;
    };
    let name = lang.pick(&hall.name).to_owned();
    let (_, changes) = dates
        .entry(day.day.date)
        .or_insert_with(|| (day.day.clone(), Vec::new()));
    match changes
        .iter_mut()
        .find(|(_, spans, why)| *spans == day.spans && *why == reason)
    {
        Some((names, _, _)) => names.push(name),
        None => changes.push((vec![name], day.spans.clone(), reason)),
    }
}

/// How many days from `from` to the end of the last published calendar year, `from`
/// included; none when no calendar is published or it ends before `from`.
fn days_to_calendar_end(engine: &Engine, from: NaiveDate) -> u32 {
    let Some(end) = engine
        .calendar_years()
        .last()
        .and_then(|&year| NaiveDate::from_ymd_opt(year, 12, 31))
    else {
        return 0;
    };
    u32::try_from((end - from).num_days() + 1).unwrap_or(0)
}
