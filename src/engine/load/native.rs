//! Reading data files' text natively, with serde_json: for build.rs (which compiles the
//! shipped data into the binary), the `hours` tool and tests. Never in the page: there the
//! browser's `JSON.parse` reads run-time files, so no JSON text parser is linked into the
//! wasm (this module is compiled for native targets only).

use crate::engine::engine::{Data, Engine};
use crate::engine::error::{DataError, DataErrors};
use crate::engine::load::files::{RawFile, RawFiles};
use crate::engine::load::value::{Number, Value};

/// The text of the data files, as read from disk: what `hours validate DIR` and
/// `--data DIR` check, and what build.rs compiles in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataSources<'a> {
    /// halls.json.
    pub halls: &'a str,
    /// matters.json.
    pub matters: &'a str,
    /// holiday-cn calendar files: (file name such as `2026.json`, text).
    pub calendars: Vec<(String, &'a str)>,
    /// exceptions.json, when the folder has one (without it there are no exceptions).
    pub exceptions: Option<&'a str>,
}

impl DataSources<'_> {
    /// Each file's raw tree, or its syntax error at the file's name.
    pub fn parse(&self) -> RawFiles {
        RawFiles {
            halls: Some(parse(self.halls, "halls.json")),
            matters: Some(parse(self.matters, "matters.json")),
            calendars: self
                .calendars
                .iter()
                .map(|(name, text)| (name.clone(), parse(text, &format!("holiday-cn/{name}"))))
                .collect(),
            exceptions: self.exceptions.map(|text| parse(text, "exceptions.json")),
        }
    }
}

impl Data {
    /// Read and check the files' text, listing every problem found in any of them.
    pub fn from_sources(sources: &DataSources<'_>) -> Result<Data, DataErrors> {
        Data::from_raw(&sources.parse())
    }
}

impl Engine {
    /// Build from the files' text, listing every problem found in any of them.
    ///
    /// ```
    /// use pinggu_hours::engine::{DataSources, Engine};
    /// let halls = std::fs::read_to_string("static/data/halls.json").unwrap();
    /// let broken = halls.replacen("\"17:30\"", "\"25:00\"", 1);
    /// assert_ne!(broken, halls);
    /// let sources = DataSources { halls: &broken, matters: "{}", ..DataSources::default() };
    /// let errors = Engine::from_sources(&sources).unwrap_err();
    /// assert_eq!(
    ///     errors.iter().next().unwrap().to_string(),
    ///     "halls[0].extended[2].end: \"25:00\" is not a time of day (HH:MM, 00:00 to 23:59)"
    /// );
    /// ```
    pub fn from_sources(sources: &DataSources<'_>) -> Result<Engine, DataErrors> {
        Data::from_sources(sources).map(Engine::from_data)
    }
}

/// Parse a whole file's text into the raw tree; a syntax error is reported at `file` with
/// serde_json's line and column.
pub fn parse(text: &str, file: &str) -> RawFile {
    serde_json::from_str::<serde_json::Value>(text)
        .map(convert)
        .map_err(|e| DataError::new(file, format!("not JSON: {e}")))
}

/// serde_json's tree as the walker's (objects keep file order: `preserve_order`).
fn convert(v: serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => Value::Number(number(&n)),
        serde_json::Value::String(s) => Value::String(s),
        serde_json::Value::Array(items) => Value::Array(items.into_iter().map(convert).collect()),
        serde_json::Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, convert(v))).collect())
        }
    }
}

fn number(n: &serde_json::Number) -> Number {
    if let Some(u) = n.as_u64() {
        Number::Unsigned(u)
    } else if let Some(i) = n.as_i64() {
        Number::Signed(i)
    } else {
        Number::Float(n.as_f64().unwrap_or(f64::NAN))
    }
}
