//! The engine: validated data, ready to answer. Built once from the compiled-in files or
//! from replacement files fetched at run time.

use std::sync::Arc;

use chrono::NaiveDate;

use super::booking::BookingRules;
use super::calendar::{Calendar, DayInfo, DayKind};
use super::data_files::{read_halls, read_matters};
use super::error::{DataErrors, EngineError};
use super::hall::Hall;
use super::matter::Matter;
use super::schedule::Templates;
use super::text::Localized;

// EMBEDDED_HALLS, EMBEDDED_MATTERS, EMBEDDED_CALENDARS: the data files, minified.
include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));

/// The text of the data files an engine is built from. The page can fetch newer files and
/// build from them; the CLI's `validate DIR` reads them from disk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataSources<'a> {
    /// halls.json.
    pub halls: &'a str,
    /// matters.json.
    pub matters: &'a str,
    /// holiday-cn calendar files: (file name such as `2026.json`, text).
    pub calendars: Vec<(String, &'a str)>,
}

impl DataSources<'static> {
    /// The files compiled into this build.
    pub fn embedded() -> DataSources<'static> {
        DataSources {
            halls: EMBEDDED_HALLS,
            matters: EMBEDDED_MATTERS,
            calendars: EMBEDDED_CALENDARS
                .iter()
                .map(|(name, text)| ((*name).to_string(), *text))
                .collect(),
        }
    }
}

/// Validated data (calendar, halls, matters, booking rules) that answers every question.
/// Nothing in it reads a clock: every query takes Beijing wall time as an argument.
///
/// ```
/// use pinggu_hours::engine::{parse_at, Engine, State};
/// let engine = Engine::embedded().unwrap();
/// let s = engine.status("district", parse_at("2026-03-09T10:00").unwrap()).unwrap();
/// assert_eq!(s.state, State::Open);
/// ```
#[derive(Clone, Debug)]
pub struct Engine {
    pub(crate) calendar: Calendar,
    pub(crate) halls: Vec<Hall>,
    pub(crate) ids: Vec<Arc<str>>,
    pub(crate) templates: Vec<Templates>,
    pub(crate) matters: Vec<Matter>,
    pub(crate) booking: BookingRules,
    pub(crate) closing_rule: Option<Localized>,
    pub(crate) source: Option<String>,
    pub(crate) matters_source: Option<String>,
}

impl Engine {
    /// The engine over the data compiled into this build (halls.json, matters.json and every
    /// holiday-cn file). An error here means the shipped data is broken; tests catch that.
    pub fn embedded() -> Result<Engine, DataErrors> {
        Engine::from_sources(&DataSources::embedded())
    }

    /// Build from data files, listing every problem found in any of them.
    ///
    /// ```
    /// use pinggu_hours::engine::{DataSources, Engine};
    /// let mut sources = DataSources::embedded();
    /// let broken = sources.halls.replacen("\"17:30\"", "\"25:00\"", 1);
    /// sources.halls = &broken;
    /// let errors = Engine::from_sources(&sources).unwrap_err();
    /// assert_eq!(
    ///     errors.to_string(),
    ///     "halls[0].extended[2].end: \"25:00\" is not a time of day (HH:MM, 00:00 to 23:59)"
    /// );
    /// ```
    pub fn from_sources(sources: &DataSources<'_>) -> Result<Engine, DataErrors> {
        let mut errors = Vec::new();
        let calendar = Calendar::build(&sources.calendars, &mut errors);
        let (halls, declared, booking, closing_rule, source) =
            read_halls(sources.halls, &mut errors);
        let (matters, matters_source) =
            read_matters(sources.matters, declared.as_deref(), &mut errors);
        match booking {
            Some(booking) if errors.is_empty() => {
                Ok(
                    Engine::assemble(calendar, halls, matters, booking, closing_rule, source)
                        .with_matters_source(matters_source),
                )
            }
            _ => Err(DataErrors(errors)),
        }
    }

