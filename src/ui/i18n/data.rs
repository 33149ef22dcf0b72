//! The words about the data in use: an embedder's data files refused, and (for maintainers)
//! a holiday calendar that is due and missing. Counts and years are the engine's.

use super::Lang;

/// `数据更新文件有3处问题，未予采用，仍按内置数据显示（问题清单见浏览器控制台）` /
/// `The updated data files have 3 problems and were not used: the built-in data is shown
/// (the list is in the browser console)`.
pub fn data_refused(lang: Lang, problems: usize) -> String {
    match (lang, problems) {
        (Lang::Zh, n) => format!(
            "数据更新文件有{n}处问题，未予采用，仍按内置数据显示（问题清单见浏览器控制台）"
        ),
        (Lang::En, 1) => "The updated data files have 1 problem and were not used: the built-in data is shown (the list is in the browser console)".to_owned(),
        (Lang::En, n) => format!("The updated data files have {n} problems and were not used: the built-in data is shown (the list is in the browser console)"),
    }
}

/// The maintainers' line: `维护提示：尚未载入2027年节假日安排，请添加holiday-cn/2027.json` /
/// `For maintainers: the 2027 holiday calendar is not loaded yet; add holiday-cn/2027.json`.
pub fn calendar_due(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("维护提示：尚未载入{year}年节假日安排，请添加holiday-cn/{year}.json"),
        Lang::En => format!(
            "For maintainers: the {year} holiday calendar is not loaded yet; add holiday-cn/{year}.json"
        ),
    }
}
