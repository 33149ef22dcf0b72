//! One day's service spans of a hall, as the engine merged them: `08:30–09:00 延时服务 · 无需预约`.

use yew::prelude::*;

use crate::engine::{format_hhmm, Span};
use crate::ui::card_lines::state_icon;
use crate::ui::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct SpanListProps {
    pub spans: Vec<Span>,
    pub lang: Lang,
}

#[function_component(SpanList)]
pub fn span_list(props: &SpanListProps) -> Html {
    let texts = props.lang.texts();
    if props.spans.is_empty() {
        return html! { <p class="ph-spans-none">{ texts.closed_all_day }</p> };
    }
    html! {
        <ul class="ph-spans">
            { for props.spans.iter().map(|span| html! {
                <li class={classes!("ph-span", format!("ph-span--{}", span.state.as_str()))}>
                    <span class="ph-span-time">{ format!("{}–{}", format_hhmm(span.start), format_hhmm(span.end)) }</span>
                    <span aria-hidden="true">{ state_icon(span.state) }</span>
                    { format!(" {} · {}", texts.state(span.state), texts.appointment(span.appointment)) }
                </li>
            }) }
        </ul>
    }
}
