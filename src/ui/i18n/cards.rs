//! The hall cards' and the hall list's words: what a visitor can do at a hall now and when
//! they can come, with or without a booking. Every fact (the end of a walk-in run, the next
//! walk-in window, why a hall is closed, the reading an answer rests on) comes from the
//! engine's status; this file only words it.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

use super::format::{day_kind_label, relative_day, weekday};
use super::Lang;
use crate::engine::{
    Appointment, Closure, DayInfo, DayKind, HallStatus, Run, ServingCount, WeekGroup,
};

/// The cards' fixed words in one language.
pub struct CardTexts {
    pub booked_only: &'static str,
    pub not_open_yet: &'static str,
    pub lunch_break: &'static str,
    pub other_break: &'static str,
    pub today: &'static str,
    pub finished: &'static str,
    pub closed_day: &'static str,
    pub holiday_closed: &'static str,
    pub holiday_weekends: &'static str,
    pub unconfirmed: &'static str,
    pub order_label: &'static str,
    pub order_data: &'static str,
    pub order_open_first: &'static str,
    pub week_summary: &'static str,
    pub no_week_hours: &'static str,
}

static ZH: CardTexts = CardTexts {
    booked_only: "仅接待已预约人员",
    not_open_yet: "尚未开始办理",
    lunch_break: "午间休息",
    other_break: "暂停办理",
    today: "今日",
    finished: "今日办理已结束",
    closed_day: "不办公",
    holiday_closed: "法定节假日",
    holiday_weekends: "节假日期间请提前电话确认",
    unconfirmed: "节假日安排尚未公布，以上按常规推算，未经确认",
    order_label: "排列顺序",
    order_data: "默认顺序",
    order_open_first: "可办理的在前",
    week_summary: "常规一周：",
    no_week_hours: "常规一周不对外办公",
};

static EN: CardTexts = CardTexts {
    booked_only: "Booked visitors only",
    not_open_yet: "Not open yet",
    lunch_break: "Lunch break",
    other_break: "Break",
    today: "Today",
    finished: "Finished for today",
    closed_day: "closed",
    holiday_closed: "Public holiday",
    holiday_weekends: "During holidays, please call ahead to confirm",
    unconfirmed: "The holiday calendar is not yet published: this assumes an ordinary week and is unconfirmed",
    order_label: "Order",
    order_data: "Default order",
    order_open_first: "Open first",
    week_summary: "An ordinary week: ",
    no_week_hours: "No public hours in an ordinary week",
};

