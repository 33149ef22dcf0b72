//! The data model: halls and their windows, matters, booking rules and bilingual text, as
//! the data files describe them. Text and lists are `Cow<'static, _>` so that build.rs can
//! compile the shipped files into statics (borrowed, nothing parsed at start-up) while files
//! read at run time produce the same types, owned.

use std::borrow::Cow;

pub(crate) mod booking;
pub(crate) mod exception;
pub(crate) mod hall;
pub(crate) mod matter;
pub(crate) mod spelling;
pub(crate) mod text;

/// Text from the data: borrowed from the binary when compiled in, owned when read at run
/// time.
pub type Text = Cow<'static, str>;

/// A list from the data: borrowed when compiled in, owned when read at run time.
pub type List<T> = Cow<'static, [T]>;
