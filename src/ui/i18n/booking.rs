//! The booking helper's words. Whether a slot needs a booking and its deadline come from the
//! engine; the rules themselves are data (halls.json `booking`).

use chrono::NaiveDateTime;

use super::{date_short, Lang};
use crate::engine::format_hhmm;

/// The booking helper's fixed words in one language.
pub struct BookingTexts {
    pub heading: &'static str,
    pub slot: &'static str,
    pub required: &'static str,
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
}

static ZH: BookingTexts = BookingTexts {
    heading: "预约办理",
    slot: "办理时段：",
    required: "该时段只接待已预约的办事人，须提前预约。",
    recommended: "该时段可直接到厅办理，建议提前预约，减少等候。",
    closed: "该时间大厅不开放，无法预约。",
    use_next: "查看该时间的预约信息",
    passed: "预约截止时间已过，该时段已不能预约。",
    channels: "预约渠道",
    intake: "预约受理",
    walk_in: "未预约到厅",
    no_show: "未按时到场",
    cancellation: "取消或变更",
    add_to_calendar: "加入日历（下载.ics文件）",
    print: "打印预约信息",
    download_failed: "未能生成日历文件，请手动记下预约时间。",
    event_title: "政务服务预约：",
};

static EN: BookingTexts = BookingTexts {
    heading: "Booking",
    slot: "Time of visit: ",
    required: "Only visitors with a booking are served at this time: you must book.",
    recommended: "Walk-ins are served at this time; booking ahead is still recommended.",
    closed: "The hall is closed at that time, so it cannot be booked.",
    use_next: "Show booking for that time",
    passed: "The deadline has passed: this time can no longer be booked.",
    channels: "Ways to book",
    intake: "When you book",
    walk_in: "Without a booking",
    no_show: "If you miss it",
    cancellation: "Cancelling or changing",
    add_to_calendar: "Add to calendar (.ics file)",
    print: "Print booking details",
    download_failed: "The calendar file could not be made; please note the time yourself.",
    event_title: "Government service appointment: ",
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
