//! Reading and checking the `booking` object of halls.json: every bad field, incomplete
//! text and duplicate channel is reported with its JSON path (`booking.channels[1].id`).

use crate::engine::error::DataError;
use crate::engine::load::contact;
use crate::engine::load::object::Obj;
use crate::engine::load::value::Value;
use crate::engine::model::booking::{BookingRules, Channel, ChannelKind};
use crate::engine::time::parse_hhmm;

/// Fields of the booking object.
const BOOKING_FIELDS: &[&str] = &[
    "deadline_time",
    "deadline",
    "channels",
    "phone",
    "phone_note",
    "intake",
    "walk_in",
    "no_show",
    "cancellation",
];

/// The texts of the booking object, each in both languages.
const TEXTS: [&str; 6] = [
    "deadline",
    "phone_note",
    "intake",
    "walk_in",
    "no_show",
    "cancellation",
];

/// Read a channel: `{"id": "phone", "name": {...}}`.
fn channel(v: &Value, path: String, errors: &mut Vec<DataError>) -> Option<Channel> {
    let o = Obj::at(v, path, "struct Channel", errors)?;
    o.only(&["id", "name"], errors);
    let id = o.choice("id", ChannelKind::NAMES, errors);
    let name = o.localized("name", errors);
    Some(Channel {
        id: id?,
        name: name?,
    })
}

/// Read and check the `booking` object of halls.json.
pub(crate) fn rules(value: &Value, errors: &mut Vec<DataError>) -> Option<BookingRules> {
    let before = errors.len();
    let o = Obj::at(value, "booking".into(), "the booking object", errors)?;
    o.only(BOOKING_FIELDS, errors);
    let deadline_text = o.string("deadline_time", errors);
    let channels = o
        .need("channels", errors)
        .map(|_| o.each("channels", errors, channel));
    let phone = contact::phone(&o, "phone", errors);
    let texts = TEXTS.map(|key| o.localized(key, errors));
    let deadline_time = deadline_text.as_deref().and_then(parse_hhmm);
    if let (Some(text), None) = (&deadline_text, deadline_time) {
        errors.push(DataError::new(
            "booking.deadline_time",
            format!("{text:?} is not a time of day"),
        ));
    }
    for (name, text) in TEXTS.iter().zip(&texts) {
        if text.as_ref().is_some_and(|t| !t.is_complete()) {
            errors.push(DataError::new(
                format!("booking.{name}"),
                "the text needs both zh and en",
            ));
        }
    }
    let channels = channels.unwrap_or_default();
    // The kinds met so far: at most one of each, so the check stays linear however long the
    // list is.
    let mut kinds: Vec<ChannelKind> = Vec::new();
    for (i, c) in channels.iter().enumerate() {
        let Some(c) = c else { continue };
        if kinds.contains(&c.id) {
            errors.push(DataError::new(
                format!("booking.channels[{i}].id"),
                "duplicate channel",
            ));
        } else {
            kinds.push(c.id);
        }
    }
    if errors.len() > before {
        return None;
    }
    let [deadline, phone_note, intake, walk_in, no_show, cancellation] = texts;
    Some(BookingRules {
        deadline_time: deadline_time?,
        deadline: deadline?,
        channels: channels.into_iter().collect::<Option<_>>()?,
        phone,
        phone_note: phone_note?,
        intake: intake?,
        walk_in: walk_in?,
        no_show: no_show?,
        cancellation: cancellation?,
    })
}
