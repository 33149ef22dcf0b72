//! What changes in the dates a notice holds for: the hall's exception days (exceptions.json)
//! with their reasons, and the holidays and adjusted workdays with the hall's hours on them.

use chrono::NaiveDate;

use super::html::Out;
use super::VALID_DAYS;
use crate::engine::{DayInfo, DayTimetable, Engine, EngineError, Hall, Reading, Run};
use crate::ui::i18n::{exception_notice, special_stretch};
use crate::ui::Lang;

/// The hall's exception days among the dates the notice holds for (`days`, from
/// `Engine::upcoming_exceptions`), each with its reason.
pub(super) fn changes(out: &mut Out, days: &[DayTimetable], lang: Lang) {
    if days.is_empty() {
        return;
    }
    out.element("h2", "", lang.notice().changes);
    out.tag("<ul class=\"changes\">\n");
    for day in days {
        let reason = day.exception.as_ref().map_or("", |r| lang.pick(r));
        out.tag("<li")
            .attr("data-date", &day.day.date.to_string())
            .tag(">");
        out.text(&exception_notice(lang, day.day.date, &day.spans, reason));
        out.tag("</li>\n");
    }
    out.tag("</ul>\n");
}

/// Holidays and adjusted workdays in a row with the same hours.
struct Stretch {
    first: NaiveDate,
    last: NaiveDate,
    day: DayInfo,
    runs: Vec<Run>,
    /// The hours rest on the reading "holiday weekends" (docs/rules.md).
    reading: bool,
}

/// The holidays and adjusted workdays among the dates the notice holds for, with the hall's
/// hours on each; the hall's exception days (`exceptions`) are in [`changes`] instead.
pub(super) fn special_days(
    out: &mut Out,
    engine: &Engine,
    hall: &Hall,
    first: NaiveDate,
    exceptions: &[DayTimetable],
    lang: Lang,
) -> Result<(), EngineError> {
    let exception_dates: Vec<NaiveDate> = exceptions.iter().map(|d| d.day.date).collect();
    let mut stretches: Vec<Stretch> = Vec::new();
    for day in engine.upcoming_special_days(first, VALID_DAYS) {
        if exception_dates.contains(&day.date) {
            continue;
        }
        let runs = engine.day_runs(&hall.id, day.date)?;
        let reading = match runs.first() {
            Some(r) => {
                let status = engine.status(&hall.id, day.date.and_time(r.start))?;
                status.reading == Some(Reading::HolidayWeekends)
            }
            None => false,
        };
        match stretches.last_mut() {
            Some(s)
                if s.last.succ_opt() == Some(day.date)
                    && s.day.kind == day.kind
                    && s.day.holiday == day.holiday
                    && s.runs == runs
                    && s.reading == reading =>
            {
                s.last = day.date;
            }
            _ => stretches.push(Stretch {
                first: day.date,
                last: day.date,
                day,
                runs,
                reading,
            }),
        }
    }
    if stretches.is_empty() {
        return Ok(());
    }
    out.element("h2", "", lang.notice().special);
    out.tag("<ul class=\"special\">\n");
    for s in &stretches {
        out.tag("<li")
            .attr("data-date", &s.first.to_string())
            .tag(">");
        out.text(&special_stretch(lang, s.first, s.last, &s.day, &s.runs));
        if s.reading {
            out.text(lang.texts().list_sep)
                .text(lang.cards().holiday_weekends);
        }
        out.tag("</li>\n");
    }
    out.tag("</ul>\n");
    Ok(())
}
