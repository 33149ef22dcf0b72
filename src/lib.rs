//! pinggu-hours: which Pinggu District government service halls are open, what extended
//! hours apply, what can be handled on a weekend, and how to book.
//!
//! [`engine`] answers every question from data and a time passed in; it builds and tests
//! natively. [`ui`] is the visitor's page and only asks the engine: its route, reducer and
//! words build (and are tested) natively too, its components and hooks only for wasm32.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod embedded;
pub mod engine;
pub mod ics;
pub mod ui;
