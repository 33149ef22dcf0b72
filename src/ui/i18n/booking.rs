//! The booking helper's words. Whether a slot needs a booking and its deadline come from the
//! engine; the rules themselves are data (halls.json `booking`).

use chrono::{Datelike, NaiveDateTime};

use super::{date_long, date_short, Lang};
use crate::engine::format_hhmm;

/// The booking helper's fixed words in one language.
pub struct BookingTexts {
    pub heading: &'static str,
    pub slot: &'static str,
    pub required: &'static str,
    /// A walk-in window where nothing makes a booking worth it (regular hours, weekend
    /// windows without booking): no deadline is shown.
    pub no_booking: &'static str,
    /// A walk-in window under the walk-in rule (Article 5(1)): no booking needed, but one
    /// spares the wait for approval.
    pub recommended: &'static str,
    pub closed: &'static str,
    pub use_next: &'static str,
    pub passed: &'static str,
    pub channels: &'static str,
    pub intake: &'static str,
    pub walk_in: &'static str,
    pub no_show: &'static str,
    pub cancellation: &'static str,
    pub add_to_calendar: &'static str,
    pub print: &'static str,
    pub download_failed: &'static str,
    pub event_title: &'static str,
    /// The print slip (`.ph-slip`): shown only on paper.
    pub slip_heading: &'static str,
    pub slip_hall: &'static str,
    pub slip_matter: &'static str,
    pub slip_window: &'static str,
    pub slip_booking: &'static str,
    pub slip_deadline: &'static str,
    pub slip_address: &'static str,
    pub slip_materials: &'static str,
    pub slip_printed: &'static str,
}

static ZH: BookingTexts = BookingTexts {
    heading: "预约办理",
    slot: "办理时段：",
    required: "该时段只接待已预约的办事人，须提前预约。",
    no_booking: "该时段可直接到厅办理，无需预约。",
    recommended:
        "该时段可直接到厅办理，无需预约；未预约的，后台审批人员不在岗时需等候审批，建议提前预约。",
    closed: "该时间大厅不开放，无法预约。",
    use_next: "查看该时间的预约信息",
    passed: "预约截止时间已过，该时段已不能预约。",
    channels: "预约渠道",
    intake: "预约受理",
    walk_in: "未预约到厅",
    no_show: "未按时到场",
    cancellation: "取消或变更",
    add_to_calendar: "加入日历（下载.ics文件）",
    print: "打印办事单",
    download_failed: "未能生成日历文件，请手动记下预约时间。",
    event_title: "政务服务预约：",
    slip_heading: "政务服务办事单",
    slip_hall: "办理大厅",
    slip_matter: "办理事项",
    slip_window: "办理时段",
    slip_booking: "是否预约",
    slip_deadline: "预约截止",
    slip_address: "地址",
    slip_materials: "所需材料（请一次带齐）",
    slip_printed: "打印时间：",
};

static EN: BookingTexts = BookingTexts {
    heading: "Booking",
    slot: "Time of visit: ",
    required: "Only visitors with a booking are served at this time: you must book.",
    no_booking: "Walk-ins are served at this time: no booking is needed.",
    recommended: "Walk-ins are served at this time, no booking needed; without one, approval may wait until a back-office approver is on duty, so booking ahead is recommended.",
    closed: "The hall is closed at that time, so it cannot be booked.",
    use_next: "Show booking for that time",
    passed: "The deadline has passed: this time can no longer be booked.",
    channels: "Ways to book",
    intake: "When you book",
    walk_in: "Without a booking",
    no_show: "If you miss it",
    cancellation: "Cancelling or changing",
    add_to_calendar: "Add to calendar (.ics file)",
    print: "Print a visit slip",
    download_failed: "The calendar file could not be made; please note the time yourself.",
    event_title: "Government service appointment: ",
    slip_heading: "Government service visit slip",
    slip_hall: "Hall",
    slip_matter: "Matter",
    slip_window: "Time of visit",
    slip_booking: "Booking",
    slip_deadline: "Book before",
    slip_address: "Address",
    slip_materials: "What to bring (all at once)",
    slip_printed: "Printed: ",
};

impl Lang {
    /// The booking helper's words in this language.
    pub fn booking(self) -> &'static BookingTexts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

impl BookingTexts {
    /// Whether a slot needs a booking, in words: required, recommended under the walk-in
    /// rule (Article 5(1)), or not needed.
    pub fn need(&self, required: bool, walk_in_rule: bool) -> &'static str {
        match (required, walk_in_rule) {
            (true, _) => self.required,
            (false, true) => self.recommended,
            (false, false) => self.no_booking,
        }
    }
}

/// `请于10月16日（周五）14:00前预约` / `Book before 14:00 on Fri 16 Oct`.
pub fn book_before(lang: Lang, deadline: NaiveDateTime) -> String {
    let (date, time) = (
        date_short(lang, deadline.date()),
        format_hhmm(deadline.time()),
    );
    match lang {
        Lang::Zh => format!("请于{date}{time}前预约"),
        Lang::En => format!("Book before {time} on {date}"),
    }
}

/// A visit's window: `11月28日（周六）10:00–13:00` / `Sat 28 Nov 10:00–13:00` (no space
/// inside the Chinese).
pub fn slot_window(lang: Lang, start: NaiveDateTime, end: NaiveDateTime) -> String {
    let gap = if lang == Lang::Zh { "" } else { " " };
    format!(
        "{}{gap}{}–{}",
        date_short(lang, start.date()),
        format_hhmm(start.time()),
        format_hhmm(end.time())
    )
}

/// When a slip was printed: `2026年11月25日09:00` / `Wednesday 25 November 2026, 09:00`.
pub fn printed_at(lang: Lang, at: NaiveDateTime) -> String {
    let date = at.date();
    match lang {
        Lang::Zh => format!(
            "{}年{}月{}日{}",
            date.year(),
            date.month(),
            date.day(),
            format_hhmm(at.time())
        ),
        Lang::En => format!("{}, {}", date_long(lang, date), format_hhmm(at.time())),
    }
}
