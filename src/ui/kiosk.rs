//! The hall screen (`?mode=kiosk`): how long it waits for a touch before asking whether the
//! visitor is still there, and the public address its "continue on your phone" code points
//! to. Nothing here holds a browser type, so the choices are tested natively
//! (`kiosk/tests.rs`); the timers and the screen wake lock live in `kiosk_hooks.rs`.

use super::embedding::query_value;

/// Ninety seconds without a touch before the screen asks "还在使用吗？".
const IDLE_MS: u32 = 90_000;
/// Twenty seconds to answer before the screen goes back to its home view (WCAG 2.2.1 asks
/// for at least twenty).
const PROMPT_MS: u32 = 20_000;

/// A hall screen's settings, read once from its address.
#[derive(Clone, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub struct Kiosk {
    /// The page's public address (`?public=https://…/`), which the QR code sends a phone
    /// to; `None`: no code is shown, since a screen's own address (often a local file or
    /// a private network) may be unreachable from a phone, and no address is ever guessed.
    pub public_url: Option<String>,
    /// How long the screen waits for a touch before asking, in milliseconds.
    pub idle_ms: u32,
    /// How long the question stays before the screen goes home, in milliseconds.
    pub prompt_ms: u32,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk {
            public_url: None,
            idle_ms: IDLE_MS,
            prompt_ms: PROMPT_MS,
        }
    }
}

impl Kiosk {
    /// The settings in a page query (`?mode=kiosk&public=https%3A%2F%2F…`).
    pub fn from_query(search: &str) -> Kiosk {
        Kiosk {
            public_url: query_value(search, "public").and_then(|v| public_address(&v)),
            ..Kiosk::default()
        }
    }

    /// The address of the view `query` (from [`Route::to_query`](super::route::Route::to_query))
    /// on the public page, for a phone; `None` without a public address.
    pub fn phone_link(&self, query: &str) -> Option<String> {
        let base = self.public_url.as_deref()?;
        let own = query.trim_start_matches('?');
        Some(match (base.contains('?'), own.is_empty()) {
            (_, true) => base.to_owned(),
            (true, false) => format!("{base}&{own}"),
            (false, false) => format!("{base}?{own}"),
        })
    }
}

/// Where a hall screen left alone stands, `elapsed_ms` after the last touch.
#[derive(Clone, Copy, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub enum IdlePhase {
    /// In use: nothing to ask.
    InUse,
    /// Asking "还在使用吗？", with the whole seconds left before going home (at least 1).
    Asking(u32),
    /// Nobody answered: go home.
    Expired,
}

impl Kiosk {
    /// The phase `elapsed_ms` after the last touch.
    pub fn idle_phase(&self, elapsed_ms: f64) -> IdlePhase {
        let (idle, prompt) = (f64::from(self.idle_ms), f64::from(self.prompt_ms));
        if elapsed_ms < idle {
            IdlePhase::InUse
        } else if elapsed_ms < idle + prompt {
            let left = ((idle + prompt - elapsed_ms) / 1000.0).ceil();
            IdlePhase::Asking((left as u32).max(1))
        } else {
            IdlePhase::Expired
        }
    }

    /// How often the screen looks at the time since the last touch: every second, or more
    /// often for the short waits of tests.
    pub fn check_every_ms(&self) -> u32 {
        (self.idle_ms.min(self.prompt_ms) / 10).clamp(10, 1000)
    }
}

/// `value` if it is an absolute `http://` or `https://` address with a host and no
/// fragment (the view's parameters are added after it), else `None`: no other scheme
/// (`javascript:`, `file:`, `data:`), no spaces or control characters.
pub fn public_address(value: &str) -> Option<String> {
    let value = value.trim();
    let lower = value.to_ascii_lowercase();
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))?;
    let host = rest.split(['/', '?']).next().unwrap_or_default();
    let host_name = host.rsplit('@').next().unwrap_or_default();
    let clean = !value
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '#' | '"' | '<' | '>' | '\\'));
    (clean && !host_name.is_empty() && !host_name.starts_with(':')).then(|| value.to_owned())
}

#[cfg(test)]
mod tests;
