//! Every word the page shows, in Simplified Chinese (the default) and English. Texts are
//! typed fields, not string keys, so a missing translation is a compile error. Feature
//! areas with many words keep their own text struct in a file of this folder.

mod booking;
mod cards;
mod data;
mod en;
mod exceptions;
mod finder;
mod format;
mod kiosk;
mod maintain;
mod notice;
mod prerender;
mod problems;
mod stations;
mod zh;

pub use booking::{book_before, printed_at, slot_window};
pub use cards::{
    booked_line, clock, closed_line, closure_words, day_chip, extended_part, next_service,
    runs_line, serving_summary, state_words, treated_as_accepted, walk_in_until, week_line,
};
pub use data::{calendar_due, data_refused};
pub use exceptions::exception_line;
pub use finder::due_basis;
pub use kiosk::going_home;
pub use maintain::{numbered, words, MaintainTexts};
pub use notice::{
    closing_reading, exception_change, exception_notice, notice_valid, special_stretch,
    time_ranges, weekend_days, NoticeTexts,
};
pub use prerender::{date_range, halls_exception, no_special_days_ahead};
pub use problems::{problem_message, problem_place};
pub use stations::{stations_found, stations_hint};

pub use format::{countdown, date_long, date_short, day_kind_label, time_left, when};

use crate::engine::{Appointment, Localized, State};

/// The page language; Chinese unless the visitor chooses English (`?lang=en`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Reads a `lang` parameter or stored choice; anything unknown is `None`.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// The short code stored on the device and written in links.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for the `lang` attribute, so screen readers pick the right voice.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The other language, for the switch.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The fixed texts of the page in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Zh => &zh::TEXTS,
            Lang::En => &en::TEXTS,
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
    /// The browser tab's name on the standalone page.
    pub document_title: &'static str,
    pub title: &'static str,
    pub subtitle: &'static str,
    pub skip_to_content: &'static str,
    pub beijing_time: &'static str,
    pub workday: &'static str,
    pub adjusted_workday: &'static str,
    pub weekend: &'static str,
    pub holiday: &'static str,
    pub calendar_unknown: &'static str,
    /// The device clock cannot be read as a Beijing time (out of chrono's range).
    pub clock_unreadable: &'static str,
    /// A view the first module cannot show yet: the full page is on its way.
    pub loading_view: &'static str,
    pub pinned: &'static str,
    pub back_to_now: &'static str,
    pub bad_param: &'static str,
    /// The switch's label, written in the language it switches to.
    pub switch_lang: &'static str,
    pub switch_lang_label: &'static str,
    pub elderly_mode: &'static str,
    pub nav_label: &'static str,
    pub nav_now: &'static str,
    pub nav_plan: &'static str,
    pub nav_matters: &'static str,
    pub halls_heading: &'static str,
    pub open: &'static str,
    pub extended: &'static str,
    pub closed: &'static str,
    pub walk_in: &'static str,
    pub appointment_required: &'static str,
    pub until: &'static str,
    pub opens: &'static str,
    pub no_opening: &'static str,
    pub details: &'static str,
    pub today: &'static str,
    pub tomorrow: &'static str,
    pub back_to_halls: &'static str,
    pub unknown_hall: &'static str,
    pub week_heading: &'static str,
    pub closed_all_day: &'static str,
    pub special_heading: &'static str,
    pub no_special_days: &'static str,
    pub members_heading: &'static str,
    pub contact_heading: &'static str,
    pub address: &'static str,
    pub phone: &'static str,
    pub booking_link: &'static str,
    pub plan_heading: &'static str,
    pub plan_intro: &'static str,
    pub date: &'static str,
    pub time: &'static str,
    pub show: &'static str,
    pub shortcuts: &'static str,
    pub this_saturday: &'static str,
    pub next_workday_morning: &'static str,
    pub now: &'static str,
    pub sample: &'static str,
    pub sample_note: &'static str,
    /// Between two runs of words (a date and a time, a sentence and a link): nothing in
    /// Chinese, which sets no spaces inside its text, a space in English.
    pub word_gap: &'static str,
    /// Between a name and what is said of it (`户籍大厅：已闭厅`).
    pub label_sep: &'static str,
    /// Between the items of a list read out in one line.
    pub list_sep: &'static str,
    pub weekdays: [&'static str; 7],
    pub weekdays_short: [&'static str; 7],
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

#[cfg(test)]
pub(crate) mod tests;
