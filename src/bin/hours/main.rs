//! `hours`: the schedule engine on the command line, for data maintainers and scripted
//! checks. Text by default, the JSON of issue 3 with `--json`; times `YYYY-MM-DDTHH:MM`
//! Beijing time. Exit status: 0 fine, 1 a refused answer (closed slot, invalid data, output
//! that cannot be written), 2 a bad command line. Every failure is one line on stderr; a
//! reader that stops reading early (`| head`) ends the output quietly (see `output`).

// Native only. Cargo also builds every binary for wasm32 when it builds the browser tests;
// there the command line is empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

mod args;
mod commands;
mod export;
mod output;
mod quote;
mod validate;

use std::ffi::OsString;
use std::process::ExitCode;

use args::{Args, Usage};
use output::{complain, to_stdout, WriteFailure};

/// Why a command did not print its answer.
pub enum Failure {
    /// Bad command line (exit 2).
    Usage(String),
    /// A refused answer (exit 1).
    Refused(String),
    /// Problems found in data files (exit 1): the listing goes to stdout, the summary to
    /// stderr.
    Problems {
        /// The problems, one per line.
        listing: String,
        /// One line: how many and where.
        summary: String,
    },
}

impl From<Usage> for Failure {
    fn from(u: Usage) -> Self {
        Failure::Usage(u.0)
    }
}

const HELP: &str = "\
hours: opening and extended service hours of the Pinggu service halls

  hours status [--at T] [--hall ID] [--json]
  hours book --hall ID --at T [--json]
  hours serve --hall ID --kind immediate|one_day|undertaken [--hot] [--livelihood] [--restricted] --at T [--json]
  hours due --accepted T --days N [--json]
  hours report --year Y [--json]
  hours validate [DIR] [--json] [--today D]   (DIR defaults to static/data)
  hours export --format jsonld|ics|osm|page-html [--hall ID] [--from D]
  hours export --format notice-hours|notice-matters [--hall ID] [--from D] [--lang zh|en]

Every command takes --data DIR: answer from the data folder DIR (halls.json,
matters.json, holiday-cn/*.json, exceptions.json if any), checked first as
validate checks it, instead of the data compiled in.
T is Beijing time YYYY-MM-DDTHH:MM (status defaults to now); D is a date YYYY-MM-DD.
validate warns when the calendar of this year, or after 1 November of next year, is missing.
export: jsonld = schema.org JSON-LD (every holiday and adjusted workday of the calendars);
ics = the service windows of the 12 months from --from; osm = opening_hours with dated rules
from --from on (ID<TAB>VALUE per hall, the bare value with --hall); page-html = the hours
the full page shows before its WebAssembly starts (the ordinary week, special days from
--from on); --from defaults to today.
notice-hours = the hours notice to post (one A4 page per hall without --hall),
notice-matters = the weekend matter list, each an HTML file to print, holding for 30 days
from --from, in Chinese unless --lang en.
Exit status: 0 fine, 1 refused or invalid data, 2 bad command line.
";

/// An answering subcommand: checks its options, then answers from the data compiled in or
/// from `--data DIR`.
type Command = fn(&args::Args) -> Result<String, Failure>;

fn run(argv: &[OsString]) -> Result<String, Failure> {
    let args = Args::parse(argv)?;
    match args.command.as_str() {
        "help" | "--help" | "-h" => Ok(HELP.to_string()),
        "validate" => validate::run(&args),
        cmd => {
            let answer: Command = match cmd {
                "status" => commands::status,
                "book" => commands::book,
                "serve" => commands::serve,
                "due" => commands::due,
                "report" => commands::report,
                "export" => export::run,
                _ => {
                    return Err(Failure::Usage(format!(
                        "unknown subcommand {} (try `hours help`)",
                        quote::quote(cmd)
                    )))
                }
            };
            answer(&args)
        }
    }
}

/// Write `text` to stdout; `status` unless that fails for another reason than the reader
/// going away.
fn answer(text: &str, status: ExitCode) -> ExitCode {
    match to_stdout(text) {
        Ok(()) | Err(WriteFailure::ReaderGone) => status,
        Err(WriteFailure::Failed(msg)) => {
            complain(&msg);
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&argv) {
        Ok(out) => answer(&out, ExitCode::SUCCESS),
        Err(Failure::Usage(msg)) => {
            complain(&msg);
            ExitCode::from(2)
        }
        Err(Failure::Refused(msg)) => {
            complain(&msg);
            ExitCode::FAILURE
        }
        Err(Failure::Problems { listing, summary }) => {
            match to_stdout(&listing) {
                Ok(()) | Err(WriteFailure::ReaderGone) => complain(&summary),
                Err(WriteFailure::Failed(msg)) => complain(&msg),
            }
            ExitCode::FAILURE
        }
    }
}
