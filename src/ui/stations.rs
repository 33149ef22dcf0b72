//! What the station search shows (Article 8's village and community stations), apart from
//! how it is drawn: whether it shows at all, its line, and the stations' cards. The Yew
//! search (`components/station_search.rs`) and the first view's markup both draw this.

use super::embedding::Layout;
use super::i18n::{stations_found, stations_hint};
use super::state::AppState;
use crate::engine::{HallLevel, HallStatus};

/// At most this many station cards at once: one or two characters can match dozens.
const SHOWN: usize = 12;

/// The search's answer to the text in the route.
pub struct StationResults<'a> {
    /// The hint before anything is typed, the count found, or that nothing matched.
    pub line: String,
    /// The cards to show, in data order.
    pub shown: Vec<&'a HallStatus>,
}

/// The search's answer, or `None` where there is no search: data without stations, a page
/// showing one hall (an embedder's `hall`), the compact layout (the cards only) and a hall
/// screen, which has no keyboard.
pub fn station_results<'a>(
    state: &AppState,
    statuses: &'a [HallStatus],
) -> Option<StationResults<'a>> {
    let engine = &state.engine;
    let is_station = |s: &&HallStatus| {
        let hall = engine.halls().get(s.hall);
        hall.is_some_and(|h| h.level == HallLevel::Station)
    };
    let stations = statuses.iter().filter(is_station).count();
    let compact = state.embedding.layout == Layout::Compact;
    if stations == 0 || statuses.len() == 1 || compact || state.embedding.is_kiosk() {
        return None;
    }
    let (lang, words) = (state.lang, state.lang.stations());
    let text = &state.route.station;
    let found = engine.find_stations(text);
    let shown: Vec<&HallStatus> = statuses
        .iter()
        .filter(|s| found.binary_search(&s.hall).is_ok())
        .take(SHOWN)
        .collect();
    let line = match (text.trim().is_empty(), found.len()) {
        (true, _) => stations_hint(lang, stations),
        (false, 0) => format!("{}{}{}", words.none.0, text.trim(), words.none.1),
        (false, n) => stations_found(lang, n, shown.len()),
    };
    Some(StationResults { line, shown })
}
