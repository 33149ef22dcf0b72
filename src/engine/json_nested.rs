//! The JSON reader's arrays and objects, nested at most [`MAX_DEPTH`] deep: commas between
//! members and none after the last, keys that are strings, a colon after each.

use super::{Parser, SyntaxError, Value, MAX_DEPTH};

impl Parser<'_> {
    /// Read an array or object one level deeper, refusing to pass [`MAX_DEPTH`].
    pub(super) fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<Value, SyntaxError>,
    ) -> Result<Value, SyntaxError> {
        if self.depth == MAX_DEPTH {
            return Err(self.fail("more than 127 nested arrays and objects"));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    pub(super) fn array(&mut self) -> Result<Value, SyntaxError> {
        let mut items = Vec::new();
        self.members(
            (b']', "expected `,` or `]`", "EOF while parsing a list"),
            |p| {
                items.push(p.value()?);
                Ok(())
            },
        )?;
        Ok(Value::Array(items))
    }

    pub(super) fn object(&mut self) -> Result<Value, SyntaxError> {
        const EOF: &str = "EOF while parsing an object";
        let mut members = Vec::new();
        self.members((b'}', "expected `,` or `}`", EOF), |p| {
            if p.peek() != Some(b'"') {
                return Err(p.unexpected("key must be a string", EOF));
            }
            let key = p.string()?;
            p.skip_whitespace();
            if !p.eat(b':') {
                return Err(p.unexpected("expected `:`", EOF));
            }
            members.push((key, p.value()?));
            Ok(())
        })?;
        Ok(Value::Object(members))
    }

    /// The comma-separated members after an opening bracket up to `close`; `item` reads one,
    /// starting at its first character.
    fn members(
        &mut self,
        (close, expected, eof): (u8, &'static str, &'static str),
        mut item: impl FnMut(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.pos += 1;
        self.skip_whitespace();
        if self.eat(close) {
            return Ok(());
        }
        loop {
            if self.peek().is_none() {
                return Err(self.fail(eof));
            }
            item(self)?;
            self.skip_whitespace();
            if self.eat(close) {
                return Ok(());
            }
            if !self.eat(b',') {
                return Err(self.unexpected(expected, eof));
            }
            self.skip_whitespace();
            if self.peek() == Some(close) {
                return Err(self.fail("trailing comma"));
            }
        }
    }
}
