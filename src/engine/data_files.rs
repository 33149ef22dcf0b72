//! Reading the top objects of halls.json and matters.json; their parts are read and checked
//! in `hall_check`, `booking_check` and `matter_check`.

use super::booking::BookingRules;
use super::booking_check;
use super::error::DataError;
use super::hall::Hall;
use super::hall_check;
use super::matter::Matter;
use super::matter_check;
use super::raw::{list, parse_file};
use super::raw_object::Obj;
use super::text::Localized;

/// Halls, the ids declared (`None` if the file could not be read at all), booking rules,
/// closing rule text, source note.
pub(crate) type HallsRead = (
    Vec<Hall>,
    Option<Vec<String>>,
    Option<BookingRules>,
    Option<Localized>,
    Option<String>,
);

/// Fields of halls.json's top object.
const HALLS_FILE_FIELDS: &[&str] = &["source", "closing_rule", "booking", "halls"];

/// Read and check halls.json: its halls and booking rules (every problem pushed).
pub(crate) fn read_halls(text: &str, errors: &mut Vec<DataError>) -> HallsRead {
    let Some(map) = parse_file(text, "halls.json", errors) else {
        return (Vec::new(), None, None, None, None);
    };
    let o = Obj::top(&map, "halls.json", "");
    o.only(HALLS_FILE_FIELDS, errors);
    let source = o.opt_string("source", errors);
    let closing_rule = o.opt_localized("closing_rule", errors);
    let raw_halls = o
        .need("halls", errors)
        .and_then(|v| list(v, o.path("halls"), errors));
    let declared = raw_halls.map(|hs| {
        hs.iter()
            .filter_map(|h| h.get("id").and_then(|v| v.as_str()).map(str::to_string))
            .collect()
    });
    let halls = match raw_halls {
        Some(hs) => hall_check::halls(hs, errors),
        None => Vec::new(),
    };
    let booking = o
        .need("booking", errors)
        .and_then(|v| booking_check::rules(v, errors));
    (halls, declared, booking, closing_rule, source)
}

/// Fields of matters.json's top object.
const MATTERS_FILE_FIELDS: &[&str] = &["source", "matters"];

/// Read and check matters.json against the declared hall ids (every problem pushed).
pub(crate) fn read_matters(
    text: &str,
    hall_ids: Option<&[String]>,
    errors: &mut Vec<DataError>,
) -> (Vec<Matter>, Option<String>) {
    let Some(map) = parse_file(text, "matters.json", errors) else {
        return (Vec::new(), None);
    };
    let o = Obj::top(&map, "matters.json", "");
    o.only(MATTERS_FILE_FIELDS, errors);
    let source = o.opt_string("source", errors);
    let matters = o
        .need("matters", errors)
        .and_then(|v| list(v, o.path("matters"), errors))
        .map(|ms| matter_check::matters(ms, hall_ids, errors))
        .unwrap_or_default();
    (matters, source)
}
