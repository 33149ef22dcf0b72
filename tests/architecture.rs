//! Keeps the layering honest: the engine never touches the web or a clock, so it builds and
//! tests natively and every answer depends only on data and the time passed in.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// Words that would mean the engine depends on the browser or reads the time itself.
const FORBIDDEN: [&str; 10] = [
    "yew",
    "web_sys",
    "gloo",
    "js_sys",
    "wasm_bindgen",
    "Local::now",
    "Utc::now",
    "SystemTime",
    "Instant::now",
    "std::fs",
];

#[test]
fn the_engine_uses_no_web_crate_and_reads_no_clock() {
    let engine = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
    let files = rust_files(&engine);
    assert!(
        !files.is_empty(),
        "no engine sources found under {}",
        engine.display()
    );
    let mut offences = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in FORBIDDEN {
                if code.contains(word) {
                    offences.push(format!("{}:{}: {word}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the engine must stay pure:\n{}",
        offences.join("\n")
    );
}

#[test]
fn web_crates_are_wasm_only_dependencies() {
    let manifest =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let (common, _) = manifest
        .split_once("[target.")
        .expect("Cargo.toml has target-specific sections");
    for krate in ["yew", "web-sys", "gloo", "js-sys", "wasm-bindgen"] {
        assert!(
            !common
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("{krate} "))),
            "{krate} must be a wasm32-only dependency so the engine cannot use it natively"
        );
    }
}

/// Files of `src/engine` compiled only for tests: each named by a `#[path]` right after a
/// `#[cfg(...)]` that mentions `test`.
fn test_only_files(files: &[PathBuf]) -> Vec<String> {
    let mut names = Vec::new();
    for file in files {
        let text = fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            if pair[0].starts_with("#[cfg(") && pair[0].contains("test") {
                if let Some(name) = pair[1].strip_prefix("#[path = \"") {
                    names.push(name.trim_end_matches("\"]").to_string());
                }
            }
        }
    }
    names
}

/// The page carries the engine in its wasm: reading the data files goes through the
/// engine's own JSON reader, so serde_json and serde's deserializer errors stay out of it
/// (tests may use them to check the reader).
#[test]
fn the_engine_reads_json_without_serde_json() {
    let engine = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
    let files = rust_files(&engine);
    let test_only = test_only_files(&files);
    assert!(
        test_only.iter().any(|f| f == "json_tests.rs"),
        "{test_only:?}"
    );
    let mut offences = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        if test_only.contains(&name) {
            continue;
        }
        let text = fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (number, line) in code.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for word in ["serde_json", "serde::de", "Deserializer"] {
                if code.contains(word) {
                    offences.push(format!("{}:{}: {word}", file.display(), number + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the engine reads JSON with its own reader:\n{}",
        offences.join("\n")
    );
}
