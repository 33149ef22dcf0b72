//! Article 8: village and community service stations publish their own hours, so the data
//! may hold hundreds of them. A resident finds theirs by name instead of scrolling past
//! hundreds of cards; the centers are listed as before.

use crate::engine::engine::Engine;
use crate::engine::model::hall::HallLevel;
use crate::engine::model::text::fold_case;

impl Engine {
    /// Positions of the stations that `query` names, ignoring case: by their Chinese or
    /// English name, the places an entry stands for, or their id. In data order; an empty
    /// query names none (a list of hundreds helps nobody).
    ///
    /// ```
    /// use pinggu_hours::engine::Engine;
    /// // The shipped data lists centers only.
    /// assert!(Engine::embedded().find_stations("村").is_empty());
    /// ```
    pub fn find_stations(&self, query: &str) -> Vec<usize> {
        let q = fold_case(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let named = |h: &crate::engine::Hall| {
            h.name.contains_folded(&q)
                || h.members.iter().any(|m| m.contains_folded(&q))
                || h.id.contains(&q)
        };
        let halls = self.halls().iter().enumerate();
        halls
            .filter(|(_, h)| h.level == HallLevel::Station && named(h))
            .map(|(i, _)| i)
            .collect()
    }
}
