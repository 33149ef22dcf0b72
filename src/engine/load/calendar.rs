//! Loading the legal calendar from holiday-cn files: every listed date checked, the files
//! merged by date (a notice may list a date of the neighbouring year), conflicts reported.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::engine::calendar::{plain, Calendar, Category, DayKind};
use crate::engine::error::DataError;
use crate::engine::load::files::{tree, RawFile};
use crate::engine::load::object::Obj;
use crate::engine::load::value::Value;
use crate::engine::load::walk::{boolean, integer, list, string, top_object};
use crate::engine::model::{List, Text};
use crate::engine::time::parse_date;

/// Years a calendar file may state.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

/// One listed date: a day off (`isOffDay: true`) or an adjusted workday (`false`).
struct Day {
    name: String,
    date: String,
    is_off_day: bool,
}

/// Read one entry of `days` (other fields are allowed, as at the top).
fn day(v: &Value, path: &str, errors: &mut Vec<DataError>) -> Option<Day> {
    let o = Obj::at(v, path.to_string(), "a calendar day object", errors)?;
    let name = o.string("name", errors);
    let date = o.string("date", errors);
    let is_off_day = o
        .need("isOffDay", errors)
        .and_then(|b| boolean(b, o.path("isOffDay"), errors));
    Some(Day {
        name: name?,
        date: date?,
        is_off_day: is_off_day?,
    })
}

/// A date listed by a notice; kept sorted by date.
struct Listed {
    date: NaiveDate,
    off: bool,
    name: String,
    path: String,
}

/// How a listed date is described in a conflict.
fn day_word(off: bool) -> &'static str {
    if off {
        "day off"
    } else {
        "adjusted workday"
    }
}

impl Calendar {
    /// Merge calendar files (file name, raw tree) into one calendar, pushing every problem
    /// to `errors`. With a `base`, its years are kept except those the files give again (a
    /// file for a year replaces that year), and its days are checked against the files'.
    pub(crate) fn build(
        base: Option<&Calendar>,
        files: &[(String, RawFile)],
        errors: &mut Vec<DataError>,
    ) -> Calendar {
        let mut listed: Vec<Listed> = Vec::new();
        let mut years = Vec::new();
        let mut papers: Vec<String> = Vec::new();
        for (file, raw) in files {
            let prefix = format!("holiday-cn/{file}");
            let Some(map) = tree(raw, errors).and_then(|t| top_object(t, &prefix, errors)) else {
                continue;
            };
            // Other fields (`$schema`, `$id`) are allowed, so upstream files drop in unchanged.
            let o = Obj::top(map, &prefix, &format!("{prefix}:"));
            let year = o.need("year", errors).and_then(|v| {
                integer(
                    v,
                    o.path("year"),
                    "i32",
                    (i32::MIN.into(), i32::MAX.into()),
                    errors,
                )
            });
            let file_papers = o.each("papers", errors, string);
            let days = o
                .need("days", errors)
                .and_then(|v| list(v, o.path("days"), errors));
            let (Some(year), Some(days)) = (year.and_then(|y| i32::try_from(y).ok()), days) else {
                continue;
            };
            if !YEAR_RANGE.contains(&year) {
                errors.push(DataError::new(
                    o.path("year"),
                    format!("{year} is not a year from 1900 to 2200"),
                ));
                continue;
            }
            if let Err(i) = years.binary_search(&year) {
                years.insert(i, year);
            }
            for p in file_papers.into_iter().flatten() {
                if !papers.contains(&p) {
                    papers.push(p);
                }
            }
            for (i, v) in days.iter().enumerate() {
                let path = format!("{prefix}:days[{i}]");
                let Some(d) = day(v, &path, errors) else {
                    continue;
                };
                let Some(date) = parse_date(&d.date) else {
                    errors.push(DataError::new(
                        format!("{path}.date"),
                        format!("{:?} is not a date (YYYY-MM-DD)", d.date),
                    ));
                    continue;
                };
                if (date.year() - year).abs() > 1 {
                    errors.push(DataError::new(
                        format!("{path}.date"),
                        format!("{} is not in {year} or a neighbouring year", d.date),
                    ));
                    continue;
                }
                if d.name.trim().is_empty() {
                    errors.push(DataError::new(format!("{path}.name"), "empty name"));
                }
                let wd = date.weekday();
                if !d.is_off_day && !matches!(wd, Weekday::Sat | Weekday::Sun) {
                    errors.push(DataError::new(
                        format!("{path}.isOffDay"),
                        format!(
                            "an adjusted workday must be a Saturday or Sunday, {} is a {wd:?}",
                            d.date
                        ),
                    ));
                    continue;
                }
                match listed.binary_search_by_key(&date, |l| l.date) {
                    Ok(i) => {
                        let Some(prev) = listed.get(i) else { continue };
                        if prev.off != d.is_off_day || prev.name != d.name {
                            errors.push(DataError::new(
                                path,
                                format!(
                                    "{date} disagrees with {}: {} ({}) vs {} ({})",
                                    prev.path,
                                    day_word(d.is_off_day),
                                    d.name,
                                    day_word(prev.off),
                                    prev.name
                                ),
                            ));
                        }
                    }
                    Err(i) => listed.insert(
                        i,
                        Listed {
                            date,
                            off: d.is_off_day,
                            name: d.name,
                            path,
                        },
                    ),
                }
            }
        }
        if let Some(base) = base {
            base.keep_years(&mut listed, &mut years, &mut papers, errors);
        }
        let mut calendar = Calendar::from_listed(&listed, years);
        calendar.papers = papers
            .into_iter()
            .map(Text::from)
            .collect::<Vec<_>>()
            .into();
        calendar
    }

