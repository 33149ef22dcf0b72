//! Exceptions as data (exceptions.json): dates on which some halls are closed or keep other
//! hours than their usual windows (a system upgrade, a move, extra hours before a deadline).
//! The centers keep the hours they show current (Article 7(7)); an exception is how a clerk
//! says so for one date without touching halls.json.

use chrono::NaiveDate;
use serde::Serialize;

use crate::engine::model::hall::Window;
use crate::engine::model::text::Localized;
use crate::engine::model::{List, Text};

/// One date on which the listed halls are closed or serve only the windows given.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Exception {
    /// The date it applies to (Beijing).
    pub date: NaiveDate,
    /// The hall ids it applies to; `None` for every hall (`"halls": "all"`), so a hall added
    /// to halls.json later is covered too.
    pub halls: Option<List<Text>>,
    /// The windows that replace the halls' own on that date, in time order and not
    /// overlapping; empty when the halls are closed all day (`"closed": true`). Each is
    /// regular hours (`open`) on a legal workday and an extended window on any other day
    /// (reading: exception days, docs/rules.md).
    pub windows: List<Window>,
    /// Why, to show with every answer it changes.
    pub reason: Localized,
}

impl Exception {
    /// Whether the halls do not serve at all that day.
    pub fn is_closed(&self) -> bool {
        self.windows.is_empty()
    }

    /// Whether it applies to the hall `id`.
    pub fn covers(&self, id: &str) -> bool {
        match &self.halls {
            None => true,
            Some(ids) => ids.iter().any(|h| h == id),
        }
    }
}
