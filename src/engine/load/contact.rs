//! Checking the contact fields the page turns into links (`tel:` and web addresses). Data
//! is edited by hand and may come from a URL at run time, so a value that is not plainly a
//! phone number or an `https://` address is rejected rather than put in a link.

use crate::engine::error::DataError;
use crate::engine::load::object::Obj;
use crate::engine::model::Text;

/// An optional phone number: digits, spaces, `+`, `-` and parentheses, with at least three
/// digits. Empty text means unknown (`None`).
pub(crate) fn phone(o: &Obj, key: &str, errors: &mut Vec<DataError>) -> Option<Text> {
    let text = trimmed(o.opt_string(key, errors))?;
    let allowed = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    if allowed && text.chars().filter(char::is_ascii_digit).count() >= 3 {
        return Some(text.into());
    }
    errors.push(DataError::new(
        o.path(key),
        format!("{text:?} is not a phone number (digits, spaces, + - and parentheses)"),
    ));
    None
}

/// An optional web address: `https://` followed by printable characters that cannot end an
/// attribute or hide a second address. Empty text means unknown (`None`).
pub(crate) fn https_url(o: &Obj, key: &str, errors: &mut Vec<DataError>) -> Option<Text> {
    let text = trimmed(o.opt_string(key, errors))?;
    let rest = text.strip_prefix("https://").unwrap_or_default();
    let clean = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`'));
    if clean {
        return Some(text.into());
    }
    errors.push(DataError::new(
        o.path(key),
        format!("{text:?} is not an https:// address"),
    ));
    None
}

/// Trimmed text, `None` when empty (unknown).
pub(crate) fn trimmed(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}
