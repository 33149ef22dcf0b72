//! The words of the hours written into the page at build time (`hours export --format
//! page-html`), shown until the widget starts and kept where it cannot (no JavaScript, no
//! WebAssembly, a search engine): every hall's ordinary week, the holidays and adjusted
//! workdays ahead and the exception days ahead. The hours, the days and the reasons are the
//! engine's; this file only words them.

use chrono::NaiveDate;

use super::format::{date_long, date_short};
use super::{exception_change, Lang};
use crate::engine::Span;

/// The build-time page's fixed words in one language.
pub struct PrerenderTexts {
    /// Under the title, where the live page shows the Beijing time.
    pub note: &'static str,
    pub week_heading: &'static str,
    pub special_heading: &'static str,
    /// A stretch of special days on which no hall serves.
    pub all_closed: &'static str,
    /// A stretch on which every hall keeps its workday hours (an adjusted workday).
    pub as_workday: &'static str,
    /// After the halls that serve on a stretch, when some do not.
    pub others_closed: &'static str,
    /// Over the exception days (exceptions.json) ahead.
    pub exceptions_heading: &'static str,
    /// In place of the halls' names when an exception day changes every hall alike.
    pub every_hall: &'static str,
    /// Under the centers when the data also has village or community stations, which the
    /// block leaves out (hundreds of them): the live page finds them by name.
    pub stations_later: &'static str,
}

static ZH: PrerenderTexts = PrerenderTexts {
    note: "以下为各大厅常规办公时间及节假日安排",
    week_heading: "各大厅常规办公时间",
    special_heading: "节假日与调休上班日",
    all_closed: "各大厅均不办公",
    as_workday: "各大厅按工作日时间办公",
    others_closed: "其余大厅不办公",
    exceptions_heading: "临时调整",
    every_hall: "各大厅",
    stations_later: "村（社区）便民服务站的办公时间，请在页面加载完成后按名称查找。",
};

static EN: PrerenderTexts = PrerenderTexts {
    note: "The halls' ordinary hours and the holiday calendar",
    week_heading: "Ordinary hours of the halls",
    special_heading: "Holidays and adjusted workdays",
    all_closed: "No hall is open",
    as_workday: "Every hall keeps its workday hours",
    others_closed: "the other halls are closed",
    exceptions_heading: "Temporary changes",
    every_hall: "Every hall",
    stations_later: "The hours of village and community service stations can be looked up by name once the page has loaded.",
};

impl Lang {
    /// The build-time page's words in this language.
    pub fn prerender(self) -> &'static PrerenderTexts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// A stretch of days: `10月1日（周四）至10月7日（周三）` / `Thu 1 Oct – Wed 7 Oct`; one date
/// alone when `first` is `last`.
pub fn date_range(lang: Lang, first: NaiveDate, last: NaiveDate) -> String {
    let start = date_short(lang, first);
    if first == last {
        return start;
    }
    let end = date_short(lang, last);
    match lang {
        Lang::Zh => format!("{start}至{end}"),
        Lang::En => format!("{start} – {end}"),
    }
}

/// No special day lies ahead in the published calendars:
/// `2026年11月29日（星期日）以后，已公布的节假日安排（至2026年底）中没有节假日或调休上班日。`
pub fn no_special_days_ahead(lang: Lang, from: NaiveDate, last_year: Option<i32>) -> String {
    let from = date_long(lang, from);
    match (lang, last_year) {
        (Lang::Zh, Some(year)) => format!(
            "{from}以后，已公布的节假日安排（至{year}年底）中没有节假日或调休上班日。"
        ),
        (Lang::Zh, None) => format!("{from}以后的节假日安排尚未公布。"),
        (Lang::En, Some(year)) => format!(
            "The published calendars (to the end of {year}) hold no holiday or adjusted workday after {from}."
        ),
        (Lang::En, None) => format!("The holidays after {from} are not yet published."),
    }
}

/// Some halls on an exception day, what changes and why: `公安户政分中心、税务分中心暂停办理：
/// 停电检修` / `Household registration, Tax: no service. Power maintenance`; with `every`,
/// `各大厅` / `Every hall` in place of the names.
pub fn halls_exception(
    lang: Lang,
    names: &[String],
    every: bool,
    spans: &[Span],
    reason: &str,
) -> String {
    let who = if every {
        lang.prerender().every_hall.to_owned()
    } else {
        names.join(if lang == Lang::Zh { "、" } else { ", " })
    };
    let change = exception_change(lang, spans, reason);
    match lang {
        Lang::Zh => format!("{who}{change}"),
        Lang::En => format!("{who}: {change}"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::report;
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn stretches_and_an_empty_calendar_in_words() {
        let (oct1, oct7) = (d(2026, 10, 1), d(2026, 10, 7));
        let names = ["公安户政分中心".to_owned(), "税务分中心".to_owned()];
        let at = |h: u32| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        let morning = [Span {
            start: at(9),
            end: at(12),
            state: crate::engine::State::Open,
            appointment: crate::engine::Appointment::WalkIn,
        }];
        #[rustfmt::skip]
        let rows = [
            ("zh one day", date_range(Lang::Zh, oct1, oct1), "10月1日（周四）".to_owned()),
            ("zh stretch", date_range(Lang::Zh, oct1, oct7), "10月1日（周四）至10月7日（周三）".to_owned()),
            ("en stretch", date_range(Lang::En, oct1, oct7), "Thu 1 Oct – Wed 7 Oct".to_owned()),
            ("zh none ahead", no_special_days_ahead(Lang::Zh, d(2026, 11, 29), Some(2026)),
                "2026年11月29日（星期日）以后，已公布的节假日安排（至2026年底）中没有节假日或调休上班日。".to_owned()),
            ("zh none published", no_special_days_ahead(Lang::Zh, d(2027, 1, 2), None),
                "2027年1月2日（星期六）以后的节假日安排尚未公布。".to_owned()),
            ("en none ahead", no_special_days_ahead(Lang::En, d(2026, 11, 29), Some(2026)),
                "The published calendars (to the end of 2026) hold no holiday or adjusted workday after Sunday 29 November 2026.".to_owned()),
            ("zh halls closed", halls_exception(Lang::Zh, &names, false, &[], "停电检修"),
                "公安户政分中心、税务分中心暂停办理：停电检修".to_owned()),
            ("zh every hall", halls_exception(Lang::Zh, &names, true, &morning, "年终集中办理日"),
                "各大厅办理时间调整为9:00–12:00：年终集中办理日".to_owned()),
            ("en halls closed", halls_exception(Lang::En, &names, false, &[], "Power maintenance"),
                "公安户政分中心, 税务分中心: no service. Power maintenance".to_owned()),
        ];
        report(
            rows.into_iter()
                .map(|(name, got, want)| (name.to_owned(), got, want))
                .collect(),
        );
    }
}
