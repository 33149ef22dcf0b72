//! `hours validate [DIR] [--json]`: check halls.json, matters.json and holiday-cn/*.json.

use std::fs;
use std::path::Path;

use serde::Serialize;

use pinggu_hours::engine::{DataError, DataSources, Engine};

use crate::args::Args;
use crate::Failure;

#[derive(Serialize)]
struct Out<'a> {
    ok: bool,
    errors: &'a [DataError],
}

fn read(path: &Path, name: &str, errors: &mut Vec<DataError>) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| {
        errors.push(DataError {
            path: name.to_string(),
            message: format!("cannot read {}: {e}", path.display()),
        });
        String::new()
    })
}

/// Read the files, print every problem (stdout), exit 1 if there is any.
pub fn run(args: &Args) -> Result<String, Failure> {
    args.only(&["--json"], true)?;
    let dir = Path::new(args.dir.as_deref().unwrap_or("static/data"));
    if !dir.is_dir() {
        return Err(Failure::Usage(format!(
            "{} is not a directory",
            dir.display()
        )));
    }
    let mut errors = Vec::new();
    let halls = read(&dir.join("halls.json"), "halls.json", &mut errors);
    let matters = read(&dir.join("matters.json"), "matters.json", &mut errors);
    let mut names: Vec<String> = fs::read_dir(dir.join("holiday-cn"))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    if names.is_empty() {
        errors.push(DataError {
            path: "holiday-cn".into(),
            message: "no calendar files (holiday-cn/*.json)".into(),
        });
    }
    let texts: Vec<(String, String)> = names
        .into_iter()
        .map(|n| {
            let text = read(
                &dir.join("holiday-cn").join(&n),
                &format!("holiday-cn/{n}"),
                &mut errors,
            );
            (n, text)
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
            errors: &errors,
        })
        .map(|s| s + "\n")
        .map_err(|e| Failure::Refused(e.to_string()))?
    } else if errors.is_empty() {
        summary
    } else {
        errors.iter().map(|e| format!("{e}\n")).collect()
    };
    if errors.is_empty() {
        Ok(text)
    } else {
        print!("{text}");
        Err(Failure::Refused(format!(
            "{} problem{} in {}",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" },
            dir.display()
        )))
    }
}
