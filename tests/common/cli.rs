//! Running the `hours` binary from a test: its output, its one-line failures, and data
//! folders laid out as static/data is (the shipped files, edited copies, the exceptions
//! fixture). One copy for every test file of the command line.

use std::ffi::OsStr;
use std::path::PathBuf;
use std::process::{Command, Output};

use super::{data_texts, OwnedTexts};

/// Run `hours` with these arguments, in the repository's folder.
pub fn hours(args: &[&str]) -> Output {
    hours_os(args)
}

/// [`hours`] with arguments that need not be text.
pub fn hours_os<S: AsRef<OsStr>>(args: &[S]) -> Output {
    command(args).output().unwrap()
}

/// The `hours` command with these arguments, to run as the test needs.
pub fn command<S: AsRef<OsStr>>(args: &[S]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hours"));
    c.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// stderr of a failed run: exactly one line, no panic, no raw control character.
pub fn one_line_stderr(out: &Output) -> String {
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1, "one-line message, got {err:?}");
    assert!(!err.contains("panicked"), "{err:?}");
    assert!(
        !err.trim_end_matches('\n').chars().any(char::is_control),
        "raw control character in {err:?}"
    );
    err
}

/// stdout of a run that must succeed.
pub fn ok_stdout(args: &[&str]) -> String {
    let out = hours(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// stderr of a run that must fail with exit status `code` and one line holding `needle`.
pub fn fails<S: AsRef<OsStr> + std::fmt::Debug>(args: &[S], code: i32, needle: &str) -> String {
    let out = hours_os(args);
    assert_eq!(out.status.code(), Some(code), "{args:?}");
    let err = one_line_stderr(&out);
    assert!(err.contains(needle), "{args:?}: {err:?}");
    err
}

/// A fresh directory holding `texts` laid out as `static/data` is.
pub fn data_dir(name: &str, texts: &OwnedTexts) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hours-cli-{name}-{}", std::process::id()));
    data_dir_at(dir, texts)
}

/// A copy of static/data in a fresh directory.
pub fn temp_copy(name: &str) -> PathBuf {
    data_dir(name, &data_texts())
}

/// A copy of static/data at `dir` (replaced if it exists).
pub fn temp_copy_at(dir: PathBuf) -> PathBuf {
    data_dir_at(dir, &data_texts())
}

/// `texts` laid out as `static/data` is, at `dir` (replaced if it exists).
pub fn data_dir_at(dir: PathBuf, texts: &OwnedTexts) -> PathBuf {
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("holiday-cn")).unwrap();
    std::fs::write(dir.join("halls.json"), &texts.halls).unwrap();
    std::fs::write(dir.join("matters.json"), &texts.matters).unwrap();
    for (file, text) in &texts.calendars {
        std::fs::write(dir.join("holiday-cn").join(file), text).unwrap();
    }
    if let Some(text) = &texts.exceptions {
        std::fs::write(dir.join("exceptions.json"), text).unwrap();
    }
    dir
}

/// A copy of static/data with the exceptions of tests/fixtures/exceptions.json.
pub fn fixture_dir(name: &str) -> PathBuf {
    let mut texts = data_texts();
    texts.exceptions = Some(include_str!("../fixtures/exceptions.json").to_string());
    data_dir(name, &texts)
}
