//! The first view's markup is written as text and set in one assignment of `innerHTML`:
//! building it with Yew would link Yew's runtime (half the first module) for one render.
//! Every text and attribute value passes through [`Markup::text`] or [`Markup::attr`],
//! which escape it (the crate's one escaping, [`escape_into`]), so a hall name or a typed
//! search can never become markup.

use crate::notice::escape_into;

/// A document fragment being written, element by element.
#[derive(Default)]
pub struct Markup {
    out: String,
}

impl Markup {
    /// An empty fragment.
    pub fn new() -> Markup {
        Markup::default()
    }

    /// Opens `<tag`: attributes may follow until [`Markup::close_start`] or the next child.
    pub fn open(&mut self, tag: &str) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        self
    }

    /// One attribute of the element being opened, its value escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Self {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape_into(&mut self.out, value);
        self.out.push('"');
        self
    }

    /// An attribute written only when `value` is `Some` (Yew leaves out a `None` one).
    pub fn attr_opt(&mut self, name: &str, value: Option<&str>) -> &mut Self {
        match value {
            Some(value) => self.attr(name, value),
            None => self,
        }
    }

    /// Ends the start tag (`>`).
    pub fn close_start(&mut self) -> &mut Self {
        self.out.push('>');
        self
    }

    /// Text content, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        escape_into(&mut self.out, text);
        self
    }

    /// `</tag>`.
    pub fn end(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// `<tag attrs…>text</tag>` in one call, for the many one-line elements.
    pub fn element(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag);
        for (name, value) in attrs {
            self.attr(name, value);
        }
        self.close_start().text(text).end(tag)
    }

    /// The fragment written so far.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::Markup;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut m = Markup::new();
        m.open("p")
            .attr("title", "a\"b'<c>&")
            .close_start()
            .text("<script>alert(1)</script> & co")
            .end("p");
        assert_eq!(
            m.finish(),
            "<p title=\"a&quot;b&#39;&lt;c&gt;&amp;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>"
        );
    }

    #[test]
    fn an_absent_attribute_is_left_out() {
        let mut m = Markup::new();
        m.open("li")
            .attr_opt("data-x", None)
            .attr_opt("data-y", Some("1"))
            .close_start()
            .end("li");
        assert_eq!(m.finish(), "<li data-y=\"1\"></li>");
    }
}
