//! Halls as data: their windows on legal workdays and weekends (checked in `hall_check`).
//! A new hall or village service station (Article 8) is one more entry in halls.json.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use super::text::Localized;
use super::timefmt::ser_hhmm;

/// Whether a window serves only visitors who booked, or everyone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Appointment {
    /// Only visitors with a booking are served (需提前预约).
    Required,
    /// Everyone is received; booking is still worth it (Article 5(1)).
    WalkIn,
}

impl Appointment {
    /// The one spelling of this value outside Rust (serde's snake_case): the JSON answers and
    /// the page's `data-*` hooks that integrators match on.
    pub fn as_str(self) -> &'static str {
        match self {
            Appointment::Required => "required",
            Appointment::WalkIn => "walk_in",
        }
    }

    /// Spellings in the data (serde's), and the values they stand for.
    pub(crate) const NAMES: (&'static [&'static str], &'static [Appointment]) = (
        &["required", "walk_in"],
        &[Appointment::Required, Appointment::WalkIn],
    );
}

/// Which weekend matter rules of Article 6(2) a hall follows: the district center and its
/// sub-centers (`center`) or the township centers (`township`). A data property, so a new
/// station needs no code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeekendScope {
    /// 区政务服务中心（分中心）: immediate, one-day and hot matters handled in full.
    Center,
    /// 乡镇（街道）政务服务中心: only livelihood immediate matters handled in full.
    Township,
}

impl WeekendScope {
    /// Spellings in the data (serde's), and the values they stand for.
    pub(crate) const NAMES: (&'static [&'static str], &'static [WeekendScope]) = (
        &["center", "township"],
        &[WeekendScope::Center, WeekendScope::Township],
    );
}

/// A weekend day a weekend window may be on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeekendDay {
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl WeekendDay {
    /// Spellings in the data (serde's), and the values they stand for.
    pub(crate) const NAMES: (&'static [&'static str], &'static [WeekendDay]) =
        (&["sat", "sun"], &[WeekendDay::Sat, WeekendDay::Sun]);
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
    pub days: Vec<WeekendDay>,
    /// First minute served.
    #[serde(serialize_with = "ser_hhmm")]
    pub start: NaiveTime,
    /// First minute no longer served.
    #[serde(serialize_with = "ser_hhmm")]
    pub end: NaiveTime,
    /// 法定节假日除外: the window does not open on a statutory holiday. Without the mark it
    /// opens on a Saturday/Sunday even inside a holiday period (interpretation I1).
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
    pub phone: Option<String>,
    /// Where to book online.
    pub booking_url: Option<String>,
}

/// A service hall and its hours, as published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hall {
    /// Stable id (`district`, `township`, `marriage`, `tax`, `household`, `traffic`,
    /// `exit_entry`, `housing_fund`).
    pub id: String,
    /// Name.
    pub name: Localized,
    /// True when the entry is an example rather than published data.
    pub sample: bool,
    /// Which weekend matter rules apply.
    pub weekend_scope: WeekendScope,
    /// Whether visitors present at the afternoon closing are served until done (Article 5(1)).
    pub closing_rule: bool,
    /// Contact details, empty where unknown.
    pub contact: Contact,
    /// The places this entry stands for (the 18 township centers); empty for a single hall.
    pub members: Vec<Localized>,
    /// Regular hours on legal workdays.
    pub regular: Vec<Window>,
    /// Extended windows on legal workdays.
    pub extended: Vec<Window>,
    /// Weekend extended windows.
    pub weekend: Vec<WeekendWindow>,
    /// A remark to show with the hall.
    pub note: Option<Localized>,
}
