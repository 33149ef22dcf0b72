//! The JSON reader on each escape, number form and edge case, its messages and positions,
//! and the depth cap.

use super::{parse, Value, MAX_DEPTH};

fn ok(text: &str) -> Value {
    match parse(text) {
        Ok(v) => v,
        Err(e) => panic!("{text:?} refused: {e}"),
    }
}

fn err(text: &str) -> String {
    match parse(text) {
        Ok(v) => panic!("{text:?} accepted as {v:?}"),
        Err(e) => e.to_string(),
    }
}

fn string(text: &str) -> String {
    match ok(text) {
        Value::String(s) => s,
        v => panic!("{text:?} is not a string: {v:?}"),
    }
}

#[test]
fn every_escape() {
    assert_eq!(string(r#""\"\\\/\b\f\n\r\t""#), "\"\\/\u{8}\u{c}\n\r\t");
    assert_eq!(string(r#""\u0041\u00e9\u4E2D\u0000""#), "Aé中\u{0}");
    assert_eq!(string(r#""\uD83D\uDE00""#), "😀");
    assert_eq!(string(r#""\udbff\udfff""#), "\u{10FFFF}");
    assert_eq!(string("\"平谷 \u{7f} 😀\""), "平谷 \u{7f} 😀");
    assert_eq!(string(r#""""#), "");
}

#[test]
fn bad_strings() {
    assert_eq!(err(r#""\x""#), "invalid escape at line 1 column 3");
    assert_eq!(err(r#""\u12G4""#), "invalid escape at line 1 column 6");
    assert_eq!(err(r#""\'""#), "invalid escape at line 1 column 3");
    assert_eq!(
        err("\"a\tb\""),
        "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3"
    );
    assert_eq!(
        err("\"a\nb\""),
        "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3"
    );
    assert_eq!(err("'a'"), "expected value at line 1 column 1");
    assert_eq!(
        err("\"abc"),
        "EOF while parsing a string at line 1 column 4"
    );
    assert_eq!(
        err("\"\\u12"),
        "EOF while parsing a string at line 1 column 5"
    );
    assert_eq!(err("\"\\"), "EOF while parsing a string at line 1 column 2");
}

#[test]
fn lone_surrogates() {
    for text in [
        r#""\uD800""#,
        r#""\uDC00""#,
        r#""\uDFFF\uD800""#,
        r#""\uD800\u0041""#,
        r#""\uD800\uD800""#,
        r#""\uD800\n""#,
        r#""\uD800x""#,
    ] {
        assert_eq!(
            err(text),
            "lone surrogate in hex escape at line 1 column 2",
            "{text}"
        );
    }
    assert_eq!(
        err(r#"["a", "b\uDE00"]"#),
        "lone surrogate in hex escape at line 1 column 9"
    );
    assert_eq!(
        err("\"\\uD800"),
        "EOF while parsing a string at line 1 column 7"
    );
}

#[test]
fn numbers_keep_their_text() {
    for text in [
        "0",
        "-0",
        "5",
        "-12",
        "1.5",
        "-0.0e+00",
        "1E400",
        "123456789012345678901234567890",
    ] {
        assert_eq!(ok(text), Value::Number(text.to_string()));
    }
    assert_eq!(ok(" 7 "), Value::Number("7".into()));
    assert_eq!(err("01"), "invalid number at line 1 column 2");
    assert_eq!(err("-"), "EOF while parsing a value at line 1 column 1");
    assert_eq!(err("-a"), "invalid number at line 1 column 2");
    assert_eq!(err("1."), "EOF while parsing a value at line 1 column 2");
    assert_eq!(err("1.e5"), "invalid number at line 1 column 3");
    assert_eq!(err("1e+"), "EOF while parsing a value at line 1 column 3");
    assert_eq!(err(".5"), "expected value at line 1 column 1");
    assert_eq!(err("+1"), "expected value at line 1 column 1");
    assert_eq!(err("0x10"), "trailing characters at line 1 column 2");
    assert_eq!(err("NaN"), "expected value at line 1 column 1");
    assert_eq!(err("-Infinity"), "invalid number at line 1 column 2");
}

#[test]
fn literals_and_structure() {
    assert_eq!(
        ok("[true,false,null]"),
        Value::Array(vec![Value::Bool(true), Value::Bool(false), Value::Null])
    );
    let obj = ok(r#"{"b": 1, "a": [], "b": {}}"#);
    let Value::Object(members) = &obj else {
        panic!("{obj:?}")
    };
    let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["b", "a", "b"]);
    assert_eq!(obj.get("b"), Some(&Value::Object(Vec::new())));
    assert_eq!(obj.get("c"), None);
    assert_eq!(ok(" \t\r\n{ } \n"), Value::Object(Vec::new()));
    assert_eq!(err("tru"), "EOF while parsing a value at line 1 column 3");
    assert_eq!(err("trUe"), "expected ident at line 1 column 3");
    assert_eq!(err("nul l"), "expected ident at line 1 column 4");
}

#[test]
fn bad_structure() {
    assert_eq!(err("{"), "EOF while parsing an object at line 1 column 1");
    assert_eq!(err(""), "EOF while parsing a value at line 1 column 1");
    assert_eq!(err("   "), "EOF while parsing a value at line 1 column 3");
    assert_eq!(err("[1,]"), "trailing comma at line 1 column 4");
    assert_eq!(err(r#"{"a":1,}"#), "trailing comma at line 1 column 8");
    assert_eq!(err("[1 2]"), "expected `,` or `]` at line 1 column 4");
    assert_eq!(
        err(r#"{"a":1 "b":2}"#),
        "expected `,` or `}` at line 1 column 8"
    );
    assert_eq!(err(r#"{"a" 1}"#), "expected `:` at line 1 column 6");
    assert_eq!(err("{a:1}"), "key must be a string at line 1 column 2");
    assert_eq!(err("{1:1}"), "key must be a string at line 1 column 2");
    assert_eq!(err("[1,"), "EOF while parsing a list at line 1 column 3");
    assert_eq!(err("[1"), "EOF while parsing a list at line 1 column 2");
    assert_eq!(
        err(r#"{"a""#),
        "EOF while parsing an object at line 1 column 4"
    );
    assert_eq!(
        err(r#"{"a":"#),
        "EOF while parsing a value at line 1 column 5"
    );
    assert_eq!(err("[] []"), "trailing characters at line 1 column 4");
    assert_eq!(err("[1] // note"), "trailing characters at line 1 column 5");
    assert_eq!(err("/* note */ 1"), "expected value at line 1 column 1");
    assert_eq!(err("\u{feff}{}"), "expected value at line 1 column 1");
}

#[test]
fn positions_count_lines_and_characters() {
    assert_eq!(
        err("{\n  \"名称\": \"平谷\",\n  x\n}"),
        "key must be a string at line 3 column 3"
    );
    assert_eq!(
        err("[\"中文\" 1]"),
        "expected `,` or `]` at line 1 column 7"
    );
    // The end of the text is its last character, a newline included.
    assert_eq!(err("{\n"), "EOF while parsing an object at line 1 column 2");
    assert_eq!(
        err("[\"平谷"),
        "EOF while parsing a string at line 1 column 4"
    );
    assert_eq!(err("\r\n\r\n?"), "expected value at line 3 column 1");
}

#[test]
fn depth_is_capped() {
    let deep = |n: usize, open: &str, close: &str| format!("{}{}", open.repeat(n), close.repeat(n));
    assert!(parse(&deep(MAX_DEPTH, "[", "]")).is_ok());
    assert!(parse(&deep(MAX_DEPTH, "{\"a\":", "}").replace(":}", ":1}")).is_ok());
    assert_eq!(
        err(&deep(MAX_DEPTH + 1, "[", "]")),
        "more than 127 nested arrays and objects at line 1 column 128"
    );
    assert_eq!(
        err(&deep(MAX_DEPTH + 1, "{\"a\":", "}"))
            .split(" at ")
            .next(),
        Some("more than 127 nested arrays and objects")
    );
    // Far deeper input is refused just as fast, without exhausting the stack.
    assert!(parse(&"[".repeat(1_000_000)).is_err());
    assert!(parse(&"{\"a\":".repeat(1_000_000)).is_err());
}
