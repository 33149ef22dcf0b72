//! Summaries for a visitor who scans rather than reads: how many halls serve at a moment,
//! which come first when the visitor asks for "open first", and a hall's ordinary week in one
//! line ("周一至周五8:30–17:30（含延时）；周六9:00–13:00需预约").

use crate::engine::sorted::insert_by_key;
use chrono::{NaiveTime, Weekday};

use crate::engine::calendar::Category;
use crate::engine::engine::Engine;
use crate::engine::error::EngineError;
use crate::engine::model::hall::Appointment;
use crate::engine::schedule::status::HallStatus;
use crate::engine::schedule::templates::{SpanM, State};

/// How many of a set of halls serve at one moment, for the line on top of the hall list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ServingCount {
    /// Halls counted.
    pub halls: usize,
    /// Halls serving anyone (walk-in or booked visitors).
    pub serving: usize,
    /// Halls serving walk-ins.
    pub walk_in: usize,
}

impl ServingCount {
    /// Counts the statuses of one moment.
    pub fn of(statuses: &[HallStatus]) -> ServingCount {
        ServingCount {
            halls: statuses.len(),
            serving: statuses.iter().filter(|s| s.appointment.is_some()).count(),
            walk_in: statuses
                .iter()
                .filter(|s| s.appointment == Some(Appointment::WalkIn))
                .count(),
        }
    }
}

impl HallStatus {
    /// Where the hall goes when the list is ordered "open first": halls serving walk-ins (0),
    /// then halls serving booked visitors only (1), then closed halls (2). A stable sort on
    /// this keeps the data order within each group.
    pub fn open_first_rank(&self) -> u8 {
        match self.appointment {
            Some(Appointment::WalkIn) => 0,
            Some(Appointment::Required) => 1,
            None => 2,
        }
    }

    /// `statuses` ordered "open first", the data order kept within each group. Built by
    /// binary-search inserts rather than the standard sort, whose generic code would weigh
    /// a few KB in the page's wasm for eight cards.
    pub fn open_first(statuses: &[HallStatus]) -> Vec<&HallStatus> {
        let mut out = Vec::with_capacity(statuses.len());
        for s in statuses {
            insert_by_key(&mut out, s, |s| s.open_first_rank());
        }
        out
    }
}

/// A stretch of a day in a week summary: windows that touch and share one appointment rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// First minute.
    pub start: NaiveTime,
    /// First minute after.
    pub end: NaiveTime,
    /// Whether a booking is needed.
    pub appointment: Appointment,
    /// Whether an extended window is part of it ("含延时").
    pub extended: bool,
}

/// Consecutive weekdays of an ordinary week (no holiday, no adjusted workday) with the same
/// runs. Days without any window belong to no group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekGroup {
    /// The first day of the group.
    pub first: Weekday,
    /// The last day (equal to `first` for a single day).
    pub last: Weekday,
    /// Number of days in the group.
    pub days: u8,
    /// The runs of each of these days, in time order.
    pub runs: Vec<Run>,
}

/// Monday to Sunday, with the schedule each follows in an ordinary week.
const ORDINARY_WEEK: [(Weekday, Category); 7] = [
    (Weekday::Mon, Category::Workday),
    (Weekday::Tue, Category::Workday),
    (Weekday::Wed, Category::Workday),
    (Weekday::Thu, Category::Workday),
    (Weekday::Fri, Category::Workday),
    (Weekday::Sat, Category::Sat),
    (Weekday::Sun, Category::Sun),
];

impl Engine {
    /// A hall's ordinary week in groups of days with the same hours, for a one-line summary
    /// at the head of the hall's page; holidays and adjusted workdays are in its timetable.
    ///
    /// ```
    /// use chrono::Weekday;
    /// use pinggu_hours::engine::{Appointment, Engine};
    /// let week = Engine::embedded().week_summary("district").unwrap();
    /// assert_eq!((week[0].first, week[0].last, week[0].days), (Weekday::Mon, Weekday::Fri, 5));
    /// assert_eq!(week[0].runs.len(), 1); // 08:30-17:30, regular and extended back to back
    /// assert_eq!(week[1].runs[0].appointment, Appointment::Required); // Saturday 09:00-13:00
    /// ```
    pub fn week_summary(&self, hall: &str) -> Result<Vec<WeekGroup>, EngineError> {
        let t = self.templates.get(self.index(hall)?);
        let mut groups: Vec<WeekGroup> = Vec::new();
        let mut previous_had_runs = false;
        for (day, cat) in ORDINARY_WEEK {
            let runs = runs_of(t.map(|t| t.spans(cat)).unwrap_or(&[]));
            if runs.is_empty() {
                previous_had_runs = false;
                continue;
            }
            match groups.last_mut() {
                Some(g) if previous_had_runs && g.runs == runs => {
                    g.last = day;
                    g.days = g.days.saturating_add(1);
                }
                _ => groups.push(WeekGroup {
                    first: day,
                    last: day,
                    days: 1,
                    runs,
                }),
            }
            previous_had_runs = true;
        }
        Ok(groups)
    }
}

/// Joins touching spans with the same appointment rule.
fn runs_of(spans: &[SpanM]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for s in spans {
        let extended = s.state == State::Extended;
        match runs.last_mut() {
            Some(r) if r.end == s.start_t && r.appointment == s.appointment => {
                r.end = s.end_t;
                r.extended |= extended;
            }
            _ => runs.push(Run {
                start: s.start_t,
                end: s.end_t,
                appointment: s.appointment,
                extended,
            }),
        }
    }
    runs
}
