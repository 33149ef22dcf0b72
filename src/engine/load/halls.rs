//! Reading and checking the halls of halls.json: every bad field, empty name and duplicate
//! id is reported with its JSON path (windows are read in `window_check`).

use crate::engine::error::DataError;
use crate::engine::load::contact;
use crate::engine::load::object::Obj;
use crate::engine::load::value::Value;
use crate::engine::load::walk::localized;
use crate::engine::load::windows::{
    check_overlaps, extended_window, regular_window, weekend_window,
};
use crate::engine::model::hall::{Contact, Hall, HallLevel, WeekendScope};
use crate::engine::model::text::Localized;
use crate::engine::sorted::repeated;

/// Text in either language, `None` when both are empty (unknown).
fn optional_localized(v: Option<Localized>) -> Option<Localized> {
    v.filter(|l| !l.zh.trim().is_empty() || !l.en.trim().is_empty())
}

/// Fields of a contact object.
const CONTACT_FIELDS: &[&str] = &["address", "phone", "booking_url"];

/// Contact details; empty text counts as unknown.
fn contact(v: &Value, path: String, errors: &mut Vec<DataError>) -> Option<Contact> {
    let o = Obj::at(v, path, "a contact object", errors)?;
    o.only(CONTACT_FIELDS, errors);
    Some(Contact {
        address: optional_localized(o.opt_localized("address", errors)),
        phone: contact::phone(&o, "phone", errors),
        booking_url: contact::https_url(&o, "booking_url", errors),
    })
}

/// Fields of a hall object.
const HALL_FIELDS: &[&str] = &[
    "id",
    "name",
    "sample",
    "level",
    "weekend_scope",
    "closing_rule",
    "contact",
    "members",
    "regular",
    "extended",
    "weekend",
    "note",
];

/// Read and check one hall; `None` if it has any problem (all pushed to `errors`).
fn hall(value: &Value, path: &str, errors: &mut Vec<DataError>) -> Option<Hall> {
    let before = errors.len();
    let o = Obj::at(value, path.to_string(), "a hall object", errors)?;
    o.only(HALL_FIELDS, errors);
    let id = o.string("id", errors);
    if let Some(id) = &id {
        let id_ok = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if !id_ok {
            errors.push(DataError::new(
                o.path("id"),
                format!("{id:?} is not an id (lower-case letters, digits, _ and -)"),
            ));
        }
    }
    let name = o.localized("name", errors);
    if name.as_ref().is_some_and(|n| !n.is_complete()) {
        errors.push(DataError::new(
            o.path("name"),
            "the name needs both zh and en",
        ));
    }
    let sample = o.flag("sample", errors);
    let level = match o.get("level") {
        Some(_) => o.choice("level", HallLevel::NAMES, errors),
        None => Some(HallLevel::Center),
    };
    let weekend_scope = o.choice("weekend_scope", WeekendScope::NAMES, errors);
    let closing_rule = o.flag("closing_rule", errors);
    let contact = match o.get("contact") {
        Some(c) => contact(c, o.path("contact"), errors),
        None => Some(Contact::default()),
    };
    let members = o.each("members", errors, localized);
    for (i, m) in members.iter().enumerate() {
        if m.as_ref().is_some_and(|m| !m.is_complete()) {
            errors.push(DataError::new(
                format!("{path}.members[{i}]"),
                "a member name needs both zh and en",
            ));
        }
    }
    let regular = o.each("regular", errors, regular_window);
    let extended = o.each("extended", errors, extended_window);
    let weekend = o.each("weekend", errors, weekend_window);
    let note = optional_localized(o.opt_localized("note", errors));
    // Overlaps on legal workdays: regular and extended windows together.
    check_overlaps(&o, (&regular, &extended), &weekend, errors);
    if errors.len() > before {
        return None;
    }
    Some(Hall {
        id: id?.into(),
        name: name?,
        sample,
        level: level?,
        weekend_scope: weekend_scope?,
        closing_rule,
        contact: contact?,
        members: members.into_iter().collect::<Option<_>>()?,
        regular: regular.into_iter().collect::<Option<_>>()?,
        extended: extended.into_iter().collect::<Option<_>>()?,
        weekend: weekend.into_iter().collect::<Option<_>>()?,
        note,
    })
}

/// Read and check every hall; a duplicate id is reported at the later hall (also when the
/// earlier one has problems of its own).
pub(crate) fn halls(values: &[Value], errors: &mut Vec<DataError>) -> Vec<Hall> {
    let mut out: Vec<Hall> = Vec::new();
    let ids: Vec<Option<&str>> = values
        .iter()
        .map(|v| v.get("id").and_then(Value::as_str))
        .collect();
    let repeated = repeated(&ids);
    if values.is_empty() {
        errors.push(DataError::new("halls", "there must be at least one hall"));
    }
    for (i, v) in values.iter().enumerate() {
        let path = format!("halls[{i}]");
        let Some(h) = hall(v, &path, errors) else {
            continue;
        };
        if repeated.get(i).copied().unwrap_or_default() {
            errors.push(DataError::new(
                format!("{path}.id"),
                format!("duplicate hall id {:?}", h.id),
            ));
            continue;
        }
        out.push(h);
    }
    out
}
