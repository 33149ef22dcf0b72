//! The matter finder's words. Service levels and due dates come from the engine; this file
//! only says them.

use chrono::NaiveDate;

use super::{date_short, Lang};
use crate::engine::{MatterKind, ServiceLevel};

/// The finder's fixed words in one language.
pub struct FinderTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub hall_label: &'static str,
    pub all_halls: &'static str,
    /// Words before and after the number of matters found.
    pub found: (&'static str, &'static str),
    pub none_found: &'static str,
    /// After an empty result: try other words, or browse the halls listed below.
    pub browse_by_hall: &'static str,
    pub as_at: &'static str,
    pub back_to_list: &'static str,
    pub unknown_matter: &'static str,
    pub level_heading: &'static str,
    pub level_done: &'static str,
    pub level_accepted: &'static str,
    pub level_intake: &'static str,
    pub level_consult: &'static str,
    pub level_closed: &'static str,
    pub next_open: &'static str,
    pub due: &'static str,
    pub due_if_next: &'static str,
    pub due_rule: &'static str,
    pub unconfirmed: &'static str,
    pub facts_heading: &'static str,
    pub unit: &'static str,
    pub place: &'static str,
    pub booking_method: &'static str,
    pub kind: &'static str,
    pub kind_immediate: &'static str,
    pub kind_one_day: &'static str,
    pub kind_undertaken: &'static str,
    pub tags: &'static str,
    pub hot: &'static str,
    pub livelihood: &'static str,
    pub restricted: &'static str,
    pub materials_heading: &'static str,
    pub materials_note: &'static str,
    pub no_materials: &'static str,
}

static ZH: FinderTexts = FinderTexts {
    heading: "周末及延时服务事项查询",
    intro: "输入事项名称或常用说法（中文或英文）查询，或按办理大厅浏览。",
    search_label: "事项名称",
    search_hint: "例如：护照、身份证、passport",
    hall_label: "办理大厅",
    all_halls: "全部大厅",
    found: ("共找到", "项事项"),
    none_found: "没有找到相关事项：",
    browse_by_hall: "可以换个说法再查，或按办理大厅浏览：",
    as_at: "以下按此时间计算：",
    back_to_list: "返回事项列表",
    unknown_matter: "没有找到这个事项，可能已从清单中移除：",
    level_heading: "办理情况",
    level_done: "可当场受理、当场办结",
    level_accepted: "可当场正式受理，开始计算办理时限",
    level_intake: "仅收取材料，自下一个工作日起受理办理",
    level_consult: "仅提供咨询，暂不能办理",
    level_closed: "该时间大厅闭厅，无法办理",
    next_open: "下次开放：",
    due: "预计办结日期：",
    due_if_next: "（按下次开放时受理计算）",
    due_rule: "周末及节假日受理的，视为下一个工作日受理；周末时间不计入办理时限。",
    unconfirmed: "未确认：涉及的日期超出已发布的节假日安排。",
    facts_heading: "事项信息",
    unit: "办理单位",
    place: "办理地点",
    booking_method: "预约方式",
    kind: "事项类型",
    kind_immediate: "即办类（当场办结）",
    kind_one_day: "一日办结类",
    kind_undertaken: "承办类（受理后限时办结）",
    tags: "事项标注",
    hot: "热点高频事项",
    livelihood: "民生类事项",
    restricted: "受审批系统限制，周末不能受理",
    materials_heading: "所需材料（一次性告知）",
    materials_note: "请一次带齐以下全部材料，可逐项勾选核对。",
    no_materials: "清单暂未列出材料，请向办理大厅咨询。",
};

static EN: FinderTexts = FinderTexts {
    heading: "Find a matter",
    intro: "Search by the matter's name or everyday words (Chinese or English), or browse by hall.",
    search_label: "Matter name",
    search_hint: "For example: passport, ID card, 护照",
    hall_label: "Hall",
    all_halls: "All halls",
    found: ("Matters found: ", ""),
    none_found: "No matter matches ",
    browse_by_hall: "Try other words, or browse by hall:",
    as_at: "Worked out for ",
    back_to_list: "Back to the list",
    unknown_matter: "There is no such matter; it may have left the list: ",
    level_heading: "What can be done",
    level_done: "Handled on the spot",
    level_accepted: "Formally accepted on the spot; the time limit starts",
    level_intake: "Materials received; handled from the next workday",
    level_consult: "Questions only; it cannot be handled then",
    level_closed: "The hall is closed then",
    next_open: "Next opening: ",
    due: "Expected decision by ",
    due_if_next: " (if accepted at the next opening)",
    due_rule: "Accepted on a weekend or holiday, it counts as accepted on the next workday; weekend time does not count toward the limit.",
    unconfirmed: "Unconfirmed: a day involved is beyond the published holiday calendar.",
    facts_heading: "About this matter",
    unit: "Handled by",
    place: "Place",
    booking_method: "How to book",
    kind: "Type",
    kind_immediate: "Immediate (decided on the spot)",
    kind_one_day: "Finished within one day",
    kind_undertaken: "Undertaken (decided within a time limit)",
    tags: "Notes",
    hot: "In high demand",
    livelihood: "Daily-life matter",
    restricted: "Cannot be accepted on a weekend (approval system)",
    materials_heading: "What to bring (the complete list)",
    materials_note: "Bring everything on this list at once; tick each item as you check it.",
    no_materials: "The list names no materials yet; ask the hall.",
};

impl Lang {
    /// The matter finder's words in this language.
    pub fn finder(self) -> &'static FinderTexts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }
}

impl FinderTexts {
    /// The plain words for a service level; `full` reads differently for an undertaken
    /// matter, which is accepted rather than finished on the spot.
    pub fn level(&self, level: ServiceLevel, kind: MatterKind) -> &'static str {
        match (level, kind) {
            (ServiceLevel::Full, MatterKind::Undertaken) => self.level_accepted,
            (ServiceLevel::Full, _) => self.level_done,
            (ServiceLevel::IntakeOnly, _) => self.level_intake,
            (ServiceLevel::ConsultOnly, _) => self.level_consult,
            (ServiceLevel::Unavailable, _) => self.level_closed,
        }
    }

    /// The words for how a matter is decided.
    pub fn kind_name(&self, kind: MatterKind) -> &'static str {
        match kind {
            MatterKind::Immediate => self.kind_immediate,
            MatterKind::OneDay => self.kind_one_day,
            MatterKind::Undertaken => self.kind_undertaken,
        }
    }
}

/// `按11月30日（周一）受理，7个工作日内办结` / `Counted as accepted on Mon 30 Nov; decided
/// within 7 legal workdays`: the basis of a due date (Article 5(2): weekend time does not
/// count toward the limit).
pub fn due_basis(lang: Lang, counted_from: NaiveDate, days: u32) -> String {
    let from = date_short(lang, counted_from);
    match lang {
        Lang::Zh => format!("按{from}受理，{days}个工作日内办结"),
        Lang::En => format!("Counted as accepted on {from}; decided within {days} legal workdays"),
    }
}
