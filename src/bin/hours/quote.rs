//! Echoing text the user or a data file supplied. Such text may hold a line break (forging a
//! second message), a terminal escape (`\x1b[2J` clears the screen) or a bidirectional
//! override, and may be megabytes long; what `hours` prints of it is escaped and cut short.

use std::ffi::OsStr;

/// How many characters of a user's value a message quotes.
const QUOTED_CHARS: usize = 80;

/// The longest line `hours` prints for one data problem or message, in characters.
pub const LINE_CHARS: usize = 400;

/// `value` as a quoted, escaped Rust string literal of at most [`QUOTED_CHARS`] characters
/// of the original, followed by `…` when it was cut.
pub fn quote(value: &str) -> String {
    quote_os(OsStr::new(value))
}

/// [`quote`] of an argument that need not be UTF-8: a byte that is not part of UTF-8 text
/// counts as one character and shows as `\xff`.
pub fn quote_os(value: &OsStr) -> String {
    let mut out = String::from("\"");
    let mut count = 0;
    for chunk in value.as_encoded_bytes().utf8_chunks() {
        let text = chunk.valid().chars().map(|c| match c {
            '\'' => c.to_string(),
            _ => c.escape_debug().to_string(),
        });
        let bytes = chunk.invalid().iter().map(|b| format!("\\x{b:02x}"));
        for piece in text.chain(bytes) {
            if count == QUOTED_CHARS {
                out.push_str("\"…");
                return out;
            }
            out.push_str(&piece);
            count += 1;
        }
    }
    out.push('"');
    out
}

/// `text` made safe to print as one line: every character that is not plainly printable
/// (line breaks, escapes, bidirectional controls) is written as its `\u{..}` escape, and
/// the line is cut at [`LINE_CHARS`] characters with `…`. Quotes and backslashes stay as
/// they are, so text already quoted by [`quote`] passes unchanged.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(LINE_CHARS * 2));
    for (count, c) in text.chars().enumerate() {
        if count == LINE_CHARS {
            out.push('…');
            break;
        }
        let escaped = c.escape_debug();
        if escaped.len() > 1 && !matches!(c, '"' | '\'' | '\\') {
            out.extend(escaped);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_escapes_and_cuts_on_a_char_boundary() {
        assert_eq!(quote("\x1b[2J\r\nfake"), r#""\u{1b}[2J\r\nfake""#);
        let long = "国".repeat(100);
        let q = quote(&long);
        assert_eq!(q, format!("{:?}…", "国".repeat(80)));
        assert_eq!(quote(&"a".repeat(80)), format!("{:?}", "a".repeat(80)));
        assert_eq!(quote("it's \"x\" \\"), r#""it's \"x\" \\""#);
    }

    #[cfg(unix)]
    #[test]
    fn quote_os_shows_bytes_that_are_not_utf8() {
        use std::os::unix::ffi::OsStrExt;
        assert_eq!(
            quote_os(OsStr::from_bytes(b"a\xff\n\xe7\x95")),
            r#""a\xff\n\xe7\x95""#
        );
        let long = [b'\xff'; 100];
        assert_eq!(
            quote_os(OsStr::from_bytes(&long)),
            format!("\"{}\"…", "\\xff".repeat(80))
        );
    }

    #[test]
    fn one_line_escapes_controls_only() {
        assert_eq!(
            one_line("a\nb\x1b[2J \"c\" \\ 国\u{202e}"),
            "a\\nb\\u{1b}[2J \"c\" \\ 国\\u{202e}"
        );
        let long = "x".repeat(LINE_CHARS + 5);
        assert_eq!(one_line(&long), format!("{}…", "x".repeat(LINE_CHARS)));
        assert_eq!(one_line(&"x".repeat(LINE_CHARS)), "x".repeat(LINE_CHARS));
    }
}
