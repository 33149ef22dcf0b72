//! Halls as data: their windows on legal workdays and weekends (checked in `hall_check`).
//! A new hall or village service station (Article 8) is one more entry in halls.json.

use crate::engine::model::spelling::spelled_enum;
use chrono::NaiveTime;
use serde::Serialize;

use crate::engine::model::{List, Text};

use crate::engine::model::text::Localized;
use crate::engine::time::ser_hhmm;

spelled_enum! {
    /// Whether a window serves only visitors who booked, or everyone.
    pub enum Appointment {
        /// Only visitors with a booking are served (需提前预约).
        Required = "required",
        /// Everyone is received; booking is still worth it (Article 5(1)).
        WalkIn = "walk_in",
    }
}

spelled_enum! {
    /// Which weekend matter rules of Article 6(2) a hall follows: the district center and its
    /// sub-centers (`center`) or the township centers (`township`). A data property, so a new
    /// station needs no code.
    pub enum WeekendScope {
        /// 区政务服务中心（分中心）: immediate, one-day and hot matters handled in full.
        Center = "center",
        /// 乡镇（街道）政务服务中心: only livelihood immediate matters handled in full.
        Township = "township",
    }
}

spelled_enum! {
    /// What kind of place a hall entry is. Article 8 lets each village and community service
    /// station (村/社区服务站) publish its own hours: with hundreds of them in the data, the page
    /// lists the centers and finds a station by name rather than showing hundreds of cards.
    pub enum HallLevel {
        /// A district or township service center or sub-center (the default).
        Center = "center",
        /// A village or community service station (Article 8).
        Station = "station",
    }
}

spelled_enum! {
    /// A weekend day a weekend window may be on.
    pub enum WeekendDay {
        /// Saturday.
        Sat = "sat",
        /// Sunday.
        Sun = "sun",
    }
}

/// A window on legal workdays, `[start, end)`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Window {
    /// First minute served.
    #[serde(serialize_with = "ser_hhmm")]
    pub start: NaiveTime,
    /// First minute no longer served (a window ending 12:00 is over at 12:00).
    #[serde(serialize_with = "ser_hhmm")]
    pub end: NaiveTime,
    /// Whether it serves walk-ins.
    pub appointment: Appointment,
}

/// A weekend extended window, `[start, end)`, on the given weekend days when they are not
/// legal workdays.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WeekendWindow {
    /// Saturday, Sunday or both.
    pub days: List<WeekendDay>,
    /// First minute served.
    #[serde(serialize_with = "ser_hhmm")]
    pub start: NaiveTime,
    /// First minute no longer served.
    #[serde(serialize_with = "ser_hhmm")]
    pub end: NaiveTime,
    /// 法定节假日除外: the window does not open on a statutory holiday. Without the mark it
    /// opens on a Saturday/Sunday even inside a holiday period (reading: holiday weekends, docs/rules.md).
    pub not_on_holidays: bool,
    /// Whether it serves walk-ins.
    pub appointment: Appointment,
}

/// How to reach a hall. `None` where unknown: the page shows nothing rather than a guess.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Contact {
    /// Street address.
    pub address: Option<Localized>,
    /// Phone number.
    pub phone: Option<Text>,
    /// Where to book online.
    pub booking_url: Option<Text>,
}

/// A service hall and its hours, as published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hall {
    /// Stable id (`district`, `township`, `marriage`, `tax`, `household`, `traffic`,
    /// `exit_entry`, `housing_fund`).
    pub id: Text,
    /// Name.
    pub name: Localized,
    /// True when the entry is an example rather than published data.
    pub sample: bool,
    /// A center, or a village or community station; `center` when the data says nothing.
    pub level: HallLevel,
    /// Which weekend matter rules apply.
    pub weekend_scope: WeekendScope,
    /// Whether visitors present at the afternoon closing are served until done (Article 5(1)).
    pub closing_rule: bool,
    /// Contact details, empty where unknown.
    pub contact: Contact,
    /// The places this entry stands for (the 18 township centers); empty for a single hall.
    pub members: List<Localized>,
    /// Regular hours on legal workdays.
    pub regular: List<Window>,
    /// Extended windows on legal workdays.
    pub extended: List<Window>,
    /// Weekend extended windows.
    pub weekend: List<WeekendWindow>,
    /// A remark to show with the hall.
    pub note: Option<Localized>,
}

impl Hall {
    /// Whether the hall has a card of its own in a list of `count` halls (the page's hall
    /// list and announcer, the hours and JSON-LD written into the page): a center does; a
    /// village or community station (Article 8, possibly hundreds of them) is found by name
    /// instead, unless the list shows that one hall alone.
    pub fn listed_among(&self, count: usize) -> bool {
        count == 1 || self.level == HallLevel::Center
    }
}
