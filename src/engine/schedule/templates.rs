//! Per-hall day templates: the merged spans of one day for each day category, computed
//! once when the data is loaded so that a status query is an array read and a short scan.
//! The dates of exceptions.json that concern a hall are kept with its templates, already
//! merged, in a short list sorted by day: a hall without any costs a query one length check.

use crate::engine::model::spelling::spelled_enum;
use chrono::{Datelike, NaiveDate, NaiveTime};

use crate::engine::calendar::{Category, CATEGORIES};
use crate::engine::model::hall::{Appointment, Hall, WeekendDay, Window};
use crate::engine::sorted::insert_by_key;
use crate::engine::time::minute_of_day;

spelled_enum! {
    /// What a hall is doing at a time.
    pub enum State {
        /// Regular hours.
        Open = "open",
        /// An extended window, on a workday or a weekend.
        Extended = "extended",
        /// Not serving.
        Closed = "closed",
    }
}

spelled_enum! {
    /// Why a hall is closed at a time: the page words each differently ("午间休息，14:00起办理",
    /// "今日9:00起", "今日办理已结束", "周日不办公").
    pub enum Closure {
        /// Before the first window of a day with windows.
        BeforeOpening = "before_opening",
        /// A gap between two windows of the day that holds 12:00 (the midday break).
        LunchBreak = "lunch_break",
        /// Any other gap between two windows of the day.
        Break = "break",
        /// After the last window of a day with windows.
        AfterClosing = "after_closing",
        /// No window at all on that day (a Sunday, a holiday).
        ClosedDay = "closed_day",
        /// Closed all day by an exception (exceptions.json), for the reason it gives.
        Exception = "exception",
    }
}

/// Noon, in minutes of the day: a gap that holds it is the midday break.
const NOON: u16 = 12 * 60;

/// One merged span of a day template, with minutes for scanning and times for answers, and
/// what a status needs about its neighbours, worked out once per template so that a query
/// stays an array read and a short scan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SpanM {
    pub start: u16,
    pub end: u16,
    pub start_t: NaiveTime,
    pub end_t: NaiveTime,
    pub state: State,
    pub appointment: Appointment,
    /// For a walk-in span: the end of the unbroken run of walk-in spans from it (spans that
    /// touch, regular or extended). Equal to `end_t` for a span that needs a booking.
    pub walk_in_end: NaiveTime,
    /// The start of the first walk-in span at or after this one on the same day.
    pub next_walk_in: Option<NaiveTime>,
    /// Why the hall is closed just before this span (before opening, or a break).
    pub closed_before: Closure,
}

/// A date on which an exception sets a hall's spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ExceptionDay {
    /// Day number (`num_days_from_ce`).
    day: i32,
    /// Merged spans; empty when the hall is closed that day.
    spans: Vec<SpanM>,
    /// Position of the exception in exceptions.json.
    exception: usize,
}

/// A day of one hall as the answers read it: its merged spans and, when an exception sets
/// them, the exception's position in exceptions.json.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DaySpans<'t> {
    pub spans: &'t [SpanM],
    pub exception: Option<usize>,
}

/// The day templates of one hall (equal for halls with the same windows and exception
/// days, which then share their rows of the table of days ahead).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Templates {
    by_cat: [Vec<SpanM>; CATEGORIES],
    /// End minute of the last workday span, when the hall has the closing rule.
    pub closing: Option<u16>,
    /// The hall's exception days, sorted by day.
    exceptions: Vec<ExceptionDay>,
}

impl Templates {
    /// Build the templates of a hall. Windows are assumed validated (no overlaps); even if
    /// they overlapped nothing would panic, spans would merely be odd.
    pub(crate) fn of(hall: &Hall) -> Templates {
        let mut t = Templates::default();
        let mut workday: Vec<SpanM> = Vec::new();
        for w in hall.regular.iter() {
            workday.push(span(w.start, w.end, State::Open, w.appointment));
        }
        for w in hall.extended.iter() {
            workday.push(span(w.start, w.end, State::Extended, w.appointment));
        }
        let weekend = |day: WeekendDay, holiday: bool| -> Vec<SpanM> {
            hall.weekend
                .iter()
                .filter(|w| w.days.contains(&day) && !(holiday && w.not_on_holidays))
                .map(|w| span(w.start, w.end, State::Extended, w.appointment))
                .collect()
        };
        t.closing = if hall.closing_rule {
            workday.iter().map(|s| s.end).max()
        } else {
            None
        };
        t.by_cat = [
            merge(workday),
            merge(weekend(WeekendDay::Sat, false)),
            merge(weekend(WeekendDay::Sat, true)),
            merge(weekend(WeekendDay::Sun, false)),
            merge(weekend(WeekendDay::Sun, true)),
            Vec::new(),
        ];
        t
    }

