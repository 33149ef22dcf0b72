//! The JSON files exactly as written by hand, before validation.
//!
//! Times stay text here so that every bad time can be reported with its path instead of
//! stopping at the first; enums are parsed by serde, whose message names the allowed values.
//! Unknown fields are rejected so that a typo (`not_on_holiday`) is not silently ignored.

use serde::Deserialize;
use serde_json::Value;

use super::hall::{Appointment, WeekendDay, WeekendScope};
use super::matter::MatterKind;
use super::text::Localized;

/// `halls.json`: `{ "source", "closing_rule", "booking", "halls": [...] }`. The halls are
/// kept as raw JSON here and read one by one, so a broken hall does not hide the others'
/// problems.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "the halls.json object")]
pub(crate) struct RawHallsFile {
    /// Where the hours come from (free text, for maintainers).
    #[serde(default)]
    pub source: Option<String>,
    /// The text of the closing rule (Article 5(1)), shown where it applies.
    #[serde(default)]
    pub closing_rule: Option<Localized>,
    /// The booking rules (Article 3, 7).
    pub booking: Value,
    /// The halls, in display order.
    pub halls: Vec<Value>,
}

/// One hall (or one kind of hall standing for several, like the township centers).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a hall object")]
pub(crate) struct RawHall {
    /// Stable identifier used in URLs, matters.json and the CLI (`district`, `tax`, ...).
    pub id: String,
    pub name: Localized,
    /// True if the hall itself is an example rather than published data.
    #[serde(default)]
    pub sample: bool,
    /// Which weekend matter rules apply (Article 6(2)): `center` or `township`.
    pub weekend_scope: WeekendScope,
    /// Whether Article 5(1)'s "served until done at afternoon closing" applies.
    #[serde(default)]
    pub closing_rule: bool,
    #[serde(default)]
    pub contact: RawContact,
    /// Places the entry stands for (the 18 township centers), for search.
    #[serde(default)]
    pub members: Vec<Localized>,
    /// Regular hours on legal workdays.
    #[serde(default)]
    pub regular: Vec<RawWindow>,
    /// Extended windows on legal workdays.
    #[serde(default)]
    pub extended: Vec<RawWindow>,
    /// Extended windows on Saturdays/Sundays that are not legal workdays.
    #[serde(default)]
    pub weekend: Vec<RawWeekendWindow>,
    /// Any extra remark to show with the hall.
    #[serde(default)]
    pub note: Option<Localized>,
}

/// Contact details; null or empty where unknown (nothing is invented).
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a contact object")]
pub(crate) struct RawContact {
    #[serde(default)]
    pub address: Option<Localized>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub booking_url: Option<String>,
}

/// A window `start`-`end` (`HH:MM`, end exclusive) on legal workdays. `appointment` is
/// optional for regular hours (default `walk_in`) and required for extended windows.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a window object")]
pub(crate) struct RawWindow {
    pub start: String,
    pub end: String,
    #[serde(default)]
    pub appointment: Option<Appointment>,
}

/// A weekend window: on which of `sat`/`sun`, whether it is skipped on statutory holidays
/// (法定节假日除外), and whether an appointment is required.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a weekend window object")]
pub(crate) struct RawWeekendWindow {
    pub days: Vec<WeekendDay>,
    pub start: String,
    pub end: String,
    pub not_on_holidays: bool,
    pub appointment: Appointment,
}

/// The `booking` object of halls.json.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "the booking object")]
pub(crate) struct RawBooking {
    /// Bookings for date D close at this time of the last legal workday before D.
    pub deadline_time: String,
    pub deadline: Localized,
    pub channels: Vec<super::booking::Channel>,
    /// The center's single public number (一号对外); null while unknown.
    #[serde(default)]
    pub phone: Option<String>,
    pub phone_note: Localized,
    pub intake: Localized,
    pub walk_in: Localized,
    pub no_show: Localized,
    pub cancellation: Localized,
}

/// `matters.json`: `{ "source", "matters": [...] }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "the matters.json object")]
pub(crate) struct RawMattersFile {
    #[serde(default)]
    pub source: Option<String>,
    pub matters: Vec<Value>,
}

/// One matter of the weekend list (Article 6(3)).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a matter object")]
pub(crate) struct RawMatter {
    pub id: String,
    #[serde(default)]
    pub sample: bool,
    pub name: Localized,
    pub hall: String,
    pub unit: Localized,
    pub kind: MatterKind,
    #[serde(default)]
    pub time_limit_days: Option<u32>,
    #[serde(default)]
    pub hot: bool,
    #[serde(default)]
    pub livelihood: bool,
    #[serde(default)]
    pub system_restricted: bool,
    #[serde(default)]
    pub materials: Vec<Localized>,
    #[serde(default)]
    pub place: Option<Localized>,
    #[serde(default)]
    pub booking: Option<Localized>,
}

/// One holiday-cn file: `{year, papers, days: [{name, date, isOffDay}]}`. Other fields
/// (`$schema`, `$id`) are allowed, so upstream files drop in unchanged.
#[derive(Deserialize)]
#[serde(expecting = "a holiday-cn calendar object")]
pub(crate) struct RawCalendarFile {
    pub year: i32,
    #[serde(default)]
    pub papers: Vec<String>,
    pub days: Vec<RawCalendarDay>,
}

/// One listed date: a day off (`isOffDay: true`) or an adjusted workday (`false`).
#[derive(Deserialize)]
#[serde(expecting = "a calendar day object")]
pub(crate) struct RawCalendarDay {
    pub name: String,
    pub date: String,
    #[serde(rename = "isOffDay")]
    pub is_off_day: bool,
}

/// Deserialize `T` from a JSON value, giving the failing field's path under `prefix`.
pub(crate) fn from_value_at<T: serde::de::DeserializeOwned>(
    value: &Value,
    prefix: &str,
) -> Result<T, super::error::DataError> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let path = match known_path(&e.path().to_string()) {
            None => prefix.to_string(),
            Some(inner) if inner.starts_with('[') => format!("{prefix}{inner}"),
            Some(inner) => format!("{prefix}.{inner}"),
        };
        super::error::DataError::new(path, e.into_inner().to_string())
    })
}

/// Deserialize `T` from a whole file's text, which must be a JSON object. A failure is
/// reported at `file`, or at `inner_prefix` + the field's path when serde knows the field.
pub(crate) fn from_str_at<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &str,
    inner_prefix: &str,
) -> Result<T, super::error::DataError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| super::error::DataError::new(file, format!("not JSON: {e}")))?;
    if !value.is_object() {
        return Err(super::error::DataError::new(
            file,
            "the top level must be a JSON object",
        ));
    }
    serde_path_to_error::deserialize::<_, T>(&value).map_err(|e| {
        let path = match known_path(&e.path().to_string()) {
            None => file.to_string(),
            Some(inner) => format!("{inner_prefix}{inner}"),
        };
        super::error::DataError::new(path, e.into_inner().to_string())
    })
}

/// The known part of a serde_path_to_error path (`?` marks a segment it could not name, as
/// after a syntax error); `None` for the root.
fn known_path(path: &str) -> Option<String> {
    let known = path.split('?').next().unwrap_or("");
    let known = known.trim_end_matches('.');
    if known.is_empty() || known == "." {
        None
    } else {
        Some(known.to_string())
    }
}
