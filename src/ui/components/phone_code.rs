//! "在手机上继续": a hall screen's code of the view it shows, on the page's public address
//! (`?public=`), for a visitor to carry the answer away on a phone. Made on the device
//! (`qr.rs`) and drawn as Yew's own SVG elements. Without a public address there is no
//! button and no code: the screen's own address is never offered, nor one guessed.

use yew::prelude::*;

use crate::ui::app::AppContext;
use crate::ui::hooks::use_app;
use crate::ui::qr::qr_picture;
use crate::ui::state::Action;

/// The toolbar's button that shows the code; nothing without a public address.
pub fn phone_code_button(state: &AppContext) -> Html {
    if state.phone_link().is_none() {
        return html! {};
    }
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowPhoneCode(true)))
    };
    html! {
        <button type="button" class="ph-button" data-action="phone-code" {onclick}>
            { state.lang.kiosk().continue_on_phone }
        </button>
    }
}

/// The code itself, over the screen, while the state asks for it.
#[function_component(PhoneCode)]
pub fn phone_code() -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        // The dialog takes focus when it opens.
        use_effect_with((), move |_| {
            if let Some(button) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let Some(state) = use_app() else {
        return html! {};
    };
    let link = state.phone_link();
    let Some((link, picture)) = link.and_then(|l| qr_picture(&l).map(|p| (l, p))) else {
        return html! {};
    };
    let words = state.lang.kiosk();
    let close = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ShowPhoneCode(false)))
    };
    let view_box = format!("0 0 {0} {0}", picture.side);
    html! {
        <div class="ph-kiosk-overlay">
            <div class="ph-kiosk-dialog" role="dialog" aria-modal="true"
                aria-labelledby="ph-phone-heading" data-phone-code={link.clone()}>
                <p id="ph-phone-heading" class="ph-kiosk-dialog-heading">{ words.continue_on_phone }</p>
                <svg class="ph-qr" viewBox={view_box} role="img" aria-label={link.clone()}
                    shape-rendering="crispEdges">
                    <rect class="ph-qr-light" width="100%" height="100%" />
                    <path class="ph-qr-dark" d={picture.path} />
                </svg>
                <p>{ words.scan_hint }</p>
                <p class="ph-qr-link">{ link }</p>
                <button ref={close_ref} type="button" class="ph-button ph-button--primary ph-kiosk-big"
                    data-action="close-phone-code" onclick={close}>
                    { words.close }
                </button>
            </div>
        </div>
    }
}
