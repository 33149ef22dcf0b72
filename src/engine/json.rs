//! A strict JSON reader (RFC 8259, nothing more) for the data files. The page carries the
//! engine in its wasm, and serde_json with serde's error machinery was about 20 KB of it
//! (10 KB gzip); this reader only builds a [`Value`] tree, which `raw` then walks.
//!
//! What it accepts is exactly RFC 8259 JSON text: no byte order mark, comments, trailing
//! commas, leading zeros, `NaN`, single quotes, unescaped control characters in strings or
//! lone surrogates in `\u` escapes. Numbers are kept as their source text, so no number is
//! out of range (serde_json refuses those beyond `f64`; RFC 8259 leaves that to the reader)
//! and no float parser is linked. Nesting stops at [`MAX_DEPTH`], so no input can exhaust
//! the stack, and nothing here panics.

use std::fmt;

#[path = "json_nested.rs"]
mod nested;
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "json_props.rs"]
mod props;
#[path = "json_scalar.rs"]
mod scalar;
#[cfg(test)]
#[path = "json_tests.rs"]
mod tests;

/// The most arrays and objects open at once, as serde_json allows (its limit of 128 counts
/// the one refused).
pub(crate) const MAX_DEPTH: usize = 127;

/// A JSON value, as the data files are read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    /// `null`: an optional field left empty.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (`-12`, `1.5e3`); `raw` decides what it may be.
    Number(String),
    /// A string, its escapes decoded.
    String(String),
    /// Items in file order.
    Array(Vec<Value>),
    /// Members in file order. A repeated name is kept, and [`Value::get`] finds the last
    /// one, as serde_json would keep it.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (the last one if repeated); `None` for anything else.
    pub(crate) fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => member(members, key),
            _ => None,
        }
    }

    /// The text of a string.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// The member `key` of an object's `members`: the last one if repeated, as serde_json keeps.
pub(crate) fn member<'v>(members: &'v [(String, Value)], key: &str) -> Option<&'v Value> {
    members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// Why a text is not JSON, and where: `line` from 1, `column` in characters from 1. The end
/// of the text is reported at its last character, as serde_json does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// What is wrong, worded as serde_json words it (`EOF while parsing an object`).
    pub(crate) message: &'static str,
    /// The line, from 1.
    pub(crate) line: usize,
    /// The character in the line, from 1.
    pub(crate) column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (message, line, column) = (self.message, self.line, self.column);
        write!(f, "{message} at line {line} column {column}")
    }
}

/// Parse a whole text as one JSON value (whitespace around it allowed).
pub(crate) fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser {
        text,
        pos: 0,
        depth: 0,
    };
    let value = p.value()?;
    p.skip_whitespace();
    match p.peek() {
        None => Ok(value),
        Some(_) => Err(p.fail("trailing characters")),
    }
}

/// The reader's place in the text. `pos` only ever rests on a character boundary.
struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Step over `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.pos += usize::from(next);
        next
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    /// The error `message` at the current character, or at the last one at the end.
    fn fail(&self, message: &'static str) -> SyntaxError {
        let at = match self.peek() {
            Some(_) => self.pos,
            None => self.text.char_indices().next_back().map_or(0, |(i, _)| i),
        };
        let before = self.text.get(..at).unwrap_or(self.text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            message,
            line: 1 + before.matches('\n').count(),
            column: 1 + before.get(line_start..).unwrap_or("").chars().count(),
        }
    }

    /// `message` if the next byte is there but wrong, `eof` at the end.
    fn unexpected(&self, message: &'static str, eof: &'static str) -> SyntaxError {
        self.fail(if self.peek().is_some() { message } else { eof })
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected("expected value", "EOF while parsing a value")),
        }
    }
}
