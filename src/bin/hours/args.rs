//! Hand-rolled argument parsing: `hours SUBCOMMAND [--flag VALUE | --switch | DIR]...`.
//! Arguments are read as the OS gives them: a directory may be named by bytes that are not
//! UTF-8 and still works as a path; anything else must be text, or it is a usage error.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use pinggu_hours::engine::{parse_at, MatterKind};
use pinggu_hours::ui::Lang;

use crate::quote::{quote, quote_os};

/// A bad command line; printed as one line, exit status 2.
#[derive(Debug)]
pub struct Usage(pub String);

/// Parsed options (which ones a subcommand accepts is checked by [`Args::only`]).
#[derive(Debug, Default)]
pub struct Args {
    pub command: String,
    pub json: bool,
    pub at: Option<chrono::NaiveDateTime>,
    pub accepted: Option<chrono::NaiveDateTime>,
    pub hall: Option<String>,
    pub kind: Option<MatterKind>,
    pub hot: bool,
    pub livelihood: bool,
    pub restricted: bool,
    pub days: Option<u32>,
    pub year: Option<i32>,
    pub dir: Option<PathBuf>,
    /// `hours export --format`: jsonld, ics or osm.
    pub format: Option<String>,
    /// `hours export --from`: the first date of the calendar or of the dated rules.
    pub from: Option<chrono::NaiveDate>,
    /// `hours validate --today`: the date the calendar freshness check takes as today.
    pub today: Option<chrono::NaiveDate>,
    /// `--data DIR`: answer from that data folder instead of the data compiled in.
    pub data: Option<PathBuf>,
    /// `hours export --lang`: the language of a notice (Chinese unless asked).
    pub lang: Option<Lang>,
    seen: Vec<&'static str>,
}

const FLAGS: &[&str] = &[
    "--json",
    "--at",
    "--accepted",
    "--hall",
    "--kind",
    "--hot",
    "--livelihood",
    "--restricted",
    "--days",
    "--year",
    "--format",
    "--from",
    "--today",
    "--data",
    "--lang",
];

fn bad(msg: impl Into<String>) -> Usage {
    Usage(msg.into())
}

/// An argument that must be text; `what` names it in the complaint.
fn text<'a>(arg: &'a OsStr, what: &str) -> Result<&'a str, Usage> {
    arg.to_str()
        .ok_or_else(|| bad(format!("{what} {} is not valid UTF-8", quote_os(arg))))
}

fn parse_kind(v: &str) -> Result<MatterKind, Usage> {
    match v {
        "immediate" => Ok(MatterKind::Immediate),
        "one_day" => Ok(MatterKind::OneDay),
        "undertaken" => Ok(MatterKind::Undertaken),
        _ => Err(bad(format!(
            "--kind must be immediate, one_day or undertaken, not {}",
            quote(v)
        ))),
    }
}

/// `zh` or `en`, exactly as `hours help` spells them.
fn parse_lang(v: &str) -> Result<Lang, Usage> {
    match v {
        "zh" => Ok(Lang::Zh),
        "en" => Ok(Lang::En),
        _ => Err(bad(format!("--lang must be zh or en, not {}", quote(v)))),
    }
}

/// A whole number from `lo` to `hi`; digits too many for any type are out of range too.
fn number_in(name: &str, value: &str, (lo, hi): (i64, i64)) -> Result<i64, Usage> {
    let digits = value.strip_prefix(['-', '+']).unwrap_or(value);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad(format!(
            "{name} {} is not a whole number",
            quote(value)
        )));
    }
    match value.parse::<i64>() {
        Ok(n) if (lo..=hi).contains(&n) => Ok(n),
        _ => Err(bad(format!(
            "{name} {} is out of range ({lo} to {hi})",
            quote(value)
        ))),
    }
}

/// A date written `YYYY-MM-DD`.
fn date(name: &str, value: &str) -> Result<chrono::NaiveDate, Usage> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 10)
        .ok_or_else(|| bad(format!("{name} {} is not a date YYYY-MM-DD", quote(value))))
}

