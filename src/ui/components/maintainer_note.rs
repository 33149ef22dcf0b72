//! The maintainers' footer line: the holiday calendar that is due and not loaded (today's
//! year at any time, next year's from 1 November), as `hours validate` says it, so whoever
//! looks after the page adds the file before its dates go unconfirmed. Asked of the engine
//! for the clock's date (not a moment the visitor chose); gone once a folder supplies it.
//! On the page's own document it is the page's footer landmark.

use yew::prelude::*;

use crate::ui::hooks::use_app;
use crate::ui::i18n::calendar_due;

/// The line, shown only while a calendar year is due.
#[function_component(MaintainerNote)]
pub fn maintainer_note() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let Some(year) = state.engine.missing_calendar_year(state.clock.date()) else {
        return html! {};
    };
    let line = html! {
        <p class="ph-maintainer-note" data-calendar-due={year.to_string()}>
            { calendar_due(state.lang, year) }
        </p>
    };
    // The page's own footer landmark; inside a host page, whose landmarks hold the widget,
    // the line alone.
    if state.embedding.owns_document() {
        html! { <footer class="ph-footer">{ line }</footer> }
    } else {
        line
    }
}
