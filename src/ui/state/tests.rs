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
        (Action::SetStationQuery("村".into()), "10:00 ?view=matters&q=id&matter=x&station=%E6%9D%91 !at=bad"),
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

#[test]
fn a_reset_goes_home_in_the_starting_language_and_forgets_the_visitor() {
    let saturday = parse_at("2026-11-28T09:00").ok();
    let visited = start()
        .reduce(Action::SetLang(Lang::En))
        .reduce(Action::SetElderly(true))
        .reduce(Action::SetAt(saturday))
        .reduce(Action::SetMatterHall(Some("tax".into())))
        .reduce(Action::SetStationQuery("村".into()))
        .reduce(Action::SetOrder(HallOrder::OpenFirst))
        .reduce(Action::ShowPhoneCode(true))
        .reduce(Action::Tick(tuesday("10:05")));
    assert!(!visited.is_home());
    let home = visited.reduce(Action::Reset);
    assert_eq!(look(&home), "10:05 ");
    assert_eq!(home.lang, Lang::Zh, "the language the screen started in");
    assert!(!home.elderly && !home.phone_code);
    assert!(home.is_home());
    assert!(
        Rc::ptr_eq(&home, &home.clone().reduce(Action::Reset)),
        "a screen at home stays as it is"
    );
}

#[test]
fn a_screen_is_home_only_on_every_hall_now_as_it_started() {
    let english = Route {
        lang: Some(Lang::En),
        ..Route::default()
    };
    let started = Rc::new(AppState::new(Lang::Zh, false, tuesday("10:00"), english));
    assert!(
        started.is_home(),
        "a language in the screen's own link is home"
    );
    let rows = [
        ("lang", Action::SetLang(Lang::Zh)),
        ("elderly", Action::SetElderly(true)),
        ("view", Action::Show(View::Planner)),
        ("hall", Action::Show(View::Hall("tax".into()))),
        ("moment", Action::SetAt(parse_at("2026-11-28T09:00").ok())),
        ("search", Action::SetQuery("户".into())),
        ("station search", Action::SetStationQuery("村".into())),
        ("order", Action::SetOrder(HallOrder::OpenFirst)),
        ("phone code", Action::ShowPhoneCode(true)),
    ];
    let failures: Vec<&str> = rows
        .into_iter()
        .filter(|(_, action)| started.clone().reduce(action.clone()).is_home())
        .map(|(name, _)| name)
        .collect();
    assert!(failures.is_empty(), "still home after: {failures:?}");
    assert!(started
        .clone()
        .reduce(Action::Tick(tuesday("11:00")))
        .is_home());
}

#[test]
fn a_device_clock_years_off_the_data_is_a_problem() {
    use crate::ui::clock_check::ClockProblem;
    // The compiled-in calendars run to 2026: plausible from 2025-01-01 to 2028-12-31.
    #[rustfmt::skip]
    let rows = [
        ("2000-01-01T08:00", Some(ClockProblem::Implausible)),
        ("2024-12-31T23:59", Some(ClockProblem::Implausible)),
        ("2025-01-01T00:00", None),
        ("2026-11-24T10:00", None),
        ("2027-03-01T09:00", None),
        ("2028-12-31T23:59", None),
        ("2029-01-01T00:00", Some(ClockProblem::Implausible)),
    ];
    let failures: Vec<String> = rows
        .into_iter()
        .filter_map(|(at, want)| {
            let got = start()
                .reduce(Action::Tick(parse_at(at).unwrap()))
                .clock_problem();
            (got != want).then(|| format!("{at}: got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let unreadable = start().reduce(Action::ClockUnreadable);
    assert_eq!(unreadable.clock_problem(), Some(ClockProblem::Unreadable));
}
