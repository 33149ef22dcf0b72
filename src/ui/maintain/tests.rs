//! The data page's editing logic, natively: edits on the raw trees keep the shipped files'
//! shape and order, and the engine's checks find what a form breaks, at the form's path.

use std::path::Path as FsPath;

use chrono::NaiveDate;

use super::editor::{problems_at, split_words, DataFile, Edit, Editor};
use super::templates::{new_exception, new_matter, new_window};
use super::tree::{get, path_text, Step};
use crate::engine::{parse_json, State, Value};
use crate::ui::i18n::{problem_message, problem_place, Lang};

/// The editor over the shipped files, read natively (the page reads the same text with
/// `JSON.parse`).
fn shipped() -> Editor {
    let read = |file: DataFile| {
        let path = FsPath::new(env!("CARGO_MANIFEST_DIR"))
            .join("static/data")
            .join(file.name());
        let text = std::fs::read_to_string(path).unwrap();
        parse_json(&text, file.name())
    };
    Editor::new(
        read(DataFile::Halls),
        read(DataFile::Matters),
        read(DataFile::Exceptions),
    )
}

fn key(k: &'static str) -> Step {
    Step::Key(k)
}

/// The editor after each edit in turn.
fn after(editor: Editor, edits: Vec<Edit>) -> Editor {
    edits.into_iter().fold(editor, |e, edit| e.apply(edit))
}

/// An exception closing the district hall on 5 December 2026, for a reason.
fn district_closed() -> Vec<Edit> {
    let at = |k| vec![key("exceptions"), Step::Index(0), key(k)];
    let f = DataFile::Exceptions;
    vec![
        Edit::Push(f, vec![key("exceptions")], new_exception()),
        Edit::Text(f, at("date"), "2026-12-05".into()),
        Edit::Set(
            f,
            at("halls"),
            Value::Array(vec![Value::String("district".into())]),
        ),
        Edit::Text(
            f,
            [at("reason"), vec![key("zh")]].concat(),
            "系统升级，暂停办理".into(),
        ),
        Edit::Text(
            f,
            [at("reason"), vec![key("en")]].concat(),
            "System upgrade: no service".into(),
        ),
    ]
}

#[test]
fn the_shipped_files_have_no_problem() {
    assert!(shipped().check().is_ok());
}

#[test]
fn an_exception_made_in_the_form_closes_the_hall() {
    let editor = after(shipped(), district_closed());
    let engine = editor.check().unwrap();
    let at = NaiveDate::from_ymd_opt(2026, 12, 5)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    assert_eq!(engine.status("district", at).unwrap().state, State::Closed);
    // The members in the order of exceptions.json: date, halls, closed, reason.
    let item = get(
        editor.tree(DataFile::Exceptions).unwrap(),
        &[key("exceptions"), Step::Index(0)],
    )
    .unwrap();
    let Value::Object(members) = item else {
        panic!("{item:?}")
    };
    let names: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["date", "halls", "closed", "reason"]);
}

#[test]
fn a_bad_date_is_found_at_its_field_and_worded_in_chinese() {
    let mut edits = district_closed();
    edits.push(Edit::Text(
        DataFile::Exceptions,
        vec![key("exceptions"), Step::Index(0), key("date")],
        "2026-13-01".into(),
    ));
    let errors = after(shipped(), edits).check().unwrap_err().0;
    let found = problems_at(&errors, "exceptions[0].date", false);
    assert_eq!(found.len(), 1, "{errors:?}");
    assert_eq!(
        problem_message(Lang::Zh, &found[0].message),
        "“2026-13-01”不是有效日期，请按“年-月-日”填写，例如2026-12-05"
    );
    assert_eq!(
        problem_message(Lang::En, &found[0].message),
        found[0].message
    );
    assert_eq!(
        problem_place(Lang::Zh, &found[0].path),
        "临时调整·第1项·日期"
    );
}

#[test]
fn a_matter_of_an_unknown_hall_is_found_at_its_hall() {
    let hall = vec![key("matters"), Step::Index(2), key("hall")];
    let editor = after(
        shipped(),
        vec![Edit::Set(
            DataFile::Matters,
            hall,
            Value::String("nowhere".into()),
        )],
    );
    let errors = editor.check().unwrap_err().0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, "matters[2].hall");
    assert_eq!(
        problem_message(Lang::Zh, &errors[0].message),
        "大厅数据中没有编号为“nowhere”的大厅"
    );
    assert_eq!(
        problem_place(Lang::Zh, &errors[0].path),
        "周末延时服务事项清单·第3项·办理大厅"
    );
}

#[test]
fn a_time_limit_goes_where_matters_json_has_it_and_empty_removes_it() {
    let f = DataFile::Matters;
    let limit = vec![key("matters"), Step::Index(0), key("time_limit_days")];
    let set = after(shipped(), vec![Edit::Number(f, limit.clone(), "10".into())]);
    let Some(Value::Object(members)) = get(set.tree(f).unwrap(), &[key("matters"), Step::Index(0)])
    else {
        panic!()
    };
    let kind = members.iter().position(|(k, _)| k == "kind").unwrap();
    assert_eq!(members[kind + 1].0, "time_limit_days");
    // On a one-day matter a time limit is wrong, and said so in Chinese.
    let errors = set.check().unwrap_err().0;
    assert_eq!(
        problem_message(
            Lang::Zh,
            &problems_at(&errors, &path_text(&limit), false)[0].message
        ),
        "只有承办类事项才填写办结时限，请清空或改选事项类型"
    );
    let cleared = set.apply(Edit::Number(f, limit.clone(), " ".into()));
    assert_eq!(get(cleared.tree(f).unwrap(), &limit), None);
    assert!(cleared.check().is_ok());
    // Not a whole number: kept as typed, so the check names it.
    let typed = cleared.apply(Edit::Number(f, limit.clone(), "1.5".into()));
    assert_eq!(
        get(typed.tree(f).unwrap(), &limit),
        Some(&Value::String("1.5".into()))
    );
    let errors = typed.check().unwrap_err().0;
    assert_eq!(
        problem_message(Lang::Zh, &errors[0].message),
        "填写的内容不对，应为整数",
        "{errors:?}"
    );
}

