//! What the page shows, as it lives in the URL: a link shows the same answer to anyone.
//! Parsing is forgiving (an unknown value falls back to the default and is reported), and
//! writing back produces only the parameters that differ from the defaults.

use chrono::NaiveDateTime;

use super::i18n::Lang;
use crate::engine::{format_at, parse_at};

/// The `?view=` values: one spelling each, for reading and for writing links.
const VIEW_PLANNER: &str = "plan";
const VIEW_MATTERS: &str = "matters";
const VIEW_HALL: &str = "hall";
/// The `?order=` value for "open first".
const ORDER_OPEN_FIRST: &str = "open";

/// How the hall list is ordered: the data's order (stable, the default) or the halls that
/// serve at the moment first (`?order=open`), so that on a phone they are above the fold.
#[derive(Clone, Copy, Default, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub enum HallOrder {
    #[default]
    Data,
    OpenFirst,
}

/// The view the visitor is on.
#[derive(Clone, Default, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub enum View {
    /// Every hall at a glance.
    #[default]
    Now,
    /// Every hall at a chosen moment.
    Planner,
    /// The weekend matter list.
    Matters,
    /// One hall's timetable, special days, contacts and booking.
    Hall(String),
}

/// Everything the URL carries.
#[derive(Clone, Default, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub struct Route {
    pub view: View,
    /// A chosen Beijing moment (`?at=`); `None` means now.
    pub at: Option<NaiveDateTime>,
    /// The matter search text (`?q=`).
    pub query: String,
    /// The hall the matter list is narrowed to (`?mhall=`).
    pub matter_hall: Option<String>,
    /// The matter opened in the finder (`?matter=`).
    pub matter: Option<String>,
    /// The village or community station search text (`?station=`), kept in the URL like
    /// the matter search so a reload, a shared link or the full page's arrival keeps it.
    pub station: String,
    /// The order of the hall list (`?order=`).
    pub order: HallOrder,
    /// The language asked for in the link (`?lang=`), over the stored choice.
    pub lang: Option<Lang>,
    /// A parameter that could not be understood, to say so on screen.
    pub problem: Option<String>,
    /// The embedder's data folder (`?data=`), kept in the URL so a reload or a shared link
    /// reads it again (the page reads it at start: `mount.rs`).
    pub data: Option<String>,
}

impl Route {
    /// Reads a query string such as `?at=2026-10-10T09:30&lang=en`.
    pub fn parse(search: &str) -> Route {
        let mut route = Route::default();
        let mut hall = None;
        let mut view = None;
        for pair in search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match key {
                "view" => view = Some(value),
                "hall" => hall = Some(value),
                "at" => match parse_at(&value) {
                    Ok(at) => route.at = Some(at),
                    Err(_) => route.problem = Some(format!("at={value}")),
                },
                "q" => route.query = value,
                "station" => route.station = value,
                "mhall" if !value.is_empty() => route.matter_hall = Some(value),
                "matter" if !value.is_empty() => route.matter = Some(value),
                "lang" => route.lang = Lang::parse(&value),
                "order" if value == ORDER_OPEN_FIRST => route.order = HallOrder::OpenFirst,
                "data" if !value.is_empty() => route.data = Some(value),
                _ => {}
            }
        }
        route.view = match (view.as_deref(), hall) {
            (Some(VIEW_HALL) | None, Some(id)) if !id.is_empty() => View::Hall(id),
            (Some(VIEW_PLANNER), _) => View::Planner,
            (Some(VIEW_MATTERS), _) => View::Matters,
            _ => View::Now,
        };
        route
    }

    /// The query string for this route (`""` for the default view, else `?...`).
    pub fn to_query(&self, lang: Lang) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        match &self.view {
            View::Now => {}
            View::Planner => pairs.push(("view", VIEW_PLANNER.into())),
            View::Matters => pairs.push(("view", VIEW_MATTERS.into())),
            View::Hall(id) => pairs.push(("hall", id.clone())),
        }
        if let Some(at) = self.at {
            pairs.push(("at", format_at(at)));
        }
        if !self.query.is_empty() {
            pairs.push(("q", self.query.clone()));
        }
        if let Some(hall) = &self.matter_hall {
            pairs.push(("mhall", hall.clone()));
        }
        if let Some(matter) = &self.matter {
            pairs.push(("matter", matter.clone()));
        }
        if !self.station.is_empty() {
            pairs.push(("station", self.station.clone()));
        }
        if self.order == HallOrder::OpenFirst {
            pairs.push(("order", ORDER_OPEN_FIRST.into()));
        }
        if lang != Lang::default() {
            pairs.push(("lang", lang.code().into()));
        }
        if let Some(data) = &self.data {
            pairs.push(("data", data.clone()));
        }
        let joined: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        if joined.is_empty() {
            String::new()
        } else {
            format!("?{}", joined.join("&"))
        }
    }
}

/// Percent-decodes a query value (`+` is a space); invalid escapes are kept as written, and
/// a value whose escapes do not make UTF-8 text is kept whole as written.
pub(super) fn decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                // Two hex digits exactly: `from_str_radix` alone would take `%+1` as a byte.
                let hex = value
                    .get(i + 1..i + 3)
                    .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| value.to_owned())
}

/// Percent-encodes a query value, leaving the characters that are safe in a query alone.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b':' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests;
