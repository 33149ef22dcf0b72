//! The answering subcommands: status, book, serve, due, report.

use chrono::{Datelike, NaiveDateTime};
use serde::Serialize;

use pinggu_hours::engine::{
    beijing_from_unix_millis, format_at, Appointment, EngineError, HallStatus, Localized,
    MatterFlags,
};

use crate::args::{required, Args};
use crate::quote::{one_line, quote};
use crate::validate::engine_of;
use crate::Failure;

fn json<T: Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string(value)
        .map(|s| s + "\n")
        .map_err(|e| Failure::Refused(e.to_string()))
}

/// The engine's refusal as a message; the hall asked for is quoted escaped (it is the
/// user's text), so it cannot forge a line or reach the terminal.
pub(crate) fn engine_error(e: EngineError) -> Failure {
    match e {
        EngineError::UnknownHall { hall } => {
            Failure::Usage(format!("unknown hall {}", quote(&hall)))
        }
        _ => Failure::Refused(e.to_string()),
    }
}

fn opt_at(t: Option<NaiveDateTime>) -> Option<String> {
    t.map(format_at)
}

// Without `--at` the CLI answers for the machine's clock: its one clock read (clippy.toml
// forbids them elsewhere).
#[allow(clippy::disallowed_methods)]
pub(crate) fn now() -> Result<NaiveDateTime, Failure> {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| Failure::Refused(e.to_string()))?
        .as_millis() as f64;
    beijing_from_unix_millis(ms).ok_or_else(|| Failure::Refused("clock out of range".into()))
}

#[derive(Serialize)]
struct StatusOut<'a> {
    at: String,
    date: String,
    day_kind: &'static str,
    holiday: Option<&'a str>,
    calendar_known: bool,
    halls: Vec<HallOut<'a>>,
}

#[derive(Serialize)]
struct HallOut<'a> {
    id: &'a str,
    state: &'static str,
    appointment: Option<&'static str>,
    until: Option<String>,
    next_change: Option<String>,
    walk_in_until: Option<String>,
    next_walk_in: Option<String>,
    /// The reason of an exception (exceptions.json) on that date; left out on ordinary days,
    /// so the JSON of issue 3 stays as it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    exception: Option<&'a Localized>,
}

/// `hours status [--at T] [--hall ID] [--json]`.
pub fn status(args: &Args) -> Result<String, Failure> {
    args.only(&["--at", "--hall", "--json"], false)?;
    let at = match args.at {
        Some(at) => at,
        None => now()?,
    };
    let engine = &engine_of(args)?;
    let statuses: Vec<HallStatus> = match &args.hall {
        Some(id) => vec![engine.status(id, at).map_err(engine_error)?],
        None => engine.status_all(at),
    };
    let day = engine.day(at.date());
    let out = StatusOut {
        at: format_at(at),
        date: at.date().to_string(),
        day_kind: day.kind.as_str(),
        holiday: day.holiday.as_deref(),
        calendar_known: day.calendar_known,
        halls: statuses
            .iter()
            .map(|s| HallOut {
                id: engine.halls().get(s.hall).map_or("", |h| &*h.id),
                state: s.state.as_str(),
                appointment: s.appointment.map(Appointment::as_str),
                until: opt_at(s.until),
                next_change: opt_at(s.next_change),
                walk_in_until: opt_at(s.walk_in_until),
                next_walk_in: opt_at(s.next_walk_in),
                exception: s
                    .exception
                    .and_then(|e| engine.exceptions().get(e))
                    .map(|e| &e.reason),
            })
            .collect(),
    };
    if args.json {
        return json(&out);
    }
    let mut text = format!(
        "{} ({:?}, {}{}){}\n",
        out.at,
        at.date().weekday(),
        out.day_kind,
        out.holiday.map(|h| format!(" {h}")).unwrap_or_default(),
        if out.calendar_known {
            ""
        } else {
            " [no calendar data: plain weekdays/weekends, unconfirmed]"
        }
    );
    for (h, s) in out.halls.iter().zip(&statuses) {
        let detail = match (&h.until, &h.next_change) {
            (Some(u), _) => format!("until {u}"),
            (None, Some(n)) => format!("opens {n}"),
            (None, None) => format!(
                "no opening within {} days",
                pinggu_hours::engine::HORIZON_DAYS
            ),
        };
        let mut note = if s.closing_rule {
            " (those present at closing are served until done)".to_string()
        } else {
            String::new()
        };
        if let Some(reason) = h.exception {
            // Text from a data file: escaped and cut, as every echo of it is.
            note += &format!(" [exception: {}]", one_line(&reason.en));
        }
        text += &format!(
            "{:<13} {:<9} {:<9} {detail}{note}\n",
            h.id,
            h.state,
            h.appointment.unwrap_or("-")
        );
    }
    Ok(text)
}

