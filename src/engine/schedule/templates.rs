//! Per-hall day templates: the merged spans of one day for each day category, computed
//! once when the data is loaded so that a status query is an array read and a short scan.

use crate::engine::model::spelling::spelled_enum;
use chrono::NaiveTime;

use crate::engine::calendar::{Category, CATEGORIES};
use crate::engine::model::hall::{Appointment, Hall, WeekendDay};
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

/// The day templates of one hall.
#[derive(Clone, Debug, Default)]
pub(crate) struct Templates {
    by_cat: [Vec<SpanM>; CATEGORIES],
    /// End minute of the last workday span, when the hall has the closing rule.
    pub closing: Option<u16>,
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
