//! Reading an embedder's data folder (`data="…"`, `?data=`) into the page: after the first
//! status is on screen (by the full page, once it has taken over from the first module; an
//! effect runs after the first render, and the fetches run after it), the folder's files are checked by the engine against the data in use. Valid files
//! replace it at once; on any problem the data in use stays, the page shows one line, and
//! each problem goes to the console with its JSON path, one line each.

use std::rc::Rc;

use chrono::Datelike;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::app::AppContext;
use super::data_folder::{calendar_years, fetch_folder};
use super::state::Action;
use crate::engine::DataErrors;

/// What each console line of a refused folder starts with, so a maintainer can filter.
const CONSOLE_PREFIX: &str = "pinggu-hours data";

/// Fetches `folder` once, after the first render, and dispatches what became of its files.
/// A folder holding none of the files changes nothing. Only the full page reads it (after it
/// takes over from the first module, which links none of this, nor the engine's validation).
#[hook]
pub fn use_data_folder(state: &AppContext, folder: Option<String>) {
    let state = state.clone();
    use_effect_with(folder, move |folder| {
        let Some(folder) = folder.clone() else {
            return;
        };
        let engine = state.engine.clone();
        let years = calendar_years(engine.calendar_years(), state.clock.year());
        spawn_local(async move {
            let files = fetch_folder(&folder, years.into_iter()).await;
            if files.is_empty() {
                return;
            }
            match engine.with_files(&files) {
                Ok(engine) => state.dispatch(Action::DataReplaced(Rc::new(engine))),
                Err(problems) => {
                    report(&folder, &problems);
                    state.dispatch(Action::DataRefused(problems.len()));
                }
            }
        });
    });
}

/// One console error per problem, naming the folder: `pinggu-hours data (overrides/):
/// halls.json:halls[0].id: …`.
fn report(folder: &str, problems: &DataErrors) {
    for problem in problems.iter() {
        let line = format!("{CONSOLE_PREFIX} ({folder}): {problem}");
        gloo::console::error!(line);
    }
}