impl Args {
    /// Parse everything after the program name.
    pub fn parse(argv: &[OsString]) -> Result<Args, Usage> {
        let mut it = argv.iter();
        let command = it
            .next()
            .ok_or_else(|| bad("missing subcommand (try `hours help`)"))?;
        let mut args = Args {
            command: text(command, "subcommand")?.to_string(),
            ..Args::default()
        };
        while let Some(arg) = it.next() {
            if !arg.to_string_lossy().starts_with("--") {
                args.set_dir(arg)?;
                continue;
            }
            let arg = text(arg, "option")?;
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) => (f, Some(v.to_string())),
                None => (arg, None),
            };
            let Some(name) = FLAGS.iter().copied().find(|f| *f == flag) else {
                return Err(bad(format!("unknown option {}", quote(flag))));
            };
            if args.seen.contains(&name) {
                return Err(bad(format!("{name} given twice")));
            }
            args.seen.push(name);
            if matches!(name, "--json" | "--hot" | "--livelihood" | "--restricted") {
                if inline.is_some() {
                    return Err(bad(format!("{name} takes no value")));
                }
                args.set_switch(name);
                continue;
            }
            if name == "--data" {
                // A folder: any bytes the OS allows, as the positional DIR.
                let dir = match inline {
                    Some(v) => OsString::from(v),
                    None => it
                        .next()
                        .cloned()
                        .ok_or_else(|| bad(format!("{name} needs a value")))?,
                };
                if dir.is_empty() {
                    return Err(bad("--data needs a folder"));
                }
                args.data = Some(PathBuf::from(dir));
                continue;
            }
            let value = match inline {
                Some(v) => v,
                None => {
                    let next = it
                        .next()
                        .ok_or_else(|| bad(format!("{name} needs a value")))?;
                    text(next, &format!("{name} value"))?.to_string()
                }
            };
            args.set_value(name, value)?;
        }
        Ok(args)
    }

    /// The one positional argument, a directory (any bytes the OS allows).
    fn set_dir(&mut self, arg: &OsStr) -> Result<(), Usage> {
        if self.dir.is_some() {
            return Err(bad(format!("unexpected argument {}", quote_os(arg))));
        }
        self.dir = Some(PathBuf::from(arg));
        Ok(())
    }

    fn set_switch(&mut self, name: &str) {
        match name {
            "--json" => self.json = true,
            "--hot" => self.hot = true,
            "--livelihood" => self.livelihood = true,
            _ => self.restricted = true,
        }
    }

    fn set_value(&mut self, name: &str, value: String) -> Result<(), Usage> {
        let time = |v: &str| {
            parse_at(v).map_err(|_| bad(format!("{name} {} is not YYYY-MM-DDTHH:MM", quote(v))))
        };
        match name {
            "--at" => self.at = Some(time(&value)?),
            "--accepted" => self.accepted = Some(time(&value)?),
            "--hall" => self.hall = Some(value),
            "--format" => self.format = Some(value),
            "--from" => self.from = Some(date(name, &value)?),
            "--today" => self.today = Some(date(name, &value)?),
            "--kind" => self.kind = Some(parse_kind(&value)?),
            "--lang" => self.lang = Some(parse_lang(&value)?),
            "--days" => {
                let d = number_in(name, &value, (1, 3650))?;
                self.days = u32::try_from(d).ok();
            }
            _ => {
                let y = number_in(name, &value, (1, 9999))?;
                self.year = i32::try_from(y).ok();
            }
        }
        Ok(())
    }

    /// Reject options the subcommand does not take (every one takes `--data`).
    pub fn only(&self, allowed: &[&str], dir_allowed: bool) -> Result<(), Usage> {
        let takes = |f: &&str| allowed.contains(f) || *f == "--data";
        if let Some(f) = self.seen.iter().find(|f| !takes(f)) {
            return Err(bad(format!("`hours {}` does not take {f}", self.command)));
        }
        match &self.dir {
            Some(d) if !dir_allowed => Err(bad(format!(
                "unexpected argument {}",
                quote_os(d.as_os_str())
            ))),
            _ => Ok(()),
        }
    }
}

/// A required option's value.
pub fn required<T: Clone>(v: &Option<T>, name: &str) -> Result<T, Usage> {
    v.clone().ok_or_else(|| bad(format!("{name} is required")))
}
