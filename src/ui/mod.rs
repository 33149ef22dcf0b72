//! The visitor's page: Yew function components over the engine. The page asks the engine
//! every question; it never derives an hour or a rule itself.
//!
//! Laid out as Yew's examples are: `app` (the root), `components/` (one part per file),
//! `hooks` (reading the shared state; the clock, URL and storage effects), `state` (the one
//! reducer), `route` (the URL parameters) and `i18n/` (every word and format); `embedding`
//! says where the widget is shown (its page, an iframe, a host's element) and `mount`
//! starts it there; `data_folder` reads an embedder's data files and `data_update` puts
//! them in the state once the first status is shown. The route, the reducer, the embedding and the words hold no browser
//! type, so they build and are tested natively; the rest exists only in the browser (wasm32).

pub mod card_lines;
pub mod clock_check;
pub mod embedding;
pub mod first_view;
pub mod i18n;
pub mod kiosk;
pub mod listing;
pub mod maintain;
pub mod qr;
pub mod route;
pub mod state;
pub mod stations;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
pub mod data_folder;
#[cfg(target_arch = "wasm32")]
mod data_update;
#[cfg(target_arch = "wasm32")]
pub mod device;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[cfg(target_arch = "wasm32")]
mod host_url;
#[cfg(target_arch = "wasm32")]
mod kiosk_hooks;
#[cfg(target_arch = "wasm32")]
mod mount;
#[cfg(target_arch = "wasm32")]
pub mod offline;
#[cfg(target_arch = "wasm32")]
mod views;

#[cfg(target_arch = "wasm32")]
pub use app::{App, AppProps};
pub use i18n::Lang;
#[cfg(target_arch = "wasm32")]
pub use mount::{mount_element, mount_page, Handover};
pub use route::{HallOrder, Route, View};
