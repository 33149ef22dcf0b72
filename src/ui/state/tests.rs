//! The reducer, natively: each row is an action and what the page looks like after it,
//! from one start; every row that fails is reported.

use std::rc::Rc;

use chrono::NaiveDateTime;

use super::{Action, AppState, DataSource};
use crate::engine::{format_hhmm, parse_at, Engine};
use crate::ui::i18n::Lang;
use crate::ui::route::{HallOrder, Route, View};

/// Tuesday 24 November 2026 at `hhmm`.
fn tuesday(hhmm: &str) -> NaiveDateTime {
    parse_at(&format!("2026-11-24T{hhmm}")).unwrap()
}

/// Chinese, at 10:00, matter `x` open after searching `id`, with a link parameter not
/// understood.
fn start() -> Rc<AppState> {
    let route = Route {
        view: View::Matters,
        query: "id".into(),
        matter: Some("x".into()),
        problem: Some("at=bad".into()),
        ..Route::default()
    };
    Rc::new(AppState::new(Lang::Zh, false, tuesday("10:00"), route))
}

/// A state in one line: the clock's time, elderly mode, the URL it writes (which holds the
/// language) and the parameter not understood (`!`).
fn look(state: &AppState) -> String {
    let elderly = if state.elderly { " elderly" } else { "" };
    let problem = state.route.problem.as_deref().map(|p| format!(" !{p}"));
    format!(
        "{}{elderly} {}{}",
        format_hhmm(state.clock.time()),
        state.route.to_query(state.lang),
        problem.unwrap_or_default()
    )
}

/// An English link to the planner, as the back button restores it.
fn english_planner() -> Route {
    Route {
        view: View::Planner,
        lang: Some(Lang::En),
        ..Route::default()
    }
}

#[test]
fn each_action_makes_exactly_its_change() {
    let saturday = parse_at("2026-11-28T09:00").ok();
    #[rustfmt::skip]
    let rows = [
        (Action::Tick(tuesday("10:01")), "10:01 ?view=matters&q=id&matter=x !at=bad"),
        (Action::SetLang(Lang::En), "10:00 ?view=matters&q=id&matter=x&lang=en !at=bad"),
        (Action::SetElderly(true), "10:00 elderly ?view=matters&q=id&matter=x !at=bad"),
        (Action::Show(View::Planner), "10:00 ?view=plan&q=id&matter=x"),
        (Action::Show(View::Hall("tax".into())), "10:00 ?hall=tax&q=id&matter=x"),
        (Action::SetAt(saturday), "10:00 ?view=matters&at=2026-11-28T09:00&q=id&matter=x"),
        (Action::SetAt(None), "10:00 ?view=matters&q=id&matter=x"),
        (Action::SetQuery("tax".into()), "10:00 ?view=matters&q=tax !at=bad"),
        (Action::SetMatterHall(Some("tax".into())), "10:00 ?view=matters&q=id&mhall=tax !at=bad"),
        (Action::SetMatterHall(None), "10:00 ?view=matters&q=id !at=bad"),
        (Action::OpenMatter(Some("y".into())), "10:00 ?view=matters&q=id&matter=y !at=bad"),
        (Action::OpenMatter(None), "10:00 ?view=matters&q=id !at=bad"),
        (Action::SetOrder(HallOrder::OpenFirst), "10:00 ?view=matters&q=id&matter=x&order=open !at=bad"),
        (Action::SetOrder(HallOrder::Data), "10:00 ?view=matters&q=id&matter=x !at=bad"),
        (Action::Restore(english_planner()), "10:00 ?view=plan&lang=en"),
        (Action::Restore(Route::default()), "10:00 "),
    ];
    let failures: Vec<String> = rows
        .into_iter()
        .filter_map(|(action, want)| {
            let name = format!("{action:?}");
            let got = look(&start().reduce(action));
            (got != want).then(|| format!("{name}: got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_action_that_changes_nothing_keeps_the_same_state() {
    let rows = [
        Action::Tick(tuesday("10:00")),
        Action::SetLang(Lang::Zh),
        Action::SetElderly(false),
        Action::OpenMatter(Some("x".into())),
        Action::SetOrder(HallOrder::Data),
    ];
    let failures: Vec<String> = rows
        .into_iter()
        .filter_map(|action| {
            let (before, name) = (start(), format!("{action:?}"));
            let after = before.clone().reduce(action);
            (!Rc::ptr_eq(&before, &after)).then_some(name)
        })
        .collect();
    assert!(failures.is_empty(), "a new state for: {failures:?}");
}

#[test]
fn the_moment_shown_is_the_chosen_one_else_now() {
    let saturday = parse_at("2026-11-28T09:00").ok();
    let rows = [
        (None, "2026-11-24T10:00", false),
        (saturday, "2026-11-28T09:00", true),
    ];
    let failures: Vec<String> = rows
        .into_iter()
        .filter_map(|(chosen, moment, pinned)| {
            let state = start().reduce(Action::SetAt(chosen));
            let got = (crate::engine::format_at(state.moment()), state.is_pinned());
            (got != (moment.to_owned(), pinned)).then(|| format!("{chosen:?}: got {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn at_start_a_language_in_the_link_wins_over_the_stored_one() {
    let rows = [
        (Lang::En, None, Lang::En),
        (Lang::Zh, Some(Lang::En), Lang::En),
        (Lang::En, Some(Lang::Zh), Lang::Zh),
    ];
    let failures: Vec<String> = rows
        .into_iter()
        .filter_map(|(stored, link, want)| {
            let route = Route {
                lang: link,
                ..Route::default()
            };
            let got = AppState::new(stored, false, tuesday("10:00"), route).lang;
            (got != want).then(|| format!("stored {stored:?}, link {link:?}: got {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_unreadable_device_clock_is_flagged_and_the_last_good_time_kept() {
    let broken = start().reduce(Action::ClockUnreadable);
    assert!(broken.clock_unreadable);
    assert_eq!(broken.clock, tuesday("10:00"), "the last time read is kept");
    assert!(Rc::ptr_eq(
        &broken,
        &broken.clone().reduce(Action::ClockUnreadable)
    ));
    // A readable time again clears the flag.
    let mended = broken.reduce(Action::Tick(tuesday("10:01")));
    assert!(!mended.clock_unreadable);
    assert_eq!(mended.clock, tuesday("10:01"));
}

#[test]
fn an_embedders_files_replace_the_data_or_are_refused() {
    let before = start();
    assert_eq!(before.data_source, DataSource::Embedded);
    assert_eq!(before.data_source.as_str(), "embedded");
    let engine = Rc::new(Engine::embedded());
    let replaced = before.clone().reduce(Action::DataReplaced(engine.clone()));
    assert!(
        Rc::ptr_eq(&replaced.engine, &engine),
        "the new engine answers"
    );
    assert_eq!(replaced.data_source.as_str(), "override");
    assert_eq!(look(&replaced), look(&before), "nothing else changes");
    let refused = before.clone().reduce(Action::DataRefused(3));
    assert!(
        Rc::ptr_eq(&refused.engine, &before.engine),
        "the data in use stays"
    );
    assert_eq!(refused.data_source, DataSource::Refused(3));
    assert_eq!(refused.data_source.as_str(), "embedded");
}
