//! Texts for the differential test of the JSON reader: valid JSON in every form, "sloppy"
//! JSON (the same grammar with a rare defect at any token: a missing or doubled comma, a bad
//! escape, a raw control character, a leading zero, a word almost `true`), JSON with a few
//! characters edited, near-JSON token soup, and nesting around the depth limit.

use proptest::prelude::*;

/// `good`, or in a sloppy text now and then one of `bad`.
fn pick(sloppy: bool, good: &'static str, bad: &'static [&'static str]) -> BoxedStrategy<String> {
    if sloppy {
        prop_oneof![40 => Just(good), 1 => prop::sample::select(bad)]
            .prop_map(String::from)
            .boxed()
    } else {
        Just(good.to_string()).boxed()
    }
}

/// `good`, or in a sloppy text now and then a match of the regex `bad`.
fn pick_regex(sloppy: bool, good: &'static str, bad: &'static str) -> BoxedStrategy<String> {
    if sloppy {
        prop_oneof![40 => good, 1 => bad].boxed()
    } else {
        good.boxed()
    }
}

/// Whitespace between tokens, often none.
fn ws(sloppy: bool) -> BoxedStrategy<String> {
    pick_regex(
        sloppy,
        "[ \t\r\n]{0,2}",
        "[\u{c}\u{a0}\u{feff}\u{3000}]|/\\*\\*/|//\n",
    )
}

/// A number in any JSON form, exponents large enough to overflow `f64` now and then.
fn number(sloppy: bool) -> BoxedStrategy<String> {
    let bad = "[-+]?[0-9]{0,3}\\.?[0-9]{0,2}([eE][+-]?[0-9]{0,2})?|NaN|-?Infinity|0x1F|1_0";
    let forms = prop_oneof![
        pick_regex(sloppy, "-?(0|[1-9][0-9]{0,3})", bad),
        "-?(0|[1-9][0-9]{0,25})(\\.[0-9]{1,20})?([eE][+-]?[0-9]{1,3})?",
        prop::sample::select(
            &[
                "18446744073709551615",
                "18446744073709551616",
                "-9223372036854775808",
                "-9223372036854775809",
            ][..]
        )
        .prop_map(String::from),
    ];
    forms.boxed()
}

/// Code units at the edges of the surrogate ranges.
const EDGES: &[u16] = &[0x41, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF];

/// A string literal: plain characters, every short escape, `\u` escapes of every kind; in a
/// sloppy one also any escape, short hex, raw control characters and stray quotes.
fn string(sloppy: bool) -> BoxedStrategy<String> {
    let short = &["\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"][..];
    let bad = "\\\\[ -~]|\\\\u[0-9a-fA-Fg]{0,4}|[\u{0}-\u{1f}\"]";
    let piece = prop_oneof![
        any::<char>()
            .prop_filter("plain", |c| !matches!(c, '"' | '\\' | '\0'..='\u{1f}'))
            .prop_map(String::from),
        pick_regex(sloppy, "[a-z 平谷]{1,3}", bad),
        prop::sample::select(short).prop_map(String::from),
        (0u32..0xD800).prop_map(|c| format!("\\u{c:04x}")),
        (0xE000u32..0x1_0000).prop_map(|c| format!("\\u{c:04X}")),
        (0x1_0000u32..0x11_0000).prop_map(|c| {
            let c = c - 0x1_0000;
            format!(
                "\\u{:04x}\\u{:04X}",
                0xD800 + (c >> 10),
                0xDC00 + (c & 0x3ff)
            )
        }),
        // Pairs around the surrogate ranges' edges, most of them refused.
        (prop::sample::select(EDGES), prop::sample::select(EDGES))
            .prop_map(|(a, b)| format!("\\u{a:04x}\\u{b:04x}")),
    ];
    let quote = pick(sloppy, "\"", &["'", ""]);
    (quote.clone(), prop::collection::vec(piece, 0..6), quote)
        .prop_map(|(q, p, r)| format!("{q}{}{r}", p.concat()))
        .boxed()
}

/// JSON text of any shape; `sloppy`: with a rare defect anywhere.
pub(super) fn json(sloppy: bool) -> BoxedStrategy<String> {
    let word = prop::sample::select(&["null", "true", "false"][..]).prop_map(String::from);
    let leaf = prop_oneof![
        pick(sloppy, "null", &["nul", "True", "nulll", "undefined"]),
        word,
        number(sloppy),
        string(sloppy),
    ];
    let value = leaf.prop_recursive(5, 64, 6, move |inner| {
        let item = (ws(sloppy), inner, ws(sloppy)).prop_map(|(a, v, b)| format!("{a}{v}{b}"));
        let comma = || pick(sloppy, ",", &["", ",,", ";", ":"]);
        let items = prop::collection::vec((item.clone(), comma()), 0..6);
        let array = (
            pick(sloppy, "[", &["", "{"]),
            items,
            pick(sloppy, "]", &["", "}", ",]"]),
        )
            .prop_map(|(open, items, close)| format!("{open}{}{close}", joined(items)));
        let key =
            prop_oneof![20 => string(sloppy), 1 => pick(sloppy, "\"k\"", &["k", "1", "null"])];
        let member = (
            key,
            ws(sloppy),
            pick(sloppy, ":", &["", "::", "=", ","]),
            item,
        )
            .prop_map(|(k, w, colon, v)| format!("{k}{w}{colon}{v}"));
        let members = prop::collection::vec((member, comma()), 0..6);
        let object = (
            pick(sloppy, "{", &["", "["]),
            members,
            pick(sloppy, "}", &["", "]", ",}"]),
        )
            .prop_map(|(open, members, close)| format!("{open}{}{close}", joined(members)));
        prop_oneof![array, object]
    });
    (ws(sloppy), value, ws(sloppy))
        .prop_map(|(a, v, b)| format!("{a}{v}{b}"))
        .boxed()
}

/// Items with the separator drawn after each, but the last.
fn joined(items: Vec<(String, String)>) -> String {
    let last = items.len().saturating_sub(1);
    let mut out = String::new();
    for (i, (item, sep)) in items.into_iter().enumerate() {
        out.push_str(&item);
        if i < last {
            out.push_str(&sep);
        }
    }
    out
}

/// Characters that matter to JSON, and some that must be refused.
pub(super) const ALPHABET: &[char] = &[
    '{', '}', '[', ']', ',', ':', '"', '\\', '/', '*', 'u', 'b', 'f', 'n', 'r', 't', 'a', 'l', 's',
    'e', 'E', 'x', 'N', 'I', '0', '1', '9', 'D', '8', 'C', '.', '+', '-', ' ', '\n', '\t', '\0',
    '\u{1f}', '\u{7f}', '\u{feff}', '平', '😀', '\'',
];

/// Tokens and pieces of tokens, for garbage that is nearly JSON.
pub(super) const TOKENS: &[&str] = &[
    "[", "]", "{", "}", ",", ":", " ", "\"a\"", "\"", "\\u", "\\", "1", "-", "0", ".5", "e5", "E",
    "+", "true", "nul", "null", "false", "\u{feff}", "\n", "//", "\t", "\u{1}",
];

/// Valid JSON with a few characters deleted, inserted or replaced.
pub(super) fn mangled() -> impl Strategy<Value = String> {
    let edit = (
        any::<prop::sample::Index>(),
        0..3usize,
        prop::sample::select(ALPHABET),
    );
    (json(false), prop::collection::vec(edit, 1..4)).prop_map(|(text, edits)| {
        let mut chars: Vec<char> = text.chars().collect();
        for (at, kind, c) in edits {
            let i = at.index(chars.len() + 1);
            match kind {
                0 if i < chars.len() => drop(chars.remove(i)),
                1 if i < chars.len() => chars[i] = c,
                _ => chars.insert(i, c),
            }
        }
        chars.into_iter().collect()
    })
}

/// Nested brackets around the depth limit, closed or not.
pub(super) fn deep() -> impl Strategy<Value = String> {
    (100..140usize, prop::bool::ANY, prop::bool::ANY).prop_map(|(n, objects, closed)| {
        let (open, close) = if objects {
            ("{\"k\":", "}")
        } else {
            ("[", "]")
        };
        let inner = if closed { "0" } else { "" };
        format!("{}{inner}{}", open.repeat(n), close.repeat(n))
    })
}