    /// Add the exception at position `exception` on day number `day`: `windows` replace the
    /// hall's own, as regular hours on a legal workday (`workday`) and extended windows on any
    /// other day (reading: exception days, docs/rules.md). A second exception on a day already
    /// held is ignored (validation refuses it).
    pub(crate) fn add_exception(
        &mut self,
        day: i32,
        exception: usize,
        windows: &[Window],
        workday: bool,
    ) {
        let state = if workday {
            State::Open
        } else {
            State::Extended
        };
        let at = self.exceptions.partition_point(|e| e.day < day);
        if self.exceptions.get(at).is_some_and(|e| e.day == day) {
            return;
        }
        let spans = windows
            .iter()
            .map(|w| span(w.start, w.end, state, w.appointment))
            .collect();
        let spans = merge(spans);
        self.exceptions.insert(
            at,
            ExceptionDay {
                day,
                spans,
                exception,
            },
        );
    }

    /// The hall's day with number `day` (`num_days_from_ce`) of category `cat`: the
    /// exception's spans on an exception day, else the template's.
    #[inline]
    pub(crate) fn day(&self, day: i32, cat: Category) -> DaySpans<'_> {
        if !self.exceptions.is_empty() {
            if let Ok(i) = self.exceptions.binary_search_by_key(&day, |e| e.day) {
                if let Some(e) = self.exceptions.get(i) {
                    return DaySpans {
                        spans: &e.spans,
                        exception: Some(e.exception),
                    };
                }
            }
        }
        DaySpans {
            spans: self.spans(cat),
            exception: None,
        }
    }

    /// [`Templates::day`] of a date: its day number is worked out only for a hall with
    /// exception days.
    #[inline]
    pub(crate) fn day_of(&self, date: NaiveDate, cat: Category) -> DaySpans<'_> {
        if self.exceptions.is_empty() {
            return DaySpans {
                spans: self.spans(cat),
                exception: None,
            };
        }
        self.day(date.num_days_from_ce(), cat)
    }

    /// The hall's exception days from day number `from` on, before `end`: (day number,
    /// position in exceptions.json).
    pub(crate) fn exception_days(
        &self,
        from: i32,
        end: i32,
    ) -> impl Iterator<Item = (i32, usize)> + '_ {
        let first = self.exceptions.partition_point(|e| e.day < from);
        self.exceptions
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |e| e.day < end)
            .map(|e| (e.day, e.exception))
    }

    /// The spans of a day category, sorted and merged.
    #[inline]
    pub(crate) fn spans(&self, cat: Category) -> &[SpanM] {
        self.by_cat
            .get(cat as usize)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

fn span(start: NaiveTime, end: NaiveTime, state: State, appointment: Appointment) -> SpanM {
    SpanM {
        start: minute_of_day(start),
        end: minute_of_day(end),
        start_t: start,
        end_t: end,
        state,
        appointment,
        walk_in_end: end,
        next_walk_in: None,
        closed_before: Closure::BeforeOpening,
    }
}

/// Fill in what each span of a merged day needs about its neighbours: the end of its walk-in
/// run, the next walk-in start, and the kind of closed gap before it.
fn link(mut spans: Vec<SpanM>) -> Vec<SpanM> {
    let mut run_end: Option<(u16, NaiveTime)> = None;
    let mut next_walk_in: Option<NaiveTime> = None;
    for i in (0..spans.len()).rev() {
        let before = i.checked_sub(1).and_then(|j| spans.get(j)).map(|p| p.end);
        let Some(s) = spans.get_mut(i) else {
            continue;
        };
        if s.appointment == Appointment::WalkIn {
            let (end, end_t) = match run_end {
                Some((start_of_next, end_t)) if start_of_next == s.end => (s.start, end_t),
                _ => (s.start, s.end_t),
            };
            s.walk_in_end = end_t;
            run_end = Some((end, end_t));
            next_walk_in = Some(s.start_t);
        } else {
            run_end = None;
        }
        s.next_walk_in = next_walk_in;
        s.closed_before = match before {
            None => Closure::BeforeOpening,
            Some(gap_start) if gap_start <= NOON && NOON < s.start => Closure::LunchBreak,
            Some(_) => Closure::Break,
        };
    }
    spans
}

/// Sort spans and join neighbours with the same state and appointment.
fn merge(unsorted: Vec<SpanM>) -> Vec<SpanM> {
    let mut spans = Vec::with_capacity(unsorted.len());
    for s in unsorted {
        insert_by_key(&mut spans, s, |s| s.start);
    }
    let mut out: Vec<SpanM> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last)
                if last.end == s.start
                    && last.state == s.state
                    && last.appointment == s.appointment =>
            {
                last.end = s.end;
                last.end_t = s.end_t;
            }
            _ => out.push(s),
        }
    }
    link(out)
}