    /// A copy of this engine with the matter list replaced (a clerk's new matters.json),
    /// checked against this engine's halls.
    pub fn with_matters(&self, matters_json: &str) -> Result<Engine, DataErrors> {
        let mut errors = Vec::new();
        let ids: Vec<String> = self.halls.iter().map(|h| h.id.clone()).collect();
        let (matters, source) = read_matters(matters_json, Some(&ids), &mut errors);
        if !errors.is_empty() {
            return Err(DataErrors(errors));
        }
        let mut engine = self.clone();
        engine.matters = matters;
        engine.matters_source = source;
        Ok(engine)
    }

    fn assemble(
        calendar: Calendar,
        halls: Vec<Hall>,
        matters: Vec<Matter>,
        booking: BookingRules,
        closing_rule: Option<Localized>,
        source: Option<String>,
    ) -> Engine {
        Engine {
            calendar,
            ids: halls.iter().map(|h| Arc::from(h.id.as_str())).collect(),
            templates: halls.iter().map(Templates::of).collect(),
            halls,
            matters,
            booking,
            closing_rule,
            source,
            matters_source: None,
        }
    }

    fn with_matters_source(mut self, source: Option<String>) -> Engine {
        self.matters_source = source;
        self
    }

    /// The halls, in the order of halls.json (the display order).
    pub fn halls(&self) -> &[Hall] {
        &self.halls
    }

    /// One hall by id.
    pub fn hall(&self, id: &str) -> Option<&Hall> {
        self.halls.iter().find(|h| h.id == id)
    }

    /// Index of a hall by id, or the error the queries return.
    #[inline]
    pub(crate) fn index(&self, id: &str) -> Result<usize, EngineError> {
        self.ids
            .iter()
            .position(|h| &**h == id)
            .ok_or_else(|| EngineError::UnknownHall {
                hall: id.to_string(),
            })
    }

    /// The matters of the weekend list.
    pub fn matters(&self) -> &[Matter] {
        &self.matters
    }

    /// The booking rules (deadline, channels, phone, no-show and cancellation).
    pub fn booking_rules(&self) -> &BookingRules {
        &self.booking
    }

    /// The text of the closing rule (Article 5(1)), to show where `closing_rule` is set.
    pub fn closing_rule_text(&self) -> Option<&Localized> {
        self.closing_rule.as_ref()
    }

    /// The `source` notes of halls.json and matters.json.
    pub fn sources(&self) -> (Option<&str>, Option<&str>) {
        (self.source.as_deref(), self.matters_source.as_deref())
    }

    /// Years the calendar data covers, ascending.
    pub fn calendar_years(&self) -> &[i32] {
        self.calendar.years()
    }

    /// The notices the calendar files cite (their `papers`), for the page's source line.
    pub fn calendar_papers(&self) -> &[String] {
        self.calendar.papers()
    }

    /// What kind of day a date is.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pinggu_hours::engine::{DayKind, Engine};
    /// let engine = Engine::embedded().unwrap();
    /// let d = engine.day(NaiveDate::from_ymd_opt(2026, 10, 10).unwrap());
    /// assert_eq!(d.kind, DayKind::AdjustedWorkday);
    /// assert_eq!(d.holiday.as_deref(), Some("国庆节"));
    /// assert!(!engine.day(NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()).calendar_known);
    /// ```
    pub fn day(&self, date: NaiveDate) -> DayInfo {
        self.calendar.info(date)
    }

    /// Holidays and adjusted workdays among the `days` days from `from` (at most 3660).
    pub fn upcoming_special_days(&self, from: NaiveDate, days: u32) -> Vec<DayInfo> {
        from.iter_days()
            .take(days.min(3660) as usize)
            .map(|d| self.calendar.info(d))
            .filter(|i| matches!(i.kind, DayKind::Holiday | DayKind::AdjustedWorkday))
            .collect()
    }
}
