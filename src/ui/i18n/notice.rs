//! The words of the printed notices (src/notice): a hall's hours notice and the weekend
//! matter list, posted in the halls (Articles 6(3) and 7(7)). A notice stays on the wall for
//! weeks, so every date is written out in full, never as "today" or "tomorrow". The hours,
//! days and reasons are the engine's; this file only words them.

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::cards::{clock, run_words};
use super::format::{date_short, day_kind_label, month_name};
use super::Lang;
use crate::engine::{DayInfo, Run, Span, WeekendDay};

/// The notices' fixed words in one language.
pub struct NoticeTexts {
    /// Above the hall's name on an hours notice.
    pub hours_title: &'static str,
    /// The heading of the matter list (周末延时服务事项清单).
    pub matters_title: &'static str,
    pub regular: &'static str,
    /// The days regular hours and workday extended windows apply on.
    pub regular_days: &'static str,
    pub extended: &'static str,
    pub weekend: &'static str,
    /// A kind of window the hall does not have.
    pub none: &'static str,
    /// Workday extended service of a hall whose only extended service is the closing rule
    /// (tax, docs/rules.md section 4).
    pub closing_only: &'static str,
    pub not_on_holidays: &'static str,
    pub booking: &'static str,
    pub deadline: &'static str,
    pub channels: &'static str,
    pub closing: &'static str,
    /// The exception days ahead (exceptions.json).
    pub changes: &'static str,
    /// The holidays and adjusted workdays ahead.
    pub special: &'static str,
    /// Some date the notice covers lies outside the published holiday calendars.
    pub unconfirmed: &'static str,
    /// A hall the data marks as a sample.
    pub sample_hall: &'static str,
    /// The foot of every notice: the rules it rests on, and the time zone.
    pub basis: &'static str,
    /// The columns of the matter list, in order (Article 6(3)).
    pub columns: [&'static str; 6],
    /// A matter whose weekend windows serve walk-ins.
    pub no_booking: &'static str,
    /// The matter list has no entry (for the hall asked for).
    pub no_matters: &'static str,
}

static ZH: NoticeTexts = NoticeTexts {
    hours_title: "办公时间公告",
    matters_title: "周末延时服务事项清单",
    regular: "办公时间",
    regular_days: "法定工作日（含调休上班日）",
    extended: "工作日延时服务",
    weekend: "周末延时服务",
    none: "无",
    closing_only: "不设固定延时时段，下午闭厅时按闭厅延时服务办理",
    not_on_holidays: "法定节假日除外",
    booking: "预约办理",
    deadline: "预约时限",
    channels: "预约方式",
    closing: "闭厅延时服务",
    changes: "临时调整",
    special: "节假日安排",
    unconfirmed:
        "本公告适用期间内有日期不在已发布的节假日安排之内，相关时间按常规推算，以届时通知为准。",
    sample_hall: "示例数据，以政务服务中心公布的办公时间为准。",
    basis: "依据《平谷区各级政务服务中心（分中心）延时服务制度》。以上均为北京时间。",
    columns: [
        "事项名称",
        "办理单位",
        "办理时间",
        "办理地点",
        "预约方式",
        "联系电话",
    ],
    no_booking: "无需预约",
    no_matters: "暂无周末延时服务事项。",
};

static EN: NoticeTexts = NoticeTexts {
    hours_title: "Office hours",
    matters_title: "Weekend extended-service matters",
    regular: "Office hours",
    regular_days: "Legal workdays (adjusted workdays included)",
    extended: "Extended service on workdays",
    weekend: "Weekend extended service",
    none: "None",
    closing_only: "No fixed extended hours: see the service at closing time below",
    not_on_holidays: "not on public holidays",
    booking: "Booking",
    deadline: "Deadline",
    channels: "How to book",
    closing: "Service at closing time",
    changes: "Temporary changes",
    special: "Public holidays and adjusted workdays",
    unconfirmed: "Some dates of this notice are outside the published holiday calendars: their hours assume an ordinary week, subject to later notice.",
    sample_hall: "Sample entry: the service center publishes the real hours.",
    basis: "Under the Pinggu District rules for extended service at government service centers. All times are Beijing time.",
    columns: [
        "Matter",
        "Handling unit",
        "Time",
        "Place",
        "How to book",
        "Phone",
    ],
    no_booking: "No booking needed",
    no_matters: "No matters are listed for weekend extended service.",
};

impl Lang {
    /// The notices' words in this language.
    pub fn notice(self) -> &'static NoticeTexts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// A date in full, for a notice that stays posted: `2026年12月1日` / `1 December 2026`.
fn full_date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => format!("{} {} {}", date.day(), month_name(date), date.year()),
    }
}

/// The dates a notice holds for: `本公告适用于2026年12月1日至2026年12月30日` /
/// `Valid from 1 December 2026 to 30 December 2026`.
pub fn notice_valid(lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
    let (first, last) = (full_date(lang, first), full_date(lang, last));
    match lang {
        Lang::Zh => format!("本公告适用于{first}至{last}"),
        Lang::En => format!("Valid from {first} to {last}"),
    }
}

