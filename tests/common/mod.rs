//! What the native engine tests share: the hall ids, short ways to write a time and a date,
//! the engine under test, the shipped data files' text (to break copies of it), and a table
//! runner that reports every failing row at once. One copy here, so a change to how the
//! engine is built or where the data lives is made in one place.
// Each test file uses only some of these.
#![allow(dead_code)]

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod table;

use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime};
use pinggu_hours::engine::{parse_at, parse_json, DataErrors, DataSources, Engine, RawFiles};

/// The halls of halls.json, in file order (the order the page lists them in).
pub const HALL_IDS: [&str; 8] = [
    "district",
    "township",
    "marriage",
    "tax",
    "household",
    "traffic",
    "exit_entry",
    "housing_fund",
];

/// Beijing wall time written as `2026-10-03T10:00`.
pub fn at(text: &str) -> NaiveDateTime {
    parse_at(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

/// A date written as `2026-10-03`.
pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

/// The engine over the shipped data, built once for the whole test binary.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(Engine::embedded)
}

/// Replacement files for [`Engine::with_files`]: only exceptions.json.
pub fn exceptions_file(text: &str) -> RawFiles {
    RawFiles {
        exceptions: Some(parse_json(text, "exceptions.json")),
        ..RawFiles::default()
    }
}

/// Replacement files for [`Engine::with_files`]: only matters.json.
pub fn matters_file(text: &str) -> RawFiles {
    RawFiles {
        matters: Some(parse_json(text, "matters.json")),
        ..RawFiles::default()
    }
}

/// The text of the data files, owned so a test can break a copy of it.
#[derive(Clone, Debug)]
pub struct OwnedTexts {
    /// halls.json.
    pub halls: String,
    /// matters.json.
    pub matters: String,
    /// Every holiday-cn calendar file: (file name such as `2026.json`, text), by name.
    pub calendars: Vec<(String, String)>,
    /// exceptions.json, when there is one.
    pub exceptions: Option<String>,
}

impl OwnedTexts {
    /// The texts as the engine takes them.
    pub fn sources(&self) -> DataSources<'_> {
        DataSources {
            halls: &self.halls,
            matters: &self.matters,
            calendars: self
                .calendars
                .iter()
                .map(|(name, text)| (name.clone(), text.as_str()))
                .collect(),
            exceptions: self.exceptions.as_deref(),
        }
    }

    /// An engine built from these texts.
    pub fn build(&self) -> Result<Engine, DataErrors> {
        Engine::from_sources(&self.sources())
    }

    /// Every problem found in these texts, as the maintainers read them (none if valid).
    pub fn problems(&self) -> Vec<String> {
        match self.build() {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    /// The text of the calendar file `name` (such as `2026.json`).
    pub fn calendar(&self, name: &str) -> &str {
        self.calendars
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, text)| text.as_str())
            .unwrap_or_else(|| panic!("no calendar file {name}"))
    }
}

/// The shipped data files as they are on disk: `static/data/halls.json`, `matters.json`
/// and every `static/data/holiday-cn/*.json`.
pub fn data_texts() -> OwnedTexts {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("static/data");
    let read = |path: &Path| {
        fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let mut calendars = Vec::new();
    let dir = data.join("holiday-cn");
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            calendars.push((name, read(&path)));
        }
    }
    calendars.sort();
    assert!(
        !calendars.is_empty(),
        "no calendar files in {}",
        dir.display()
    );
    OwnedTexts {
        halls: read(&data.join("halls.json")),
        matters: read(&data.join("matters.json")),
        calendars,
        exceptions: Some(read(&data.join("exceptions.json"))),
    }
}

/// `text` with its one occurrence of `from` replaced by `to`. Fails unless `from` occurs
/// exactly once, so a test that breaks data cannot silently stop breaking it when the data
/// changes.
pub fn replace_once(text: &str, from: &str, to: &str) -> String {
    let found = text.matches(from).count();
    assert_eq!(found, 1, "{from:?} occurs {found} times, expected once");
    text.replacen(from, to, 1)
}

/// Edit a JSON text as a value, so a test does not depend on the file's formatting.
pub fn edit_json(text: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    let before = value.clone();
    edit(&mut value);
    assert_ne!(value, before, "the edit changed nothing");
    serde_json::to_string_pretty(&value).unwrap()
}
