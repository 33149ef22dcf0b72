//! "还在使用吗？": a hall screen left alone asks before it goes back to its home view, with
//! one big button to keep using it and the seconds left (WCAG 2.2.1, timing adjustable).
//! The waiting is the root's hook (`kiosk_hooks::use_idle`); this only shows the question.

use yew::prelude::*;

use crate::ui::i18n::{going_home, Lang};

#[derive(Properties, PartialEq)]
pub struct IdlePromptProps {
    /// The seconds left to answer; `None`: nothing to ask.
    pub left: Option<u32>,
    pub keep_using: Callback<()>,
    pub lang: Lang,
}

#[function_component(IdlePrompt)]
pub fn idle_prompt(props: &IdlePromptProps) -> Html {
    let button = use_node_ref();
    {
        let button = button.clone();
        // The question takes focus when it appears, so a key or a screen reader finds it.
        use_effect_with(props.left.is_some(), move |asking| {
            if let Some(button) = button.cast::<web_sys::HtmlElement>().filter(|_| *asking) {
                let _ = button.focus();
            }
        });
    }
    let Some(left) = props.left else {
        return html! {};
    };
    let words = props.lang.kiosk();
    let keep_using = props.keep_using.clone();
    let onclick = Callback::from(move |_: MouseEvent| keep_using.emit(()));
    html! {
        <div class="ph-kiosk-overlay">
            <div class="ph-kiosk-dialog" role="alertdialog" aria-modal="true"
                aria-labelledby="ph-idle-heading" aria-describedby="ph-idle-left" data-idle-prompt="">
                <p id="ph-idle-heading" class="ph-kiosk-dialog-heading">{ words.still_there }</p>
                <p id="ph-idle-left" data-seconds-left={left.to_string()}>{ going_home(props.lang, left) }</p>
                <button ref={button} type="button" class="ph-button ph-button--primary ph-kiosk-big"
                    data-action="keep-using" {onclick}>
                    { words.keep_using }
                </button>
            </div>
        </div>
    }
}
