//! Hand-rolled argument parsing: `hours SUBCOMMAND [--flag VALUE | --switch | DIR]...`.

use pinggu_hours::engine::{parse_at, MatterKind};

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
    pub dir: Option<String>,
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
];

fn bad(msg: impl Into<String>) -> Usage {
    Usage(msg.into())
}

fn parse_kind(v: &str) -> Result<MatterKind, Usage> {
    match v {
        "immediate" => Ok(MatterKind::Immediate),
        "one_day" => Ok(MatterKind::OneDay),
        "undertaken" => Ok(MatterKind::Undertaken),
        _ => Err(bad(format!(
            "--kind must be immediate, one_day or undertaken, not `{v}`"
        ))),
    }
}

impl Args {
    /// Parse everything after the program name.
    pub fn parse(argv: &[String]) -> Result<Args, Usage> {
        let mut it = argv.iter();
        let mut args = Args {
            command: it
                .next()
                .cloned()
                .ok_or_else(|| bad("missing subcommand (try `hours help`)"))?,
            ..Args::default()
        };
        while let Some(arg) = it.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
                _ => (arg.as_str(), None),
            };
            if !flag.starts_with("--") {
                if args.dir.is_some() {
                    return Err(bad(format!("unexpected argument `{arg}`")));
                }
                args.dir = Some(arg.clone());
                continue;
            }
            let Some(name) = FLAGS.iter().copied().find(|f| *f == flag) else {
                return Err(bad(format!("unknown option `{flag}`")));
            };
            if args.seen.contains(&name) {
                return Err(bad(format!("{name} given twice")));
            }
            args.seen.push(name);
            let switch = matches!(name, "--json" | "--hot" | "--livelihood" | "--restricted");
            if switch {
                if inline.is_some() {
                    return Err(bad(format!("{name} takes no value")));
                }
                match name {
                    "--json" => args.json = true,
                    "--hot" => args.hot = true,
                    "--livelihood" => args.livelihood = true,
                    _ => args.restricted = true,
                }
                continue;
            }
            let value = match inline {
                Some(v) => v,
                None => it
                    .next()
                    .cloned()
                    .ok_or_else(|| bad(format!("{name} needs a value")))?,
            };
            let time = |v: &str| {
                parse_at(v).map_err(|_| bad(format!("{name} `{v}` is not YYYY-MM-DDTHH:MM")))
            };
            match name {
                "--at" => args.at = Some(time(&value)?),
                "--accepted" => args.accepted = Some(time(&value)?),
                "--hall" => args.hall = Some(value),
                "--kind" => args.kind = Some(parse_kind(&value)?),
                "--days" => {
                    let d: u32 = value
                        .parse()
                        .map_err(|_| bad(format!("--days `{value}` is not a whole number")))?;
                    if d == 0 || d > 3650 {
                        return Err(bad(format!("--days {d} is out of range (1 to 3650)")));
                    }
                    args.days = Some(d);
                }
                _ => {
                    let y: i32 = value
                        .parse()
                        .map_err(|_| bad(format!("--year `{value}` is not a year")))?;
                    if !(1..=9999).contains(&y) {
                        return Err(bad(format!("--year {y} is out of range (1 to 9999)")));
                    }
                    args.year = Some(y);
                }
            }
        }
        Ok(args)
    }

    /// Reject options the subcommand does not take.
    pub fn only(&self, allowed: &[&str], dir_allowed: bool) -> Result<(), Usage> {
        if let Some(f) = self.seen.iter().find(|f| !allowed.contains(f)) {
            return Err(bad(format!("`hours {}` does not take {f}", self.command)));
        }
        match &self.dir {
            Some(d) if !dir_allowed => Err(bad(format!("unexpected argument `{d}`"))),
            _ => Ok(()),
        }
    }
}

/// A required option's value.
pub fn required<T: Clone>(v: &Option<T>, name: &str) -> Result<T, Usage> {
    v.clone().ok_or_else(|| bad(format!("{name} is required")))
}