#[test]
fn an_optional_text_typed_then_emptied_is_null_again() {
    let f = DataFile::Matters;
    let place = vec![key("matters"), Step::Index(0), key("place")];
    let zh = [place.clone(), vec![key("zh")]].concat();
    let typed = after(
        shipped(),
        vec![Edit::Text(f, zh.clone(), "一层综合窗口".into())],
    );
    let both = Value::Object(vec![
        ("zh".into(), Value::String("一层综合窗口".into())),
        ("en".into(), Value::String(String::new())),
    ]);
    assert_eq!(get(typed.tree(f).unwrap(), &place), Some(&both));
    let emptied = typed.apply(Edit::Text(f, zh, String::new()));
    assert_eq!(get(emptied.tree(f).unwrap(), &place), Some(&Value::Null));
    assert_eq!(emptied.tree(f), shipped().tree(f));
}

#[test]
fn words_are_split_at_commas_and_lines() {
    assert_eq!(
        split_words("社保、医保，参保\n ; health insurance,"),
        ["社保", "医保", "参保", "health insurance"]
    );
    let f = DataFile::Matters;
    let zh = vec![key("matters"), Step::Index(0), key("keywords"), key("zh")];
    let e = after(
        shipped(),
        vec![Edit::Words(f, zh.clone(), "个体户，营业执照".into())],
    );
    let words = Value::Array(vec![
        Value::String("个体户".into()),
        Value::String("营业执照".into()),
    ]);
    assert_eq!(get(e.tree(f).unwrap(), &zh), Some(&words));
}

#[test]
fn an_edit_that_changes_nothing_keeps_the_revision() {
    let e = shipped();
    let id = vec![key("matters"), Step::Index(0), key("id")];
    let same = e.apply(Edit::Text(
        DataFile::Matters,
        id.clone(),
        "individual_business_registration".into(),
    ));
    assert_eq!(same.revision, e.revision);
    assert_eq!(
        e.apply(Edit::Text(DataFile::Matters, id, "x".into()))
            .revision,
        e.revision + 1
    );
    // Past the end of a list: nothing happens.
    let beyond = vec![key("matters"), Step::Index(999), key("id")];
    assert_eq!(
        e.apply(Edit::Text(DataFile::Matters, beyond, "x".into()))
            .revision,
        e.revision
    );
}

#[test]
fn a_new_matter_and_window_are_removed_as_added() {
    let f = DataFile::Matters;
    let e = shipped();
    let count = e.items(f, "matters").len();
    let added = e.apply(Edit::Push(f, vec![key("matters")], new_matter("district")));
    assert_eq!(added.items(f, "matters").len(), count + 1);
    let errors = added.check().unwrap_err().0;
    // Every problem of an empty new matter is at it, and worded in Chinese.
    for problem in &errors {
        assert!(
            problem.path.starts_with(&format!("matters[{count}]")),
            "{problem}"
        );
        assert_ne!(
            problem_message(Lang::Zh, &problem.message),
            problem.message,
            "{problem}"
        );
    }
    let removed = added.apply(Edit::Remove(f, vec![key("matters"), Step::Index(count)]));
    assert_eq!(removed.tree(f), e.tree(f));
    // Changed hours with an empty window: each empty time is named.
    let x = DataFile::Exceptions;
    let mut edits = district_closed();
    edits.push(Edit::Remove(
        x,
        vec![key("exceptions"), Step::Index(0), key("closed")],
    ));
    edits.push(Edit::Set(
        x,
        vec![key("exceptions"), Step::Index(0), key("windows")],
        Value::Array(vec![new_window()]),
    ));
    let errors = after(shipped(), edits).check().unwrap_err().0;
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "exceptions[0].windows[0].start",
            "exceptions[0].windows[0].end"
        ]
    );
    assert_eq!(
        problem_message(Lang::Zh, &errors[0].message),
        "“”不是有效时间，请按“时:分”填写，例如09:00"
    );
}

#[test]
fn problems_belong_to_their_field_and_files_are_told_by_name() {
    let errors = vec![
        crate::engine::DataError::new("matters[1].name", "the name needs both zh and en"),
        crate::engine::DataError::new("matters[1].name.zh", "missing field `zh`"),
        crate::engine::DataError::new("matters[10].name", "empty id"),
    ];
    assert_eq!(problems_at(&errors, "matters[1].name", false).len(), 1);
    assert_eq!(problems_at(&errors, "matters[1].name", true).len(), 2);
    assert_eq!(problems_at(&errors, "matters[1]", true).len(), 2);
    assert_eq!(
        DataFile::from_name("matters (2).json"),
        Some(DataFile::Matters)
    );
    assert_eq!(DataFile::from_name("2026.json"), None);
    assert_eq!(DataFile::of_problem("booking.phone"), Some(DataFile::Halls));
    assert_eq!(
        DataFile::of_problem("exceptions.json"),
        Some(DataFile::Exceptions)
    );
    assert_eq!(
        DataFile::of_problem("exceptions[0].date"),
        Some(DataFile::Exceptions)
    );
    assert_eq!(
        problem_message(Lang::Zh, "missing field `zh`"),
        "缺少必填项“zh”"
    );
}