impl Lang {
    /// The cards' words in this language.
    pub fn cards(self) -> &'static CardTexts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// `8:30`: a clock time as residents write it, without a leading zero.
pub fn clock(time: NaiveTime) -> String {
    format!("{}:{:02}", time.hour(), time.minute())
}

/// A time seen from `from`: `9:00` on the same day, else `明天8:30` / `8:30 tomorrow`.
fn day_clock(lang: Lang, from: NaiveDateTime, at: NaiveDateTime) -> String {
    let time = clock(at.time());
    if at.date() == from.date() {
        return time;
    }
    let day = relative_day(lang, from.date(), at.date());
    match lang {
        Lang::Zh => format!("{day}{time}"),
        Lang::En => format!("{time} {day}"),
    }
}

/// `可直接办理，17:30结束` / `Walk-ins served until 17:30`.
pub fn walk_in_until(lang: Lang, from: NaiveDateTime, until: NaiveDateTime) -> String {
    let until = day_clock(lang, from, until);
    match lang {
        Lang::Zh => format!("可直接办理，{until}结束"),
        Lang::En => format!("Walk-ins served until {until}"),
    }
}

/// `含延时服务12:00–13:00、17:00–17:30` / `including extended service 12:00–13:00, 17:00–17:30`.
pub fn extended_part(lang: Lang, spans: &[(NaiveTime, NaiveTime)]) -> String {
    let list: Vec<String> = spans
        .iter()
        .map(|(a, b)| format!("{}–{}", clock(*a), clock(*b)))
        .collect();
    match lang {
        Lang::Zh => format!("含延时服务{}", list.join("、")),
        Lang::En => format!("Including extended service {}", list.join(", ")),
    }
}

/// When a visitor can come next: `明天8:30起需预约，9:00起可直接办理` when the first window
/// serves booked visitors only, else `9:00起办理`. `start` is the next window, `walk_in` the
/// next walk-in window (the same minute when the next window is a walk-in one).
pub fn next_service(
    lang: Lang,
    from: NaiveDateTime,
    start: NaiveDateTime,
    walk_in: Option<NaiveDateTime>,
) -> String {
    let first = day_clock(lang, from, start);
    // The walk-in time names its day only when it is not the day of the first window.
    let later = walk_in.filter(|w| *w != start).map(|w| {
        if w.date() == start.date() {
            clock(w.time())
        } else {
            day_clock(lang, from, w)
        }
    });
    match (lang, walk_in == Some(start), later) {
        (Lang::Zh, true, _) => format!("{first}起办理"),
        (Lang::Zh, false, Some(later)) => format!("{first}起需预约，{later}起可直接办理"),
        (Lang::Zh, false, None) => format!("{first}起需预约"),
        (Lang::En, true, _) => format!("open from {first}"),
        (Lang::En, false, Some(later)) => {
            format!("booked visitors from {first}, walk-ins from {later}")
        }
        (Lang::En, false, None) => format!("booked visitors from {first}"),
    }
}

/// A booked-only window: `至9:00仅接待已预约人员，9:00起可直接办理` / `Booked visitors only
/// until 9:00; walk-ins from 9:00`.
pub fn booked_line(
    lang: Lang,
    from: NaiveDateTime,
    until: NaiveDateTime,
    walk_in: Option<NaiveDateTime>,
) -> String {
    let until = day_clock(lang, from, until);
    let walk_in = walk_in.map(|w| day_clock(lang, from, w));
    match (lang, walk_in) {
        (Lang::Zh, Some(w)) => format!("至{until}{}，{w}起可直接办理", ZH.booked_only),
        (Lang::Zh, None) => format!("至{until}{}", ZH.booked_only),
        (Lang::En, Some(w)) => format!("{} until {until}; walk-ins from {w}", EN.booked_only),
        (Lang::En, None) => format!("{} until {until}", EN.booked_only),
    }
}

/// Why a hall is closed, for its badge: `尚未开始办理`, `午间休息`, `今日办理已结束`,
/// `国庆节不办公`, `周日不办公`.
pub fn closure_words(lang: Lang, closure: Closure, day: &DayInfo) -> String {
    let words = lang.cards();
    match closure {
        Closure::BeforeOpening => words.not_open_yet.to_owned(),
        Closure::LunchBreak => words.lunch_break.to_owned(),
        Closure::Break => words.other_break.to_owned(),
        Closure::AfterClosing => words.finished.to_owned(),
        Closure::Exception => lang.exceptions().closed_badge.to_owned(),
        Closure::ClosedDay => {
            let what = match (day.kind, day.holiday.is_some()) {
                (DayKind::Holiday, true) => day_kind_label(lang, day),
                (DayKind::Holiday, false) => words.holiday_closed.to_owned(),
                _ => weekday(lang, day.date, true).to_owned(),
            };
            match lang {
                Lang::Zh => format!("{what}{}", words.closed_day),
                Lang::En => format!("{what}: {}", words.closed_day),
            }
        }
    }
}

/// A status in the badge's first words: why a closed hall is closed (`午间休息`,
/// `周日不办公`), else its state (`开放中`, `延时服务`). The card's badge and the screen-reader
/// announcer say the same; `day` is the day of the moment shown.
pub fn state_words(lang: Lang, status: &HallStatus, day: &DayInfo) -> String {
    match status.closure {
        Some(closure) => closure_words(lang, closure, day),
        None => lang.texts().state(status.state).to_owned(),
    }
}

/// A closed hall's line: when a visitor can come (`今日9:00起办理`, `14:00起办理`,
/// `明天8:30起需预约，9:00起可直接办理`); the badge says why it is closed.
pub fn closed_line(lang: Lang, closure: Closure, when: &str) -> String {
    let today = lang.cards().today;
    match (lang, closure) {
        (Lang::Zh, Closure::BeforeOpening) => format!("{today}{when}"),
        (Lang::En, Closure::BeforeOpening) => format!("{today}: {when}"),
        (Lang::Zh, _) => when.to_owned(),
        (Lang::En, _) => capitalized(when),
    }
}

/// English sentence case for a line that starts with a phrase (`open from 14:00`). The
/// phrases are this file's own and start with an ASCII letter, so ASCII case is enough: full
/// Unicode case mapping would link its 10 KB table into the first module for nothing.
fn capitalized(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// The day chip: the kind of day, or, past the published calendars, what it is assumed to be
/// and that it is unconfirmed (`推算为工作日（未确认）`).
pub fn day_chip(lang: Lang, day: &DayInfo) -> String {
    let label = day_kind_label(lang, day);
    if day.calendar_known {
        return label;
    }
    match lang {
        Lang::Zh => format!("推算为{label}（未确认）"),
        Lang::En => format!("{label}? (unconfirmed)"),
    }
}

/// The line on top of the hall list: `8个大厅中2个可办理，其中1个可直接办理`.
pub fn serving_summary(lang: Lang, count: ServingCount) -> String {
    let ServingCount {
        halls,
        serving,
        walk_in,
    } = count;
    match (lang, serving, serving == walk_in) {
        (Lang::Zh, 0, _) => format!("{halls}个大厅此时都不办理"),
        (Lang::Zh, _, true) => format!("{halls}个大厅中{serving}个可办理，均可直接办理"),
        (Lang::Zh, _, false) => {
            format!("{halls}个大厅中{serving}个可办理，其中{walk_in}个可直接办理")
        }
        (Lang::En, 0, _) => format!("None of the {halls} halls is serving at this time"),
        (Lang::En, _, true) => format!("{serving} of {halls} halls serving, all to walk-ins"),
        (Lang::En, _, false) => {
            format!("{serving} of {halls} halls serving, {walk_in} of them to walk-ins")
        }
    }
}

/// A hall's ordinary week in one line:
/// `周一至周五8:30–17:30（含延时）；周六9:00–13:00需预约`.
pub fn week_line(lang: Lang, groups: &[WeekGroup]) -> String {
    let words = lang.cards();
    if groups.is_empty() {
        return words.no_week_hours.to_owned();
    }
    let parts: Vec<String> = groups.iter().map(|g| group_words(lang, g)).collect();
    let sep = if lang == Lang::Zh { "；" } else { "; " };
    format!("{}{}", words.week_summary, parts.join(sep))
}

fn group_words(lang: Lang, group: &WeekGroup) -> String {
    let name = |d: Weekday| {
        let texts = lang.texts();
        texts.weekdays_short[d.num_days_from_monday() as usize % 7]
    };
    let days = match (lang, group.days) {
        (_, 1) => name(group.first).to_owned(),
        (Lang::Zh, 2) => format!("{}、{}", name(group.first), name(group.last)),
        (Lang::Zh, _) => format!("{}至{}", name(group.first), name(group.last)),
        (Lang::En, _) => format!("{}–{}", name(group.first), name(group.last)),
    };
    let runs = runs_line(lang, &group.runs);
    match lang {
        Lang::Zh => format!("{days}{runs}"),
        Lang::En => format!("{days} {runs}"),
    }
}

/// One day's runs in a line, as the week summary words them: `8:30–17:30（含延时）`,
/// `9:00–12:00、14:00–17:30`, `9:00–13:00需预约`; `不办公` / `closed` for a day without any.
pub fn runs_line(lang: Lang, runs: &[Run]) -> String {
    if runs.is_empty() {
        return lang.cards().closed_day.to_owned();
    }
    let words: Vec<String> = runs.iter().map(|r| run_words(lang, r)).collect();
    words.join(if lang == Lang::Zh { "、" } else { ", " })
}

pub(super) fn run_words(lang: Lang, run: &Run) -> String {
    let span = format!("{}–{}", clock(run.start), clock(run.end));
    match (lang, run.appointment, run.extended) {
        (Lang::Zh, Appointment::Required, _) => format!("{span}需预约"),
        (Lang::Zh, Appointment::WalkIn, true) => format!("{span}（含延时）"),
        (Lang::En, Appointment::Required, _) => format!("{span} by appointment"),
        (Lang::En, Appointment::WalkIn, true) => format!("{span} (incl. extended)"),
        (_, Appointment::WalkIn, false) => span,
    }
}

/// The line of a due date that rests on the reading "weekend acceptance and time limits":
/// `视为11月30日受理` / `Treated as accepted on 30 November`.
pub fn treated_as_accepted(lang: Lang, counted_from: NaiveDate) -> String {
    let (month, day) = (counted_from.month(), counted_from.day());
    match lang {
        Lang::Zh => format!("视为{month}月{day}日受理"),
        Lang::En => format!(
            "Treated as accepted on {day} {}",
            super::format::month_name(counted_from)
        ),
    }
}
