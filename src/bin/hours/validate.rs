//! `hours validate [DIR] [--json]`: check halls.json, matters.json and holiday-cn/*.json.
//! At most [`LISTED`] problems are printed (a broken file can hold a hundred thousand); the
//! count and the exit status always cover all of them.

use std::ffi::OsString;
use std::fs;
use std::path::Path;

use serde::Serialize;

use pinggu_hours::engine::{DataError, DataSources, Engine};

use crate::args::Args;
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

/// Read the files, print the problems (stdout), exit 1 if there is any.
pub fn run(args: &Args) -> Result<String, Failure> {
    args.only(&["--json"], true)?;
    let dir = args.dir.as_deref().unwrap_or(Path::new("static/data"));
    if !dir.is_dir() {
        return Err(Failure::Usage(format!(
            "{} is not a directory",
            quote_os(dir.as_os_str())
        )));
    }
    let mut errors = Vec::new();
    let halls = read(&dir.join("halls.json"), "halls.json", &mut errors);
    let matters = read(&dir.join("matters.json"), "matters.json", &mut errors);
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
    let mut summary = String::new();
    if errors.is_empty() {
        let sources = DataSources {
            halls: &halls,
            matters: &matters,
            calendars: texts.iter().map(|(n, t)| (n.clone(), t.as_str())).collect(),
        };
        match Engine::from_sources(&sources) {
            Ok(engine) => {
                summary = format!(
                    "ok: {} halls, {} matters, calendar years {:?}\n",
                    engine.halls().len(),
                    engine.matters().len(),
                    engine.calendar_years()
                );
            }
            Err(e) => errors = e.0,
        }
    }
    let text = if args.json {
        serde_json::to_string(&Out {
            ok: errors.is_empty(),
            errors: &errors[..errors.len().min(LISTED)],
            problem_count: errors.len(),
        })
        .map(|s| s + "\n")
        .map_err(|e| Failure::Refused(e.to_string()))?
    } else if errors.is_empty() {
        summary
    } else {
        listing(&errors)
    };
    if errors.is_empty() {
        return Ok(text);
    }
    Err(Failure::Problems {
        listing: text,
        summary: format!(
            "{} problem{} in {}",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" },
            quote_os(dir.as_os_str())
        ),
    })
}
