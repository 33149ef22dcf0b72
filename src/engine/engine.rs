//! The engine: validated data plus the tables derived from it (hall index, day templates,
//! days ahead, answers), ready to answer. Built from the data compiled in
//! (`Engine::embedded`, which cannot fail) or from replacement files validated at run time.

use chrono::{Datelike, NaiveDate};

use crate::engine::calendar::{Calendar, DayInfo, DayKind};
use crate::engine::error::EngineError;
use crate::engine::hall_index::HallIndex;
use crate::engine::model::booking::BookingRules;
use crate::engine::model::exception::Exception;
use crate::engine::model::hall::Hall;
use crate::engine::model::matter::Matter;
use crate::engine::model::text::Localized;
use crate::engine::model::{List, Text};
use crate::engine::schedule::answers::Answers;
use crate::engine::schedule::lookahead::Lookahead;
use crate::engine::schedule::templates::Templates;

/// The validated contents of the data files: what build.rs compiles in as a static, and
/// what the loaders return for files read at run time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Data {
    pub(crate) calendar: Calendar,
    pub(crate) halls: List<Hall>,
    pub(crate) matters: List<Matter>,
    pub(crate) booking: BookingRules,
    pub(crate) closing_rule: Option<Localized>,
    pub(crate) source: Option<Text>,
    pub(crate) matters_source: Option<Text>,
    /// Closures and changed hours on given dates (exceptions.json; empty without it).
    pub(crate) exceptions: List<Exception>,
}

/// Validated data (calendar, halls, matters, booking rules) that answers every question.
/// Nothing in it reads a clock: every query takes Beijing wall time as an argument.
///
/// ```
/// use pinggu_hours::engine::{parse_at, Engine, State};
/// let engine = Engine::embedded();
/// let s = engine.status("district", parse_at("2026-03-09T10:00").unwrap()).unwrap();
/// assert_eq!(s.state, State::Open);
/// ```
#[derive(Clone, Debug)]
pub struct Engine {
    pub(crate) calendar: Calendar,
    pub(crate) halls: List<Hall>,
    /// Hall positions by id.
    pub(crate) index: HallIndex,
    pub(crate) templates: Vec<Templates>,
    /// Each hall's next opening and walk-in window after each calendar day, so that a
    /// closed hall's status is a table read rather than a walk through the days ahead.
    pub(crate) lookahead: Lookahead,
    /// Every status of every calendar day, in the stretches of a day in which it does not
    /// change, so that a status is a copy rather than worked out field by field.
    pub(crate) answers: Answers,
    pub(crate) matters: List<Matter>,
    pub(crate) booking: BookingRules,
    pub(crate) closing_rule: Option<Localized>,
    pub(crate) source: Option<Text>,
    pub(crate) matters_source: Option<Text>,
    pub(crate) exceptions: List<Exception>,
}

impl Engine {
    /// The engine over validated data: builds the hall index, the day templates, the table
    /// of days ahead and, from them, the table of answers. Cannot fail; the data was
    /// checked when it was read (or when it was compiled in).
    pub fn from_data(data: Data) -> Engine {
        let mut engine = Engine::without_lookahead(data);
        engine.lookahead = Lookahead::build(&engine.calendar, &engine.templates);
        engine.answers = Answers::build(&engine);
        engine
    }

    /// The engine without the tables of days ahead and of answers: the same answers, each
    /// worked out when asked, a closed hall's next opening found by walking the days. For a
    /// page that asks once per hall and minute (the first module), building the tables
    /// costs more than it saves.
    pub fn without_lookahead(data: Data) -> Engine {
        let index = HallIndex::build(data.halls.iter().map(|h| &*h.id));
        let mut templates: Vec<Templates> = data.halls.iter().map(Templates::of).collect();
        for (number, e) in data.exceptions.iter().enumerate() {
            let day = e.date.num_days_from_ce();
            let workday = data.calendar.code(day).kind.is_legal_workday();
            for (t, hall) in templates.iter_mut().zip(data.halls.iter()) {
                if e.covers(&hall.id) {
                    t.add_exception(day, number, &e.windows, workday);
                }
            }
        }
        Engine {
            templates,
            lookahead: Lookahead::default(),
            answers: Answers::default(),
            index,
            calendar: data.calendar,
            halls: data.halls,
            matters: data.matters,
            booking: data.booking,
            closing_rule: data.closing_rule,
            source: data.source,
            matters_source: data.matters_source,
            exceptions: data.exceptions,
        }
    }

