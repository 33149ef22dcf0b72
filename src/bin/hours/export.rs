//! `hours export --format jsonld|ics|osm|page-html|notice-hours|notice-matters [--hall ID]
//! [--from D] [--lang zh|en]`: the halls' hours for other programs, built by the library's
//! `export` module (the same JSON-LD and HTML the page's build writes into index.html), and
//! the notices to post, built by its `notice` module (the same code a page prints with).
//!
//! - `jsonld`: schema.org JSON-LD, every holiday and adjusted workday of the calendar years;
//! - `ics`: an iCalendar of the twelve months from `--from` (default today);
//! - `osm`: OSM `opening_hours`, dated rules from `--from` (default today) on; one line
//!   `ID<TAB>VALUE` per hall, or the bare value with `--hall`;
//! - `page-html`: the page's hours before its WebAssembly starts, in Chinese: every hall's
//!   ordinary week and the holidays and adjusted workdays from `--from` (default today) on.
//! - `notice-hours`, `notice-matters`: one HTML document for A4 paper, its stylesheet
//!   inside (a file to print), holding from `--from` (default today), in `--lang` (default
//!   Chinese): a hall's hours notice (one page per hall without `--hall`), the weekend
//!   matter list.

use pinggu_hours::export::{self, ics::IcsError};
use pinggu_hours::notice::{self, Styling};
use pinggu_hours::ui::Lang;

use crate::args::{required, Args};
use crate::commands::{engine_error, now};
use crate::quote::quote;
use crate::Failure;

/// Write the export `--format` asks for.
pub fn run(args: &Args) -> Result<String, Failure> {
    let format = required(&args.format, "--format")?;
    let allowed: &[&str] = match format.as_str() {
        "jsonld" => &["--format", "--hall"],
        "ics" | "osm" | "page-html" => &["--format", "--hall", "--from"],
        "notice-hours" | "notice-matters" => &["--format", "--hall", "--from", "--lang"],
        _ => {
            return Err(Failure::Usage(format!(
            "--format must be jsonld, ics, osm, page-html, notice-hours or notice-matters, not {}",
            quote(&format)
        )))
        }
    };
    args.only(allowed, false)?;
    // The command line is checked before the data folder is read.
    let engine = &crate::validate::engine_of(args)?;
    let from = match args.from {
        Some(d) => d,
        None if format != "jsonld" => now()?.date(),
        None => chrono::NaiveDate::MIN,
    };
    let lang = args.lang.unwrap_or_default();
    let hall = args.hall.as_deref();
    match format.as_str() {
        "notice-hours" => {
            notice::hours_notice(engine, hall, from, lang, Styling::Inline).map_err(engine_error)
        }
        "notice-matters" => {
            notice::matters_notice(engine, hall, from, lang, Styling::Inline).map_err(engine_error)
        }
        _ => data_export(args, engine, &format, from),
    }
}

/// The exports for other programs: JSON-LD, iCalendar, OSM.
fn data_export(
    args: &Args,
    engine: &pinggu_hours::engine::Engine,
    format: &str,
    from: chrono::NaiveDate,
) -> Result<String, Failure> {
    let halls = export::halls(engine, args.hall.as_deref()).map_err(engine_error)?;
    match format {
        "jsonld" => {
            let halls = export::page_halls(&halls);
            Ok(export::jsonld::text(engine, &halls).map_err(engine_error)? + "\n")
        }
        "page-html" => Ok(export::page_html::fragment(engine, &halls, from, Lang::Zh)
            .map_err(engine_error)?
            + "\n"),
        "ics" => export::ics::calendar(engine, &halls, from, now()?).map_err(|e| match e {
            IcsError::Engine(e) => engine_error(e),
            IcsError::OutOfRange => {
                Failure::Refused("the twelve months from --from lie out of range".into())
            }
        }),
        _ => {
            let mut out = String::new();
            for hall in &halls {
                let value =
                    export::osm::opening_hours(engine, &hall.id, from).map_err(engine_error)?;
                if args.hall.is_none() {
                    out.push_str(&hall.id);
                    out.push('\t');
                }
                out.push_str(&value);
                out.push('\n');
            }
            Ok(out)
        }
    }
}
