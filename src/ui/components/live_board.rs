//! A hall screen's strip of live statuses, beside any view other than every hall now (a
//! hall's page, the planner, a matter): whatever a visitor opens, every hall's state at
//! this moment stays on screen. Each tile is a link to that hall's page. A plain function,
//! not a component: it holds no state, and eight status queries per render cost nothing.

use yew::prelude::*;

use super::view_link::ViewLink;
use crate::engine::{Appointment, HallStatus};
use crate::ui::app::AppContext;
use crate::ui::card_lines::badge_icon;
use crate::ui::route::View;

/// The strip: every center at the clock's time, whatever moment the view shows (a station
/// is found by name on the hall list, not listed among hundreds here).
pub fn live_board(state: &AppContext) -> Html {
    let engine = &state.engine;
    let statuses = engine.status_all(state.clock);
    let (lang, texts, words) = (state.lang, state.lang.texts(), state.lang.cards());
    let tile = |status: &HallStatus| {
        let hall = engine.halls().get(status.hall)?;
        if !hall.listed_among(statuses.len()) {
            return None;
        }
        let booked = status.appointment == Some(Appointment::Required);
        let icon = badge_icon(status);
        let code = status.state.as_str();
        let class = classes!(
            "ph-live-tile",
            format!("ph-live-tile--{code}"),
            booked.then_some("ph-live-tile--booked")
        );
        Some(html! {
            <li {class} data-live-hall={hall.id.to_string()} data-state={code}>
                <ViewLink class="ph-live-link" view={View::Hall(hall.id.to_string())}>
                    <span class="ph-live-name">{ lang.pick(&hall.name) }</span>
                    <span class="ph-live-state">
                        <span aria-hidden="true">{ icon }{ " " }</span>
                        { if booked { words.booked_only } else { texts.state(status.state) } }
                    </span>
                </ViewLink>
            </li>
        })
    };
    html! {
        <nav class="ph-live" aria-label={lang.kiosk().live_label}>
            <ul class="ph-live-list">{ for statuses.iter().filter_map(tile) }</ul>
        </nav>
    }
}
