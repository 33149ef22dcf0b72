//! Human text in two languages.

use serde::{Deserialize, Serialize};

/// Every human-readable text in the data comes in Chinese (the source of truth, as
/// published by the center) and English (for visitors who do not read Chinese), so the page
/// never holds a translation of its own for data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    /// Chinese text, as published.
    pub zh: String,
    /// English text.
    pub en: String,
}

impl Localized {
    /// Whether both languages hold some text (names must; validation uses this).
    pub fn is_complete(&self) -> bool {
        !self.zh.trim().is_empty() && !self.en.trim().is_empty()
    }

    /// Whether `needle` (already lower-cased) occurs in either language, ignoring case.
    pub(crate) fn contains_lower(&self, needle: &str) -> bool {
        self.zh.to_lowercase().contains(needle) || self.en.to_lowercase().contains(needle)
    }
}
