//! The schedule engine: which Pinggu service halls serve when, under the legal calendar.
//!
//! Pure Rust over data (chrono, serde's derives for the answers; no web crate), so it builds
//! and tests natively and in the browser alike. Nothing here reads a clock: every query takes
//! Beijing wall time (UTC+08:00) as a [`chrono::NaiveDateTime`]; [`beijing_from_unix_millis`]
//! converts a device clock.
//!
//! Layers, bottom up, one folder each:
//! - [`model`]: halls, windows, matters, booking rules, bilingual text, as the files say;
//! - `load`: the data files' raw trees checked into the model, every problem with its JSON
//!   path (trees come from serde_json natively and in build.rs, from `JSON.parse` in the
//!   page); build.rs compiles the shipped files in, so the page checks nothing at start-up;
//! - `calendar`: the legal calendar (docs/rules.md section 2, the State Council's notices);
//! - `schedule`: each hall's day templates, its status at a moment, its timetables
//!   (Articles 2, 4 and 5: regular hours, extended windows, the closing rule);
//! - `rules`: booking deadlines (Article 3), weekend service levels (Article 6), due dates
//!   (Article 5(2)), the yearly minutes;
//! - `time`: Beijing wall time, parsing and formatting.
//!
//! Where the rules had to be read one way, the reading is written in `docs/rules.md`.
//!
//! ```
//! use pinggu_hours::engine::{parse_at, Engine, State};
//! let engine = Engine::embedded();
//! // Household registration serves on a Saturday inside the National Day holiday
//! // (weekend windows without the holiday mark still open: docs/rules.md)...
//! let sat = parse_at("2026-10-03T10:00").unwrap();
//! assert_eq!(engine.status("household", sat).unwrap().state, State::Extended);
//! // ...the district center does not.
//! assert_eq!(engine.status("district", sat).unwrap().state, State::Closed);
//! ```

pub(crate) mod calendar;
#[allow(clippy::module_inception)]
mod engine;
mod error;
mod hall_index;
pub(crate) mod load;
pub mod model;
pub(crate) mod rules;
pub(crate) mod schedule;
mod sorted;
pub(crate) mod time;

pub use calendar::{missing_calendar_year, DayInfo, DayKind};
pub use engine::{Data, Engine};
pub use error::{DataError, DataErrors, EngineError};
pub use load::files::{RawFile, RawFiles};
#[cfg(not(target_arch = "wasm32"))]
pub use load::native::{parse as parse_json, DataSources};
pub use load::value::{Number, Value};
pub use model::booking::{BookingRules, Channel, ChannelKind};
pub use model::exception::Exception;
pub use model::hall::{
    Appointment, Contact, Hall, HallLevel, WeekendDay, WeekendScope, WeekendWindow, Window,
};
pub use model::matter::{Keywords, Matter, MatterFlags, MatterKind};
pub use model::text::Localized;
pub use model::{List, Text};
pub use rules::booking::Booking;
pub use rules::due::DueDate;
pub use rules::report::{HallMinutes, YearReport};
pub use rules::service::ServiceLevel;
pub use schedule::lookahead::HORIZON_DAYS;
pub use schedule::status::{HallStatus, Reading};
pub use schedule::summary::{Run, ServingCount, WeekGroup};
pub use schedule::templates::{Closure, State};
pub use schedule::timetable::{DayTimetable, Span};
pub use time::{beijing_from_unix_millis, format_at, format_hhmm, parse_at};
