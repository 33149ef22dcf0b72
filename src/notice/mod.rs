//! Notices to post in the halls, made from the same data as the page (Article 7(7): office
//! and extended hours shown where everyone can see them; Article 6(3): the weekend matter
//! list with each matter's name, handling unit, time, place and booking method):
//!
//! - [`hours_notice`]: a hall's hours notice, one A4 page per hall;
//! - [`matters_notice`]: the weekend extended-service matter list (周末延时服务事项清单).
//!
//! Each returns one HTML document for A4 paper, in large type, in Chinese or English. Written
//! by `hours export --format notice-hours|notice-matters`, and callable from a page in the
//! browser (plain functions over the [`Engine`], no JSON, no clock: the date the notice holds
//! from is passed in). Every hour, day and reason comes from the engine and every word from
//! `ui::i18n`; unknown fields (a phone number, an address) are left out, never filled in, and
//! entries the data marks as samples are marked so on paper.

mod ahead;
mod hours;
mod html;
mod matters;
mod windows;

use chrono::{Days, NaiveDate};

use crate::engine::{Engine, EngineError, Hall};

pub use hours::hours_notice;
pub use html::{escape, escape_into, Styling};
pub use matters::matters_notice;

/// The notices' stylesheet (static/styles/notice.css): A4 pages, large type, one page per
/// hall. Inlined by [`Styling::Inline`]; the same file is what [`Styling::Linked`] links to.
pub const NOTICE_CSS: &str = include_str!("../../static/styles/notice.css");

/// How many days from its first date a notice holds for: the exceptions and special days it
/// lists are those of these days, and the dates are printed on it, so a notice is replaced
/// at least monthly.
pub const VALID_DAYS: u32 = 30;

/// The first and last date a notice made for `from` holds for.
///
/// ```
/// use chrono::NaiveDate;
/// use pinggu_hours::notice::valid_dates;
/// let from = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
/// assert_eq!(valid_dates(from), (from, NaiveDate::from_ymd_opt(2026, 12, 30).unwrap()));
/// ```
pub fn valid_dates(from: NaiveDate) -> (NaiveDate, NaiveDate) {
    let last = from
        .checked_add_days(Days::new(u64::from(VALID_DAYS.saturating_sub(1))))
        .unwrap_or(NaiveDate::MAX);
    (from, last)
}

/// The halls a notice covers: the one asked for, or every hall of the data in its order.
/// Sample halls are kept: the notice marks them, as the page does.
fn halls_of<'a>(engine: &'a Engine, hall: Option<&str>) -> Result<Vec<&'a Hall>, EngineError> {
    match hall {
        Some(id) => Ok(vec![engine
            .halls()
            .get(engine.index(id)?)
            .ok_or_else(|| EngineError::UnknownHall { hall: id.into() })?]),
        None => Ok(engine.halls().iter().collect()),
    }
}

/// Whether every date from `first` to `last` lies in a year the holiday calendars cover.
fn calendar_known(engine: &Engine, first: NaiveDate, last: NaiveDate) -> bool {
    engine.day(first).calendar_known && engine.day(last).calendar_known
}

#[cfg(test)]
mod tests;
