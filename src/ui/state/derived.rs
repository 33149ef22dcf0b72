//! What the page's parts read off the state beyond its fields: the address of a link, which
//! section is current, a hall screen's phone link, the clock notice's words. Kept here, not
//! in the components, because the full page's Yew components and the first view's markup
//! (`first_view/`) both draw them.

use super::AppState;
use crate::ui::clock_check::ClockProblem;
use crate::ui::embedding::Layout;
use crate::ui::i18n::Lang;
use crate::ui::route::View;

impl AppState {
    /// The view in the main area: the compact layout is the status cards only.
    pub fn shown_view(&self) -> &View {
        match self.embedding.layout {
            Layout::Compact => &View::Now,
            Layout::Full => &self.route.view,
        }
    }

    /// Whether the views show at all: a hall screen whose clock cannot be trusted shows the
    /// notice for the staff alone.
    pub fn shows_views(&self) -> bool {
        !(self.embedding.is_kiosk() && self.clock_problem().is_some())
    }

    /// The root's classes: elderly mode and the hall screen restyle the whole widget.
    pub fn root_class(&self) -> String {
        let mut class = String::from("ph-app");
        if self.elderly {
            class.push_str(" ph-elderly");
        }
        if self.embedding.is_kiosk() {
            class.push_str(" ph-kiosk");
        }
        class
    }

    /// The section links, in order: halls now, plan a visit, find a matter.
    pub fn sections(&self) -> [(View, &'static str); 3] {
        let texts = self.lang.texts();
        [
            (View::Now, texts.nav_now),
            (View::Planner, texts.nav_plan),
            (View::Matters, texts.nav_matters),
        ]
    }

    /// The address of `view` with the rest of the route kept: a real link, which can be
    /// opened in a new tab or copied.
    pub fn link_to(&self, view: View) -> String {
        let mut route = self.route.clone();
        route.view = view;
        self.embedding.link(&route.to_query(self.lang))
    }

    /// The route the full page takes over with (the first view's `data-handover`): its
    /// query, with the language always named, so a host's `lang` does not win over the
    /// visitor's later choice of the default language.
    pub fn handover_query(&self) -> String {
        let query = self.route.to_query(self.lang);
        if self.lang != Lang::default() {
            return query;
        }
        let separator = if query.is_empty() { '?' } else { '&' };
        format!("{query}{separator}lang={}", self.lang.code())
    }

    /// Whether the section link to `view` is the current one: a hall's page belongs to the
    /// "halls now" section.
    pub fn is_current_section(&self, view: &View) -> bool {
        let current = &self.route.view;
        matches!((view, current), (View::Now, View::Hall(_))) || view == current
    }

    /// The address a phone opens from a hall screen's code: the view shown, on the page's
    /// public address; `None` off a hall screen or without a public address.
    pub fn phone_link(&self) -> Option<String> {
        if !self.embedding.is_kiosk() {
            return None;
        }
        let query = self.route.to_query(self.lang);
        self.embedding.kiosk.phone_link(&query)
    }

    /// The clock notice's words and its `data-clock-problem` code: on a hall screen a
    /// maintenance notice for the staff, elsewhere a word to the visitor.
    pub fn clock_words(&self, problem: ClockProblem) -> (&'static str, &'static str) {
        let (texts, kiosk) = (self.lang.texts(), self.lang.kiosk());
        match (self.embedding.is_kiosk(), problem) {
            (true, ClockProblem::Unreadable) => (kiosk.clock_maintenance, "unreadable"),
            (true, ClockProblem::Implausible) => (kiosk.clock_maintenance, "implausible"),
            (false, ClockProblem::Unreadable) => (texts.clock_unreadable, "unreadable"),
            (false, ClockProblem::Implausible) => (kiosk.clock_implausible, "implausible"),
        }
    }
}
