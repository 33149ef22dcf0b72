//! The data files as raw trees, read into [`Data`] in one pass: halls.json, matters.json and
//! exceptions.json (both checked against the halls it declares) and the holiday-cn calendars. Every problem of
//! every file is listed, so a clerk fixes them all in one round. The same pass replaces some
//! files of an existing data set (an embedder's folder holding only a new matter list or next
//! year's calendar): the files given are checked against the ones they join.

use crate::engine::calendar::Calendar;
use crate::engine::engine::{Data, Engine};
use crate::engine::error::{DataError, DataErrors};
use crate::engine::load::booking;
use crate::engine::load::exceptions::{kept_exceptions_check, read_exceptions};
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
/// `None` (or no calendar file) where a file is not given: an error for a whole data set
/// ([`Data::from_raw`]), "keep the current one" for a replacement ([`Data::with_files`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawFiles {
    /// halls.json.
    pub halls: Option<RawFile>,
    /// matters.json.
    pub matters: Option<RawFile>,
    /// holiday-cn calendar files: (file name such as `2026.json`, tree).
    pub calendars: Vec<(String, RawFile)>,
    /// exceptions.json: closures and changed hours on given dates. Optional even for a whole
    /// data set: without it there are no exceptions.
    pub exceptions: Option<RawFile>,
}

impl RawFiles {
    /// Whether no file is given at all.
    pub fn is_empty(&self) -> bool {
        self.halls.is_none()
            && self.matters.is_none()
            && self.calendars.is_empty()
            && self.exceptions.is_none()
    }
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

impl HallsFile {
    /// A halls.json that could not be read at all.
    fn of_nothing() -> HallsFile {
        HallsFile {
            halls: Vec::new(),
            declared: None,
            booking: None,
            closing_rule: None,
            source: None,
        }
    }
}

/// Fields of halls.json's top object.
const HALLS_FILE_FIELDS: &[&str] = &["source", "closing_rule", "booking", "halls"];

/// Read and check halls.json: its halls and booking rules (every problem pushed).
fn read_halls(raw: &RawFile, errors: &mut Vec<DataError>) -> HallsFile {
    let mut file = HallsFile::of_nothing();
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

impl HallsFile {
    /// What an existing data set says in halls.json.
    fn of(data: &Data) -> HallsFile {
        HallsFile {
            halls: data.halls.to_vec(),
            declared: Some(data.halls.iter().map(|h| h.id.to_string()).collect()),
            booking: Some(data.booking.clone()),
            closing_rule: data.closing_rule.clone(),
            source: data.source.as_deref().map(str::to_string),
        }
    }
}

/// Every problem of `matters` kept from an existing data set under new halls: a matter of a
/// hall the new halls.json no longer lists.
fn kept_matters_check(matters: &[Matter], ids: &[String], errors: &mut Vec<DataError>) {
    for (i, m) in matters.iter().enumerate() {
        if !ids.iter().any(|id| **id == *m.hall) {
            errors.push(DataError::new(
                format!("matters.json (in use):matters[{i}].hall"),
                format!(
                    "unknown hall id {:?}: halls.json no longer lists it",
                    m.hall
                ),
            ));
        }
    }
}

/// Read `files`; those not given come from `base` (an error when there is no base).
fn read(base: Option<&Data>, files: &RawFiles) -> Result<Data, DataErrors> {
    let mut errors = Vec::new();
    let missing = |name: &str, errors: &mut Vec<DataError>| {
        errors.push(DataError::new(name, "the file is missing"));
    };
    let calendar = match base {
        Some(b) if files.calendars.is_empty() => b.calendar.clone(),
        _ => Calendar::build(base.map(|b| &b.calendar), &files.calendars, &mut errors),
    };
    let halls_file = match (&files.halls, base) {
        (Some(raw), _) => read_halls(raw, &mut errors),
        (None, Some(b)) => HallsFile::of(b),
        (None, None) => {
            missing("halls.json", &mut errors);
            HallsFile::of_nothing()
        }
    };
    let declared = halls_file.declared.as_deref();
    let (matters, matters_source) = match (&files.matters, base) {
        (Some(raw), _) => read_matters(raw, declared, &mut errors),
        (None, Some(b)) => {
            // New halls that could be read at all: the matters kept must still find theirs.
            if let (Some(_), Some(ids)) = (&files.halls, declared) {
                kept_matters_check(&b.matters, ids, &mut errors);
            }
            let source = b.matters_source.as_deref().map(str::to_string);
            (b.matters.to_vec(), source)
        }
        (None, None) => {
            missing("matters.json", &mut errors);
            (Vec::new(), None)
        }
    };
    let exceptions = match (&files.exceptions, base) {
        (Some(raw), _) => read_exceptions(raw, declared, &mut errors),
        (None, Some(b)) => {
            if let (Some(_), Some(ids)) = (&files.halls, declared) {
                kept_exceptions_check(&b.exceptions, ids, &mut errors);
            }
            b.exceptions.to_vec()
        }
        (None, None) => Vec::new(),
    };
    match halls_file.booking {
        Some(booking) if errors.is_empty() => Ok(Data {
            calendar,
            halls: halls_file.halls.into(),
            matters: matters.into(),
            booking,
            closing_rule: halls_file.closing_rule,
            source: halls_file.source.map(Text::from),
            matters_source: matters_source.map(Text::from),
            exceptions: exceptions.into(),
        }),
        _ => Err(DataErrors(errors)),
    }
}

impl Data {
    /// Read and check a whole data set (halls.json, matters.json, the calendars and, if
    /// given, exceptions.json), listing every problem found in any of the files.
    pub fn from_raw(files: &RawFiles) -> Result<Data, DataErrors> {
        read(None, files)
    }

    /// This data with the files given replaced (the others kept), checked together: new
    /// halls against the matters kept, new matters against the halls, and a calendar file
    /// merged with the years already known (a year given replaces that year).
    pub fn with_files(&self, files: &RawFiles) -> Result<Data, DataErrors> {
        read(Some(self), files)
    }
}

impl Engine {
    /// Build from data files' raw trees, listing every problem found in any of them.
    pub fn from_raw(files: &RawFiles) -> Result<Engine, DataErrors> {
        Data::from_raw(files).map(Engine::from_data)
    }

    /// This engine with some data files replaced (an embedder's folder, a clerk's edited
    /// matter list); on any problem the error lists them all and this engine stays as it is.
    pub fn with_files(&self, files: &RawFiles) -> Result<Engine, DataErrors> {
        self.data().with_files(files).map(Engine::from_data)
    }
}
