//! The data files as raw trees, read into [`Data`] in one pass: halls.json, matters.json
//! (checked against the halls it declares) and the holiday-cn calendars. Every problem of
//! every file is listed, so a clerk fixes them all in one round.

use crate::engine::calendar::Calendar;
use crate::engine::engine::{Data, Engine};
use crate::engine::error::{DataError, DataErrors};
use crate::engine::load::booking;
use crate::engine::load::halls;
use crate::engine::load::matters;
use crate::engine::load::object::Obj;
use crate::engine::load::value::Value;
use crate::engine::load::walk::{list, top_object};
use crate::engine::model::booking::BookingRules;
use crate::engine::model::hall::Hall;
use crate::engine::model::matter::Matter;
use crate::engine::model::text::Localized;
use crate::engine::model::Text;

/// One data file as its reader left it: the raw tree, or why it is not JSON (reported with
/// the other files' problems, so one broken file does not hide the rest).
pub type RawFile = Result<Value, DataError>;

/// The data files as raw trees, from serde_json (natively) or `JSON.parse` (in the page).
#[derive(Clone, Debug, PartialEq)]
pub struct RawFiles {
    /// halls.json.
    pub halls: RawFile,
    /// matters.json.
    pub matters: RawFile,
    /// holiday-cn calendar files: (file name such as `2026.json`, tree).
    pub calendars: Vec<(String, RawFile)>,
}

/// The tree of a file, or its reader's error pushed to `errors`.
pub(crate) fn tree<'f>(file: &'f RawFile, errors: &mut Vec<DataError>) -> Option<&'f Value> {
    match file {
        Ok(tree) => Some(tree),
        Err(e) => {
            errors.push(e.clone());
            None
        }
    }
}

/// What halls.json holds besides its halls.
struct HallsFile {
    halls: Vec<Hall>,
    /// The ids declared (`None` if the file could not be read at all).
    declared: Option<Vec<String>>,
    booking: Option<BookingRules>,
    closing_rule: Option<Localized>,
    source: Option<String>,
}

/// Fields of halls.json's top object.
const HALLS_FILE_FIELDS: &[&str] = &["source", "closing_rule", "booking", "halls"];

/// Read and check halls.json: its halls and booking rules (every problem pushed).
fn read_halls(raw: &RawFile, errors: &mut Vec<DataError>) -> HallsFile {
    let mut file = HallsFile {
        halls: Vec::new(),
        declared: None,
        booking: None,
        closing_rule: None,
        source: None,
    };
    let Some(map) = tree(raw, errors).and_then(|t| top_object(t, "halls.json", errors)) else {
        return file;
    };
    let o = Obj::top(map, "halls.json", "");
    o.only(HALLS_FILE_FIELDS, errors);
    file.source = o.opt_string("source", errors);
    file.closing_rule = o.opt_localized("closing_rule", errors);
    let raw_halls = o
        .need("halls", errors)
        .and_then(|v| list(v, o.path("halls"), errors));
    file.declared = raw_halls.map(|hs| {
        hs.iter()
            .filter_map(|h| h.get("id").and_then(Value::as_str).map(str::to_string))
            .collect()
    });
    if let Some(hs) = raw_halls {
        file.halls = halls::halls(hs, errors);
    }
    file.booking = o
        .need("booking", errors)
        .and_then(|v| booking::rules(v, errors));
    file
}

/// Fields of matters.json's top object.
const MATTERS_FILE_FIELDS: &[&str] = &["source", "matters"];

/// Read and check matters.json against the declared hall ids (every problem pushed).
fn read_matters(
    raw: &RawFile,
    hall_ids: Option<&[String]>,
    errors: &mut Vec<DataError>,
) -> (Vec<Matter>, Option<String>) {
    let Some(map) = tree(raw, errors).and_then(|t| top_object(t, "matters.json", errors)) else {
        return (Vec::new(), None);
    };
    let o = Obj::top(map, "matters.json", "");
    o.only(MATTERS_FILE_FIELDS, errors);
    let source = o.opt_string("source", errors);
    let matters = o
        .need("matters", errors)
        .and_then(|v| list(v, o.path("matters"), errors))
        .map(|ms| matters::matters(ms, hall_ids, errors))
        .unwrap_or_default();
    (matters, source)
}

impl Data {
    /// Read and check every file, listing every problem found in any of them.
    pub fn from_raw(files: &RawFiles) -> Result<Data, DataErrors> {
        let mut errors = Vec::new();
        let calendar = Calendar::build(&files.calendars, &mut errors);
        let halls_file = read_halls(&files.halls, &mut errors);
        let declared = halls_file.declared.as_deref();
        let (matters, matters_source) = read_matters(&files.matters, declared, &mut errors);
        match halls_file.booking {
            Some(booking) if errors.is_empty() => Ok(Data {
                calendar,
                halls: halls_file.halls.into(),
                matters: matters.into(),
                booking,
                closing_rule: halls_file.closing_rule,
                source: halls_file.source.map(Text::from),
                matters_source: matters_source.map(Text::from),
            }),
            _ => Err(DataErrors(errors)),
        }
    }
}

impl Engine {
    /// Build from data files' raw trees, listing every problem found in any of them.
    pub fn from_raw(files: &RawFiles) -> Result<Engine, DataErrors> {
        Data::from_raw(files).map(Engine::from_data)
    }

    /// A copy of this engine with the matter list replaced (a clerk's new matters.json),
    /// checked against this engine's halls.
    pub fn with_matters(&self, matters: &RawFile) -> Result<Engine, DataErrors> {
        let mut errors = Vec::new();
        let ids: Vec<String> = self.halls.iter().map(|h| h.id.to_string()).collect();
        let (list, source) = read_matters(matters, Some(&ids), &mut errors);
        if !errors.is_empty() {
            return Err(DataErrors(errors));
        }
        let mut engine = self.clone();
        engine.matters = list.into();
        engine.matters_source = source.map(Text::from);
        Ok(engine)
    }
}
