//! Errors: problems found in the data (all of them, each with its JSON path) and
//! problems with a query (an unknown hall, a closed slot, an absurd time limit).

use std::fmt;

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::engine::model::text::Localized;
use crate::engine::time::{format_at, ser_at};

/// One problem in a data file. `path` names the field the way a maintainer would find it
/// (`halls[3].weekend[0].end`, `matters[2].hall`, `holiday-cn/2025.json:days[4].date`), so a
/// clerk editing the JSON by hand can go straight to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DataError {
    /// Where the problem is: a file name, or a JSON path inside the file.
    pub path: String,
    /// What is wrong, in plain English.
    pub message: String,
}

impl DataError {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        DataError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem found in a set of data files. Validation never stops at the first one:
/// whoever fixes the data sees the whole list at once. Displays one problem per line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DataErrors(pub Vec<DataError>);

impl DataErrors {
    /// The problems, in the order they were found (file by file, field by field).
    pub fn iter(&self) -> std::slice::Iter<'_, DataError> {
        self.0.iter()
    }

    /// How many problems there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none (an `Err(DataErrors)` is never empty).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// Why a query could not be answered. Queries never panic: anything odd comes back here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum EngineError {
    /// No hall with this id in the data.
    UnknownHall {
        /// The id asked for.
        hall: String,
    },
    /// The hall does not serve at that time, so there is nothing to book.
    Closed {
        /// The hall asked for.
        hall: String,
        /// The slot asked for (Beijing time).
        #[serde(serialize_with = "ser_at")]
        at: NaiveDateTime,
    },
    /// An exception (exceptions.json) closes the hall all day, so there is nothing to book.
    ClosedByException {
        /// The hall asked for.
        hall: String,
        /// The slot asked for (Beijing time).
        #[serde(serialize_with = "ser_at")]
        at: NaiveDateTime,
        /// Why, as the exception gives it. Boxed so that an error is smaller than a status
        /// (48 bytes, not 88): a `Result<HallStatus, EngineError>` is then a status with
        /// nothing before it, and a status query's answer is moved in fewer pieces (0.5 ns
        /// of 9, `cargo bench --bench year_minutes`).
        reason: Box<Localized>,
    },
    /// A time given as text was not `YYYY-MM-DDTHH:MM`.
    BadTime {
        /// The text given.
        input: String,
    },
    /// A time limit outside `1..=3650` legal workdays.
    BadDays {
        /// The number given.
        days: u32,
    },
    /// No legal workday within the search horizon (only possible with absurd calendar data).
    NoWorkday,
    /// The answer would fall outside the dates the engine can represent.
    OutOfRange,
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::UnknownHall { hall } => write!(f, "unknown hall `{hall}`"),
            EngineError::Closed { hall, at } => {
                write!(f, "hall `{hall}` is closed at {}", format_at(*at))
            }
            EngineError::ClosedByException { hall, at, reason } => write!(
                f,
                "hall `{hall}` is closed all day on {}: {}",
                at.date(),
                reason.en
            ),
            EngineError::BadTime { input } => {
                write!(f, "`{input}` is not a time of the form YYYY-MM-DDTHH:MM")
            }
            EngineError::BadDays { days } => write!(
                f,
                "a time limit of {days} legal workdays is out of range (1 to 3650)"
            ),
            EngineError::NoWorkday => write!(f, "no legal workday found near that date"),
            EngineError::OutOfRange => write!(f, "date out of range"),
        }
    }
}

impl std::error::Error for EngineError {}
