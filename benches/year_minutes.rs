//! One iteration asks `status(id, at)` of eight halls at every minute of 2026: 8 x 525,600
//! = 4,204,800 full status queries from an id and a `NaiveDateTime`. Criterion's time per
//! iteration divided by 4,204,800 is the time per query; it is printed at the end (target
//! <= 10 ns). The same job runs on a data set of 308 halls (village stations, Article 8),
//! asking the same eight halls among them: a lookup must not grow with the list (target
//! within 1.5x of the 8-hall figure).

use std::hint::black_box;
use std::time::Instant;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use criterion::{criterion_group, Criterion};
use pinggu_hours::engine::Engine;

mod support;

const MINUTES_2026: usize = 365 * 24 * 60;

fn minutes_of_2026() -> Vec<NaiveDateTime> {
    let start = NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .expect("valid start");
    (0..MINUTES_2026)
        .map(|m| start + TimeDelta::minutes(m as i64))
        .collect()
}

fn one_year(engine: &Engine, ids: &[String], times: &[NaiveDateTime]) -> usize {
    let mut open = 0usize;
    for &at in times {
        for id in ids {
            let s = engine.status(black_box(id), black_box(at));
            if let Ok(s) = black_box(s) {
                open += usize::from(s.appointment.is_some());
            }
        }
    }
    open
}

/// Best time per query over a few whole iterations, for the summary line.
fn per_query(engine: &Engine, ids: &[String], times: &[NaiveDateTime]) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..5 {
        #[allow(clippy::disallowed_methods)] // a stopwatch, not the engine's "now"
        let t = Instant::now();
        black_box(one_year(engine, ids, times));
        best = best.min(t.elapsed().as_secs_f64());
    }
    best * 1e9 / (ids.len() * times.len()) as f64
}

fn bench(c: &mut Criterion) {
    let engine = Engine::embedded();
    let ids: Vec<String> = engine.halls().iter().map(|h| h.id.to_string()).collect();
    let stations = support::engine_with_halls(&support::halls_308());
    assert_eq!(stations.halls().len(), 308);
    // The same eight halls, looked up among 308: the schedules asked about are the same, so
    // the difference is what finding a hall among hundreds costs.
    let spread = ids.clone();
    let times = minutes_of_2026();
    assert_eq!(ids.len() * times.len(), 4_204_800);

    let mut group = c.benchmark_group("year_minutes");
    group.sample_size(10);
    group.bench_function("status_8_halls_every_minute_2026", |b| {
        b.iter(|| one_year(&engine, &ids, &times))
    });
    group.bench_function("status_8_of_308_halls_every_minute_2026", |b| {
        b.iter(|| one_year(&stations, &spread, &times))
    });
    group.finish();

    let (eight, many) = (
        per_query(&engine, &ids, &times),
        per_query(&stations, &spread, &times),
    );
    println!("year_minutes: {eight:.1} ns per status query with 8 halls, {many:.1} ns with 308 halls ({:.2}x)", many / eight);
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
