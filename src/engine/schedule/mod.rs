//! Day schedules: each hall's merged spans per kind of day (built once per data set), and
//! the answers read straight off them: the status at a moment and the timetable of a day.

pub(crate) mod ahead;
pub(crate) mod answers;
pub(crate) mod lookahead;
pub(crate) mod sharing;
pub(crate) mod status;
pub(crate) mod summary;
pub(crate) mod templates;
pub(crate) mod timetable;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
