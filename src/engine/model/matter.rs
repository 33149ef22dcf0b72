//! The weekend service matter list (周末延时服务事项清单, Article 6(3)), read and checked from
//! matters.json. The center replaces this file as the list changes.

use crate::engine::model::spelling::spelled_enum;
use crate::engine::model::text::Localized;
use crate::engine::model::{List, Text};
use serde::Serialize;

spelled_enum! {
    /// How a matter is decided (Article 6).
    pub enum MatterKind {
        /// 即办类: decided on the spot.
        Immediate = "immediate",
        /// 一日办结类: finished within the day.
        OneDay = "one_day",
        /// 承办类: accepted now, decided within a time limit of legal workdays.
        Undertaken = "undertaken",
    }
}

/// The flags of a matter that change its weekend service level (Article 6; docs/rules.md section 5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
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
    pub id: Text,
    /// True for the starter list shipped with the widget: not the center's published list.
    pub sample: bool,
    /// Name of the matter.
    pub name: Localized,
    /// Id of the hall where it is handled.
    pub hall: Text,
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
    pub materials: List<Localized>,
    /// Where it is handled, when it is not simply the hall.
    pub place: Option<Localized>,
    /// How to book, when it differs from the center's booking rules.
    pub booking: Option<Localized>,
    /// Other words residents use for it (户口 for 出生登记, "ID card"), searched with its name.
    pub keywords: Keywords,
}

/// The words residents use for a matter besides its official name, per language: synonyms
/// and common short forms, so a search in everyday words finds it. Data, like the names.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Keywords {
    /// Chinese words (户口, 社保).
    pub zh: List<Text>,
    /// English words (hukou, ID card).
    pub en: List<Text>,
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
