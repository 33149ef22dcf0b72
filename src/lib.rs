//! pinggu-hours: which Pinggu District government service halls are open, what extended
//! hours apply, what can be handled on a weekend, and how to book.
//!
//! [`engine`] answers every question from data and a time passed in; it builds and tests
//! natively. [`ui`] is the visitor's page and only asks the engine: its route, reducer and
//! words build (and are tested) natively too, its components and hooks only for wasm32.
//! [`notice`] writes the notices the halls post (hours, the weekend matter list) as HTML for
//! A4 paper, from the engine and the page's words, for the command line and the browser alike.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod embedded;
pub mod engine;
/// Structured data and calendar exports (JSON-LD, iCalendar, OSM) for `hours export` and the
/// page's build; natively only, the page never links it.
#[cfg(not(target_arch = "wasm32"))]
pub mod export;
pub mod ics;
pub mod notice;
pub mod ui;

/// Talc instead of the default dlmalloc: smaller and faster in WebAssembly. Declared once
/// here, for every wasm32 build that links the crate (the page's two modules, the data
/// page, the browser tests).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
