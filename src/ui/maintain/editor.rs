//! The data page's one reducer: the three files staff edit (halls.json for the list's phone
//! number, matters.json, exceptions.json) as the engine's raw trees, and every edit the forms
//! make on them. Pure (no browser type), so every edit is tested natively; the page checks
//! the result with [`Editor::check`], the engine's own validation.

use crate::engine::load::exceptions::EXCEPTION_FIELDS;
use crate::engine::load::matters::MATTER_FIELDS;
use crate::engine::load::windows::WINDOW_FIELDS;
use crate::engine::{DataError, DataErrors, Engine, Number, RawFile, RawFiles, Value};

use super::templates::blank_pair;
use super::tree::{self, Path, Step};

/// The files the data page edits and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    Halls,
    Matters,
    Exceptions,
}

impl DataFile {
    /// Every file, in the order they are listed and downloaded.
    pub const ALL: [DataFile; 3] = [DataFile::Halls, DataFile::Matters, DataFile::Exceptions];

    /// The file's name in a data folder.
    pub fn name(self) -> &'static str {
        match self {
            DataFile::Halls => "halls.json",
            DataFile::Matters => "matters.json",
            DataFile::Exceptions => "exceptions.json",
        }
    }

    /// The file a chosen file's name says it is (`matters (2).json` too, as browsers rename
    /// a second download); `None` for any other name.
    pub fn from_name(name: &str) -> Option<DataFile> {
        let name = name.to_ascii_lowercase();
        DataFile::ALL
            .into_iter()
            .find(|f| name.starts_with(f.name().trim_end_matches(".json")))
    }

    /// The file a problem's path is in: the engine writes paths from each file's top object
    /// (`matters[2].hall`), or names the file (`matters.json`).
    pub fn of_problem(path: &str) -> Option<DataFile> {
        let top = path.split(['.', '[', ':', ' ']).next().unwrap_or_default();
        match top {
            "halls" | "booking" | "closing_rule" => Some(DataFile::Halls),
            "matters" => Some(DataFile::Matters),
            "exceptions" => Some(DataFile::Exceptions),
            _ => DataFile::ALL
                .into_iter()
                .find(|f| path.starts_with(f.name())),
        }
    }
}

/// One change the forms make.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A file read (the shipped one, or one staff chose), or why it could not be read.
    Load(DataFile, RawFile),
    /// A text field: the string at the path. An optional text in both languages (a matter's
    /// `place`, `booking`) left empty in both becomes `null`, as the shipped files write it.
    Text(DataFile, Path, String),
    /// A list of words typed in one field, separated by commas (`，` `,` `、` `;`) or lines.
    Words(DataFile, Path, String),
    /// A number field: empty removes the member; anything else not a whole number is kept as
    /// typed, so the check names it.
    Number(DataFile, Path, String),
    /// Any value at the path.
    Set(DataFile, Path, Value),
    /// Remove the item or member at the path.
    Remove(DataFile, Path),
    /// Append an item to the list at the path.
    Push(DataFile, Path, Value),
}

/// The edited files and a count of changes (what the page's checks and preview key on).
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    pub halls: RawFile,
    pub matters: RawFile,
    pub exceptions: RawFile,
    /// Goes up with every change, so a view knows its data changed without comparing trees.
    pub revision: u64,
}

/// Fields of a matter's texts in both languages that may be left out (`null`).
const OPTIONAL_TEXTS: &[&str] = &["place", "booking"];

/// Fields of a text in both languages.
const LANGUAGES: &[&str] = &["zh", "en"];

/// The order of the members of the object at `parent` in `file`, as the shipped files have
/// them (the engine's own field lists).
fn order(file: DataFile, parent: &[Step]) -> &'static [&'static str] {
    match (file, parent) {
        (DataFile::Matters, [Step::Key("matters"), Step::Index(_)]) => MATTER_FIELDS,
        (DataFile::Exceptions, [Step::Key("exceptions"), Step::Index(_)]) => EXCEPTION_FIELDS,
        (DataFile::Exceptions, [.., Step::Key("windows"), Step::Index(_)]) => WINDOW_FIELDS,
        _ => LANGUAGES,
    }
}

