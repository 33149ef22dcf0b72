//! Answers that apply the articles of the rules on top of the schedule: booking deadlines
//! (Article 3), what a matter gets on a weekend (Article 6), due dates of undertaken matters
//! (Article 5(2)), the yearly minutes report, and finding a station by name (Article 8).

pub(crate) mod booking;
pub(crate) mod due;
pub(crate) mod moments;
pub(crate) mod report;
pub(crate) mod service;
pub(crate) mod stations;
