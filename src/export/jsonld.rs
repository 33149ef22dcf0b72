//! schema.org JSON-LD: one `GovernmentOffice` per hall, so that search engines and maps show
//! the hours the engine answers, holidays and adjusted workdays (调休上班) included.
//!
//! Only runs that serve walk-ins count as opening hours: a search result saying "open" must
//! not send a visitor without a booking to a hall that serves booked visitors only (Article 3).
//! The booked-only windows of the ordinary week are named in the `description` instead.

use chrono::{NaiveDate, Weekday};
use serde_json::{json, Map, Value};

use super::{hhmm, hours_of, special_days, stretches, walk_in, Hours, Stretch};
use crate::engine::{Appointment, Engine, EngineError, Hall, Run};

/// The JSON-LD document for `halls`, compact, with `<`, `>` and `&` written as `\u003c`,
/// `\u003e` and `\u0026`: the same JSON, and safe inside an HTML `<script>` block whatever the
/// data's text holds (a name holding `</script>` cannot end the block).
pub fn text(engine: &Engine, halls: &[&Hall]) -> Result<String, EngineError> {
    let doc = document(engine, halls)?;
    Ok(doc
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026"))
}

/// The JSON-LD document: a `@graph` of one `GovernmentOffice` per hall, in the given order.
pub fn document(engine: &Engine, halls: &[&Hall]) -> Result<Value, EngineError> {
    let specials = special_days(engine, None);
    let graph = halls
        .iter()
        .map(|h| office(engine, h, &specials))
        .collect::<Result<Vec<Value>, EngineError>>()?;
    Ok(json!({ "@context": "https://schema.org", "@graph": graph }))
}

fn office(
    engine: &Engine,
    hall: &Hall,
    specials: &[crate::engine::DayInfo],
) -> Result<Value, EngineError> {
    let week = super::ordinary_week(engine, &hall.id)?;
    let mut o = Map::new();
    o.insert("@type".into(), "GovernmentOffice".into());
    o.insert("identifier".into(), hall.id.to_string().into());
    o.insert("name".into(), hall.name.zh.to_string().into());
    o.insert("alternateName".into(), hall.name.en.to_string().into());
    let walk_in_week = by_hours(&week, Appointment::WalkIn);
    o.insert(
        "openingHoursSpecification".into(),
        walk_in_week
            .iter()
            .flat_map(|(days, hours)| hours.iter().map(move |h| weekly(days, *h)))
            .collect(),
    );
    let booked = by_hours(&week, Appointment::Required);
    if !booked.is_empty() {
        o.insert("description".into(), booked_sentence(&booked).into());
    }
    let dated = stretches(engine, &hall.id, specials, |runs| hours_of(walk_in(runs)))?;
    o.insert(
        "specialOpeningHoursSpecification".into(),
        dated.iter().flat_map(special).collect(),
    );
    let contact = &hall.contact;
    if let Some(address) = contact.address.as_ref().filter(|a| !a.zh.is_empty()) {
        o.insert("address".into(), address.zh.to_string().into());
    }
    if let Some(phone) = contact.phone.as_ref().filter(|p| !p.is_empty()) {
        o.insert("telephone".into(), phone.to_string().into());
    }
    if let Some(url) = contact.booking_url.as_ref().filter(|u| !u.is_empty()) {
        // The only web address the data holds for a hall is where to book.
        o.insert(
            "potentialAction".into(),
            json!({ "@type": "ReserveAction", "target": url.to_string() }),
        );
    }
    Ok(Value::Object(o))
}

/// Weekdays grouped by their hours under one appointment rule, in week order; days without
/// such hours are left out.
fn by_hours(week: &[(Weekday, Vec<Run>)], rule: Appointment) -> Vec<(Vec<Weekday>, Vec<Hours>)> {
    let mut groups: Vec<(Vec<Weekday>, Vec<Hours>)> = Vec::new();
    for (day, runs) in week {
        let hours = hours_of(runs.iter().filter(|r| r.appointment == rule));
        if hours.is_empty() {
            continue;
        }
        match groups.iter_mut().find(|(_, h)| *h == hours) {
            Some((days, _)) => days.push(*day),
            None => groups.push((vec![*day], hours)),
        }
    }
    groups
}

fn weekly(days: &[Weekday], (opens, closes): Hours) -> Value {
    let names: Vec<&str> = days.iter().map(|d| english_day(*d)).collect();
    json!({
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": names,
        "opens": hhmm(opens),
        "closes": hhmm(closes),
    })
}

/// A holiday period or adjusted workday: its hours, or opens = closes = 00:00 when the hall
/// does not serve walk-ins then (schema.org's and search engines' way to say closed).
fn special(s: &Stretch<Vec<Hours>>) -> Vec<Value> {
    let closed = [(chrono::NaiveTime::MIN, chrono::NaiveTime::MIN)];
    let hours: &[Hours] = if s.hours.is_empty() {
        &closed
    } else {
        &s.hours
    };
    hours
        .iter()
        .map(|&(opens, closes)| {
            json!({
                "@type": "OpeningHoursSpecification",
                "validFrom": iso(s.first),
                "validThrough": iso(s.last),
                "opens": hhmm(opens),
                "closes": hhmm(closes),
            })
        })
        .collect()
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn english_day(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn chinese_day(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "周一",
        Weekday::Tue => "周二",
        Weekday::Wed => "周三",
        Weekday::Thu => "周四",
        Weekday::Fri => "周五",
        Weekday::Sat => "周六",
        Weekday::Sun => "周日",
    }
}

/// `需预约时段（仅接待已预约的办事人）：周一至周五8:30–9:00、17:00–17:30；周六9:00–13:00。`
fn booked_sentence(groups: &[(Vec<Weekday>, Vec<Hours>)]) -> String {
    let parts: Vec<String> = groups
        .iter()
        .map(|(days, hours)| {
            let times: Vec<String> = hours
                .iter()
                .map(|(s, e)| format!("{}–{}", short(*s), short(*e)))
                .collect();
            format!("{}{}", chinese_days(days), times.join("、"))
        })
        .collect();
    format!("需预约时段（仅接待已预约的办事人）：{}。", parts.join("；"))
}

/// `8:30`: the hour without a leading zero, as Chinese notices write times.
fn short(t: chrono::NaiveTime) -> String {
    let t = hhmm(t);
    match t.strip_prefix('0') {
        Some(rest) if !rest.starts_with(':') => rest.to_string(),
        _ => t,
    }
}

/// `周一至周五`, `周六`, `周六、周日`: consecutive days of three or more as a range.
fn chinese_days(days: &[Weekday]) -> String {
    let mut runs: Vec<(Weekday, Weekday, usize)> = Vec::new();
    for &d in days {
        match runs.last_mut() {
            Some((_, last, n)) if last.succ() == d && d != Weekday::Mon => {
                *last = d;
                *n += 1;
            }
            _ => runs.push((d, d, 1)),
        }
    }
    let parts: Vec<String> = runs
        .iter()
        .map(|&(first, last, n)| match n {
            1 => chinese_day(first).to_string(),
            2 => format!("{}、{}", chinese_day(first), chinese_day(last)),
            _ => format!("{}至{}", chinese_day(first), chinese_day(last)),
        })
        .collect();
    parts.join("、")
}

#[cfg(test)]
mod tests;
