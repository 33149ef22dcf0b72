//! Tables written as text, one case per line, checked row by row: a failing row does not
//! hide the rows after it, and the test fails once at the end naming every failing row.

use std::fmt::Debug;
use std::panic::{catch_unwind, AssertUnwindSafe};

use serde::Serialize;

/// Run `check` on the columns (split at whitespace) of every row of `table`, skipping blank
/// lines and `#` comments, then fail listing every row whose check failed. Returns the
/// number of rows, so a caller can also pin how many there are.
pub fn check_rows(table: &str, check: impl Fn(&[&str])) -> usize {
    let mut rows = 0;
    let mut failures = Vec::new();
    for line in table.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        rows += 1;
        let columns: Vec<&str> = line.split_whitespace().collect();
        if let Err(payload) = catch_unwind(AssertUnwindSafe(|| check(&columns))) {
            let message = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_string()))
                .unwrap_or_default();
            failures.push(format!("{line}\n    {}", message.replace('\n', "\n    ")));
        }
    }
    assert!(rows > 0, "the table has no rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    rows
}

/// The value among `choices` that serializes as `name` (`open`, `walk_in`, ...): the
/// table spells values as the CLI's JSON does.
pub fn named<T: Serialize + Copy + Debug>(name: &str, choices: &[T]) -> T {
    choices
        .iter()
        .copied()
        .find(|c| serde_json::to_value(c).is_ok_and(|v| v == name))
        .unwrap_or_else(|| panic!("{name:?} is none of {choices:?}"))
}

/// A column that may be empty, written `-`.
pub fn optional(column: &str) -> Option<&str> {
    (column != "-").then_some(column)
}
