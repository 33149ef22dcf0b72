//! Every status of every calendar day, per hall schedule, worked out when the engine is
//! built. A hall's status changes only at the edges of its windows: between two edges of a
//! day (before opening, in a window, in a break, after closing) every minute has the same
//! answer, dates included. So each day is a few stretches, each with its answer, and a
//! status query finds the stretch of its minute and copies the answer out whole. Worked out
//! at query time (the day's spans, the table of days ahead, a dozen fields chosen one by
//! one), a status took half again as many instructions, and its fields, put together in
//! pieces, were read back across them, which stalls the processor (store forwarding fails).

use chrono::NaiveTime;

use crate::engine::engine::Engine;
use crate::engine::schedule::sharing::part_starts;
use crate::engine::schedule::status::HallStatus;

/// The most stretches the table holds (8.2 MB at 82 bytes a stretch): the shipped data
/// takes 8 schedules x 1,096 days, 39,725 stretches (3.1 MiB), and so do 308 halls of the
/// same eight kinds. Schedules past it are worked out at query time; the answers are the
/// same.
pub(crate) const MAX_STRETCHES: usize = 100_000;

/// The stretches of each calendar day of each hall schedule, with their answers. Halls
/// with the same windows and exception days share them, as they share their rows of the
/// table of days ahead.
#[derive(Clone, Debug, Default)]
pub(crate) struct Answers {
    /// Days per schedule: the calendar's rows.
    days: usize,
    /// Per hall (as in `Engine::halls`), where its schedule's days start in `first`;
    /// `None` when the table does not hold it.
    start: Vec<Option<u32>>,
    /// Per schedule and day, where the day's stretches start in `ends` and `answers`.
    first: Vec<u32>,
    /// The minute of the day at which each stretch ends (the last of a day at `u16::MAX`),
    /// apart from the answers so that finding the minute's stretch reads a few bytes.
    ends: Vec<u16>,
    /// The answer in each stretch, with `hall` 0 (the query sets it).
    answers: Vec<HallStatus>,
}

impl Answers {
    /// The table of the engine's halls, from the status worked out at query time at the
    /// start of each stretch. Only halls whose days ahead the engine holds in its table are
    /// tabled (building the others' would step through the days for every stretch), and
    /// only the schedules before the first that does not fit in [`MAX_STRETCHES`].
    pub(crate) fn build(engine: &Engine) -> Answers {
        let mut table = Answers {
            days: engine.calendar.rows(),
            ..Answers::default()
        };
        // A schedule the table of days ahead does not hold is out too: that table stopped at
        // its own cap, and every schedule after it is past the cap as well.
        table.start = part_starts(&engine.templates, |i, _| {
            engine
                .lookahead
                .holds(i)
                .then(|| table.add_schedule(engine, i))?
        });
        table
    }

    /// Add every day of hall `i`'s schedule; returns where its days start in `first`, or
    /// `None` (and adds nothing) if they do not fit in [`MAX_STRETCHES`].
    fn add_schedule(&mut self, engine: &Engine, i: usize) -> Option<u32> {
        let (days, stretches) = (self.first.len(), self.ends.len());
        let added = self.add_days(engine, i);
        if added.is_none() {
            self.first.truncate(days);
            self.ends.truncate(stretches);
            self.answers.truncate(stretches);
        }
        added.and_then(|()| u32::try_from(days).ok())
    }

    /// Add the days of hall `i`'s schedule, stopping at [`MAX_STRETCHES`] (`None`).
    fn add_days(&mut self, engine: &Engine, i: usize) -> Option<()> {
        let t = engine.templates.get(i)?;
        for date in engine.calendar.first_date()?.iter_days().take(self.days) {
            self.first.push(u32::try_from(self.ends.len()).ok()?);
            let mut add = |from: u16, end: u16| {
                let (h, m) = (u32::from(from / 60), u32::from(from % 60));
                let time = NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
                let mut answer = engine.work_out_status(i, date.and_time(time));
                answer.hall = 0;
                self.ends.push(end);
                self.answers.push(answer);
            };
            // Before each span (unless it starts where the last ended), in it, and after
            // the last.
            let mut from = 0;
            let cat = engine.calendar.code_of(date).cat;
            for s in t.day_of(date, cat).spans {
                if s.start > from {
                    add(from, s.start);
                }
                add(s.start, s.end);
                from = s.end;
            }
            add(from, u16::MAX);
            if self.ends.len() > MAX_STRETCHES {
                return None;
            }
        }
        Some(())
    }

    /// The answer of hall `hall` on the calendar row `row` (from
    /// [`Calendar::row_of`](crate::engine::calendar::Calendar::row_of)) at `minute` of the
    /// day, with `hall` 0; `None` when the table does not hold it.
    #[inline]
    pub(crate) fn get(&self, hall: usize, row: usize, minute: u16) -> Option<&HallStatus> {
        if row >= self.days {
            return None;
        }
        let start = (*self.start.get(hall)?)? as usize;
        let first = *self.first.get(start.checked_add(row)?)? as usize;
        let within = self
            .ends
            .get(first..)?
            .iter()
            .position(|&end| minute < end)?;
        self.answers.get(first.checked_add(within)?)
    }

    /// How many stretches the table holds (for the tests).
    #[allow(dead_code)] // Read by the tests only.
    pub(crate) fn stretches(&self) -> usize {
        self.ends.len()
    }

    /// The bytes the table takes (for the README's figures and the tests).
    #[allow(dead_code)] // Read by the tests only.
    pub(crate) fn bytes(&self) -> usize {
        self.first.len() * 4
            + self.ends.len() * 2
            + self.answers.len() * std::mem::size_of::<HallStatus>()
    }
}
