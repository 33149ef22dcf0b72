//! The center's booking rules (halls.json `booking`, Articles 3, 5(1) and 7): channels, the
//! phone note, intake, no-show and cancellation. All words but the labels are data.

use yew::prelude::*;

use crate::engine::BookingRules;
use crate::ui::i18n::Lang;

/// The rules as a label/value list; `walk_in` adds the walk-in rule (for a walk-in slot in
/// a workday extended window, where it applies).
pub fn rules_list(lang: Lang, rules: &BookingRules, walk_in: bool) -> Html {
    let words = lang.booking();
    let mut rows = vec![(words.intake, &rules.intake)];
    if walk_in {
        rows.push((words.walk_in, &rules.walk_in));
    }
    rows.push((words.no_show, &rules.no_show));
    rows.push((words.cancellation, &rules.cancellation));
    html! {
        <dl class="ph-booking-rules">
            <dt>{ words.channels }</dt>
            <dd>
                <ul class="ph-channels">
                    { for rules.channels.iter().map(|c| html! { <li>{ lang.pick(&c.name).to_owned() }</li> }) }
                </ul>
            </dd>
            <dt>{ lang.texts().phone }</dt>
            <dd>
                if let Some(phone) = &rules.phone {
                    <a href={format!("tel:{phone}")}>{ phone.to_string() }</a>{ " " }
                }
                { lang.pick(&rules.phone_note).to_owned() }
            </dd>
            { for rows.into_iter().map(|(label, text)| html! {
                <><dt>{ label }</dt><dd>{ lang.pick(text).to_owned() }</dd></>
            }) }
        </dl>
    }
}
