//! Human text in two languages.

use serde::Serialize;

use crate::engine::model::Text;

/// Every human-readable text in the data comes in Chinese (the source of truth, as
/// published by the center) and English (for visitors who do not read Chinese), so the page
/// never holds a translation of its own for data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Localized {
    /// Chinese text, as published.
    pub zh: Text,
    /// English text.
    pub en: Text,
}

impl Localized {
    /// Whether both languages hold some text (names must; validation uses this).
    pub fn is_complete(&self) -> bool {
        !self.zh.trim().is_empty() && !self.en.trim().is_empty()
    }

    /// Whether `needle` (already folded with [`fold_case`]) occurs in either language,
    /// ignoring case.
    pub(crate) fn contains_folded(&self, needle: &str) -> bool {
        fold_case(&self.zh).contains(needle) || fold_case(&self.en).contains(needle)
    }
}

/// Folds ASCII letters to lower case for search. Chinese has no case and the English names
/// are ASCII; full Unicode lower-casing would add its case tables (about 7 KB gzip) to the
/// page for no visible gain.
pub(crate) fn fold_case(text: &str) -> String {
    text.to_ascii_lowercase()
}
