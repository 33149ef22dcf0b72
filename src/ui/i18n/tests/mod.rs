//! The languages and the words picked for the engine's answers, natively. One row per line;
//! every row that fails is reported.

use super::*;
use crate::engine::{parse_at, MatterKind, ServiceLevel};

/// Reports every `(name, got, want)` row whose answer differs: the one row checker of the
/// i18n tables (`format::tests` and the notices' tests use it too).
pub(crate) fn report<G, W>(rows: Vec<(String, G, W)>)
where
    G: PartialEq<W> + std::fmt::Debug,
    W: std::fmt::Debug,
{
    let failures: Vec<String> = rows
        .into_iter()
        .filter(|(_, got, want)| got != want)
        .map(|(name, got, want)| format!("{name}: got {got:?}, want {want:?}"))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_language_code_is_read_forgivingly() {
    #[rustfmt::skip]
    let rows = [
        ("zh", Some(Lang::Zh)),
        (" EN ", Some(Lang::En)),
        ("zh-Hans", Some(Lang::Zh)),
        ("zh-CN", Some(Lang::Zh)),
        ("en-GB", Some(Lang::En)),
        ("fr", None),
        ("", None),
    ];
    report(
        rows.iter()
            .map(|&(code, want)| (format!("{code:?}"), Lang::parse(code), want))
            .collect(),
    );
}

#[test]
fn each_language_has_one_code_a_tag_and_the_other() {
    // (language, (code, tag, the code read back, the other language))
    #[rustfmt::skip]
    let rows = [
        (Lang::Zh, ("zh", "zh-CN", Some(Lang::Zh), Lang::En)),
        (Lang::En, ("en", "en", Some(Lang::En), Lang::Zh)),
    ];
    report(
        rows.iter()
            .map(|&(lang, want)| {
                let got = (
                    lang.code(),
                    lang.tag(),
                    Lang::parse(lang.code()),
                    lang.other(),
                );
                (format!("{lang:?}"), got, want)
            })
            .collect(),
    );
}

#[test]
fn hall_states_and_appointments_in_words() {
    #[rustfmt::skip]
    let rows = [
        (Lang::Zh, State::Open, Appointment::WalkIn, ("开放中", "无需预约")),
        (Lang::Zh, State::Extended, Appointment::Required, ("延时服务", "需提前预约")),
        (Lang::En, State::Closed, Appointment::Required, ("Closed", "Appointment required")),
        (Lang::En, State::Extended, Appointment::WalkIn, ("Extended service", "Walk\u{2011}in")),
    ];
    report(
        rows.iter()
            .map(|&(lang, state, appointment, want)| {
                let texts = lang.texts();
                let got = (texts.state(state), texts.appointment(appointment));
                (format!("{lang:?} {state:?} {appointment:?}"), got, want)
            })
            .collect(),
    );
}

#[test]
fn service_levels_read_by_the_kind_of_matter() {
    use MatterKind::*;
    use ServiceLevel::*;
    #[rustfmt::skip]
    let rows = [
        (Lang::En, Full, Immediate, "Handled on the spot"),
        (Lang::En, Full, OneDay, "Handled on the spot"),
        (Lang::En, Full, Undertaken, "Formally accepted on the spot; the time limit starts"),
        (Lang::Zh, Full, Undertaken, "可当场正式受理，开始计算办理时限"),
        (Lang::Zh, IntakeOnly, Undertaken, "仅收取材料，自下一个工作日起受理办理"),
        (Lang::En, ConsultOnly, Immediate, "Questions only; it cannot be handled then"),
        (Lang::Zh, Unavailable, OneDay, "该时间大厅闭厅，无法办理"),
    ];
    report(
        rows.iter()
            .map(|&(lang, level, kind, want)| {
                (
                    format!("{lang:?} {level:?} {kind:?}"),
                    lang.finder().level(level, kind),
                    want,
                )
            })
            .collect(),
    );
}

#[test]
fn deadlines_and_due_dates_in_a_sentence() {
    let deadline = parse_at("2026-11-27T14:00").unwrap();
    let monday = parse_at("2026-11-30T00:00").unwrap().date();
    #[rustfmt::skip]
    let rows = [
        ("book zh", book_before(Lang::Zh, deadline), "请于11月27日（周五）14:00前预约"),
        ("book en", book_before(Lang::En, deadline), "Book before 14:00 on Fri 27 Nov"),
        ("due zh", due_basis(Lang::Zh, monday, 7), "按11月30日（周一）受理，7个工作日内办结"),
        ("due en", due_basis(Lang::En, monday, 10), "Counted as accepted on Mon 30 Nov; decided within 10 legal workdays"),
        ("window zh", slot_window(Lang::Zh, parse_at("2026-11-28T10:00").unwrap(), parse_at("2026-11-28T13:00").unwrap()), "11月28日（周六）10:00–13:00"),
        ("window en", slot_window(Lang::En, parse_at("2026-11-28T10:00").unwrap(), parse_at("2026-11-28T13:00").unwrap()), "Sat 28 Nov 10:00–13:00"),
        ("printed zh", printed_at(Lang::Zh, parse_at("2026-11-25T09:05").unwrap()), "2026年11月25日09:05"),
        ("printed en", printed_at(Lang::En, parse_at("2026-11-25T09:05").unwrap()), "Wednesday 25 November 2026, 09:05"),
    ];
    report(
        rows.into_iter()
            .map(|(name, got, want)| (name.to_owned(), got, want.to_owned()))
            .collect(),
    );
}

#[test]
fn a_state_reads_as_the_badge_says_it_why_a_hall_is_closed() {
    // The card's badge and the screen-reader announcer both say these words.
    let engine = crate::engine::Engine::embedded();
    #[rustfmt::skip]
    let rows = [
        (Lang::Zh, "household", "2026-11-24T12:00", "午间休息"),
        (Lang::Zh, "household", "2026-11-24T08:00", "尚未开始办理"),
        (Lang::Zh, "district", "2026-11-24T18:00", "今日办理已结束"),
        (Lang::Zh, "district", "2026-11-29T10:00", "周日不办公"),
        (Lang::Zh, "district", "2026-10-01T10:00", "国庆节不办公"),
        (Lang::Zh, "household", "2026-11-24T10:00", "开放中"),
        (Lang::En, "household", "2026-11-24T12:00", "Lunch break"),
        (Lang::En, "district", "2026-11-24T12:00", "Extended service"),
    ];
    report(
        rows.iter()
            .map(|&(lang, hall, at, want)| {
                let moment = parse_at(at).unwrap();
                let status = engine.status(hall, moment).unwrap();
                let got = state_words(lang, &status, &engine.day(moment.date()));
                (format!("{lang:?} {hall} {at}"), got, want.to_owned())
            })
            .collect(),
    );
}

#[test]
fn the_data_notices_count_and_name_the_year() {
    #[rustfmt::skip]
    let rows = [
        ("refused zh", data_refused(Lang::Zh, 3), "数据更新文件有3处问题，未予采用，仍按内置数据显示（问题清单见浏览器控制台）"),
        ("refused en 1", data_refused(Lang::En, 1), "The updated data files have 1 problem and were not used: the built-in data is shown (the list is in the browser console)"),
        ("refused en 2", data_refused(Lang::En, 2), "The updated data files have 2 problems and were not used: the built-in data is shown (the list is in the browser console)"),
        ("due zh", calendar_due(Lang::Zh, 2027), "维护提示：尚未载入2027年节假日安排，请添加holiday-cn/2027.json"),
        ("due en", calendar_due(Lang::En, 2027), "For maintainers: the 2027 holiday calendar is not loaded yet; add holiday-cn/2027.json"),
    ];
    report(
        rows.into_iter()
            .map(|(name, got, want)| (name.to_owned(), got, want.to_owned()))
            .collect(),
    );
}

#[test]
fn the_station_search_counts_in_either_language() {
    #[rustfmt::skip]
    let rows = [
        ("hint zh", stations_hint(Lang::Zh, 282), "全区共282个服务站，输入名称中的字即可查找。"),
        ("hint en 1", stations_hint(Lang::En, 1), "There is 1 station in the district: type part of its name to find it."),
        ("hint en 282", stations_hint(Lang::En, 282), "There are 282 stations in the district: type part of a name to find one."),
        ("found zh", stations_found(Lang::Zh, 3, 3), "找到3个服务站。"),
        ("found zh more", stations_found(Lang::Zh, 94, 12), "找到94个服务站，以下是前12个；输入更完整的名称可缩小范围。"),
        ("found en 1", stations_found(Lang::En, 1, 1), "1 station found."),
        ("found en 3", stations_found(Lang::En, 3, 3), "3 stations found."),
        ("found en more", stations_found(Lang::En, 94, 12), "94 stations found; the first 12 are shown. Type more of the name to narrow them down."),
    ];
    report(
        rows.into_iter()
            .map(|(name, got, want)| (name.to_owned(), got, want.to_owned()))
            .collect(),
    );
}

mod spacing;

#[test]
fn a_hall_screen_asks_and_says_when_it_goes_home() {
    #[rustfmt::skip]
    let rows = [
        ("zh question", Lang::Zh.kiosk().still_there.to_owned(), "还在使用吗？"),
        ("en question", Lang::En.kiosk().still_there.to_owned(), "Still there?"),
        ("zh 20", going_home(Lang::Zh, 20), "如无操作，20秒后将回到首页，您查看的内容不会保留。"),
        ("en 20", going_home(Lang::En, 20), "If nobody touches the screen, it goes back to the start in 20 seconds, and what you looked at is not kept."),
    ];
    report(
        rows.into_iter()
            .map(|(name, got, want)| (name.to_owned(), got, want))
            .collect(),
    );
}

#[test]
fn a_closed_line_starts_in_sentence_case_in_english_only() {
    use crate::engine::Closure;
    #[rustfmt::skip]
    let rows = [
        (Lang::En, Closure::AfterClosing, "opens tomorrow 08:30", "Opens tomorrow 08:30"),
        (Lang::En, Closure::ClosedDay, "Opens Monday 09:00", "Opens Monday 09:00"),
        (Lang::En, Closure::LunchBreak, "", ""),
        (Lang::En, Closure::Break, "é", "é"),
        (Lang::En, Closure::BeforeOpening, "open from 09:00", "Today: open from 09:00"),
        (Lang::Zh, Closure::AfterClosing, "明天8:30起办理", "明天8:30起办理"),
        (Lang::Zh, Closure::BeforeOpening, "9:00起办理", "今日9:00起办理"),
    ];
    report(
        rows.iter()
            .map(|&(lang, closure, when, want)| {
                (
                    format!("{lang:?} {when:?}"),
                    closed_line(lang, closure, when),
                    want.to_owned(),
                )
            })
            .collect(),
    );
}
