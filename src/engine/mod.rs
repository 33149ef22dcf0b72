//! The schedule engine: which Pinggu service halls serve when, under the legal calendar.
//!
//! Pure Rust over data (chrono, serde's derives for the answers; no web crate), so it builds
//! and tests natively and in the browser alike. Nothing here reads a clock: every query takes
//! Beijing wall time (UTC+08:00) as a [`chrono::NaiveDateTime`]; [`beijing_from_unix_millis`]
//! converts a device clock. Layers, bottom up: reading the JSON files (`json`, a strict
//! parser of its own, and `raw`, a small non-generic walker: the page carries the engine in
//! its wasm, so size matters) -> validation (every problem, with its JSON path) -> legal calendar -> per-hall day templates -> answers (status,
//! timetables, booking, service levels, due dates, yearly minutes).
//!
//! ```
//! use pinggu_hours::engine::{parse_at, Engine, State};
//! let engine = Engine::embedded().unwrap();
//! // Household registration serves on a Saturday inside the National Day holiday (I1)...
//! let sat = parse_at("2026-10-03T10:00").unwrap();
//! assert_eq!(engine.status("household", sat).unwrap().state, State::Extended);
//! // ...the district center does not.
//! assert_eq!(engine.status("district", sat).unwrap().state, State::Closed);
//! ```

mod booking;
mod booking_check;
mod calendar;
mod calendar_load;
mod contact_check;
mod data_files;
mod due;
#[allow(clippy::module_inception)]
mod engine;
mod error;
mod hall;
mod hall_check;
mod json;
mod matter;
mod matter_check;
mod moments;
mod raw;
mod raw_object;
mod report;
mod schedule;
mod service;
mod sorted;
mod status;
mod text;
mod timefmt;
mod timetable;
mod window_check;

pub use booking::{Booking, BookingRules, Channel, ChannelKind};
pub use calendar::{DayInfo, DayKind};
pub use due::DueDate;
pub use engine::{DataSources, Engine};
pub use error::{DataError, DataErrors, EngineError};
pub use hall::{Appointment, Contact, Hall, WeekendDay, WeekendScope, WeekendWindow, Window};
pub use matter::{Matter, MatterFlags, MatterKind};
pub use report::{HallMinutes, YearReport};
pub use schedule::State;
pub use service::ServiceLevel;
pub use status::{HallStatus, HORIZON_DAYS};
pub use text::Localized;
pub use timefmt::{beijing_from_unix_millis, format_at, format_hhmm, parse_at};
pub use timetable::{DayTimetable, Span};