/// Words typed in one field: split at commas, semicolons and line ends, blanks dropped.
pub fn split_words(text: &str) -> Vec<String> {
    text.split([',', '，', '、', ';', '；', '\n'])
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

impl Editor {
    /// The editor over these files' trees.
    pub fn new(halls: RawFile, matters: RawFile, exceptions: RawFile) -> Editor {
        Editor {
            halls,
            matters,
            exceptions,
            revision: 0,
        }
    }

    /// The tree of `file`, or why it could not be read.
    pub fn file(&self, file: DataFile) -> &RawFile {
        match file {
            DataFile::Halls => &self.halls,
            DataFile::Matters => &self.matters,
            DataFile::Exceptions => &self.exceptions,
        }
    }

    fn file_mut(&mut self, file: DataFile) -> &mut RawFile {
        match file {
            DataFile::Halls => &mut self.halls,
            DataFile::Matters => &mut self.matters,
            DataFile::Exceptions => &mut self.exceptions,
        }
    }

    /// The tree of `file` when it could be read.
    pub fn tree(&self, file: DataFile) -> Option<&Value> {
        self.file(file).as_ref().ok()
    }

    /// The items of the list at `key` of `file` (`matters`, `exceptions`): empty when absent.
    pub fn items(&self, file: DataFile, key: &'static str) -> &[Value] {
        match self.tree(file).and_then(|t| t.get(key)) {
            Some(Value::Array(items)) => items,
            _ => &[],
        }
    }

    /// The halls halls.json lists: (id, name in Chinese, name in English), for the forms'
    /// choices.
    pub fn hall_choices(&self) -> Vec<(String, String, String)> {
        self.items(DataFile::Halls, "halls")
            .iter()
            .filter_map(|h| {
                let id = h.get("id")?.as_str()?.to_string();
                let name = |lang| {
                    let text = h.get("name").and_then(|n| n.get(lang));
                    text.and_then(Value::as_str).unwrap_or(&id).to_string()
                };
                Some((id.clone(), name("zh"), name("en")))
            })
            .collect()
    }

    /// The engine's verdict on the edited files, exactly as build.rs, `hours validate` and
    /// the widget's data folder check them (the calendars are the ones compiled in). Checked
    /// on every edit, and the page then asks a few questions of the result: an engine
    /// without the tables of days ahead and of answers, which would cost more to build than
    /// they save here (`Engine::without_lookahead`).
    pub fn check(&self) -> Result<Engine, DataErrors> {
        let files = RawFiles {
            halls: Some(self.halls.clone()),
            matters: Some(self.matters.clone()),
            exceptions: Some(self.exceptions.clone()),
            calendars: Vec::new(),
        };
        let compiled_in = Engine::embedded_halls().data();
        compiled_in
            .with_files(&files)
            .map(Engine::without_lookahead)
    }

    /// The editor after `edit`; the same editor (same revision) when nothing changed.
    pub fn apply(&self, edit: Edit) -> Editor {
        let mut next = self.clone();
        if next.change(edit) {
            next.revision = self.revision.wrapping_add(1);
        }
        next
    }

    /// Makes `edit`; whether anything changed.
    fn change(&mut self, edit: Edit) -> bool {
        let file = match &edit {
            Edit::Load(file, raw) => {
                let slot = self.file_mut(*file);
                *slot = raw.clone();
                return true;
            }
            Edit::Text(f, ..)
            | Edit::Words(f, ..)
            | Edit::Number(f, ..)
            | Edit::Set(f, ..)
            | Edit::Remove(f, ..)
            | Edit::Push(f, ..) => *f,
        };
        let Ok(tree) = self.file_mut(file) else {
            return false;
        };
        let order = |parent: &[Step]| order(file, parent);
        match edit {
            Edit::Load(..) => false,
            Edit::Text(_, path, text) => {
                let mut changed = start_pair(tree, &path);
                changed |= tree::set(tree, &path, Value::String(text), &order);
                changed | clear_empty_pair(tree, &path)
            }
            Edit::Words(_, path, text) => {
                let words = split_words(&text).into_iter().map(Value::String).collect();
                tree::set(tree, &path, Value::Array(words), &order)
            }
            Edit::Number(_, path, text) => match text.trim() {
                "" => tree::remove(tree, &path),
                t => {
                    let value = t
                        .parse::<u64>()
                        .map(|n| Value::Number(Number::Unsigned(n)))
                        .unwrap_or_else(|_| Value::String(t.to_string()));
                    tree::set(tree, &path, value, &order)
                }
            },
            Edit::Set(_, path, value) => tree::set(tree, &path, value, &order),
            Edit::Remove(_, path) => tree::remove(tree, &path),
            Edit::Push(_, path, item) => tree::push(tree, &path, item, &order),
        }
    }
}

/// Before a text in one language is typed into a text in both languages that is `null` (an
/// optional one left out): make it the pair with both empty, so the other language is
/// asked for. Whether that happened.
fn start_pair(tree: &mut Value, path: &[Step]) -> bool {
    let Some((Step::Key(lang), parent)) = path.split_last() else {
        return false;
    };
    if !LANGUAGES.contains(lang) || tree::get(tree, parent) != Some(&Value::Null) {
        return false;
    }
    let none = |_: &[Step]| -> &'static [&'static str] { &[] };
    tree::set(tree, parent, blank_pair(), &none)
}

/// After a text at `path` changed: an optional text in both languages left empty in both
/// becomes `null` again; whether that happened.
fn clear_empty_pair(tree: &mut Value, path: &[Step]) -> bool {
    let Some((Step::Key(lang), parent)) = path.split_last() else {
        return false;
    };
    let optional = matches!(parent.last(), Some(Step::Key(k)) if OPTIONAL_TEXTS.contains(k));
    if !optional || !LANGUAGES.contains(lang) {
        return false;
    }
    let empty = |l: &str| {
        tree::get(tree, parent)
            .and_then(|p| p.get(l))
            .and_then(Value::as_str)
            == Some("")
    };
    if empty("zh") && empty("en") {
        let none = |_: &[Step]| -> &'static [&'static str] { &[] };
        return tree::set(tree, parent, Value::Null, &none);
    }
    false
}

/// The problems of `errors` at exactly `path` (a form's own problems), or also below it
/// (`below`: a field's, such as `matters[2].name` for `matters[2].name.zh`).
pub fn problems_at<'e>(errors: &'e [DataError], path: &str, below: bool) -> Vec<&'e DataError> {
    errors
        .iter()
        .filter(|e| {
            let rest = e.path.strip_prefix(path);
            match rest {
                Some("") => true,
                Some(r) => below && (r.starts_with('.') || r.starts_with('[')),
                None => false,
            }
        })
        .collect()
}
