//! The engine's data problems in plain Chinese for center staff: what is wrong (the engine
//! words each problem in English, the same text `hours validate` prints) and where it is
//! (`matters[2].hall` becomes 事项清单·第3项·办理大厅). In English the engine's own words
//! are shown. A message no pattern here knows is shown as the engine wrote it.

use super::Lang;

/// The engine's messages (`{}` marks a part that varies) and their Chinese (`{0}`, `{1}`…
/// the parts, in order).
const MESSAGES: &[(&str, &str)] = &[
    ("unknown hall id {}", "大厅数据中没有编号为{0}的大厅"),
    (
        "{} is not a date (YYYY-MM-DD)",
        "{0}不是有效日期，请按“年-月-日”填写，例如2026-12-05",
    ),
    (
        "{} is not a time of day (HH:MM, 00:00 to 23:59)",
        "{0}不是有效时间，请按“时:分”填写，例如09:00",
    ),
    (
        "{} is not a time of day",
        "{0}不是有效时间，请按“时:分”填写，例如14:00",
    ),
    (
        "{} is not after the start {}",
        "结束时间{0}应晚于开始时间{1}",
    ),
    (
        "{}-{} overlaps {} ({}-{})",
        "时段{0}-{1}与另一时段（{3}-{4}）重叠",
    ),
    ("missing field `{}`", "缺少必填项“{0}”"),
    ("unknown field `{}`, expected {}", "多出了不认识的项“{0}”"),
    ("invalid type: {}, expected {}", "填写的内容不对，应为{1}"),
    (
        "invalid value: integer `{}`, expected {}",
        "数字{0}超出允许的范围",
    ),
    ("unknown variant `{}`, expected {}", "“{0}”不是可选的值"),
    ("the name needs both zh and en", "名称需同时填写中文和英文"),
    (
        "the handling unit needs both zh and en",
        "办理单位需同时填写中文和英文",
    ),
    (
        "a material needs both zh and en",
        "每项材料需同时填写中文和英文",
    ),
    (
        "the reason needs both zh and en",
        "原因需同时填写中文和英文",
    ),
    ("the text needs both zh and en", "需同时填写中文和英文"),
    ("a keyword cannot be blank", "检索词不能为空"),
    ("empty id", "编号不能为空"),
    ("duplicate matter id {}", "编号{0}与前面的事项重复"),
    (
        "an undertaken matter needs its time limit in legal workdays",
        "承办类事项需填写承诺办结时限（法定工作日数）",
    ),
    ("{} is not from 1 to {}", "时限{0}应在1到{1}个工作日之间"),
    (
        "only an undertaken matter has a time limit",
        "只有承办类事项才填写办结时限，请清空或改选事项类型",
    ),
    (
        "list at least one hall id, or say \"all\"",
        "请至少选择一个大厅，或选择“全部大厅”",
    ),
    (
        "give either `\"closed\": true` or `windows`, not both",
        "“全天暂停办理”和“调整办理时间”只能选一种",
    ),
    (
        "give `\"closed\": true` or the day's `windows`",
        "请选择“全天暂停办理”，或填写调整后的办理时间",
    ),
    (
        "list at least one window (a day without service is `\"closed\": true`)",
        "请至少填写一个办理时段；当天不办理请选“全天暂停办理”",
    ),
    (
        "hall {} already has an exception on {}",
        "大厅{0}在{1}已有一条临时调整，同一天只能登记一条",
    ),
    (
        "{} is not a phone number (digits, spaces, + - and parentheses)",
        "{0}不是电话号码（只能有数字、空格、+、-和括号）",
    ),
    (
        "{} is not an https:// address",
        "{0}不是以https://开头的网址",
    ),
    ("not JSON: {}", "文件不是有效的JSON格式：{0}"),
    (
        "the top level must be a JSON object",
        "文件最外层应是一个JSON对象（{…}）",
    ),
    ("the file is missing", "缺少这个文件"),
];

