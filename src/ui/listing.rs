//! Which halls the list gives a card, and in what order: the same for the full page's Yew
//! list (`components/hall_list.rs`, and its announcer) and the first view's markup.

use super::i18n::{state_words, Lang};
use super::route::HallOrder;
use super::state::AppState;
use crate::engine::{Engine, HallStatus};

/// The list's orders with their buttons' words, in the buttons' order.
pub fn order_choices(lang: Lang) -> [(HallOrder, &'static str); 2] {
    let words = lang.cards();
    [
        (HallOrder::Data, words.order_data),
        (HallOrder::OpenFirst, words.order_open_first),
    ]
}

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

/// What the screen-reader announcer says when the live clock changes a listed hall's state
/// (`区政务服务中心：午间休息`), in the badge's words; `None` when nothing changed or the
/// moment is one the visitor chose (a plan is not news).
pub fn announcement(
    state: &AppState,
    previous: &[HallStatus],
    statuses: &[HallStatus],
) -> Option<String> {
    let (engine, lang) = (&state.engine, state.lang);
    let day = engine.day(state.moment().date());
    let changes: Vec<String> = statuses
        .iter()
        .filter(|now| listed(engine, statuses, now))
        .filter(|now| {
            previous
                .iter()
                .any(|before| before.hall == now.hall && before.state != now.state)
        })
        .filter_map(|now| {
            let hall = engine.halls().get(now.hall)?;
            let name = lang.pick(&hall.name);
            Some([name, lang.texts().label_sep, &state_words(lang, now, &day)].concat())
        })
        .collect();
    (!changes.is_empty() && !state.is_pinned()).then(|| changes.join(lang.texts().list_sep))
}
