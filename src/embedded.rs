//! The data files compiled in: build.rs reads `static/data/` with serde_json, runs the
//! engine's own validation (broken data fails the build, every problem listed with its JSON
//! path) and writes the result as a Rust static, so the page neither parses nor checks
//! anything at start-up. Kept outside `engine` so that build.rs can compile the engine
//! itself, before this static exists.

use crate::engine::{Data, Engine};

include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));

impl Engine {
    /// Whether the data compiled in has any village or community station (Article 8). A
    /// constant, so the page's first module leaves the station search out of its build
    /// when the data lists centers only; the full page always has it (an embedder's data
    /// folder may add stations).
    pub const EMBEDDED_HAS_STATIONS: bool = EMBEDDED_HAS_STATIONS;

    /// The engine over the data compiled into this build (halls.json, matters.json and
    /// every holiday-cn file). It cannot fail: build.rs refused to build with broken data.
    ///
    /// ```
    /// use pinggu_hours::engine::Engine;
    /// assert_eq!(Engine::embedded().halls().len(), 8);
    /// ```
    pub fn embedded() -> Engine {
        Engine::from_data(Data {
            matters: EMBEDDED_MATTERS.clone(),
            ..EMBEDDED.clone()
        })
    }

    /// The halls and calendars compiled in, without the matter list and without the table
    /// of days ahead: all the page's first module asks about (every hall's status now, once
    /// a minute), so that it links no matter data and builds nothing it would not use. The
    /// full page, which finds matters, uses [`Engine::embedded`].
    pub fn embedded_halls() -> Engine {
        Engine::without_lookahead(EMBEDDED.clone())
    }
}
