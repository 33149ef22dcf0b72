//! The weekend service matter list (周末延时服务事项清单, Article 6(3)), read and checked from
//! matters.json. The center replaces this file as the list changes.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::DataError;
use super::raw::{from_value_at, RawMatter};
use super::text::Localized;

/// How a matter is decided (Article 6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatterKind {
    /// 即办类: decided on the spot.
    Immediate,
    /// 一日办结类: finished within the day.
    OneDay,
    /// 承办类: accepted now, decided within a time limit of legal workdays.
    Undertaken,
}

/// The flags of a matter that change its weekend service level (spec section 5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MatterFlags {
    /// 热点高频: in high demand.
    pub hot: bool,
    /// 民生类: close to daily life.
    pub livelihood: bool,
    /// The approval system cannot take it on a weekend.
    pub system_restricted: bool,
}

/// One matter a visitor may come for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Matter {
    /// Stable id, unique in the list.
    pub id: String,
    /// True for the starter list shipped with the widget: not the center's published list.
    pub sample: bool,
    /// Name of the matter.
    pub name: Localized,
    /// Id of the hall where it is handled.
    pub hall: String,
    /// The handling unit (办理单位).
    pub unit: Localized,
    /// How it is decided.
    pub kind: MatterKind,
    /// Time limit in legal workdays; present exactly for `undertaken` matters.
    pub time_limit_days: Option<u32>,
    /// 热点高频.
    pub hot: bool,
    /// 民生类.
    pub livelihood: bool,
    /// Not possible on a weekend because of the approval system.
    pub system_restricted: bool,
    /// What to bring.
    pub materials: Vec<Localized>,
    /// Where it is handled, when it is not simply the hall.
    pub place: Option<Localized>,
    /// How to book, when it differs from the center's booking rules.
    pub booking: Option<Localized>,
}

impl Matter {
    /// The flags that decide its weekend service level.
    pub fn flags(&self) -> MatterFlags {
        MatterFlags {
            hot: self.hot,
            livelihood: self.livelihood,
            system_restricted: self.system_restricted,
        }
    }
}

/// Longest time limit accepted, in legal workdays (about fourteen years).
pub(crate) const MAX_DAYS: u32 = 3650;

/// Read and check the matters against the declared hall ids (`None`: halls.json is
/// unreadable, so that check is skipped rather than failing every matter). A time limit is required on
/// an undertaken matter and rejected on any other (it would mean the kind is wrong).
pub(crate) fn matters(
    values: &[Value],
    hall_ids: Option<&[String]>,
    errors: &mut Vec<DataError>,
) -> Vec<Matter> {
    let mut out: Vec<Matter> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let path = format!("matters[{i}]");
        let raw: RawMatter = match from_value_at(v, &path) {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let before = errors.len();
        let duplicate = seen.contains(&raw.id);
        seen.push(raw.id.clone());
        if raw.id.trim().is_empty() {
            errors.push(DataError::new(format!("{path}.id"), "empty id"));
        } else if duplicate {
            errors.push(DataError::new(
                format!("{path}.id"),
                format!("duplicate matter id {:?}", raw.id),
            ));
        }
        if !raw.name.is_complete() {
            errors.push(DataError::new(
                format!("{path}.name"),
                "the name needs both zh and en",
            ));
        }
        if !raw.unit.is_complete() {
            errors.push(DataError::new(
                format!("{path}.unit"),
                "the handling unit needs both zh and en",
            ));
        }
        if hall_ids.is_some_and(|ids| !ids.contains(&raw.hall)) {
            errors.push(DataError::new(
                format!("{path}.hall"),
                format!("unknown hall id {:?}", raw.hall),
            ));
        }
        match (raw.kind, raw.time_limit_days) {
            (MatterKind::Undertaken, None) => errors.push(DataError::new(
                format!("{path}.time_limit_days"),
                "an undertaken matter needs its time limit in legal workdays",
            )),
            (MatterKind::Undertaken, Some(d)) if d == 0 || d > MAX_DAYS => {
                errors.push(DataError::new(
                    format!("{path}.time_limit_days"),
                    format!("{d} is not from 1 to {MAX_DAYS}"),
                ))
            }
            (MatterKind::Immediate | MatterKind::OneDay, Some(_)) => errors.push(DataError::new(
                format!("{path}.time_limit_days"),
                "only an undertaken matter has a time limit",
            )),
            _ => {}
        }
        for (j, m) in raw.materials.iter().enumerate() {
            if !m.is_complete() {
                errors.push(DataError::new(
                    format!("{path}.materials[{j}]"),
                    "a material needs both zh and en",
                ));
            }
        }
        if errors.len() > before {
            continue;
        }
        out.push(Matter {
            id: raw.id,
            sample: raw.sample,
            name: raw.name,
            hall: raw.hall,
            unit: raw.unit,
            kind: raw.kind,
            time_limit_days: raw.time_limit_days,
            hot: raw.hot,
            livelihood: raw.livelihood,
            system_restricted: raw.system_restricted,
            materials: raw.materials,
            place: raw.place,
            booking: raw.booking,
        });
    }
    out
}
