//! `hours validate [DIR] [--json] [--today D]`: check halls.json, matters.json,
//! exceptions.json (when present) and holiday-cn/*.json; the same reading and listing serve
//! `--data DIR`. At most [`LISTED`] problems are printed (a broken file can hold a hundred
//! thousand); the count and the exit status always cover all of them. Valid data missing a
//! calendar year that is due (next year's from 1 November) gets a warning line on stderr (and
//! in the JSON), with the exit status unchanged; `--today` replaces the clock.

use std::ffi::OsString;
use std::fs;

use chrono::Datelike;
use std::path::Path;

use serde::Serialize;

use pinggu_hours::engine::{DataError, DataSources, Engine};

use crate::args::Args;
use crate::commands::now;
use crate::output::complain;
use crate::quote::{one_line, quote_os};
use crate::Failure;

/// How many problems are listed, text or JSON.
const LISTED: usize = 200;

#[derive(Serialize)]
struct Out<'a> {
    ok: bool,
    /// The first [`LISTED`] problems.
    errors: &'a [DataError],
    /// How many problems there are in all.
    problem_count: usize,
    /// Advice that does not make the data invalid (a calendar year due soon).
    warnings: &'a [String],
}

fn read(path: &Path, name: &str, errors: &mut Vec<DataError>) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| {
        errors.push(DataError {
            path: name.to_string(),
            message: format!("cannot read {}: {e}", quote_os(path.as_os_str())),
        });
        String::new()
    })
}

/// The calendar files of `dir/holiday-cn`, sorted: (name on disk, name as text).
fn calendar_names(dir: &Path) -> Vec<(OsString, String)> {
    let mut names: Vec<(OsString, String)> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| {
                    let name = e.file_name();
                    let text = name.to_string_lossy().into_owned();
                    (name, text)
                })
                .filter(|(_, text)| text.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The calendar freshness warning for a missing `year` (due on `today`): why it matters and
/// where the file goes.
fn freshness(dir: &Path, year: i32, today: chrono::NaiveDate) -> String {
    let file = dir.join("holiday-cn").join(format!("{year}.json"));
    let why = if year == today.year() {
        "its dates are answered as plain weekdays and weekends, unconfirmed"
    } else {
        "the State Council publishes it in November or December"
    };
    format!("no calendar for {year} yet ({why}); add {}", file.display())
}

/// The problems as text: one line each, the first [`LISTED`] of them.
fn listing(errors: &[DataError]) -> String {
    let mut text: String = errors
        .iter()
        .take(LISTED)
        .map(|e| one_line(&e.to_string()) + "\n")
        .collect();
    if errors.len() > LISTED {
        text += &format!("… and {} more problems\n", errors.len() - LISTED);
    }
    text
}

/// Read and check the data folder `dir`: the engine over it, or every problem found.
/// exceptions.json is optional, as in build.rs: without it there are no exceptions.
pub fn load(dir: &Path) -> Result<Engine, Vec<DataError>> {
    let mut errors = Vec::new();
    let halls = read(&dir.join("halls.json"), "halls.json", &mut errors);
    let matters = read(&dir.join("matters.json"), "matters.json", &mut errors);
    let exceptions_path = dir.join("exceptions.json");
    let exceptions = exceptions_path
        .exists()
        .then(|| read(&exceptions_path, "exceptions.json", &mut errors));
    let names = calendar_names(&dir.join("holiday-cn"));
    if names.is_empty() {
        errors.push(DataError {
            path: "holiday-cn".into(),
            message: "no calendar files (holiday-cn/*.json)".into(),
        });
    }
    let texts: Vec<(String, String)> = names
        .into_iter()
        .map(|(on_disk, name)| {
            let path = dir.join("holiday-cn").join(on_disk);
            let text = read(&path, &format!("holiday-cn/{name}"), &mut errors);
            (name, text)
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let sources = DataSources {
        halls: &halls,
        matters: &matters,
        calendars: texts.iter().map(|(n, t)| (n.clone(), t.as_str())).collect(),
        exceptions: exceptions.as_deref(),
    };
    Engine::from_sources(&sources).map_err(|e| e.0)
}

/// `dir` if it is a directory, else the usage error saying it is not.
pub fn directory(dir: &Path) -> Result<&Path, Failure> {
    if dir.is_dir() {
        Ok(dir)
    } else {
        Err(Failure::Usage(format!(
            "{} is not a directory",
            quote_os(dir.as_os_str())
        )))
    }
}

/// The problems found in `dir`, listed as `hours validate` lists them (text or JSON, the
/// first [`LISTED`]), with the count on stderr: exit status 1.
pub fn problems(errors: &[DataError], dir: &Path, json: bool) -> Failure {
    let listing = if json {
        match report(errors, &[]) {
            Ok(text) => text,
            Err(failure) => return failure,
        }
    } else {
        listing(errors)
    };
    Failure::Problems {
        listing,
        summary: format!(
            "{} problem{} in {}",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" },
            quote_os(dir.as_os_str())
        ),
    }
}

/// The JSON report of `validate --json`.
fn report(errors: &[DataError], warnings: &[String]) -> Result<String, Failure> {
    serde_json::to_string(&Out {
        ok: errors.is_empty(),
        errors: &errors[..errors.len().min(LISTED)],
        problem_count: errors.len(),
        warnings,
    })
    .map(|s| s + "\n")
    .map_err(|e| Failure::Refused(e.to_string()))
}

/// The engine over `--data DIR` when given (checked first: its problems end the command as
/// `hours validate` would list them), else over the data compiled in.
pub fn engine_of(args: &Args) -> Result<Engine, Failure> {
    let Some(dir) = args.data.as_deref() else {
        return Ok(Engine::embedded());
    };
    let dir = directory(dir)?;
    load(dir).map_err(|errors| problems(&errors, dir, args.json))
}

/// Read the files, print the problems (stdout), exit 1 if there is any.
pub fn run(args: &Args) -> Result<String, Failure> {
    args.only(&["--json", "--today"], true)?;
    let dir = match (&args.dir, &args.data) {
        (Some(_), Some(_)) => {
            return Err(Failure::Usage(
                "give the folder once: as DIR or as --data DIR".into(),
            ))
        }
        (Some(d), None) | (None, Some(d)) => d.as_path(),
        (None, None) => Path::new("static/data"),
    };
    let dir = directory(dir)?;
    let today = match args.today {
        Some(d) => d,
        None => now()?.date(),
    };
    let engine = load(dir).map_err(|errors| problems(&errors, dir, args.json))?;
    // Advice, not a problem: only for data that is otherwise fine, so a listing of problems
    // stays what it is.
    let warnings: Vec<String> = engine
        .missing_calendar_year(today)
        .map(|y| freshness(dir, y, today))
        .into_iter()
        .collect();
    for w in &warnings {
        complain(&format!("warning: {w}"));
    }
    if args.json {
        return report(&[], &warnings);
    }
    Ok(format!(
        "ok: {} halls, {} matters, calendar years {:?}, {} exceptions\n",
        engine.halls().len(),
        engine.matters().len(),
        engine.calendar_years(),
        engine.exceptions().len()
    ))
}
