//! The notices' words, natively. One row per line; every row that fails is reported.

use chrono::{NaiveDate, NaiveTime};

use super::*;
use crate::engine::{Appointment, DayKind, State};
use crate::ui::i18n::tests::report;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn hm(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").unwrap()
}

#[test]
fn dates_on_a_notice_are_written_in_full() {
    #[rustfmt::skip]
    let rows = [
        (Lang::Zh, "2026-12-01", "2026-12-30", "本公告适用于2026年12月1日至2026年12月30日"),
        (Lang::En, "2026-12-01", "2026-12-30", "Valid from 1 December 2026 to 30 December 2026"),
        (Lang::Zh, "2026-12-20", "2027-01-18", "本公告适用于2026年12月20日至2027年1月18日"),
    ];
    report(
        rows.iter()
            .map(|&(lang, first, last, want)| {
                let got = notice_valid(lang, date(first), date(last));
                (format!("{lang:?} {first} {last}"), got, want)
            })
            .collect(),
    );
}

#[test]
fn times_and_weekend_days_in_one_line() {
    let two = [(hm("09:00"), hm("12:00")), (hm("14:00"), hm("17:30"))];
    #[rustfmt::skip]
    let rows = [
        ("ranges zh", time_ranges(Lang::Zh, &two), "9:00–12:00、14:00–17:30"),
        ("ranges en", time_ranges(Lang::En, &two), "9:00–12:00, 14:00–17:30"),
        ("none", time_ranges(Lang::Zh, &[]), ""),
        ("sat zh", weekend_days(Lang::Zh, &[WeekendDay::Sat]), "周六"),
        ("both zh", weekend_days(Lang::Zh, &[WeekendDay::Sat, WeekendDay::Sun]), "周六、周日"),
        ("both en", weekend_days(Lang::En, &[WeekendDay::Sat, WeekendDay::Sun]), "Sat and Sun"),
    ];
    report(
        rows.into_iter()
            .map(|(name, got, want)| (name.to_string(), got, want))
            .collect(),
    );
}

#[test]
fn exceptions_special_days_and_the_closing_reading() {
    let closed: &[Span] = &[];
    let span = |start, end, appointment| Span {
        start: hm(start),
        end: hm(end),
        state: State::Extended,
        appointment,
    };
    let morning = [span("09:00", "12:00", Appointment::WalkIn)];
    let split = [
        span("09:00", "12:00", Appointment::WalkIn),
        span("13:00", "15:00", Appointment::Required),
    ];
    let adjusted = DayInfo {
        date: date("2026-10-10"),
        kind: DayKind::AdjustedWorkday,
        holiday: Some("国庆节".into()),
        calendar_known: true,
    };
    let holiday = DayInfo {
        date: date("2026-10-01"),
        kind: DayKind::Holiday,
        holiday: Some("国庆节".into()),
        calendar_known: true,
    };
    let day = [Run {
        start: hm("08:30"),
        end: hm("17:30"),
        appointment: Appointment::WalkIn,
        extended: true,
    }];
    let (oct1, oct2, oct10) = (date("2026-10-01"), date("2026-10-02"), date("2026-10-10"));
    #[rustfmt::skip]
    let rows = [
        ("closed zh", exception_notice(Lang::Zh, date("2026-12-05"), closed, "系统升级"), "12月5日（周六）暂停办理：系统升级"),
        ("closed en", exception_notice(Lang::En, date("2026-12-05"), closed, "System upgrade"), "Sat 5 Dec: no service. System upgrade"),
        ("changed zh", exception_notice(Lang::Zh, date("2026-12-12"), &morning, "年终盘点"), "12月12日（周六）办理时间调整为9:00–12:00：年终盘点"),
        ("changed en", exception_notice(Lang::En, date("2026-12-12"), &morning, "Stocktaking"), "Sat 12 Dec: hours changed to 9:00–12:00. Stocktaking"),
        ("booked zh", exception_notice(Lang::Zh, date("2026-12-08"), &split, "内部培训"), "12月8日（周二）办理时间调整为9:00–12:00、13:00–15:00需预约：内部培训"),
        ("booked en", exception_notice(Lang::En, date("2026-12-08"), &split, "Training"), "Tue 8 Dec: hours changed to 9:00–12:00, 13:00–15:00 by appointment. Training"),
        ("holiday zh", special_stretch(Lang::Zh, oct1, oct2, &holiday, &[]), "10月1日（周四）至10月2日（周五）国庆节：不办公"),
        ("holiday en", special_stretch(Lang::En, oct1, oct2, &holiday, &[]), "Thu 1 Oct to Fri 2 Oct National Day: closed"),
        ("adjusted zh", special_stretch(Lang::Zh, oct10, oct10, &adjusted, &day), "10月10日（周六）调休上班日（国庆节）：8:30–17:30（含延时）"),
        ("adjusted en", special_stretch(Lang::En, oct10, oct10, &adjusted, &day), "Sat 10 Oct Adjusted workday (for National Day): 8:30–17:30 (incl. extended)"),
        ("reading zh", closing_reading(Lang::Zh, hm("16:30")), "注：按对第五条的理解，本条适用于法定工作日下午16:30闭厅时，不适用于周末。"),
        ("reading en", closing_reading(Lang::En, hm("17:30")), "Note: as Article 5 is read here, this applies at the 17:30 closing on legal workdays, not on weekends."),
    ];
    report(
        rows.into_iter()
            .map(|(name, got, want)| (name.to_string(), got, want))
            .collect(),
    );
}