    /// Add to `listed` the days of this calendar's years that `years` does not give again,
    /// reporting a date listed differently by both.
    fn keep_years(
        &self,
        listed: &mut Vec<Listed>,
        years: &mut Vec<i32>,
        papers: &mut Vec<String>,
        errors: &mut Vec<DataError>,
    ) {
        let given = years.clone();
        for &year in self.years.iter().filter(|y| !given.contains(y)) {
            if let Err(i) = years.binary_search(&year) {
                years.insert(i, year);
            }
        }
        for p in self.papers.iter() {
            if !papers.iter().any(|q| q == &**p) {
                papers.push(p.to_string());
            }
        }
        for (i, code) in self.codes.iter().enumerate() {
            let off = match code.kind {
                DayKind::Holiday => true,
                DayKind::AdjustedWorkday => false,
                DayKind::Workday | DayKind::Weekend => continue,
            };
            let day = i32::try_from(i)
                .ok()
                .and_then(|i| self.first.checked_add(i));
            let Some(date) = day.and_then(NaiveDate::from_num_days_from_ce_opt) else {
                continue;
            };
            if given.contains(&date.year()) {
                continue;
            }
            let name = self.name(*code).unwrap_or_default().to_string();
            match listed.binary_search_by_key(&date, |l| l.date) {
                Ok(j) => {
                    let Some(new) = listed.get(j) else { continue };
                    if new.off != off || new.name != name {
                        errors.push(DataError::new(
                            new.path.clone(),
                            format!(
                                "{date} disagrees with the calendar in use: {} ({}) vs {} ({})",
                                day_word(new.off),
                                new.name,
                                day_word(off),
                                name
                            ),
                        ));
                    }
                }
                Err(j) => listed.insert(
                    j,
                    Listed {
                        date,
                        off,
                        name,
                        path: "calendar in use".to_string(),
                    },
                ),
            }
        }
    }

    /// The dense table over the whole years covered, from the sorted listed dates.
    fn from_listed(listed: &[Listed], years: Vec<i32>) -> Calendar {
        let mut lo = years.first().copied();
        let mut hi = years.last().copied();
        if let (Some(first), Some(last)) = (listed.first(), listed.last()) {
            lo = Some(lo.map_or(first.date.year(), |y| y.min(first.date.year())));
            hi = Some(hi.map_or(last.date.year(), |y| y.max(last.date.year())));
        }
        let (Some(lo), Some(hi)) = (lo, hi) else {
            return Calendar::default();
        };
        let (Some(start), Some(end)) = (
            NaiveDate::from_ymd_opt(lo, 1, 1),
            NaiveDate::from_ymd_opt(hi, 12, 31),
        ) else {
            return Calendar::default();
        };
        let first = start.num_days_from_ce();
        let mut names: Vec<String> = Vec::new();
        let mut codes = Vec::new();
        for day in first..=end.num_days_from_ce() {
            let mut code = plain(day);
            let date = NaiveDate::from_num_days_from_ce_opt(day);
            if let Some(date) = date {
                code.known = years.binary_search(&date.year()).is_ok();
                let l = listed.binary_search_by_key(&date, |l| l.date).ok();
                if let Some(l) = l.and_then(|i| listed.get(i)) {
                    code.kind = if l.off {
                        DayKind::Holiday
                    } else {
                        DayKind::AdjustedWorkday
                    };
                    code.cat = Category::of(code.kind, date.weekday());
                    let idx = match names.iter().position(|n| *n == l.name) {
                        Some(i) => i,
                        None => {
                            names.push(l.name.clone());
                            names.len() - 1
                        }
                    };
                    code.name = u32::try_from(idx + 1).unwrap_or(0);
                }
            }
            codes.push(code);
        }
        let year_starts: Vec<u32> = (lo..=hi)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1))
            .filter_map(|d| u32::try_from(d.num_days_from_ce() - first).ok())
            .collect();
        Calendar {
            first,
            first_year: lo,
            year_starts: year_starts.into(),
            codes: codes.into(),
            names: names.into_iter().map(Text::from).collect::<Vec<_>>().into(),
            years: years.into(),
            papers: List::default(),
        }
    }
}
