//! The visitor's page over the engine. The page asks the engine every question; it never
//! derives an hour or a rule itself. It comes in two modules: the first draws the hall list
//! as markup without Yew (`first_view/`), the full page is Yew function components.
//!
//! The full page is laid out as Yew's examples are: `app` (the root), `components/` (one
//! part per file), `hooks` (reading the shared state; the clock, URL and storage effects),
//! `state` (the one reducer, with the start state and the links in `state/`), `route` (the
//! URL parameters) and `i18n/` (every word and format); `embedding` says where the widget is
//! shown (its page, an iframe, a host's element) and `mount` starts it there; `data_folder`
//! reads an embedder's data files and `data_update` puts them in the state once the first
//! status is shown. What both modules draw is in plain modules: `card_lines` (a card's
//! lines), `listing` (which halls, in what order, and what the announcer says), `stations`
//! (the station search's answer); `device` reads and writes the browser (clock, URL,
//! storage) for both. The route, the reducer, the embedding, the words and the first view's
//! markup hold no browser type, so they build and are tested natively; the rest exists only
//! in the browser (wasm32).

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
