//! The one line shown when an embedder's data files were refused: the page goes on with the
//! compiled-in data and says so; the problems themselves are in the console, for whoever
//! maintains the folder.

use yew::prelude::*;

use crate::ui::hooks::use_app;
use crate::ui::i18n::data_refused;
use crate::ui::state::DataSource;

/// The notice, shown only while the state says the folder's files were refused.
#[function_component(DataNotice)]
pub fn data_notice() -> Html {
    match use_app().map(|state| (state.lang, state.data_source)) {
        Some((lang, DataSource::Refused(problems))) => html! {
            <p class="ph-notice ph-notice--warning" role="status" data-data-notice="">
                { data_refused(lang, problems) }
            </p>
        },
        _ => html! {},
    }
}
