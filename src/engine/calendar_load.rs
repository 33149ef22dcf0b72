//! Loading the legal calendar from holiday-cn files: every listed date checked, the files
//! merged by date (a notice may list a date of the neighbouring year), conflicts reported.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::{plain, Calendar, Category, DayKind};
use super::error::DataError;
use super::raw::{from_str_at, RawCalendarFile};

/// Years a calendar file may state.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

struct Listed {
    off: bool,
    name: String,
    path: String,
}

impl Calendar {
    /// Merge calendar files (file name, text), pushing every problem to `errors`.
    pub(crate) fn build(files: &[(String, &str)], errors: &mut Vec<DataError>) -> Calendar {
        let mut listed: BTreeMap<NaiveDate, Listed> = BTreeMap::new();
        let mut years = Vec::new();
        let mut papers: Vec<String> = Vec::new();
        for (file, text) in files {
            let prefix = format!("holiday-cn/{file}");
            let raw: RawCalendarFile = match from_str_at(text, &prefix, &format!("{prefix}:")) {
                Ok(raw) => raw,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            if !YEAR_RANGE.contains(&raw.year) {
                errors.push(DataError::new(
                    format!("{prefix}:year"),
                    format!("{} is not a year from 1900 to 2200", raw.year),
                ));
                continue;
            }
            years.push(raw.year);
            for p in raw.papers {
                if !papers.contains(&p) {
                    papers.push(p);
                }
            }
            for (i, d) in raw.days.iter().enumerate() {
                let path = format!("{prefix}:days[{i}]");
                let Ok(date) = NaiveDate::parse_from_str(&d.date, "%Y-%m-%d") else {
                    errors.push(DataError::new(
                        format!("{path}.date"),
                        format!("{:?} is not a date (YYYY-MM-DD)", d.date),
                    ));
                    continue;
                };
                if (date.year() - raw.year).abs() > 1 {
                    errors.push(DataError::new(
                        format!("{path}.date"),
                        format!("{} is not in {} or a neighbouring year", d.date, raw.year),
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
                match listed.get(&date) {
                    Some(prev) if prev.off != d.is_off_day || prev.name != d.name => {
                        errors.push(DataError::new(
                            path,
                            format!(
                                "{date} disagrees with {}: {} ({}) vs {} ({})",
                                prev.path,
                                if d.is_off_day {
                                    "day off"
                                } else {
                                    "adjusted workday"
                                },
                                d.name,
                                if prev.off {
                                    "day off"
                                } else {
                                    "adjusted workday"
                                },
                                prev.name
                            ),
                        ));
                    }
                    Some(_) => {}
                    None => {
                        listed.insert(
                            date,
                            Listed {
                                off: d.is_off_day,
                                name: d.name.clone(),
                                path,
                            },
                        );
                    }
                }
            }
        }
        years.sort_unstable();
        years.dedup();
        let mut calendar = Calendar::from_listed(&listed, years);
        calendar.papers = papers;
        calendar
    }

    fn from_listed(listed: &BTreeMap<NaiveDate, Listed>, years: Vec<i32>) -> Calendar {
        let mut lo = years.first().copied();
        let mut hi = years.last().copied();
        if let (Some(first), Some(last)) = (listed.keys().next(), listed.keys().next_back()) {
            lo = Some(lo.map_or(first.year(), |y| y.min(first.year())));
            hi = Some(hi.map_or(last.year(), |y| y.max(last.year())));
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
                if let Some(l) = listed.get(&date) {
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
        Calendar {
            first,
            codes,
            names,
            years,
            papers: Vec::new(),
        }
    }
}
