//! Writing validated [`Data`] out as Rust source, for build.rs: the shipped data files
//! become one `static` whose text and lists are borrowed from the binary, so the page
//! parses and checks nothing at start-up (as jiff-static and opening-hours compile their
//! data). Every field of every type is written by name, so a field added to the model and
//! forgotten here breaks the build instead of being silently dropped.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use crate::engine::calendar::{Calendar, DayCode};
use crate::engine::engine::Data;
use crate::engine::model::booking::{BookingRules, Channel};
use crate::engine::model::exception::Exception;
use crate::engine::model::hall::{Contact, Hall, HallLevel, WeekendWindow, Window};
use crate::engine::model::matter::{Keywords, Matter};
use crate::engine::model::text::Localized;
use crate::engine::model::{List, Text};

/// The Rust expression of a value, with paths from the crate root.
pub(crate) trait Emit {
    /// Append the expression to `out`.
    fn emit(&self, out: &mut String);
}

/// The source of `static NAME: Data = ...;` without its matter list, and of
/// `static NAME_MATTERS` with the list: apart, so that a build that never asks about
/// matters (the page's first module) links none of them. `NAME_HAS_STATIONS` says whether
/// any hall is a village or community station, so the first module links the station
/// search only when its data has stations.
pub(crate) fn data_static(name: &str, data: &Data) -> String {
    let stations = data.halls.iter().any(|h| h.level == HallLevel::Station);
    let mut out = format!("pub(crate) const {name}_HAS_STATIONS: bool = {stations};\n");
    let _ = write!(
        out,
        "pub(crate) static {name}_MATTERS: ::std::borrow::Cow<'static, [crate::engine::Matter]> = "
    );
    data.matters.emit(&mut out);
    out.push_str(";\n");
    let _ = write!(out, "pub(crate) static {name}: crate::engine::Data = ");
    let bare = Data {
        matters: List::Borrowed(&[]),
        ..data.clone()
    };
    bare.emit(&mut out);
    out.push_str(";\n");
    out
}

impl Emit for bool {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for u32 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for i32 {
    fn emit(&self, out: &mut String) {
        let _ = write!(out, "{self}");
    }
}

impl Emit for Text {
    fn emit(&self, out: &mut String) {
        // `{:?}` of a str is a valid Rust string literal, every escape included.
        let _ = write!(out, "::std::borrow::Cow::Borrowed({:?})", &**self);
    }
}

impl<T: Emit + Clone> Emit for List<T> {
    fn emit(&self, out: &mut String) {
        out.push_str("::std::borrow::Cow::Borrowed(&[");
        for item in self.iter() {
            item.emit(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: Emit> Emit for Option<T> {
    fn emit(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.emit(out);
                out.push(')');
            }
        }
    }
}

impl Emit for NaiveTime {
    fn emit(&self, out: &mut String) {
        let _ = write!(
            out,
            "crate::engine::time::hm({}, {})",
            self.hour(),
            self.minute()
        );
    }
}

impl Emit for NaiveDate {
    fn emit(&self, out: &mut String) {
        let _ = write!(
            out,
            "crate::engine::time::ymd({}, {}, {})",
            self.year(),
            self.month(),
            self.day()
        );
    }
}

/// Enums by their variant names (their `Debug`), under the module path given.
macro_rules! emit_enum {
    ($($ty:path => $path:literal),+ $(,)?) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                let _ = write!(out, concat!($path, "::{:?}"), self);
            }
        }
    )+};
}

emit_enum! {
    crate::engine::calendar::DayKind => "crate::engine::DayKind",
    crate::engine::calendar::Category => "crate::engine::calendar::Category",
    crate::engine::model::hall::Appointment => "crate::engine::Appointment",
    crate::engine::model::hall::WeekendDay => "crate::engine::WeekendDay",
    crate::engine::model::hall::WeekendScope => "crate::engine::WeekendScope",
    crate::engine::model::hall::HallLevel => "crate::engine::HallLevel",
    crate::engine::model::matter::MatterKind => "crate::engine::MatterKind",
    crate::engine::model::booking::ChannelKind => "crate::engine::ChannelKind",
}

/// Structs field by field: `emit_struct!(Type => "path" { a, b, c })`.
macro_rules! emit_struct {
    ($($ty:ty => $path:literal { $($field:ident),+ $(,)? }),+ $(,)?) => {$(
        impl Emit for $ty {
            fn emit(&self, out: &mut String) {
                out.push_str(concat!($path, " {"));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.emit(out);
                    out.push(',');
                )+
                out.push('}');
            }
        }
    )+};
}

emit_struct! {
    Data => "crate::engine::Data" {
        calendar, halls, matters, booking, closing_rule, source, matters_source, exceptions
    },
    Exception => "crate::engine::Exception" { date, halls, windows, reason },
    Calendar => "crate::engine::calendar::Calendar" {
        first, first_year, year_starts, codes, names, years, papers
    },
    DayCode => "crate::engine::calendar::DayCode" { kind, cat, known, name },
    Localized => "crate::engine::Localized" { zh, en },
    Hall => "crate::engine::Hall" {
        id, name, sample, level, weekend_scope, closing_rule, contact, members, regular, extended,
        weekend, note
    },
    Contact => "crate::engine::Contact" { address, phone, booking_url },
    Window => "crate::engine::Window" { start, end, appointment },
    WeekendWindow => "crate::engine::WeekendWindow" {
        days, start, end, not_on_holidays, appointment
    },
    Matter => "crate::engine::Matter" {
        id, sample, name, hall, unit, kind, time_limit_days, hot, livelihood,
        system_restricted, materials, place, booking, keywords
    },
    Keywords => "crate::engine::Keywords" { zh, en },
    BookingRules => "crate::engine::BookingRules" {
        deadline_time, deadline, channels, phone, phone_note, intake, walk_in, no_show,
        cancellation
    },
    Channel => "crate::engine::Channel" { id, name },
}
