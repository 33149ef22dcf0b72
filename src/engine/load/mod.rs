//! Loading and validation: from the raw tree of each data file to the model, with every
//! problem reported at its JSON path (`halls[0].regular[1].end: ...`). One code path for
//! every reader: build.rs and the `hours` tool feed it trees from serde_json, the page
//! feeds it trees from the browser's `JSON.parse`.

pub(crate) mod booking;
pub(crate) mod calendar;
pub(crate) mod contact;
// Used by build.rs, which compiles this module tree; a test checks its output.
#[cfg(not(target_arch = "wasm32"))]
#[allow(dead_code)]
pub(crate) mod emit;
pub(crate) mod exceptions;
pub(crate) mod files;
pub(crate) mod halls;
pub(crate) mod matters;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod native;
pub(crate) mod object;
pub(crate) mod value;
pub(crate) mod walk;
pub(crate) mod windows;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
