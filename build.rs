//! Generates what the engine compiles in: minified copies of `static/data/halls.json`,
//! `matters.json` and every `holiday-cn/*.json` (so next year's calendar file drops in with
//! no code change). The files stay indented for the clerks who edit them; the page carries
//! them without the indentation, which is a third of their bytes.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// JSON text without the whitespace between tokens (whitespace inside strings is kept).
/// Text that is not JSON is stripped the same way, so validation still reports it.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

/// Write a minified copy of `src` to `out_dir/name`; returns the copy's path.
fn minified_copy(src: &Path, out_dir: &Path, name: &str) -> String {
    println!("cargo:rerun-if-changed={}", src.display());
    let target = out_dir.join(name);
    let text = fs::read_to_string(src).unwrap_or_default();
    if let Err(e) = fs::write(&target, minify(&text)) {
        println!("cargo:warning=cannot write {}: {e}", target.display());
    }
    target.display().to_string()
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    let data = manifest.join("static").join("data");
    let dir = data.join("holiday-cn");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=build.rs");

    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();

    let halls = minified_copy(&data.join("halls.json"), &out_dir, "halls.json");
    let matters = minified_copy(&data.join("matters.json"), &out_dir, "matters.json");
    let mut out = format!(
        "/// `static/data/halls.json`, minified by build.rs.\n\
         const EMBEDDED_HALLS: &str = include_str!({halls:?});\n\
         /// `static/data/matters.json`, minified by build.rs.\n\
         const EMBEDDED_MATTERS: &str = include_str!({matters:?});\n\
         /// Every `static/data/holiday-cn/*.json` file (name, text), minified by build.rs.\n\
         pub(crate) const EMBEDDED_CALENDARS: &[(&str, &str)] = &[\n"
    );
    for f in &files {
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let copy = minified_copy(f, &out_dir, &format!("holiday-cn-{name}"));
        let _ = writeln!(out, "    ({name:?}, include_str!({copy:?})),");
    }
    out.push_str("];\n");

    let target = out_dir.join("embedded_data.rs");
    if let Err(e) = fs::write(&target, out) {
        println!("cargo:warning=cannot write {}: {e}", target.display());
    }
}
