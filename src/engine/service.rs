//! What can be handled when (Article 6, spec section 5), and finding matters.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::calendar::Category;
use super::engine::Engine;
use super::error::EngineError;
use super::hall::WeekendScope;
use super::matter::{Matter, MatterFlags, MatterKind};
use super::schedule::State;
use super::text::fold_case;

/// How far a matter can be taken at a given time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceLevel {
    /// Formally accepted (受理) on the spot: immediate and one-day matters are completed, an
    /// undertaken one starts its time limit.
    Full,
    /// Materials received; accepted and handled from the next legal workday.
    IntakeOnly,
    /// Questions answered only.
    ConsultOnly,
    /// The hall is closed.
    Unavailable,
}

impl ServiceLevel {
    /// The one spelling of this value outside Rust (serde's snake_case): the JSON answers and
    /// the page's `data-*` hooks that integrators match on.
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceLevel::Full => "full",
            ServiceLevel::IntakeOnly => "intake_only",
            ServiceLevel::ConsultOnly => "consult_only",
            ServiceLevel::Unavailable => "unavailable",
        }
    }
}

/// The level in a weekend window (spec section 5).
pub(crate) fn weekend_level(
    scope: WeekendScope,
    kind: MatterKind,
    flags: MatterFlags,
) -> ServiceLevel {
    match scope {
        WeekendScope::Center => {
            let accepted = matches!(kind, MatterKind::Immediate | MatterKind::OneDay) || flags.hot;
            if accepted && !flags.system_restricted {
                ServiceLevel::Full
            } else if kind == MatterKind::Undertaken {
                ServiceLevel::IntakeOnly
            } else {
                ServiceLevel::ConsultOnly
            }
        }
        WeekendScope::Township => {
            if kind == MatterKind::Immediate && flags.livelihood && !flags.system_restricted {
                ServiceLevel::Full
            } else if kind == MatterKind::Undertaken {
                ServiceLevel::IntakeOnly
            } else {
                ServiceLevel::ConsultOnly
            }
        }
    }
}

impl Engine {
    /// The service level of a matter of `kind` with `flags` at a hall at a time. In regular
    /// hours and workday extended windows every matter is `full`; in a weekend window it
    /// depends on the hall's `weekend_scope`; closed is `unavailable`. An appointment-only
    /// window is assumed booked (see [`Engine::booking`]).
    ///
    /// ```
    /// use pinggu_hours::engine::{parse_at, Engine, MatterFlags, MatterKind, ServiceLevel};
    /// let engine = Engine::embedded().unwrap();
    /// let sat = parse_at("2026-03-07T10:00").unwrap();
    /// let plain = MatterFlags::default();
    /// let level = engine.service_level("exit_entry", MatterKind::Undertaken, plain, sat).unwrap();
    /// assert_eq!(level, ServiceLevel::IntakeOnly);
    /// ```
    pub fn service_level(
        &self,
        hall: &str,
        kind: MatterKind,
        flags: MatterFlags,
        at: NaiveDateTime,
    ) -> Result<ServiceLevel, EngineError> {
        let i = self.index(hall)?;
        let status = self.status_of(i, at);
        if status.state == State::Closed {
            return Ok(ServiceLevel::Unavailable);
        }
        let cat = self
            .calendar
            .code(chrono::Datelike::num_days_from_ce(&at.date()))
            .cat;
        if cat == Category::Workday {
            return Ok(ServiceLevel::Full);
        }
        let scope = self
            .halls
            .get(i)
            .map_or(WeekendScope::Township, |h| h.weekend_scope);
        Ok(weekend_level(scope, kind, flags))
    }

    /// The service level of a listed matter at its hall.
    pub fn matter_service_level(
        &self,
        matter: &Matter,
        at: NaiveDateTime,
    ) -> Result<ServiceLevel, EngineError> {
        self.service_level(&matter.hall, matter.kind, matter.flags(), at)
    }

    /// Matters whose Chinese or English name (or id) contains `query`, ignoring case,
    /// optionally only those of one hall. An empty query lists them all.
    ///
    /// ```
    /// use pinggu_hours::engine::Engine;
    /// let engine = Engine::embedded().unwrap();
    /// assert!(engine.find_matters("护照", None).iter().any(|m| m.hall == "exit_entry"));
    /// assert!(!engine.find_matters("PASSPORT", Some("exit_entry")).is_empty());
    /// ```
    pub fn find_matters(&self, query: &str, hall: Option<&str>) -> Vec<&Matter> {
        let q = fold_case(query.trim());
        self.matters
            .iter()
            .filter(|m| hall.is_none_or(|h| m.hall == h))
            .filter(|m| q.is_empty() || m.name.contains_folded(&q) || m.id.contains(&q))
            .collect()
    }
}