/// The parts of `message` where `template` has `{}`; `None` if it does not fit.
fn fit<'m>(template: &str, message: &'m str) -> Option<Vec<&'m str>> {
    let mut literals = template.split("{}");
    let first = literals.next().unwrap_or_default();
    let mut rest = message.strip_prefix(first)?;
    let mut parts = Vec::new();
    let literals: Vec<&str> = literals.collect();
    for (i, literal) in literals.iter().enumerate() {
        let last = i + 1 == literals.len();
        let at = match (last, literal.is_empty()) {
            (true, true) => rest.len(),
            (true, false) => rest.strip_suffix(literal).map(str::len)?,
            (false, _) => rest.find(literal)?,
        };
        parts.push(rest.get(..at)?);
        rest = rest.get(at + literal.len()..)?;
    }
    rest.is_empty().then_some(parts)
}

/// A part of a message in Chinese: a quoted value (`"2026-13-01"`) in Chinese quotation
/// marks, the kind of value a field expects (`u32`, `a string`) in words.
fn quoted(part: &str) -> String {
    let kind = match part {
        "u8" | "u16" | "u32" | "u64" | "i64" => "整数",
        "a string" => "文字",
        "a boolean" => "“是”或“否”",
        "a sequence" => "列表",
        "struct Localized" => "中英文两种文字",
        _ => "",
    };
    if !kind.is_empty() {
        return kind.to_string();
    }
    match part.strip_prefix('"').and_then(|p| p.strip_suffix('"')) {
        Some(inner) => format!("“{inner}”"),
        None => part.to_string(),
    }
}

/// What is wrong, in `lang`: the engine's message in English, its Chinese in Chinese (the
/// engine's own words when this table does not know the message).
pub fn problem_message(lang: Lang, message: &str) -> String {
    if lang == Lang::En {
        return message.to_string();
    }
    for (template, zh) in MESSAGES {
        if let Some(parts) = fit(template, message) {
            let mut out = (*zh).to_string();
            for (i, part) in parts.iter().enumerate() {
                out = out.replace(&format!("{{{i}}}"), &quoted(part));
            }
            return out;
        }
    }
    message.to_string()
}

/// A field's name (a key of the data files) in `lang`; the key itself when unknown.
fn field_name(lang: Lang, key: &str) -> String {
    let (m, f) = (lang.maintain(), lang.finder());
    let name = match key {
        "id" => m.id,
        "sample" => m.sample_badge,
        "name" => m.name,
        "hall" => m.hall,
        "unit" => f.unit,
        "kind" => f.kind,
        "time_limit_days" => m.time_limit,
        "hot" => f.hot,
        "livelihood" => f.livelihood,
        "system_restricted" => f.restricted,
        "materials" => m.material,
        "place" => f.place,
        "booking" => f.booking_method,
        "keywords" => m.keywords,
        "zh" => m.zh,
        "en" => m.en,
        "date" => m.date,
        "halls" => m.halls,
        "closed" => m.closed,
        "windows" => m.window,
        "start" => m.start,
        "end" => m.end,
        "appointment" => m.appointment,
        "reason" => m.reason,
        "phone" => m.phone,
        "matters" => m.matters_heading,
        "exceptions" => m.exceptions_heading,
        _ => return key.to_string(),
    };
    name.to_string()
}

/// The n-th (from 1) item of a list named `key`, in `lang`.
fn item(lang: Lang, key: &str, n: usize) -> String {
    match (lang, key) {
        (Lang::Zh, "matters" | "exceptions" | "halls") => format!("第{n}项"),
        (Lang::Zh, "materials") => format!("材料{n}"),
        (Lang::Zh, "windows") => format!("时段{n}"),
        (Lang::Zh, _) => format!("第{n}个"),
        (Lang::En, _) => format!("no. {n}"),
    }
}

/// Where a problem is, in `lang`: each step of the engine's path named as the form names it
/// (`exceptions[0].windows[1].end` → 临时调整·第1项·时段2·结束时间; spaced in English). A file's own
/// problem (`matters.json`) keeps the file's name.
pub fn problem_place(lang: Lang, path: &str) -> String {
    let mut steps = Vec::new();
    let mut key = "";
    for segment in path.split('.') {
        let (name, indexes) = segment.split_once('[').unwrap_or((segment, ""));
        if !name.is_empty() {
            key = name;
            steps.push(field_name(lang, name));
        }
        for index in indexes.split('[') {
            if let Ok(i) = index.trim_end_matches(']').parse::<usize>() {
                steps.push(item(lang, key, i + 1));
            }
        }
    }
    if path.contains(".json") {
        return path.to_string();
    }
    steps.join(if lang == Lang::Zh { "·" } else { " · " })
}
