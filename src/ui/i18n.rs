//! Every word the page shows, in Simplified Chinese (the default) and English. Texts are
//! typed fields, not string keys, so a missing translation is a compile error.

use crate::engine::{Appointment, Localized, State};

/// The page language; Chinese unless the visitor chooses English (`?lang=en`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Reads a `lang` parameter or stored choice; anything unknown keeps the default.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// The BCP 47 tag for the `lang` attribute, so screen readers pick the right voice.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The fixed texts of the page in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// Picks this language's side of a data text.
    pub fn pick(self, text: &Localized) -> &str {
        match self {
            Lang::Zh => &text.zh,
            Lang::En => &text.en,
        }
    }
}

/// The page's fixed words in one language.
pub struct Texts {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub halls_heading: &'static str,
    pub open: &'static str,
    pub extended: &'static str,
    pub closed: &'static str,
    pub walk_in: &'static str,
    pub appointment_required: &'static str,
    pub data_error: &'static str,
}

impl Texts {
    /// The badge words for a hall state.
    pub fn state(&self, state: State) -> &'static str {
        match state {
            State::Open => self.open,
            State::Extended => self.extended,
            State::Closed => self.closed,
        }
    }

    /// The words for an appointment requirement.
    pub fn appointment(&self, appointment: Appointment) -> &'static str {
        match appointment {
            Appointment::Required => self.appointment_required,
            Appointment::WalkIn => self.walk_in,
        }
    }
}

static ZH: Texts = Texts {
    title: "平谷区政务服务大厅",
    subtitle: "办公时间与延时服务",
    halls_heading: "各服务大厅",
    open: "开放中",
    extended: "延时服务",
    closed: "已闭厅",
    walk_in: "无需预约",
    appointment_required: "需提前预约",
    data_error: "数据有误，无法显示：",
};

static EN: Texts = Texts {
    title: "Pinggu District Government Service Halls",
    subtitle: "Office hours and extended service",
    halls_heading: "Service halls",
    open: "Open",
    extended: "Extended service",
    closed: "Closed",
    walk_in: "Walk-in",
    appointment_required: "Appointment required",
    data_error: "The data has errors and cannot be shown:",
};
