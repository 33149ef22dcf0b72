//! What lies after a day for one hall: its next opening and its next walk-in window on the
//! following days. A closed hall's status needs it (most minutes of a year are closed:
//! nights, weekends, holidays), and stepping day by day to find it was a third of a status
//! query. So it is worked out once per hall schedule and calendar day when the engine is
//! built, and read from a table: by the table of answers (`answers.rs`), which is built
//! from it, and by the queries about halls that table does not hold. Days outside the
//! table are stepped as before.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};

use crate::engine::calendar::Calendar;
use crate::engine::schedule::sharing::part_starts;
use crate::engine::schedule::templates::Templates;

/// How many days ahead a closed hall's next opening is searched for.
pub const HORIZON_DAYS: i32 = 60;

/// The most rows the table holds (7 MiB at 28 bytes a row): 239 distinct schedules over
/// three calendar years. The shipped data takes 8 x 1,096 rows (240 KiB), and so do 308
/// halls of the same eight kinds. Halls past it, or most halls under a calendar of a
/// century, are stepped day by day as without a table; the answers are the same.
pub(crate) const MAX_ROWS: usize = 1 << 18;

/// What [`look_ahead`] finds on the days after a date, within [`HORIZON_DAYS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ahead {
    /// The first opening: the start of the first window of the first day with windows.
    pub opening: Option<NaiveDateTime>,
    /// The start of the first walk-in window.
    pub walk_in: Option<NaiveDateTime>,
    /// Every day looked at (up to the walk-in window found) is covered by the calendar.
    pub known: bool,
    /// The opening found is on a Saturday or Sunday of a holiday, in windows no exception
    /// set (an answer naming it rests on reading "holiday weekends").
    pub opening_reading: bool,
    /// The same for the walk-in window found.
    pub walk_in_reading: bool,
}

/// The days after `date`, within the horizon, for a hall with templates `t`: the first
/// opening, the first walk-in window, whether every day looked at was covered by the
/// calendar, and whether each day found is a holiday weekend day. Days are stepped by day
/// number (an array index into the calendar); a date is made only for what is found.
pub(crate) fn look_ahead(calendar: &Calendar, t: &Templates, date: NaiveDate) -> Ahead {
    let day = date.num_days_from_ce();
    let mut ahead = Ahead {
        opening: None,
        walk_in: None,
        known: true,
        opening_reading: false,
        walk_in_reading: false,
    };
    for k in 1..=HORIZON_DAYS {
        let code = calendar.code(day.saturating_add(k));
        ahead.known &= code.known;
        // A day an exception closes is skipped; one it gives windows opens in them.
        let found = t.day(day.saturating_add(k), code.cat);
        let Some(first) = found.spans.first() else {
            continue;
        };
        let reading = code.cat.is_holiday_weekend() && found.exception.is_none();
        let on = || date.checked_add_days(Days::new(u64::from(k.unsigned_abs())));
        if ahead.opening.is_none() {
            ahead.opening = on().map(|d| d.and_time(first.start_t));
            ahead.opening_reading = reading;
        }
        if let Some(w) = first.next_walk_in {
            ahead.walk_in = on().map(|d| d.and_time(w));
            ahead.walk_in_reading = reading;
            break;
        }
    }
    ahead
}

/// [`look_ahead`] of every hall schedule on every day of the calendar's table, in one array.
/// Halls with the same schedule share their rows (`sharing.rs`).
#[derive(Clone, Debug, Default)]
pub(crate) struct Lookahead {
    /// Days per schedule: the calendar's rows, from its first 1 January.
    days: usize,
    /// Per hall (as in `Engine::halls`), where its rows start in `rows`; `None` past
    /// [`MAX_ROWS`].
    start: Vec<Option<usize>>,
    rows: Vec<Ahead>,
}

impl Lookahead {
    /// The table of the halls with these templates under this calendar.
    pub(crate) fn build(calendar: &Calendar, templates: &[Templates]) -> Lookahead {
        let days = calendar.rows();
        let mut rows = Vec::new();
        let Some(first) = calendar.first_date().filter(|_| days > 0) else {
            let start = vec![None; templates.len()];
            return Lookahead { days, start, rows };
        };
        // At most MAX_ROWS / days schedules, so the search for a shared one stays short.
        let start = part_starts(templates, |_, t| {
            let start = rows.len();
            let fits = start + days <= MAX_ROWS;
            let dates = first.iter_days().take(days);
            fits.then(|| rows.extend(dates.map(|date| look_ahead(calendar, t, date))))?;
            Some(start)
        });
        Lookahead { days, start, rows }
    }

    /// The row of hall `hall` on the calendar row `row` (from [`Calendar::row_of`]); `None`
    /// when the table does not hold it.
    #[inline]
    pub(crate) fn get(&self, hall: usize, row: usize) -> Option<&Ahead> {
        if row >= self.days {
            return None;
        }
        let start = (*self.start.get(hall)?)?;
        self.rows.get(start + row)
    }

    /// Whether the table holds the rows of hall `hall`.
    pub(crate) fn holds(&self, hall: usize) -> bool {
        self.start.get(hall).is_some_and(Option::is_some)
    }

    /// The bytes the rows take (for the README's figures and the tests).
    #[allow(dead_code)] // Read by the tests only.
    pub(crate) fn bytes(&self) -> usize {
        self.rows.len() * std::mem::size_of::<Ahead>()
    }
}
