//! What can be handled when (Article 6, Article 6; docs/rules.md section 5), and finding matters.

use crate::engine::model::spelling::spelled_enum;
use chrono::NaiveDateTime;

use crate::engine::calendar::Category;
use crate::engine::engine::Engine;
use crate::engine::error::EngineError;
use crate::engine::model::hall::{Hall, WeekendScope};
use crate::engine::model::matter::{Matter, MatterFlags, MatterKind};
use crate::engine::model::text::fold_case;
use crate::engine::schedule::templates::State;

spelled_enum! {
    /// How far a matter can be taken at a given time.
    pub enum ServiceLevel {
        /// Formally accepted (受理) on the spot: immediate and one-day matters are completed, an
        /// undertaken one starts its time limit.
        Full = "full",
        /// Materials received; accepted and handled from the next legal workday.
        IntakeOnly = "intake_only",
        /// Questions answered only.
        ConsultOnly = "consult_only",
        /// The hall is closed.
        Unavailable = "unavailable",
    }
}

/// The level in a weekend window (Article 6; docs/rules.md section 5).
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
    /// let engine = Engine::embedded();
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

    /// The halls the matter list has matters for, in data order: the halls the finder offers
    /// to browse. A hall with none (a village station, Article 8, of which there may be
    /// hundreds) would only lead to an empty list.
    ///
    /// ```
    /// use pinggu_hours::engine::Engine;
    /// let engine = Engine::embedded();
    /// assert_eq!(engine.halls_with_matters().len(), engine.halls().len());
    /// ```
    pub fn halls_with_matters(&self) -> Vec<&Hall> {
        let has_matters = |h: &&Hall| self.matters.iter().any(|m| m.hall == h.id);
        self.halls.iter().filter(has_matters).collect()
    }

    /// Matters that `query` names, ignoring case: by their Chinese or English name, their
    /// keywords (the words residents use: 户口, 社保, hukou, ID card), their id, or the name
    /// of their hall (户政 finds the household registration hall's matters); optionally only
    /// those of one hall. In data order; an empty query lists them all.
    ///
    /// ```
    /// use pinggu_hours::engine::Engine;
    /// let engine = Engine::embedded();
    /// assert!(engine.find_matters("护照", None).iter().any(|m| m.hall == "exit_entry"));
    /// assert!(!engine.find_matters("PASSPORT", Some("exit_entry")).is_empty());
    /// assert!(engine.find_matters("户口", None).iter().any(|m| m.hall == "household"));
    /// ```
    pub fn find_matters(&self, query: &str, hall: Option<&str>) -> Vec<&Matter> {
        let q = fold_case(query.trim());
        let hall_named = |id: &str| {
            self.halls
                .iter()
                .any(|h| h.id == id && h.name.contains_folded(&q))
        };
        let keyword = |m: &Matter| {
            let words = m.keywords.zh.iter().chain(m.keywords.en.iter());
            words.map(|w| fold_case(w)).any(|w| w.contains(&q))
        };
        self.matters
            .iter()
            .filter(|m| hall.is_none_or(|h| m.hall == h))
            .filter(|m| {
                q.is_empty()
                    || m.name.contains_folded(&q)
                    || keyword(m)
                    || m.id.contains(&q)
                    || hall_named(&m.hall)
            })
            .collect()
    }
}
