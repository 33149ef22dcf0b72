//! The data files this build ships (static/data/), as text in the data page's binary only:
//! "load the current data" reads them as any file staff open is read, with the browser's
//! `JSON.parse` into the engine's raw tree, so what is edited and written keeps the shipped
//! files' members and order.

use super::editor::{DataFile, Editor};
use crate::engine::RawFile;
use crate::ui::data_folder::parse;

/// The text of a shipped file.
fn text(file: DataFile) -> &'static str {
    match file {
        DataFile::Halls => include_str!("../../../static/data/halls.json"),
        DataFile::Matters => include_str!("../../../static/data/matters.json"),
        DataFile::Exceptions => include_str!("../../../static/data/exceptions.json"),
    }
}

/// A shipped file's raw tree.
pub fn shipped(file: DataFile) -> RawFile {
    parse(text(file), file.name())
}

/// The editor over the shipped files.
pub fn shipped_editor() -> Editor {
    Editor::new(
        shipped(DataFile::Halls),
        shipped(DataFile::Matters),
        shipped(DataFile::Exceptions),
    )
}
