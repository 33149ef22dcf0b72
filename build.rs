//! Compiles the shipped data into the binary. Reads `static/data/halls.json`,
//! `matters.json`, `exceptions.json` (if present) and every `static/data/holiday-cn/*.json` (so next year's calendar drops
//! in with no code change) with serde_json, runs the engine's own validation on them, and
//! writes the validated data as a Rust static (`src/embedded.rs` includes it). Broken data
//! fails the build with every problem listed at its JSON path, as `hours validate` lists
//! them.
//!
//! `PINGGU_HOURS_DATA=DIR` compiles another folder of the same shape in instead (the web
//! benchmark's 308-hall build, `tools/halls-308.mjs`); shipped builds never set it.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

// The engine itself, compiled into the build script (as jiff-static and opening-hours do
// with their data): the same loader and checks as the page and the `hours` tool.
#[allow(dead_code, unused_imports)]
#[path = "src/engine/mod.rs"]
mod engine;

use engine::load::emit::data_static;
use engine::{Data, DataSources};

/// A file's text, or a message saying why it could not be read.
fn read(path: &Path) -> Result<String, String> {
    println!("cargo:rerun-if-changed={}", path.display());
    fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

fn main() -> ExitCode {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/engine");
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(problems) => {
            eprintln!("static/data/ has problems; the build stops until they are fixed:");
            for p in problems.lines() {
                eprintln!("  {p}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let out_dir = PathBuf::from(env::var("OUT_DIR").map_err(|e| e.to_string())?);
    println!("cargo:rerun-if-env-changed=PINGGU_HOURS_DATA");
    let data = match env::var_os("PINGGU_HOURS_DATA") {
        Some(dir) => PathBuf::from(dir),
        None => manifest.join("static").join("data"),
    };
    let dir = data.join("holiday-cn");
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: cannot list: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();

    let halls = read(&data.join("halls.json"))?;
    let matters = read(&data.join("matters.json"))?;
    // Optional: without exceptions.json there are no exceptions.
    let exceptions_path = data.join("exceptions.json");
    println!("cargo:rerun-if-changed={}", exceptions_path.display());
    let exceptions = match exceptions_path.exists() {
        true => Some(read(&exceptions_path)?),
        false => None,
    };
    let mut calendars = Vec::new();
    for f in &files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned());
        calendars.push((name.unwrap_or_default(), read(f)?));
    }
    let sources = DataSources {
        halls: &halls,
        matters: &matters,
        calendars: calendars
            .iter()
            .map(|(n, t)| (n.clone(), t.as_str()))
            .collect(),
        exceptions: exceptions.as_deref(),
    };
    let data = Data::from_sources(&sources).map_err(|e| e.to_string())?;
    let target = out_dir.join("embedded_data.rs");
    fs::write(&target, data_static("EMBEDDED", &data))
        .map_err(|e| format!("{}: cannot write: {e}", target.display()))
}
