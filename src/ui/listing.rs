//! Which halls the list gives a card, and in what order: the same for the full page's Yew
//! list (`components/hall_list.rs`, and its announcer) and the first view's markup.

use super::route::HallOrder;
use crate::engine::{Engine, HallStatus};

/// Whether `status` gets a card of its own in the list (and a word from the announcer), by
/// [`Hall::listed_among`](crate::engine::Hall::listed_among).
pub fn listed(engine: &Engine, statuses: &[HallStatus], status: &HallStatus) -> bool {
    let hall = engine.halls().get(status.hall);
    hall.is_none_or(|h| h.listed_among(statuses.len()))
}

/// The statuses that get a card, in data order.
pub fn listed_statuses(engine: &Engine, statuses: &[HallStatus]) -> Vec<HallStatus> {
    statuses
        .iter()
        .filter(|s| listed(engine, statuses, s))
        .copied()
        .collect()
}

/// `listed` in the order the visitor chose.
pub fn in_order(listed: &[HallStatus], order: HallOrder) -> Vec<&HallStatus> {
    match order {
        HallOrder::OpenFirst => HallStatus::open_first(listed),
        HallOrder::Data => listed.iter().collect(),
    }
}
