//! The words of an exception (exceptions.json): a hall closed, or keeping other hours, on a
//! given date, with the reason the center gives. The date, the windows and the reason are
//! the engine's; this file only words them.

use chrono::{Datelike, NaiveDate};

use super::cards::clock;
use super::format::month_name;
use super::Lang;
use crate::engine::DayTimetable;

/// The exceptions' fixed words in one language.
pub struct ExceptionTexts {
    /// The badge of a hall an exception closes on the day shown.
    pub closed_badge: &'static str,
    /// Names the list of exceptions ahead on a card, for screen readers.
    pub ahead_label: &'static str,
}

static ZH: ExceptionTexts = ExceptionTexts {
    closed_badge: "当日暂停办理",
    ahead_label: "办理时间临时调整",
};

static EN: ExceptionTexts = ExceptionTexts {
    closed_badge: "Closed this day",
    ahead_label: "Temporary changes to the hours",
};

impl Lang {
    /// The exceptions' words in this language.
    pub fn exceptions(self) -> &'static ExceptionTexts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// The date of an exception seen from `from`: `今天`, `明天`, else `12月5日` / `today`,
/// `tomorrow`, else `5 December`.
fn exception_date(lang: Lang, from: NaiveDate, date: NaiveDate) -> String {
    let texts = lang.texts();
    match ((date - from).num_days(), lang) {
        (0, Lang::Zh) => texts.today.to_owned(),
        (1, Lang::Zh) => texts.tomorrow.to_owned(),
        (_, Lang::Zh) => format!("{}月{}日", date.month(), date.day()),
        (0, Lang::En) => texts.today.to_owned(),
        (1, Lang::En) => texts.tomorrow.to_owned(),
        (_, Lang::En) => format!("{} {}", date.day(), month_name(date)),
    }
}

/// A hall's exception day as one line, seen from `from`: closed,
/// `12月5日暂停办理：系统升级，暂停办理` / `No service on 5 December: System upgrade`; other
/// hours, `12月12日办理时间调整为9:00–12:00：年终盘点` / `Hours on 12 December changed to
/// 9:00–12:00: Year-end stocktaking`. `None` on a day without exception.
pub fn exception_line(lang: Lang, from: NaiveDate, day: &DayTimetable) -> Option<String> {
    let reason = lang.pick(day.exception.as_ref()?);
    let date = exception_date(lang, from, day.day.date);
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    let hours: Vec<String> = day
        .spans
        .iter()
        .map(|s| format!("{}–{}", clock(s.start), clock(s.end)))
        .collect();
    let hours = hours.join(sep);
    Some(match (lang, day.spans.is_empty()) {
        (Lang::Zh, true) => format!("{date}暂停办理：{reason}"),
        (Lang::Zh, false) => format!("{date}办理时间调整为{hours}：{reason}"),
        (Lang::En, true) => format!("No service {}: {reason}", on(date)),
        (Lang::En, false) => format!("Hours {} changed to {hours}: {reason}", on(date)),
    })
}

/// `on 5 December`, but `today` and `tomorrow` as they are.
fn on(date: String) -> String {
    if date.starts_with(|c: char| c.is_ascii_digit()) {
        format!("on {date}")
    } else {
        date
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{DayInfo, DayKind, Localized, Span};

    fn day(date: NaiveDate, spans: Vec<Span>) -> DayTimetable {
        DayTimetable {
            hall: "district".into(),
            day: DayInfo {
                date,
                kind: DayKind::Weekend,
                holiday: None,
                calendar_known: true,
            },
            spans,
            closing_rule: None,
            exception: Some(Localized {
                zh: "系统升级，暂停办理".into(),
                en: "System upgrade: no service".into(),
            }),
        }
    }

    #[test]
    fn a_closed_day_and_changed_hours_read_as_one_line() {
        let date = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        let closed = day(date(5), Vec::new());
        let line = |lang, from| exception_line(lang, from, &closed).unwrap();
        assert_eq!(
            line(Lang::Zh, date(1)),
            "12月5日暂停办理：系统升级，暂停办理"
        );
        assert_eq!(line(Lang::Zh, date(4)), "明天暂停办理：系统升级，暂停办理");
        assert_eq!(
            line(Lang::En, date(1)),
            "No service on 5 December: System upgrade: no service"
        );
        assert_eq!(
            line(Lang::En, date(5)),
            "No service today: System upgrade: no service"
        );
        let hm = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let spans = vec![Span {
            start: hm(9, 0),
            end: hm(12, 0),
            state: crate::engine::State::Extended,
            appointment: crate::engine::Appointment::WalkIn,
        }];
        let changed = day(date(12), spans);
        assert_eq!(
            exception_line(Lang::Zh, date(1), &changed).unwrap(),
            "12月12日办理时间调整为9:00–12:00：系统升级，暂停办理"
        );
        assert_eq!(
            exception_line(Lang::En, date(1), &changed).unwrap(),
            "Hours on 12 December changed to 9:00–12:00: System upgrade: no service"
        );
        let mut plain = changed;
        plain.exception = None;
        assert_eq!(exception_line(Lang::Zh, date(1), &plain), None);
    }
}
