//! Dates, times and durations in words, natively. One row per line; every row that fails
//! is reported.

use crate::ui::i18n::tests::report;
use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::engine::parse_at;

fn date(text: &str) -> NaiveDate {
    parse_at(&format!("{text}T00:00")).unwrap().date()
}

fn at(text: &str) -> NaiveDateTime {
    parse_at(text).unwrap()
}

#[test]
fn dates_long_and_short() {
    #[rustfmt::skip]
    let rows = [
        (Lang::Zh, "2026-11-24", "2026年11月24日（星期二）", "11月24日（周二）"),
        (Lang::En, "2026-11-24", "Tuesday 24 November 2026", "Tue 24 Nov"),
        (Lang::En, "2026-01-01", "Thursday 1 January 2026", "Thu 1 Jan"),
        (Lang::Zh, "2026-10-04", "2026年10月4日（星期日）", "10月4日（周日）"),
        (Lang::En, "2027-09-06", "Monday 6 September 2027", "Mon 6 Sep"),
    ];
    report(
        rows.iter()
            .flat_map(|&(lang, day, long, short)| {
                let d = date(day);
                [
                    (format!("long {lang:?} {day}"), date_long(lang, d), long),
                    (format!("short {lang:?} {day}"), date_short(lang, d), short),
                ]
            })
            .collect(),
    );
}

#[test]
fn days_relative_to_today() {
    #[rustfmt::skip]
    let rows = [
        (Lang::Zh, "2026-11-24", "今天"),
        (Lang::En, "2026-11-25", "tomorrow"),
        (Lang::Zh, "2026-11-25", "明天"),
        (Lang::En, "2026-11-26", "Thursday"),
        (Lang::En, "2026-11-30", "Monday"),
        (Lang::En, "2026-12-01", "Tue 1 Dec"),
        (Lang::En, "2026-11-23", "Mon 23 Nov"),
    ];
    let today = date("2026-11-24");
    report(
        rows.iter()
            .map(|&(lang, to, want)| {
                (
                    format!("{lang:?} {to}"),
                    relative_day(lang, today, date(to)),
                    want,
                )
            })
            .collect(),
    );
}

#[test]
fn durations_and_time_left() {
    #[rustfmt::skip]
    let rows = [
        (Lang::Zh, 0, "0分钟", "还剩0分钟"),
        (Lang::En, -5, "0 min", "0 min left"),
        (Lang::En, 50, "50 min", "50 min left"),
        (Lang::Zh, 65, "1小时5分钟", "还剩1小时5分钟"),
        (Lang::En, 65, "1 h 5 min", "1 h 5 min left"),
        (Lang::En, 60, "1 h", "1 h left"),
        (Lang::En, 1439, "23 h 59 min", "23 h 59 min left"),
        // A day or more reads in whole days, counted down (defect 13 of issue 8).
        (Lang::En, 1440, "1 d", "1 day left"),
        (Lang::Zh, 1440, "1天", "还剩1天"),
        (Lang::En, 2879, "1 d 23 h 59 min", "1 day left"),
        (Lang::Zh, 3245, "2天6小时5分钟", "还剩2天"),
        (Lang::En, 3245, "2 d 6 h 5 min", "2 days left"),
    ];
    report(
        rows.iter()
            .flat_map(|&(lang, minutes, long, left)| {
                [
                    (format!("{lang:?} {minutes}"), duration(lang, minutes), long),
                    (
                        format!("left {lang:?} {minutes}"),
                        time_left(lang, minutes),
                        left,
                    ),
                ]
            })
            .collect(),
    );
}

#[test]
fn countdowns_only_for_moments_today() {
    let now = at("2026-11-25T09:00");
    #[rustfmt::skip]
    let rows = [
        // (moment shown, until, countdown)
        ("2026-11-25T09:00", "2026-11-25T12:30", Some("还剩3小时30分钟")),
        ("2026-11-25T15:00", "2026-11-25T17:30", Some("还剩2小时30分钟")),
        // A moment on another day is a plan: a date, no countdown ("next Saturday").
        ("2026-11-28T09:00", "2026-11-28T12:30", None),
        ("2026-11-24T10:00", "2026-11-24T12:00", None),
        // Nothing left to count.
        ("2026-11-25T12:30", "2026-11-25T12:30", None),
    ];
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|&(moment, until, want)| {
            let got = countdown(Lang::Zh, now, at(moment), at(until));
            (got.as_deref() != want).then(|| format!("{moment} to {until}: got {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_time_seen_from_now() {
    #[rustfmt::skip]
    let rows = [
        (Lang::En, "2026-11-24T13:00", "13:00"),
        (Lang::En, "2026-11-25T08:30", "tomorrow 08:30"),
        (Lang::Zh, "2026-11-25T08:30", "明天08:30"),
        (Lang::En, "2026-11-28T09:00", "Saturday 09:00"),
        (Lang::Zh, "2026-12-05T09:00", "12月5日（周六）09:00"),
    ];
    let now = at("2026-11-24T10:00");
    report(
        rows.iter()
            .map(|&(lang, then, want)| {
                (format!("{lang:?} {then}"), when(lang, now, at(then)), want)
            })
            .collect(),
    );
}

#[test]
fn kinds_of_day_with_the_holiday_name() {
    use DayKind::*;
    #[rustfmt::skip]
    let rows = [
        (Lang::Zh, Holiday, Some("国庆节"), "国庆节"),
        (Lang::En, Holiday, Some("国庆节"), "National Day"),
        (Lang::En, Holiday, Some("春节、元旦"), "Spring Festival and New Year's Day"),
        (Lang::En, Holiday, Some("植树节"), "植树节"),
        (Lang::Zh, Holiday, None, "法定节假日"),
        (Lang::Zh, AdjustedWorkday, Some("国庆节"), "调休上班日（国庆节）"),
        (Lang::En, AdjustedWorkday, Some("劳动节"), "Adjusted workday (for Labour Day)"),
        (Lang::En, AdjustedWorkday, None, "Adjusted workday"),
        (Lang::Zh, Weekend, None, "周末"),
        (Lang::En, Workday, None, "Workday"),
    ];
    report(
        rows.iter()
            .map(|&(lang, kind, holiday, want)| {
                let day = DayInfo {
                    date: date("2026-10-01"),
                    kind,
                    holiday: holiday.map(Into::into),
                    calendar_known: true,
                };
                (
                    format!("{lang:?} {kind:?} {holiday:?}"),
                    day_kind_label(lang, &day),
                    want,
                )
            })
            .collect(),
    );
}
