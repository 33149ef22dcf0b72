//! The booking rules as data (halls.json's `booking`, Articles 3 and 7): channels, deadline,
//! the center's public number and what the desk tells a visitor.

use crate::engine::model::spelling::spelled_enum;
use chrono::NaiveTime;
use serde::Serialize;

use crate::engine::model::{List, Text};

use crate::engine::model::text::Localized;
use crate::engine::time::ser_hhmm;

spelled_enum! {
    /// A way to book (Article 3: 现场预约、电话预约、线上预约).
    pub enum ChannelKind {
        /// At the hall.
        OnSite = "on_site",
        /// By phone, on the center's single public number.
        Phone = "phone",
        /// Online.
        Online = "online",
    }
}

/// A booking channel and its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Channel {
    /// Which channel.
    pub id: ChannelKind,
    /// Its label.
    pub name: Localized,
}

/// The booking rules the page shows next to any appointment (data, not code, so the center
/// can correct them without a rebuild).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BookingRules {
    /// Bookings for a date close at this time of the last legal workday before it (14:00).
    #[serde(serialize_with = "ser_hhmm")]
    pub deadline_time: NaiveTime,
    /// The deadline rule as text.
    pub deadline: Localized,
    /// On site, phone, online.
    pub channels: List<Channel>,
    /// The center's single public number (一号对外); `None` while unknown.
    pub phone: Option<Text>,
    /// Explains which number takes bookings.
    pub phone_note: Localized,
    /// What the desk records and tells you (Article 7(1)).
    pub intake: Localized,
    /// What happens to a walk-in in a workday extended window (Article 5(1)).
    pub walk_in: Localized,
    /// Missing the slot gives the booking up (Article 7(5)).
    pub no_show: Localized,
    /// When the center may cancel or move a booking (Article 7(4)).
    pub cancellation: Localized,
}
