//! Keeps the layering honest: the engine never touches the web, the disk or a clock, so it
//! builds and tests natively and every answer depends only on data and the time passed in.
//!
//! Clock reads are refused by the compiler (`disallowed-methods` in clippy.toml, checked by
//! `cargo clippy -- -D warnings`); this file keeps the rules clippy cannot scope to one
//! folder: no web crate, no `std::fs` and no serde_json in `src/engine`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

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

/// Every engine source file, as (path relative to `src/engine`, text).
fn engine_sources() -> Vec<(String, String)> {
    let engine = root().join("src/engine");
    let files = rust_files(&engine);
    assert!(
        files.len() > 5,
        "too few engine sources found under {}: {files:?}",
        engine.display()
    );
    files
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let name = path.strip_prefix(&engine).unwrap();
            (name.to_string_lossy().replace('\\', "/"), text)
        })
        .collect()
}

/// `file:line: word` for every line of `code` (the engine source `file`) that names one of
/// `words` outside a comment.
fn offences(file: &str, code: &str, words: &[&str]) -> Vec<String> {
    offences_in(&format!("src/engine/{file}"), code, words)
}

/// `path:line: word` for every line of `code` (the source at `path`) that names one of
/// `words` outside a comment.
fn offences_in(path: &str, code: &str, words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (number, line) in code.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        for word in words {
            if code.contains(word) {
                found.push(format!("{path}:{}: {word}", number + 1));
            }
        }
    }
    found
}

/// The engine also compiles for wasm32, where the web crates are dependencies: only this
/// check keeps them out of it. The disk belongs to the CLI and build.rs, which clippy.toml
/// cannot tell apart from the engine.
#[test]
fn the_engine_uses_no_web_crate_and_no_disk() {
    const FORBIDDEN: [&str; 6] = [
        "yew",
        "web_sys",
        "gloo",
        "js_sys",
        "wasm_bindgen",
        "std::fs",
    ];
    let sources = engine_sources();
    let test_only = test_only_files(&sources);
    let found: Vec<String> = sources
        .iter()
        .filter(|(file, _)| !test_only.contains(file))
        .flat_map(|(file, text)| offences(file, text, &FORBIDDEN))
        .collect();
    assert!(
        found.is_empty(),
        "the engine must stay pure:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_what_it_looks_for() {
    let code = "use std::fs;\n// web_sys in a comment\nlet x = gloo::timers; // yew\n";
    assert_eq!(
        offences("x.rs", code, &["std::fs", "web_sys", "gloo", "yew"]),
        ["src/engine/x.rs:1: std::fs", "src/engine/x.rs:3: gloo"]
    );
}

/// The clock rule lives in clippy.toml: it must keep naming every way to read the time.
#[test]
fn clippy_refuses_clock_reads() {
    let config = fs::read_to_string(root().join("clippy.toml")).unwrap();
    for method in [
        "std::time::SystemTime::now",
        "std::time::Instant::now",
        "chrono::offset::Utc::now",
        "chrono::offset::Local::now",
    ] {
        assert!(
            config.contains(&format!("path = \"{method}\"")),
            "clippy.toml must list {method} in disallowed-methods"
        );
    }
}

#[test]
fn web_crates_are_wasm_only_dependencies() {
    let manifest = fs::read_to_string(root().join("Cargo.toml")).unwrap();
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

/// Files of `src/engine` compiled only for tests: each a `mod NAME;` right after a
/// `#[cfg(...)]` that mentions `test`, in a `mod.rs` (so the file is `NAME.rs` or
/// `NAME/mod.rs` beside it). Paths relative to `src/engine`.
fn test_only_files(sources: &[(String, String)]) -> Vec<String> {
    let mut names = Vec::new();
    for (file, text) in sources {
        let Some(dir) = file.strip_suffix("mod.rs") else {
            continue;
        };
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            if pair[0].starts_with("#[cfg(") && pair[0].contains("test") {
                if let Some(name) = pair[1]
                    .strip_prefix("mod ")
                    .and_then(|n| n.strip_suffix(';'))
                {
                    names.push(format!("{dir}{name}.rs"));
                    names.push(format!("{dir}{name}/mod.rs"));
                }
            }
        }
    }
    names
}

/// The only engine file that may read JSON with serde_json: the native loader (the CLI's
/// `validate DIR`). The page's wasm never links it.
const SERDE_JSON_ALLOWED: &[&str] = &["load/native.rs"];

/// The page carries the engine in its wasm: serde_json and serde's deserializer errors stay
/// out of it (tests may use them).
#[test]
fn the_engine_reads_json_without_serde_json() {
    let sources = engine_sources();
    let test_only = test_only_files(&sources);
    assert!(
        test_only.contains(&"load/tests.rs".to_string()),
        "{test_only:?}"
    );
    let mut found = Vec::new();
    for (file, text) in &sources {
        if SERDE_JSON_ALLOWED.contains(&file.as_str()) || test_only.contains(file) {
            continue;
        }
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        found.extend(offences(
            file,
            code,
            &["serde_json", "serde::de", "Deserializer"],
        ));
    }
    assert!(
        found.is_empty(),
        "the engine reads JSON without serde_json:\n{}",
        found.join("\n")
    );
}

/// The notices (src/notice) are printed from the browser too: they build for wasm32 with the
/// page's dependencies only, so no serde_json, no disk and no clock outside their tests.
#[test]
fn the_notices_use_no_json_parser_no_disk_and_no_clock() {
    let dir = root().join("src/notice");
    let files = rust_files(&dir);
    assert!(files.len() >= 3, "too few notice sources: {files:?}");
    let mut found = Vec::new();
    for path in files.iter().filter(|p| !p.ends_with("tests.rs")) {
        let text = fs::read_to_string(path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let name = path.strip_prefix(root()).unwrap().to_string_lossy();
        found.extend(offences_in(
            &name,
            code,
            &["serde_json", "std::fs", "SystemTime", "Instant"],
        ));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The first module links no Yew (half its bytes were Yew's runtime and the components'
/// render code): its entry, the first view's markup and everything they draw on name no
/// `yew`, so a component creeping into them fails here, not in a size regression later.
#[test]
fn the_first_module_uses_no_yew() {
    let mut files = rust_files(&root().join("src/ui/first_view"));
    files.extend(rust_files(&root().join("src/ui/state")));
    files.extend(rust_files(&root().join("src/ui/i18n")));
    for file in [
        "src/first.rs",
        "src/ui/state.rs",
        "src/ui/device.rs",
        "src/ui/card_lines.rs",
        "src/ui/listing.rs",
        "src/ui/stations.rs",
        "src/ui/embedding.rs",
        "src/ui/route.rs",
        "src/ui/clock_check.rs",
        "src/ui/offline.rs",
    ] {
        files.push(root().join(file));
    }
    assert!(files.len() >= 15, "too few first-module sources: {files:?}");
    let mut found = Vec::new();
    for path in &files {
        let text = fs::read_to_string(path).unwrap();
        let name = path.strip_prefix(root()).unwrap().to_string_lossy();
        found.extend(offences_in(&name, &text, &["yew", "gloo"]));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
