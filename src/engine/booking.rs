//! Appointments: the rules (data from halls.json, Articles 3 and 7) and the booking answer
//! for one slot.

use chrono::{NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use super::hall::Appointment;
use super::text::Localized;
use super::timefmt::{ser_at, ser_hhmm};

/// A way to book (Article 3: 现场预约、电话预约、线上预约).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    /// At the hall.
    OnSite,
    /// By phone, on the center's single public number.
    Phone,
    /// Online.
    Online,
}

impl ChannelKind {
    /// Spellings in the data (serde's), and the values they stand for.
    pub(crate) const NAMES: (&'static [&'static str], &'static [ChannelKind]) = (
        &["on_site", "phone", "online"],
        &[ChannelKind::OnSite, ChannelKind::Phone, ChannelKind::Online],
    );
}

/// A booking channel and its label.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    pub channels: Vec<Channel>,
    /// The center's single public number (一号对外); `None` while unknown.
    pub phone: Option<String>,
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

/// Whether a slot needs a booking, and by when it must be made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Booking {
    /// Whether the window at the slot serves only booked visitors.
    pub appointment: Appointment,
    /// Book before this time: 14:00 of the last legal workday before the slot's date.
    #[serde(serialize_with = "ser_at")]
    pub deadline: NaiveDateTime,
    /// False if a day involved lies outside the calendar data (unconfirmed).
    pub calendar_known: bool,
}

impl Booking {
    /// Whether a booking made at `now` is still in time (strictly before the deadline).
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Engine};
    /// let engine = Engine::embedded().unwrap();
    /// // Saturday 2026-03-07 09:30 at the district center: book by Friday 14:00.
    /// let b = engine.booking("district", parse_at("2026-03-07T09:30").unwrap()).unwrap();
    /// assert!(b.is_in_time(parse_at("2026-03-06T13:59").unwrap()));
    /// assert!(!b.is_in_time(parse_at("2026-03-06T14:00").unwrap()));
    /// ```
    pub fn is_in_time(&self, now: NaiveDateTime) -> bool {
        now < self.deadline
    }
}

impl super::engine::Engine {
    /// Whether a slot needs a booking and the booking deadline: before 14:00 of the last
    /// legal workday before the slot's date (Article 3). An error if the hall does not serve
    /// at the slot.
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Appointment, Engine};
    /// let engine = Engine::embedded().unwrap();
    /// // Saturday 2026-10-10 is an adjusted workday; the last legal workday before it is
    /// // Friday 2026-10-09 (after the National Day holiday).
    /// let b = engine.booking("township", parse_at("2026-10-10T08:30").unwrap()).unwrap();
    /// assert_eq!(b.appointment, Appointment::Required);
    /// assert_eq!(b.deadline, parse_at("2026-10-09T14:00").unwrap());
    /// assert!(engine.booking("tax", parse_at("2026-10-10T20:00").unwrap()).is_err());
    /// ```
    pub fn booking(
        &self,
        hall: &str,
        at: NaiveDateTime,
    ) -> Result<Booking, super::error::EngineError> {
        let i = self.index(hall)?;
        let status = self.status_of(i, at);
        let Some(appointment) = status.appointment else {
            return Err(super::error::EngineError::Closed {
                hall: hall.to_string(),
                at,
            });
        };
        let mut day = chrono::Datelike::num_days_from_ce(&at.date());
        let mut known = status.calendar_known;
        for _ in 0..=366 {
            day = day
                .checked_sub(1)
                .ok_or(super::error::EngineError::OutOfRange)?;
            let code = self.calendar.code(day);
            known &= code.known;
            if code.kind.is_legal_workday() {
                let date = chrono::NaiveDate::from_num_days_from_ce_opt(day)
                    .ok_or(super::error::EngineError::OutOfRange)?;
                return Ok(Booking {
                    appointment,
                    deadline: date.and_time(self.booking.deadline_time),
                    calendar_known: known,
                });
            }
        }
        Err(super::error::EngineError::NoWorkday)
    }
}
