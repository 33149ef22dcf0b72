//! Per-hall day templates: the merged spans of one day for each day category, computed
//! once when the data is loaded so that a status query is an array read and a short scan.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use super::calendar::{Category, CATEGORIES};
use super::hall::{Appointment, Hall, WeekendDay};
use super::sorted::insert_by_key;
use super::timefmt::minute_of_day;

/// What a hall is doing at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Regular hours.
    Open,
    /// An extended window, on a workday or a weekend.
    Extended,
    /// Not serving.
    Closed,
}

impl State {
    /// The one spelling of this value outside Rust (serde's snake_case): the JSON answers and
    /// the page's `data-*` hooks that integrators match on.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Open => "open",
            State::Extended => "extended",
            State::Closed => "closed",
        }
    }
}

/// One merged span of a day template, with minutes for scanning and times for answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SpanM {
    pub start: u16,
    pub end: u16,
    pub start_t: NaiveTime,
    pub end_t: NaiveTime,
    pub state: State,
    pub appointment: Appointment,
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
        for w in &hall.regular {
            workday.push(span(w.start, w.end, State::Open, w.appointment));
        }
        for w in &hall.extended {
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
    }
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
    out
}
