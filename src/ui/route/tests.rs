//! The URL parameters, natively: reading, writing and the two together. One row per line;
//! every row that fails is reported.

use super::{decode, encode, HallOrder, Route, View};
use crate::engine::{format_at, parse_at};
use crate::ui::i18n::Lang;

/// A route in one line: the view, then each parameter that is not the default, then the
/// parameter not understood (`!`).
fn look(route: &Route) -> String {
    let mut parts = vec![match &route.view {
        View::Now => "now".to_owned(),
        View::Planner => "plan".to_owned(),
        View::Matters => "matters".to_owned(),
        View::Hall(id) => format!("hall:{id}"),
    }];
    parts.extend(route.at.map(|at| format!("at={}", format_at(at))));
    parts.extend((!route.query.is_empty()).then(|| format!("q={}", route.query)));
    parts.extend(route.matter_hall.as_ref().map(|h| format!("mhall={h}")));
    parts.extend(route.matter.as_ref().map(|m| format!("matter={m}")));
    parts.extend((!route.station.is_empty()).then(|| format!("station={}", route.station)));
    parts.extend((route.order == HallOrder::OpenFirst).then(|| "order=open".to_owned()));
    parts.extend(route.lang.map(|l| format!("lang={}", l.code())));
    parts.extend(route.data.as_ref().map(|d| format!("data={d}")));
    parts.extend(route.problem.as_ref().map(|p| format!("!{p}")));
    parts.join(" ")
}

/// Checks `(input, want)` rows of `f` and reports every row that differs.
fn check<I: std::fmt::Debug + Copy>(rows: &[(I, &str)], f: impl Fn(I) -> String) {
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|&(input, want)| {
            let got = f(input);
            (got != want).then(|| format!("{input:?}: got {got:?}, want {want:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn parse_reads_every_parameter_and_forgives_the_rest() {
    #[rustfmt::skip]
    let rows = [
        ("", "now"),
        ("?view=plan", "plan"),
        ("view=plan", "plan"),
        ("?view=matters&q=%E6%8A%A4%E7%85%A7", "matters q=护照"),
        ("?hall=tax", "hall:tax"),
        ("?view=hall&hall=tax", "hall:tax"),
        ("?view=plan&hall=tax", "plan"),
        ("?hall=", "now"),
        ("?view=unknown", "now"),
        ("?view", "now"),
        ("?at=2026-10-10T09:30", "now at=2026-10-10T09:30"),
        ("?at=tomorrow", "now !at=tomorrow"),
        ("?at=2026-02-30T09:00", "now !at=2026-02-30T09:00"),
        ("?q=a+b%20c", "now q=a b c"),
        ("?mhall=&matter=", "now"),
        ("?view=matters&mhall=tax&matter=x", "matters mhall=tax matter=x"),
        ("?lang=EN", "now lang=en"),
        ("?lang=zh-CN", "now lang=zh"),
        ("?lang=fr", "now"),
        ("?utm_source=x&view=plan&", "plan"),
        ("?order=open", "now order=open"),
        ("?order=other", "now"),
        ("?data=overrides%2F&view=plan", "plan data=overrides/"),
        ("?data=", "now"),
        ("?station=%E5%B2%B3%E5%90%84%E5%BA%84", "now station=岳各庄"),
        ("?station=", "now"),
    ];
    check(&rows, |search| look(&Route::parse(search)));
}

#[test]
fn to_query_writes_only_what_differs_from_the_defaults() {
    let at = parse_at("2026-10-10T09:30").ok();
    let route = |view: View| Route {
        view,
        ..Route::default()
    };
    let matters = Route {
        view: View::Matters,
        query: "a b".into(),
        matter_hall: Some("household".into()),
        matter: Some("m".into()),
        ..Route::default()
    };
    let pinned = Route {
        at,
        ..route(View::Hall("tax".into()))
    };
    let problem = Route {
        problem: Some("at=x".into()),
        ..Route::default()
    };
    let with_data = Route {
        data: Some("../data/".into()),
        ..route(View::Planner)
    };
    #[rustfmt::skip]
    let rows = [
        ((&route(View::Now), Lang::Zh), ""),
        ((&route(View::Now), Lang::En), "?lang=en"),
        ((&route(View::Planner), Lang::Zh), "?view=plan"),
        ((&route(View::Hall("tax".into())), Lang::Zh), "?hall=tax"),
        ((&pinned, Lang::En), "?hall=tax&at=2026-10-10T09:30&lang=en"),
        ((&matters, Lang::Zh), "?view=matters&q=a%20b&mhall=household&matter=m"),
        ((&problem, Lang::Zh), ""),
        ((&with_data, Lang::En), "?view=plan&lang=en&data=..%2Fdata%2F"),
    ];
    check(&rows, |(route, lang)| route.to_query(lang));
}

#[test]
fn what_to_query_writes_parse_reads_back() {
    let rows = [
        "?view=plan&at=2026-10-10T09:30&lang=en",
        "?hall=exit_entry",
        "?order=open&lang=en",
        "?view=matters&q=a%26b%3Dc%2Bd&mhall=tax&matter=invoice_issuance",
        "?view=matters&q=%E6%8A%A4%E7%85%A7",
        "?hall=tax&data=fixtures%2Fdata-2027%2F",
        "?view=plan&at=2026-10-10T09:30&station=a%26b",
    ];
    check(&rows.map(|r| (r, r)), |search| {
        let route = Route::parse(search);
        route.to_query(route.lang.unwrap_or_default())
    });
}

#[test]
fn decode_keeps_what_it_cannot_read_as_written() {
    #[rustfmt::skip]
    let rows = [
        ("plain", "plain"),
        ("a+b", "a b"),
        ("%41%42", "AB"),
        ("%e6%8a%a4", "护"),
        ("100%", "100%"),
        ("%ZZ%41", "%ZZA"),
        // A sign is no hex digit: the `%` stays as written (and `+` is a space, as always).
        ("%+1", "% 1"),
        ("%-f%41", "%-fA"),
        ("%E6%8A%A4%", "护%"),
        ("%FF", "%FF"),
        ("%E6%8A", "%E6%8A"),
    ];
    check(&rows, decode);
}

#[test]
fn encode_leaves_only_safe_characters_alone() {
    #[rustfmt::skip]
    let rows = [
        ("abc-XYZ_0.9~", "abc-XYZ_0.9~"),
        ("2026-10-10T09:30", "2026-10-10T09:30"),
        ("a b", "a%20b"),
        ("a&b=c+d#e?", "a%26b%3Dc%2Bd%23e%3F"),
        ("护", "%E6%8A%A4"),
    ];
    check(&rows, encode);
}
