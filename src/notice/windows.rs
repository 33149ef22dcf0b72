//! The hall's ordinary windows as a notice prints them: grouped into lines (the days, the
//! times, what applies to them), in the hours table of an hours notice and in the time
//! column of the matter list.

use chrono::NaiveTime;

use super::html::Out;
use crate::engine::{Appointment, Engine, Hall, WeekendWindow, Window};
use crate::ui::i18n::{time_ranges, weekend_days};
use crate::ui::Lang;

/// One line of windows in the hours table: the days (weekend windows), the times, and what
/// applies to all of them (booking, not on public holidays).
pub(super) struct WindowLine {
    pub(super) days: Option<String>,
    pub(super) times: Vec<(NaiveTime, NaiveTime)>,
    pub(super) notes: Vec<&'static str>,
}

/// Workday windows, one line per appointment rule (in the order they first appear); a walk-in
/// line says so only when `walk_in_named`.
fn workday_lines(lang: Lang, windows: &[Window], walk_in_named: bool) -> Vec<WindowLine> {
    let mut groups: Vec<(Appointment, Vec<_>)> = Vec::new();
    for w in windows {
        match groups.iter_mut().find(|(a, _)| *a == w.appointment) {
            Some((_, times)) => times.push((w.start, w.end)),
            None => groups.push((w.appointment, vec![(w.start, w.end)])),
        }
    }
    groups
        .into_iter()
        .map(|(appointment, times)| WindowLine {
            days: None,
            times,
            notes: match appointment {
                Appointment::Required => vec![lang.texts().appointment_required],
                Appointment::WalkIn if walk_in_named => vec![lang.texts().walk_in],
                Appointment::WalkIn => Vec::new(),
            },
        })
        .collect()
}

/// Weekend windows, one line per set of days, holiday mark and appointment rule.
pub(super) fn weekend_lines(lang: Lang, windows: &[WeekendWindow]) -> Vec<WindowLine> {
    let mut groups: Vec<(&WeekendWindow, Vec<_>)> = Vec::new();
    for w in windows {
        let same = |g: &WeekendWindow| {
            g.days == w.days
                && g.not_on_holidays == w.not_on_holidays
                && g.appointment == w.appointment
        };
        match groups.iter_mut().find(|(g, _)| same(g)) {
            Some((_, times)) => times.push((w.start, w.end)),
            None => groups.push((w, vec![(w.start, w.end)])),
        }
    }
    groups
        .into_iter()
        .map(|(w, times)| {
            let mut notes = vec![lang.texts().appointment(w.appointment)];
            if w.not_on_holidays {
                notes.push(lang.notice().not_on_holidays);
            }
            WindowLine {
                days: Some(weekend_days(lang, &w.days)),
                times,
                notes,
            }
        })
        .collect()
}

/// A line of windows as a paragraph: days, times in large type (a line breaks between two
/// time ranges, never inside one), notes as tags.
fn window_line(out: &mut Out, line: &WindowLine, lang: Lang) {
    out.open("p", "when");
    if let Some(days) = &line.days {
        out.element("span", "days", days);
    }
    out.open("strong", "times");
    for (i, range) in line.times.iter().enumerate() {
        if i > 0 {
            out.text(list_sep(lang));
        }
        out.element("span", "range", &time_ranges(lang, &[*range]));
    }
    out.close("strong");
    for note in &line.notes {
        out.element("span", "tag", note);
    }
    out.close("p");
}

/// The table of the hall's ordinary hours: regular, workday extended, weekend.
pub(super) fn windows(out: &mut Out, engine: &Engine, hall: &Hall, lang: Lang) {
    let words = lang.notice();
    out.tag("<table class=\"hours\">\n");
    let mut row = |heading: &str, lines: Vec<WindowLine>, empty: &str, days: Option<&str>| {
        out.tag("<tr><th scope=\"row\">")
            .text(heading)
            .tag("</th><td>");
        if let Some(days) = days {
            out.element("p", "days", days);
        }
        for line in &lines {
            window_line(out, line, lang);
        }
        if lines.is_empty() {
            out.element("p", "none", empty);
        }
        out.tag("</td></tr>\n");
    };
    let regular = workday_lines(lang, &hall.regular, false);
    row(words.regular, regular, words.none, Some(words.regular_days));
    let extended = workday_lines(lang, &hall.extended, true);
    // A hall whose only extended service is the closing rule (tax) says so.
    let closing_only = engine.closing_rule_text().is_some()
        && engine.closing_time(&hall.id).ok().flatten().is_some();
    let no_extended = if closing_only {
        words.closing_only
    } else {
        words.none
    };
    row(words.extended, extended, no_extended, None);
    row(
        words.weekend,
        weekend_lines(lang, &hall.weekend),
        words.none,
        None,
    );
    out.tag("</table>\n");
}

/// Items of a list in one line: `现场预约、电话预约` / `On site, By phone`.
pub(super) fn list_sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    }
}
