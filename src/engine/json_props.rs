//! The JSON reader against serde_json, which it replaces in the engine: on valid JSON in
//! every form (escapes, number forms, whitespace, nesting), on mangled copies of it and on
//! garbage, both accept or both refuse, and accepted texts give the same tree. The one
//! difference allowed: a number beyond `f64`, which serde_json refuses and RFC 8259 allows.

use proptest::prelude::*;
use serde_json::Value as Theirs;

use super::super::raw::Number;
use super::{parse, Value};
use gen::{deep, json, mangled, ALPHABET, TOKENS};

#[path = "json_gen.rs"]
mod gen;

/// Whether `mine` is what serde_json read as `theirs` (floats to within serde_json's own
/// rounding, which is not exact without its `float_roundtrip` feature).
fn same(mine: &Value, theirs: &Theirs) -> bool {
    match (mine, theirs) {
        (Value::Null, Theirs::Null) => true,
        (Value::Bool(a), Theirs::Bool(b)) => a == b,
        (Value::String(a), Theirs::String(b)) => a == b,
        (Value::Number(text), Theirs::Number(n)) => match Number::of(text) {
            Number::Unsigned(u) => n.as_u64() == Some(u),
            Number::Signed(i) => n.is_i64() && n.as_i64() == Some(i),
            Number::Float => match (text.parse::<f64>(), n.as_f64()) {
                (Ok(a), Some(b)) if n.is_f64() => {
                    let scale = a.abs().max(b.abs());
                    a == b || (a - b).abs() <= scale * 1e-12 || scale < 1e-290
                }
                _ => false,
            },
        },
        (Value::Array(a), Theirs::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Value::Object(members), Theirs::Object(b)) => {
            let mut keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
            keys.sort_unstable();
            keys.dedup();
            keys.len() == b.len()
                && b.iter()
                    .all(|(k, y)| mine.get(k).is_some_and(|x| same(x, y)))
        }
        _ => false,
    }
}

fn agree(text: &str) -> Result<(), TestCaseError> {
    match (parse(text), serde_json::from_str::<Theirs>(text)) {
        (Ok(mine), Ok(theirs)) => {
            prop_assert!(same(&mine, &theirs), "{text:?}: {mine:?} vs {theirs:?}")
        }
        (Err(_), Err(_)) => {}
        (Ok(_), Err(e)) if e.to_string().starts_with("number out of range") => {}
        (mine, theirs) => prop_assert!(false, "{text:?}: ours {mine:?}, serde_json {theirs:?}"),
    }
    Ok(())
}

/// Texts with a hole (`@`) where any one character may go: inside strings and escapes, in
/// whitespace, between members, inside numbers and words.
const SLOTS: &[&str] = &[
    "\"@\"",
    "\"\\@\"",
    "\"\\u@041\"",
    "\"\\u004@\"",
    "\"\\ud83d@\"",
    "\"\\ud83d\\@de00\"",
    "\"\\ud83d\\u@e00\"",
    "@1",
    "1@",
    "[1@2]",
    "[1,@2]",
    "[@]",
    "{\"a\"@:1}",
    "{\"a\":1@}",
    "{@\"a\":1}",
    "{\"a\":@1}",
    "-@1",
    "1@5",
    "0@",
    "1.@",
    "1.5@",
    "1e@",
    "1e+@5",
    "t@ue",
    "tru@",
    "nul@",
    "@",
];

/// Every ASCII character, and a few others that look like whitespace or start a file.
fn characters() -> impl Iterator<Item = char> {
    ('\0'..='\u{7f}').chain([
        '\u{a0}', '\u{feff}', '\u{2028}', '\u{3000}', 'é', '平', '😀',
    ])
}

#[test]
fn every_character_in_every_slot() {
    for slot in SLOTS {
        for c in characters() {
            let text = slot.replace('@', &c.to_string());
            if let Err(e) = agree(&text) {
                panic!("{e}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn valid_json_reads_as_serde_json_reads_it(text in json(false)) {
        agree(&text)?;
    }

    #[test]
    fn sloppy_json_is_refused_or_read_alike(text in json(true)) {
        agree(&text)?;
    }

    #[test]
    fn mangled_json_is_refused_or_read_alike(text in mangled()) {
        agree(&text)?;
    }

    #[test]
    fn garbage_is_refused_or_read_alike(chars in prop::collection::vec(prop::sample::select(ALPHABET), 0..24)) {
        agree(&chars.into_iter().collect::<String>())?;
    }

    #[test]
    fn near_json_is_refused_or_read_alike(tokens in prop::collection::vec(prop::sample::select(TOKENS), 0..16)) {
        agree(&tokens.concat())?;
    }

    #[test]
    fn nesting_is_capped_where_serde_json_caps_it(text in deep()) {
        agree(&text)?;
    }
}
