//! What a tap in the first view does, before the full page has taken over: the same action
//! the full page's component would dispatch for that element, read off the element the first
//! view drew (`chrome.rs`, `list.rs`, `card.rs`). The first module applies it with the
//! page's one reducer ([`AppState::reduce`]) and draws the view again.

use crate::ui::listing::order_choices;
use crate::ui::route::{Route, View};
use crate::ui::state::{Action, AppState};

/// The tapped link or button, as the first module reads it off the page.
pub struct Tap<'a> {
    /// `a` or `button`.
    pub tag: &'a str,
    /// Its classes, which name what it is (`ph-order-button`, `ph-link-button`, …).
    pub class: &'a str,
    /// A link's address, whose query names the view it goes to.
    pub href: Option<&'a str>,
    /// Its `data-action` hook (the hall screen's phone-code button).
    pub action: Option<&'a str>,
    /// Whether it has a `lang` attribute (the language switch is written in the other one).
    pub has_lang: bool,
    /// Its place among its parent's elements (the order buttons).
    pub position: usize,
}

/// What the first module does about a tap.
#[cfg_attr(test, derive(Debug))]
pub enum Response {
    /// Apply this action and draw the view again.
    Act(Action),
    /// Only the full page can do this: ask for it now.
    NeedFull,
    /// Leave it to the browser (a link that opens the full page, the skip link).
    Ignore,
}

/// The response to `tap` in `state`.
pub fn respond(state: &AppState, tap: &Tap) -> Response {
    let has = |class: &str| tap.class.split(' ').any(|c| c == class);
    match tap.tag {
        "a" => match tap.href {
            Some(href) if !href.starts_with('#') && state.embedding.switches_in_place() => {
                let query = href.find('?').map_or("", |at| &href[at..]);
                Response::Act(Action::Show(Route::parse(query).view))
            }
            _ => Response::Ignore,
        },
        "button" if has("ph-order-button") => match order_choices(state.lang).get(tap.position) {
            Some((order, _)) => Response::Act(Action::SetOrder(*order)),
            None => Response::Ignore,
        },
        "button" if has("ph-link-button") => Response::Act(Action::SetAt(None)),
        "button" if tap.action.is_some() => Response::NeedFull,
        "button" if has("ph-button") && tap.has_lang => {
            Response::Act(Action::SetLang(state.lang.other()))
        }
        "button" if has("ph-button") => Response::Act(Action::SetElderly(!state.elderly)),
        _ => Response::Ignore,
    }
}

/// Whether `view` is one the first view shows (the others wait for the full page).
pub fn first_view_shows(view: &View) -> bool {
    *view == View::Now
}