#[derive(Serialize)]
struct BookOut<'a> {
    hall: &'a str,
    at: String,
    appointment: &'static str,
    deadline: String,
}

/// `hours book --hall ID --at T [--json]`.
pub fn book(args: &Args) -> Result<String, Failure> {
    args.only(&["--at", "--hall", "--json"], false)?;
    let hall = required(&args.hall, "--hall")?;
    let at = required(&args.at, "--at")?;
    let engine = &engine_of(args)?;
    let b = engine.booking(&hall, at).map_err(engine_error)?;
    let out = BookOut {
        hall: &hall,
        at: format_at(at),
        appointment: b.appointment.as_str(),
        deadline: format_at(b.deadline),
    };
    if args.json {
        return json(&out);
    }
    let need = match b.appointment {
        Appointment::Required => "appointment required",
        Appointment::WalkIn => "walk-ins served; booking recommended",
    };
    let channels: Vec<&str> = engine
        .booking_rules()
        .channels
        .iter()
        .map(|c| &*c.name.en)
        .collect();
    Ok(format!(
        "{hall} at {}: {need}; book before {} ({}){}\n",
        out.at,
        out.deadline,
        channels.join(", "),
        if b.calendar_known {
            ""
        } else {
            " [unconfirmed: no calendar data]"
        }
    ))
}

/// `hours serve --hall ID --kind K [--hot] [--livelihood] [--restricted] --at T [--json]`.
pub fn serve(args: &Args) -> Result<String, Failure> {
    args.only(
        &[
            "--at",
            "--hall",
            "--kind",
            "--hot",
            "--livelihood",
            "--restricted",
            "--json",
        ],
        false,
    )?;
    let hall = required(&args.hall, "--hall")?;
    let kind = required(&args.kind, "--kind")?;
    let at = required(&args.at, "--at")?;
    let engine = engine_of(args)?;
    let flags = MatterFlags {
        hot: args.hot,
        livelihood: args.livelihood,
        system_restricted: args.restricted,
    };
    let level = engine
        .service_level(&hall, kind, flags, at)
        .map_err(engine_error)?;
    #[derive(Serialize)]
    struct Out {
        level: &'static str,
    }
    if args.json {
        return json(&Out {
            level: level.as_str(),
        });
    }
    Ok(format!("{}\n", level.as_str()))
}

#[derive(Serialize)]
struct DueOut {
    accepted: String,
    counted_from: String,
    due: String,
}

/// `hours due --accepted T --days N [--json]`.
pub fn due(args: &Args) -> Result<String, Failure> {
    args.only(&["--accepted", "--days", "--json"], false)?;
    let accepted = required(&args.accepted, "--accepted")?;
    let days = required(&args.days, "--days")?;
    let d = engine_of(args)?
        .due_date(accepted, days)
        .map_err(engine_error)?;
    let out = DueOut {
        accepted: format_at(accepted),
        counted_from: d.counted_from.to_string(),
        due: d.due.to_string(),
    };
    if args.json {
        return json(&out);
    }
    Ok(format!(
        "accepted {}, counted from {}, due {} ({days} legal workdays){}\n",
        out.accepted,
        out.counted_from,
        out.due,
        if d.calendar_known {
            ""
        } else {
            " [unconfirmed: no calendar data]"
        }
    ))
}

/// `hours report --year Y [--json]`.
pub fn report(args: &Args) -> Result<String, Failure> {
    args.only(&["--year", "--json"], false)?;
    let year = required(&args.year, "--year")?;
    let r = engine_of(args)?.year_report(year);
    if args.json {
        return json(&r);
    }
    let mut text = format!(
        "{year}{}\n{:<13} {:>8} {:>17} {:>16}\n",
        if r.calendar_known {
            ""
        } else {
            " [no calendar data: plain weekdays/weekends]"
        },
        "hall",
        "regular",
        "workday extended",
        "weekend extended"
    );
    for h in &r.halls {
        text += &format!(
            "{:<13} {:>8} {:>17} {:>16}\n",
            h.id, h.regular_minutes, h.workday_extended_minutes, h.weekend_extended_minutes
        );
    }
    text += "(minutes)\n";
    Ok(text)
}
