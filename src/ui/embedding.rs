//! Where the widget is shown and how it behaves there: the project's own page, the same page
//! in a portal's iframe (`?mode=embed`), or a `<pinggu-hours>` element inside someone else's
//! page. A host page belongs to its owner: the element never touches its URL, title, focus
//! or scroll, adds no `<h1>` or `<main>`, and keeps its state to itself unless the host opts
//! in to a namespaced query parameter. Nothing here holds a browser type, so the choices are
//! tested natively (`embedding/tests.rs`).

use super::kiosk::Kiosk;
use super::route::Route;

/// The homes of the widget.
#[derive(Clone, Copy, Default, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub enum Mode {
    /// `index.html`: the whole page is the widget; it owns the URL, title and `<h1>`.
    #[default]
    Page,
    /// `index.html?mode=embed` inside a portal's iframe: no banner title, and the frame's URL
    /// is left as the portal wrote it.
    Frame,
    /// A `<pinggu-hours>` element in a host page.
    Element,
    /// `index.html?mode=kiosk` on a hall's screen: full screen, touch only, back to the
    /// home view when left alone, and nothing about a visitor kept (no history entry, no
    /// storage).
    Kiosk,
}

/// What an embedded widget shows.
#[derive(Clone, Copy, Default, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub enum Layout {
    /// The banner switches, the section links and every view.
    #[default]
    Full,
    /// The status cards only.
    Compact,
}

/// The highest heading level a host may ask for; lower levels are clamped to `<h6>`.
const DEEPEST: u8 = 6;

/// How one widget is embedded: read once at mount, never changed.
#[derive(Clone, PartialEq)]
#[cfg_attr(test, derive(Debug))]
pub struct Embedding {
    pub mode: Mode,
    pub layout: Layout,
    /// The level of the widget's top headings (a view's title); `2` on its own page.
    pub heading_level: u8,
    /// Show only this hall's status card (the `hall` attribute).
    pub hall: Option<String>,
    /// The host's opt-in prefix for keeping the widget's state in its URL (`url-state="ph"`
    /// gives `?ph-view=plan`); `None` leaves the host URL alone.
    pub url_prefix: Option<String>,
    /// The address of the full page (beside the loader), which links inside an element point
    /// to, so that opening one in a new tab shows the same view on the project's page.
    pub page_url: String,
    /// A hall screen's settings (used in [`Mode::Kiosk`] only).
    pub kiosk: Kiosk,
}

impl Default for Embedding {
    fn default() -> Self {
        Embedding {
            mode: Mode::Page,
            layout: Layout::Full,
            heading_level: 2,
            hall: None,
            url_prefix: None,
            page_url: "./".to_owned(),
            kiosk: Kiosk::default(),
        }
    }
}

impl Embedding {
    /// The iframe or kiosk mode, when the page's query asks for one (`?mode=embed`,
    /// `?mode=kiosk` with its `public=` address).
    pub fn from_page_query(search: &str) -> Embedding {
        let mode = match query_value(search, "mode").as_deref() {
            Some("embed") => Mode::Frame,
            Some("kiosk") => Mode::Kiosk,
            _ => Mode::Page,
        };
        let kiosk = match mode {
            Mode::Kiosk => Kiosk::from_query(search),
            _ => Kiosk::default(),
        };
        Embedding {
            mode,
            kiosk,
            ..Embedding::default()
        }
    }

    /// An element's settings from its attributes (`attribute(name)` reads one). Unknown or
    /// malformed values fall back to the defaults rather than failing on a host's typo.
    pub fn from_attributes(attribute: impl Fn(&str) -> Option<String>, page_url: &str) -> Self {
        let layout = match attribute("layout").as_deref() {
            Some("compact") => Layout::Compact,
            _ => Layout::Full,
        };
        let heading_level = attribute("heading-level")
            .and_then(|level| level.trim().parse::<u8>().ok())
            .filter(|level| (1..=DEEPEST).contains(level))
            .unwrap_or(2);
        let non_empty = |name: &str| attribute(name).filter(|v| !v.trim().is_empty());
        let url_prefix = non_empty("url-state")
            .filter(|p| p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
        Embedding {
            mode: Mode::Element,
            layout,
            heading_level,
            hall: non_empty("hall"),
            url_prefix,
            page_url: page_url.to_owned(),
            kiosk: Kiosk::default(),
        }
    }

    /// The tag of a heading the page writes as `<h{rank}>` (2: a view's title, 3: its
    /// parts), shifted so that the widget's top headings sit at the host's level. The page's
    /// own `<h1>` only exists in [`Mode::Page`].
    pub fn heading(&self, rank: u8) -> &'static str {
        const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
        let level = (rank + self.heading_level)
            .saturating_sub(2)
            .clamp(1, DEEPEST);
        TAGS[usize::from(level - 1)]
    }

    /// Whether the banner carries the page title (`<h1>`) and subtitle.
    pub fn shows_title(&self) -> bool {
        matches!(self.mode, Mode::Page | Mode::Kiosk)
    }

    /// Whether the widget is a hall's screen.
    pub fn is_kiosk(&self) -> bool {
        self.mode == Mode::Kiosk
    }

    /// Whether the visitor's choices (language, elderly mode) are remembered on the device:
    /// on the project's page and its frame, never inside a host's page, and never on a hall
    /// screen, which the next visitor uses.
    pub fn remembers_choices(&self) -> bool {
        matches!(self.mode, Mode::Page | Mode::Frame)
    }

    /// Whether the widget may use its own document's landmarks (`<main>`, `<header>`), the
    /// skip link and the offline cache: not inside a host's page. (The URL is the page's
    /// alone, and the stored preferences are [`Embedding::remembers_choices`].)
    pub fn owns_document(&self) -> bool {
        self.mode != Mode::Element
    }

    /// Whether following a link switches the view in place: not in a compact element, which
    /// has no other view to switch to, so its links open the full page.
    pub fn switches_in_place(&self) -> bool {
        !(self.mode == Mode::Element && self.layout == Layout::Compact)
    }

    /// The address a link to `query` (from [`Route::to_query`]) points to.
    pub fn link(&self, query: &str) -> String {
        match self.mode {
            Mode::Element => format!("{}{query}", self.page_url),
            Mode::Page | Mode::Frame | Mode::Kiosk => format!("./{query}"),
        }
    }
}

/// The decoded value of `key` in a page query (`?data=` for the full page), if present.
pub fn query_value(search: &str, key: &str) -> Option<String> {
    query_pairs(search)
        .find(|(k, _)| *k == key)
        .map(|(_, value)| super::route::decode(value))
}

/// The `key=value` pairs of a query string, undecoded.
fn query_pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// The widget's own route out of a host query: the `prefix-`ed parameters with the prefix
/// taken off (`?id=7&ph-view=plan` gives the route of `?view=plan`).
pub fn route_in_host_query(search: &str, prefix: &str) -> Route {
    let own = format!("{prefix}-");
    let pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.strip_prefix(&own).map(str::to_owned))
        .collect();
    Route::parse(&pairs.join("&"))
}

/// The host's query with the widget's parameters replaced by `widget_query` (as
/// [`Route::to_query`] writes it) under `prefix-`; every other parameter keeps its place
/// and spelling. The `#hash` is not part of a query, so the caller keeps it.
pub fn host_query_with(search: &str, prefix: &str, widget_query: &str) -> String {
    let own = format!("{prefix}-");
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with(&own))
        .map(str::to_owned)
        .collect();
    pairs.extend(query_pairs(widget_query).map(|(key, value)| format!("{own}{key}={value}")));
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

#[cfg(test)]
mod tests;
