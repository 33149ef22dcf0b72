//! The JSON reader's scalars: strings (every escape of RFC 8259, `\u` surrogate pairs
//! joined, lone surrogates and raw control characters refused), numbers (checked, kept as
//! written) and the words `true`, `false` and `null`.

use super::{Parser, SyntaxError, Value};

/// The end of the text inside a string.
const EOF: &str = "EOF while parsing a string";

impl Parser<'_> {
    /// A string, starting at its opening quote.
    pub(super) fn string(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Plain text up to the next quote, backslash or control character (all ASCII,
            // so the slice ends on a character boundary).
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            out.push_str(self.text.get(start..self.pos).unwrap_or(""));
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    return Err(self
                        .fail("control character (\\u0000-\\u001F) found while parsing a string"))
                }
                None => return Err(self.fail(EOF)),
            }
        }
    }

    /// The escape after a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let c = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                return self.unicode(out);
            }
            _ => return Err(self.unexpected("invalid escape", EOF)),
        };
        self.pos += 1;
        out.push(c);
        Ok(())
    }

    /// The four hex digits after `\u`, and the second half of a surrogate pair.
    fn unicode(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let start = self.pos.saturating_sub(2);
        let mut code = self.hex4()?;
        if (0xD800..0xDC00).contains(&code) {
            if self.peek().is_none() {
                return Err(self.fail(EOF));
            }
            let low = if self.eat(b'\\') && self.eat(b'u') {
                self.hex4()?
            } else {
                0
            };
            // Anything but a trailing surrogate leaves `code` a lone one, refused below.
            if (0xDC00..0xE000).contains(&low) {
                code = 0x1_0000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
        }
        let Some(c) = char::from_u32(code) else {
            // A surrogate without its other half, reported at its backslash.
            self.pos = start;
            return Err(self.fail("lone surrogate in hex escape"));
        };
        out.push(c);
        Ok(())
    }

    /// Four hex digits.
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self.peek().and_then(|b| char::from(b).to_digit(16));
            let Some(digit) = digit else {
                return Err(self.unexpected("invalid escape", EOF));
            };
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    /// `true`, `false` or `null`.
    pub(super) fn word(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        for &b in word.as_bytes() {
            if !self.eat(b) {
                return Err(self.unexpected("expected ident", "EOF while parsing a value"));
            }
        }
        Ok(value)
    }

    /// A number, kept as written once its syntax is checked.
    pub(super) fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        self.eat(b'-');
        if self.eat(b'0') {
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.fail("invalid number"));
            }
        } else {
            self.digits()?;
        }
        if self.eat(b'.') {
            self.digits()?;
        }
        if self.eat(b'e') || self.eat(b'E') {
            let _ = self.eat(b'+') || self.eat(b'-');
            self.digits()?;
        }
        Ok(Value::Number(
            self.text.get(start..self.pos).unwrap_or("").to_string(),
        ))
    }

    /// One digit or more.
    fn digits(&mut self) -> Result<(), SyntaxError> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.unexpected("invalid number", "EOF while parsing a value"));
        }
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        Ok(())
    }
}
