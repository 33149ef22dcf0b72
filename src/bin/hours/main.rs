//! `hours`: the schedule engine on the command line, for data maintainers and scripted
//! checks. Text by default, the JSON of issue 3 with `--json`; times `YYYY-MM-DDTHH:MM`
//! Beijing time. Exit status: 0 fine, 1 a refused answer (closed slot, invalid data),
//! 2 a bad command line. Native only: a wasm32 build (the browser tests build every binary)
//! compiles it to nothing.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

mod args;
mod commands;
mod validate;

use std::process::ExitCode;

use args::{Args, Usage};

/// Why a command did not print its answer.
pub enum Failure {
    /// Bad command line (exit 2).
    Usage(String),
    /// A refused answer or broken data (exit 1); already explained.
    Refused(String),
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
  hours validate [DIR] [--json]      (DIR defaults to static/data)

T is Beijing time YYYY-MM-DDTHH:MM (status defaults to now).
";

fn run(argv: &[String]) -> Result<String, Failure> {
    let args = Args::parse(argv)?;
    match args.command.as_str() {
        "help" | "--help" | "-h" => Ok(HELP.to_string()),
        "validate" => validate::run(&args),
        cmd => {
            let engine = pinggu_hours::engine::Engine::embedded();
            match cmd {
                "status" => commands::status(&engine, &args),
                "book" => commands::book(&engine, &args),
                "serve" => commands::serve(&engine, &args),
                "due" => commands::due(&engine, &args),
                "report" => commands::report(&engine, &args),
                _ => Err(Failure::Usage(format!(
                    "unknown subcommand `{cmd}` (try `hours help`)"
                ))),
            }
        }
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(Failure::Usage(msg)) => {
            eprintln!("hours: {msg}");
            ExitCode::from(2)
        }
        Err(Failure::Refused(msg)) => {
            eprintln!("hours: {msg}");
            ExitCode::from(1)
        }
    }
}
