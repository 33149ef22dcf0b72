//! The station search's words: Article 8 lets every village and community service station
//! publish its own hours, and a resident looks for theirs by name.

use super::Lang;

/// The station search's fixed words in one language.
pub struct StationTexts {
    pub heading: &'static str,
    pub label: &'static str,
    /// Nothing matched: around the text typed.
    pub none: (&'static str, &'static str),
}

static ZH: StationTexts = StationTexts {
    heading: "村（社区）便民服务站",
    label: "输入村（社区）名称查找服务站",
    none: ("没有找到名称含“", "”的服务站，请检查输入的字。"),
};

static EN: StationTexts = StationTexts {
    heading: "Village and community service stations",
    label: "Find a station by its village or community name",
    none: (
        "No station's name contains “",
        "”. Please check what you typed.",
    ),
};

impl Lang {
    /// The station search's words in this language.
    pub fn stations(self) -> &'static StationTexts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

/// The line under the box before anything is typed: how many stations there are.
pub fn stations_hint(lang: Lang, stations: usize) -> String {
    match (lang, stations) {
        (Lang::Zh, n) => format!("全区共{n}个服务站，输入名称中的字即可查找。"),
        (Lang::En, 1) => {
            "There is 1 station in the district: type part of its name to find it.".to_owned()
        }
        (Lang::En, n) => {
            format!("There are {n} stations in the district: type part of a name to find one.")
        }
    }
}

/// The line under the results: how many matched, and, past the cards shown, how many more
/// a longer name would narrow down.
pub fn stations_found(lang: Lang, found: usize, shown: usize) -> String {
    match (lang, found > shown) {
        (Lang::Zh, false) => format!("找到{found}个服务站。"),
        (Lang::Zh, true) => {
            format!("找到{found}个服务站，以下是前{shown}个；输入更完整的名称可缩小范围。")
        }
        (Lang::En, false) if found == 1 => "1 station found.".to_owned(),
        (Lang::En, false) => format!("{found} stations found."),
        (Lang::En, true) => {
            format!("{found} stations found; the first {shown} are shown. Type more of the name to narrow them down.")
        }
    }
}
