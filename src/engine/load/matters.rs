//! Reading and checking matters.json's matters: every bad field, duplicate id, unknown hall
//! and wrong time limit is reported with its JSON path (`matters[2].hall`).

use crate::engine::error::DataError;
use crate::engine::load::object::Obj;
use crate::engine::load::value::Value;
use crate::engine::load::walk::{integer, localized, string};
use crate::engine::model::matter::{Keywords, Matter, MatterKind, MAX_DAYS};
use crate::engine::model::Text;
use crate::engine::sorted::{repeated, sorted_contains, sorted_keys};

/// Fields of a matter object.
pub(crate) const MATTER_FIELDS: &[&str] = &[
    "id",
    "sample",
    "name",
    "hall",
    "unit",
    "kind",
    "time_limit_days",
    "hot",
    "livelihood",
    "system_restricted",
    "materials",
    "place",
    "booking",
    "keywords",
];

/// A matter's `keywords`: `{"zh": [...], "en": [...]}`, each a list of non-blank words;
/// absent or `null` is no keywords. `None` if anything in it is wrong (all reported).
fn keywords(o: &Obj<'_>, errors: &mut Vec<DataError>) -> Option<Keywords> {
    let Some(v) = o.maybe("keywords") else {
        return Some(Keywords::default());
    };
    let before = errors.len();
    let k = Obj::at(
        v,
        o.path("keywords"),
        "keywords {\"zh\": [...], \"en\": [...]}",
        errors,
    )?;
    k.only(&["zh", "en"], errors);
    let mut words = |lang: &str| -> Vec<Text> {
        let read = k.each(lang, errors, string);
        let mut out = Vec::with_capacity(read.len());
        for (j, word) in read.into_iter().enumerate() {
            match word {
                Some(w) if w.trim().is_empty() => errors.push(DataError::new(
                    format!("{}[{j}]", k.path(lang)),
                    "a keyword cannot be blank",
                )),
                Some(w) => out.push(Text::from(w)),
                None => {}
            }
        }
        out
    };
    let (zh, en) = (words("zh"), words("en"));
    (errors.len() == before).then(|| Keywords {
        zh: zh.into(),
        en: en.into(),
    })
}

/// Read and check one matter; `None` if it has any problem (all pushed to `errors`).
/// `repeated`: an earlier matter has the same id; `hall_ids`: the declared hall ids, sorted.
fn matter(
    v: &Value,
    path: String,
    hall_ids: Option<&[(&str, usize)]>,
    repeated: bool,
    errors: &mut Vec<DataError>,
) -> Option<Matter> {
    let before = errors.len();
    let o = Obj::at(v, path, "a matter object", errors)?;
    o.only(MATTER_FIELDS, errors);
    let id = o.string("id", errors);
    let sample = o.flag("sample", errors);
    let name = o.localized("name", errors);
    let hall = o.string("hall", errors);
    let unit = o.localized("unit", errors);
    let kind = o.choice("kind", MatterKind::NAMES, errors);
    // `None`: unreadable; `Some(None)`: absent or null.
    let limit = match o.maybe("time_limit_days") {
        None => Some(None),
        Some(d) => integer(d, o.path("time_limit_days"), "u32", (0, MAX_U32), errors)
            .and_then(|d| u32::try_from(d).ok())
            .map(Some),
    };
    let hot = o.flag("hot", errors);
    let livelihood = o.flag("livelihood", errors);
    let system_restricted = o.flag("system_restricted", errors);
    let materials = o.each("materials", errors, localized);
    let place = o.opt_localized("place", errors);
    let booking = o.opt_localized("booking", errors);
    let keywords = keywords(&o, errors);
    if let Some(id) = &id {
        if id.trim().is_empty() {
            errors.push(DataError::new(o.path("id"), "empty id"));
        } else if repeated {
            errors.push(DataError::new(
                o.path("id"),
                format!("duplicate matter id {id:?}"),
            ));
        }
    }
    if name.as_ref().is_some_and(|n| !n.is_complete()) {
        errors.push(DataError::new(
            o.path("name"),
            "the name needs both zh and en",
        ));
    }
    if unit.as_ref().is_some_and(|u| !u.is_complete()) {
        errors.push(DataError::new(
            o.path("unit"),
            "the handling unit needs both zh and en",
        ));
    }
    if let (Some(ids), Some(hall)) = (hall_ids, &hall) {
        if !sorted_contains(ids, hall) {
            errors.push(DataError::new(
                o.path("hall"),
                format!("unknown hall id {hall:?}"),
            ));
        }
    }
    let limit_problem = match (kind, limit) {
        (Some(MatterKind::Undertaken), Some(None)) => {
            Some("an undertaken matter needs its time limit in legal workdays".to_string())
        }
        (Some(MatterKind::Undertaken), Some(Some(d))) if d == 0 || d > MAX_DAYS => {
            Some(format!("{d} is not from 1 to {MAX_DAYS}"))
        }
        (Some(MatterKind::Immediate | MatterKind::OneDay), Some(Some(_))) => {
            Some("only an undertaken matter has a time limit".to_string())
        }
        _ => None,
    };
    if let Some(problem) = limit_problem {
        errors.push(DataError::new(o.path("time_limit_days"), problem));
    }
    for (j, m) in materials.iter().enumerate() {
        if m.as_ref().is_some_and(|m| !m.is_complete()) {
            errors.push(DataError::new(
                format!("{}[{j}]", o.path("materials")),
                "a material needs both zh and en",
            ));
        }
    }
    if errors.len() > before {
        return None;
    }
    Some(Matter {
        id: id?.into(),
        sample,
        name: name?,
        hall: hall?.into(),
        unit: unit?,
        kind: kind?,
        time_limit_days: limit?,
        hot,
        livelihood,
        system_restricted,
        materials: materials.into_iter().collect::<Option<_>>()?,
        place,
        booking,
        keywords: keywords?,
    })
}

/// Largest number a `u32` field takes (serde's range, checked before the field's own).
const MAX_U32: i64 = u32::MAX as i64;

/// Read and check the matters against the declared hall ids (`None`: halls.json is
/// unreadable, so that check is skipped rather than failing every matter). A time limit is
/// required on an undertaken matter and rejected on any other (it would mean the kind is
/// wrong).
pub(crate) fn matters(
    values: &[Value],
    hall_ids: Option<&[String]>,
    errors: &mut Vec<DataError>,
) -> Vec<Matter> {
    // Sorted once, so the checks stay fast over a hundred thousand matters and many halls.
    let hall_ids = hall_ids.map(|ids| sorted_keys(ids.iter().map(String::as_str)));
    let ids: Vec<Option<&str>> = values
        .iter()
        .map(|v| v.get("id").and_then(Value::as_str))
        .collect();
    let repeated = repeated(&ids);
    let mut out = Vec::new();
    for (i, v) in values.iter().enumerate() {
        out.extend(matter(
            v,
            format!("matters[{i}]"),
            hall_ids.as_deref(),
            repeated.get(i).copied().unwrap_or_default(),
            errors,
        ));
    }
    out
}