/// Time ranges in one line: `9:00–12:00、13:00–17:00` / `9:00–12:00, 13:00–17:00`.
pub fn time_ranges(lang: Lang, ranges: &[(NaiveTime, NaiveTime)]) -> String {
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    ranges
        .iter()
        .map(|(a, b)| format!("{}–{}", clock(*a), clock(*b)))
        .collect::<Vec<_>>()
        .join(sep)
}

/// The weekend days of a window: `周六`, `周六、周日` / `Sat`, `Sat and Sun`.
pub fn weekend_days(lang: Lang, days: &[WeekendDay]) -> String {
    let short = lang.texts().weekdays_short;
    let names: Vec<&str> = days
        .iter()
        .map(|d| match d {
            WeekendDay::Sat => short[5],
            WeekendDay::Sun => short[6],
        })
        .collect();
    names.join(if lang == Lang::Zh { "、" } else { " and " })
}

/// A date or a run of dates: `10月1日（周四）` or `10月1日（周四）至10月7日（周三）` /
/// `Thu 1 Oct`, `Thu 1 Oct to Wed 7 Oct`.
fn dates(lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
    let first_words = date_short(lang, first);
    if first == last {
        return first_words;
    }
    match lang {
        Lang::Zh => format!("{first_words}至{}", date_short(lang, last)),
        Lang::En => format!("{first_words} to {}", date_short(lang, last)),
    }
}

/// An exception day as a posted line, with its full date: `12月5日（周六）暂停办理：系统升级` /
/// `Sat 5 Dec: no service. System upgrade`; other hours, `12月12日（周六）办理时间调整为
/// 9:00–12:00：年终盘点` / `Sat 12 Dec: hours changed to 9:00–12:00. Year-end stocktaking`;
/// a span that needs a booking says so (`13:00–15:00需预约`).
pub fn exception_notice(lang: Lang, date: NaiveDate, spans: &[Span], reason: &str) -> String {
    let date = date_short(lang, date);
    let change = exception_change(lang, spans, reason);
    match lang {
        Lang::Zh => format!("{date}{change}"),
        Lang::En => format!("{date}: {change}"),
    }
}

/// What an exception does to a day, without the date: `暂停办理：系统升级` / `no service.
/// System upgrade`; other hours, `办理时间调整为9:00–12:00：年终盘点` / `hours changed to
/// 9:00–12:00. Year-end stocktaking`. The posted line and the page's build-time hours share it.
pub fn exception_change(lang: Lang, spans: &[Span], reason: &str) -> String {
    let hours: Vec<String> = spans
        .iter()
        .map(|s| {
            let run = Run {
                start: s.start,
                end: s.end,
                appointment: s.appointment,
                extended: false,
            };
            run_words(lang, &run)
        })
        .collect();
    let hours = hours.join(if lang == Lang::Zh { "、" } else { ", " });
    match (lang, hours.is_empty()) {
        (Lang::Zh, true) => format!("暂停办理：{reason}"),
        (Lang::Zh, false) => format!("办理时间调整为{hours}：{reason}"),
        (Lang::En, true) => format!("no service. {reason}"),
        (Lang::En, false) => format!("hours changed to {hours}. {reason}"),
    }
}

/// Holidays or adjusted workdays in a row with the same hours: `10月1日（周四）至10月2日（周五）
/// 国庆节：不办公`, `10月10日（周六）调休上班日（国庆节）：8:30–17:30（含延时）` / `Sat 10 Oct
/// Adjusted workday (for National Day): 8:30–17:30 (incl. extended)`.
pub fn special_stretch(
    lang: Lang,
    first: NaiveDate,
    last: NaiveDate,
    day: &DayInfo,
    runs: &[Run],
) -> String {
    let texts = lang.texts();
    let hours = if runs.is_empty() {
        lang.cards().closed_day.to_owned()
    } else {
        let parts: Vec<String> = runs.iter().map(|r| run_words(lang, r)).collect();
        parts.join(if lang == Lang::Zh { "、" } else { ", " })
    };
    format!(
        "{}{}{}{}{hours}",
        dates(lang, first, last),
        texts.word_gap,
        day_kind_label(lang, day),
        texts.label_sep
    )
}

/// The closing rule's reading (docs/rules.md, reading: the closing rule), shown under the
/// rule's text as a reading, not as its words: `注：按对第五条的理解，本条适用于法定工作日
/// 下午17:30闭厅时，不适用于周末。`
pub fn closing_reading(lang: Lang, closing: NaiveTime) -> String {
    let time = clock(closing);
    match lang {
        Lang::Zh => format!("注：按对第五条的理解，本条适用于法定工作日下午{time}闭厅时，不适用于周末。"),
        Lang::En => format!("Note: as Article 5 is read here, this applies at the {time} closing on legal workdays, not on weekends."),
    }
}

#[cfg(test)]
mod tests;
