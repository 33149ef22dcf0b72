//! The data page for center staff (`maintain.html`, a separate binary that visitors never
//! download): load the current data or edited files, see every problem the engine finds (in
//! plain Chinese, beside its field and in one list), edit the weekend matter list and the
//! temporary changes in forms, preview the visitor's widget at a chosen moment, print the
//! notices to post in the halls, and download the files. The files are edited as the
//! engine's raw trees ([`editor`], pure and tested natively) and checked by the engine's own
//! validation, as build.rs, `hours validate` and the widget's data folder check them. Components, one per file, exist only in the browser.

pub mod editor;
pub mod templates;
pub mod tree;

#[cfg(target_arch = "wasm32")]
mod check;
#[cfg(target_arch = "wasm32")]
mod choice;
#[cfg(target_arch = "wasm32")]
mod downloads;
#[cfg(target_arch = "wasm32")]
mod exception_form;
#[cfg(target_arch = "wasm32")]
mod exceptions_editor;
#[cfg(target_arch = "wasm32")]
mod field;
#[cfg(target_arch = "wasm32")]
mod fields;
#[cfg(target_arch = "wasm32")]
mod halls_choice;
#[cfg(target_arch = "wasm32")]
mod load_bar;
#[cfg(target_arch = "wasm32")]
mod matter_form;
#[cfg(target_arch = "wasm32")]
mod matters_editor;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod pair;
#[cfg(target_arch = "wasm32")]
mod pair_list;
#[cfg(target_arch = "wasm32")]
mod preview;
#[cfg(target_arch = "wasm32")]
mod print_notices;
#[cfg(target_arch = "wasm32")]
mod problem_list;
#[cfg(target_arch = "wasm32")]
mod shipped;
#[cfg(target_arch = "wasm32")]
mod windows_list;

#[cfg(target_arch = "wasm32")]
pub use page::mount;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
