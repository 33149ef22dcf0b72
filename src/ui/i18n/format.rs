//! Dates, times and durations in the visitor's language. Only presentation: which day a
//! date is, and when halls open, always comes from the engine.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::Lang;
use crate::engine::{format_hhmm, DayInfo, DayKind};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The weekday's name (`星期二`, `Tuesday`), or its short form (`周二`, `Tue`).
pub fn weekday(lang: Lang, date: NaiveDate, short: bool) -> &'static str {
    let texts = lang.texts();
    let names = if short {
        &texts.weekdays_short
    } else {
        &texts.weekdays
    };
    names[date.weekday().num_days_from_monday() as usize % 7]
}

/// The English name of a date's month (`November`).
pub(super) fn month_name(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize % 12]
}

/// `2026年11月24日（星期二）` / `Tuesday 24 November 2026`.
pub fn date_long(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Zh => format!(
            "{}年{}月{}日（{}）",
            date.year(),
            date.month(),
            date.day(),
            weekday(lang, date, false)
        ),
        Lang::En => format!(
            "{} {} {} {}",
            weekday(lang, date, false),
            date.day(),
            MONTHS[date.month0() as usize % 12],
            date.year()
        ),
    }
}

/// `11月24日（周二）` / `Tue 24 Nov`.
pub fn date_short(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Zh => format!(
            "{}月{}日（{}）",
            date.month(),
            date.day(),
            weekday(lang, date, true)
        ),
        Lang::En => format!(
            "{} {} {}",
            weekday(lang, date, true),
            date.day(),
            MONTHS[date.month0() as usize % 12]
                .get(..3)
                .unwrap_or_default()
        ),
    }
}

/// `today`, `tomorrow`, a weekday within the coming week, else the short date.
pub fn relative_day(lang: Lang, from: NaiveDate, to: NaiveDate) -> String {
    let texts = lang.texts();
    match (to - from).num_days() {
        0 => texts.today.to_owned(),
        1 => texts.tomorrow.to_owned(),
        2..=6 => weekday(lang, to, false).to_owned(),
        _ => date_short(lang, to),
    }
}

/// `1小时5分钟` / `1 h 5 min`; days are spelled out beyond 24 hours.
pub fn duration(lang: Lang, minutes: i64) -> String {
    let minutes = minutes.max(0);
    let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    let mut parts = Vec::new();
    let (d, h, m) = match lang {
        Lang::Zh => ("天", "小时", "分钟"),
        Lang::En => (" d", " h", " min"),
    };
    if days > 0 {
        parts.push(format!("{days}{d}"));
    }
    if hours > 0 {
        parts.push(format!("{hours}{h}"));
    }
    if mins > 0 || parts.is_empty() {
        parts.push(format!("{mins}{m}"));
    }
    parts.join(if lang == Lang::Zh { "" } else { " " })
}

/// `还剩50分钟` / `50 min left`; a day or more reads in whole days (`还剩2天` / `2 days
/// left`), counted down (2 days 23 hours is 2 days): the minutes of something days away
/// only distract, and rounding down never tells a visitor they have more time than they do.
pub fn time_left(lang: Lang, minutes: i64) -> String {
    let days = minutes.max(0) / 1440;
    match (lang, days) {
        (Lang::Zh, 0) => format!("还剩{}", duration(lang, minutes)),
        (Lang::En, 0) => format!("{} left", duration(lang, minutes)),
        (Lang::Zh, _) => format!("还剩{days}天"),
        (Lang::En, 1) => "1 day left".to_owned(),
        (Lang::En, _) => format!("{days} days left"),
    }
}

/// The countdown to `until` for an answer about `moment`, seen at `now`: only when the
/// moment shown is today (a moment chosen on another day is a plan, and a ticking count
/// would read as if it were now), and only while `until` is still ahead of the moment.
pub fn countdown(
    lang: Lang,
    now: NaiveDateTime,
    moment: NaiveDateTime,
    until: NaiveDateTime,
) -> Option<String> {
    let minutes = (until - moment).num_minutes();
    (moment.date() == now.date() && minutes > 0).then(|| time_left(lang, minutes))
}

/// What kind of day it is, with the holiday's name: `国庆节`, `调休上班日（国庆节）`.
pub fn day_kind_label(lang: Lang, day: &DayInfo) -> String {
    let texts = lang.texts();
    let name = day.holiday.as_deref().map(|name| holiday_name(lang, name));
    match (day.kind, name) {
        (DayKind::Holiday, Some(name)) => name,
        (DayKind::Holiday, None) => texts.holiday.to_owned(),
        (DayKind::AdjustedWorkday, Some(name)) => match lang {
            Lang::Zh => format!("{}（{name}）", texts.adjusted_workday),
            Lang::En => format!("{} (for {name})", texts.adjusted_workday),
        },
        (DayKind::AdjustedWorkday, None) => texts.adjusted_workday.to_owned(),
        (DayKind::Weekend, _) => texts.weekend.to_owned(),
        (DayKind::Workday, _) => texts.workday.to_owned(),
    }
}

/// A notice's holiday name in the page language; a name this page does not know is shown as
/// the notice wrote it rather than guessed.
fn holiday_name(lang: Lang, name: &str) -> String {
    if lang == Lang::Zh {
        return name.to_owned();
    }
    let english: Vec<&str> = name
        .split('、')
        .map(|part| match part {
            "元旦" => "New Year's Day",
            "春节" => "Spring Festival",
            "清明节" => "Qingming Festival",
            "劳动节" => "Labour Day",
            "端午节" => "Dragon Boat Festival",
            "中秋节" => "Mid-Autumn Festival",
            "国庆节" => "National Day",
            other => other,
        })
        .collect();
    english.join(" and ")
}

/// A time seen from `from`: `13:00` on the same day, else `明天08:30` / `tomorrow 08:30`.
pub fn when(lang: Lang, from: NaiveDateTime, at: NaiveDateTime) -> String {
    if at.date() == from.date() {
        format_hhmm(at.time())
    } else {
        format!(
            "{}{}{}",
            relative_day(lang, from.date(), at.date()),
            lang.texts().word_gap,
            format_hhmm(at.time())
        )
    }
}

#[cfg(test)]
mod tests;
