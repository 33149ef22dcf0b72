//! The one way the notices write HTML: markup is `&'static str` written by this crate, and
//! every other string (everything from the data: names, reasons, ids) goes through
//! [`Out::text`] or [`Out::attr`], which escape it. A hostile matter name in matters.json
//! therefore shows as characters on the printed page and never becomes markup.

use crate::ui::Lang;

/// `text` with the five characters that mean something in HTML written as references, so it
/// reads as text in an element or in a quoted attribute value.
///
/// ```
/// use pinggu_hours::notice::escape;
/// assert_eq!(escape(r#"<b onclick="x">&'"#), "&lt;b onclick=&quot;x&quot;&gt;&amp;&#39;");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// [`escape`], appended to `out`: the one escaping of every HTML this crate writes (the
/// notices, the page's first view).
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// An HTML document being written.
#[derive(Default)]
pub(super) struct Out(String);

impl Out {
    /// Markup written by this crate (never data).
    pub(super) fn tag(&mut self, markup: &'static str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// Text, escaped.
    pub(super) fn text(&mut self, text: &str) -> &mut Self {
        self.0.push_str(&escape(text));
        self
    }

    /// A quoted attribute `name="value"` (value escaped), after a space.
    pub(super) fn attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        self.0.push_str(&escape(value));
        self.0.push('"');
        self
    }

    /// `<TAG class="CLASS">text</TAG>`; the class is left out when empty.
    pub(super) fn element(&mut self, tag: &'static str, class: &'static str, text: &str) {
        self.open(tag, class).text(text);
        self.close(tag);
    }

    /// `<TAG class="CLASS">`; the class is left out when empty.
    pub(super) fn open(&mut self, tag: &'static str, class: &'static str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        if !class.is_empty() {
            self.attr("class", class);
        }
        self.0.push('>');
        self
    }

    /// `</TAG>`.
    pub(super) fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// The text written.
    pub(super) fn finish(self) -> String {
        self.0
    }
}

/// How a notice document gets its stylesheet ([`NOTICE_CSS`](super::NOTICE_CSS)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Styling<'a> {
    /// In a `<style>` element: one self-contained file, to print or to open from disk (what
    /// `hours export` writes). A page served under the project's Content-Security-Policy
    /// (`style-src 'self'`) would not apply it.
    Inline,
    /// A `<link rel="stylesheet">` to this URL, where static/styles/notice.css is served:
    /// for a notice shown from a served page, which the Content-Security-Policy allows.
    Linked(&'a str),
}

/// `<!DOCTYPE html>` up to the opening `<body>`: language, title and stylesheet.
pub(super) fn head(out: &mut Out, lang: Lang, title: &str, styling: Styling) {
    out.tag("<!DOCTYPE html>\n<html").attr("lang", lang.tag());
    out.tag(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.element("title", "", title);
    match styling {
        Styling::Inline => {
            out.tag("\n<style>\n")
                .tag(super::NOTICE_CSS)
                .tag("</style>\n");
        }
        Styling::Linked(href) => {
            out.tag("\n<link rel=\"stylesheet\"")
                .attr("href", href)
                .tag(">\n");
        }
    }
    out.tag("</head>\n<body>\n");
}

/// The end of the document.
pub(super) fn foot(out: &mut Out) {
    out.tag("</body>\n</html>\n");
}