    /// The data this engine answers from (to replace one file and keep the others).
    pub fn data(&self) -> Data {
        Data {
            calendar: self.calendar.clone(),
            halls: self.halls.clone(),
            matters: self.matters.clone(),
            booking: self.booking.clone(),
            closing_rule: self.closing_rule.clone(),
            source: self.source.clone(),
            matters_source: self.matters_source.clone(),
            exceptions: self.exceptions.clone(),
        }
    }

    /// The halls, in the order of halls.json (the display order).
    pub fn halls(&self) -> &[Hall] {
        &self.halls
    }

    /// One hall by id.
    pub fn hall(&self, id: &str) -> Option<&Hall> {
        self.position(id).and_then(|i| self.halls.get(i))
    }

    /// Where the hall with this id is in [`Engine::halls`].
    #[inline]
    fn position(&self, id: &str) -> Option<usize> {
        self.index.find(id, |i| self.halls.get(i).map(|h| &*h.id))
    }

    /// Index of a hall by id, or the error the queries return.
    #[inline]
    pub(crate) fn index(&self, id: &str) -> Result<usize, EngineError> {
        self.position(id).ok_or_else(|| EngineError::UnknownHall {
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

    /// The year whose calendar is due and missing on `today` (see
    /// [`missing_calendar_year`](crate::engine::missing_calendar_year)), so maintainers add
    /// it before its dates go unconfirmed. A year whose file lists no holiday counts as
    /// missing: every yearly notice has some, and holiday-cn publishes an empty placeholder
    /// before the notice is out.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use pinggu_hours::engine::Engine;
    /// let engine = Engine::embedded(); // calendars 2024 to 2026
    /// assert_eq!(engine.missing_calendar_year(NaiveDate::from_ymd_opt(2026, 10, 31).unwrap()), None);
    /// assert_eq!(engine.missing_calendar_year(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()), Some(2027));
    /// ```
    pub fn missing_calendar_year(&self, today: NaiveDate) -> Option<i32> {
        let years: Vec<i32> = self
            .calendar
            .years()
            .iter()
            .copied()
            .filter(|&y| {
                NaiveDate::from_ymd_opt(y, 1, 1).is_some_and(|first| {
                    self.upcoming_special_days(first, 366)
                        .iter()
                        .any(|d| d.kind == DayKind::Holiday && d.date.year() == y)
                })
            })
            .collect();
        crate::engine::calendar::missing_calendar_year(&years, today)
    }

    /// The notices the calendar files cite (their `papers`), for the page's source line.
    pub fn calendar_papers(&self) -> &[Text] {
        self.calendar.papers()
    }

    /// What kind of day a date is.
    ///
    /// ```
    /// use chrono::{Datelike, NaiveDate};
    /// use pinggu_hours::engine::{DayKind, Engine};
    /// let engine = Engine::embedded();
    /// let d = engine.day(NaiveDate::from_ymd_opt(2026, 10, 10).unwrap());
    /// assert_eq!(d.kind, DayKind::AdjustedWorkday);
    /// assert_eq!(d.holiday.as_deref(), Some("国庆节"));
    /// assert!(!engine.day(NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()).calendar_known);
    /// ```
    pub fn day(&self, date: NaiveDate) -> DayInfo {
        self.calendar.info(date)
    }

    /// Every exception of exceptions.json (closures and changed hours on given dates), in
    /// file order: [`HallStatus::exception`](crate::engine::HallStatus::exception) indexes it.
    pub fn exceptions(&self) -> &[Exception] {
        &self.exceptions
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
