//! A hall screen's words (`?mode=kiosk`): the question after a while without a touch, the
//! phone code, the choices made by touch instead of typing, and the notice for a device
//! clock that cannot be right.

use super::Lang;

/// A hall screen's fixed words in one language.
pub struct KioskTexts {
    /// Asked after a while without a touch (WCAG 2.2.1).
    pub still_there: &'static str,
    /// The sentence under the question, around the seconds left.
    pub going_home: (&'static str, &'static str),
    pub keep_using: &'static str,
    pub continue_on_phone: &'static str,
    pub scan_hint: &'static str,
    pub close: &'static str,
    /// The name of the strip of live statuses beside a view.
    pub live_label: &'static str,
    /// A hall screen whose clock is clearly wrong: shown instead of the statuses.
    pub clock_maintenance: &'static str,
    /// A phone or computer whose clock is clearly wrong: shown above the statuses.
    pub clock_implausible: &'static str,
}

static ZH: KioskTexts = KioskTexts {
    still_there: "还在使用吗？",
    going_home: ("如无操作，", "秒后将回到首页，您查看的内容不会保留。"),
    keep_using: "继续使用",
    continue_on_phone: "在手机上继续",
    scan_hint: "请用手机扫描二维码，在手机上继续查看当前内容。",
    close: "关闭",
    live_label: "各大厅现在的情况",
    clock_maintenance: "设备时间有误，请联系工作人员校准。校准前暂不显示各大厅的办理情况。",
    clock_implausible:
        "本设备的日期和时间明显有误，以下各大厅的情况可能不准确。请校准设备的日期和时间，或在“按时间查看”中选择时间。",
};

static EN: KioskTexts = KioskTexts {
    still_there: "Still there?",
    going_home: (
        "If nobody touches the screen, it goes back to the start in ",
        " seconds, and what you looked at is not kept.",
    ),
    keep_using: "Keep using",
    continue_on_phone: "Continue on your phone",
    scan_hint: "Scan the code with your phone to continue there with what is shown here.",
    close: "Close",
    live_label: "The halls now",
    clock_maintenance: "This screen's clock is wrong. Please ask the staff to set it. Until then the halls' status is not shown.",
    clock_implausible: "This device's date and time are clearly wrong, so the halls' status below may be wrong. Please set the device's date and time, or choose a time under “Plan a visit”.",
};

impl Lang {
    /// A hall screen's words in this language.
    pub fn kiosk(self) -> &'static KioskTexts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// The sentence under "Still there?": `如无操作，20秒后将回到首页…`.
pub fn going_home(lang: Lang, seconds: u32) -> String {
    let (before, after) = lang.kiosk().going_home;
    format!("{before}{seconds}{after}")
}
