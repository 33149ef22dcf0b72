//! One iteration asks `status` of all eight halls at every minute of 2026: 8 x 525,600 =
//! 4,204,800 full status queries from a `NaiveDateTime`. Criterion's time per iteration
//! divided by 4,204,800 is the time per query; it is printed at the end (target <= 50 ns).

use std::hint::black_box;
use std::time::Instant;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use criterion::{criterion_group, Criterion};
use pinggu_hours::engine::Engine;

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

fn bench(c: &mut Criterion) {
    let engine = Engine::embedded().expect("embedded data is valid");
    let ids: Vec<String> = engine.halls().iter().map(|h| h.id.clone()).collect();
    let times = minutes_of_2026();
    let queries = (ids.len() * times.len()) as f64;
    assert_eq!(queries as usize, 4_204_800);

    let mut group = c.benchmark_group("year_minutes");
    group.sample_size(10);
    group.bench_function("status_8_halls_every_minute_2026", |b| {
        b.iter(|| one_year(&engine, &ids, &times))
    });
    group.finish();

    // Criterion reports the time per iteration; also print the time per query.
    let rounds = 5;
    let mut best = f64::MAX;
    for _ in 0..rounds {
        // A stopwatch, not the time of day the engine is asked about.
        #[allow(clippy::disallowed_methods)]
        let t = Instant::now();
        black_box(one_year(&engine, &ids, &times));
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "year_minutes: {:.1} ns per status query (best of {rounds} iterations of {} queries: {:.1} ms)",
        best * 1e9 / queries,
        queries as usize,
        best * 1e3
    );
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
