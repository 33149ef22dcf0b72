//! A matter's service level at a moment, as a badge: an icon and plain words (never colour
//! alone), with a stable `data-level` hook. Used in the result list and on the matter's page.
//! A plain function, not a component: it has no state, and each component costs bundle size.

use yew::prelude::*;

use crate::engine::{MatterKind, ServiceLevel};
use crate::ui::i18n::Lang;

/// A glyph that repeats the level's words in shape.
fn icon(level: ServiceLevel) -> &'static str {
    match level {
        ServiceLevel::Full => "✓",
        ServiceLevel::IntakeOnly => "◐",
        ServiceLevel::ConsultOnly => "?",
        ServiceLevel::Unavailable => "✕",
    }
}

/// The badge for `level` of a matter of `kind` (an undertaken matter is accepted, not finished).
pub fn level_badge(lang: Lang, level: ServiceLevel, kind: MatterKind) -> Html {
    let (code, icon) = (level.as_str(), icon(level));
    html! {
        <span class={format!("ph-level ph-level--{code}")} data-level={code}>
            <span class="ph-level-icon" aria-hidden="true">{ icon }</span>
            { lang.finder().level(level, kind) }
        </span>
    }
}
