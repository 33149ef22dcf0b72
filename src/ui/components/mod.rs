//! The page's parts, one per file. Most are function components; the matter finder's parts
//! and the booking rules are plain functions returning `Html` (they hold no state, and each
//! component costs bundle size).

mod announcer;
mod booking_helper;
mod booking_rules;
mod booking_slip;
mod clock_notice;
mod data_notice;
mod exception_notes;
mod hall_card;
mod hall_detail;
mod hall_list;
mod header;
mod idle_prompt;
mod kiosk_moment;
mod kiosk_parts;
mod live_board;
mod maintainer_note;
mod matter_detail;
mod matter_finder;
mod matter_level;
mod matter_link;
mod matter_list;
mod matter_search;
mod nav;
mod phone_code;
mod planner;
mod span_list;
mod special_days;
mod station_search;
mod toolbar;
mod view_link;
mod week_table;

pub use announcer::Announcer;
pub use clock_notice::ClockNotice;
pub use data_notice::DataNotice;
pub use hall_detail::HallDetail;
pub use hall_list::HallList;
pub use header::Header;
pub use idle_prompt::IdlePrompt;
pub use kiosk_parts::KioskParts;
pub use live_board::live_board;
pub use maintainer_note::MaintainerNote;
pub use matter_finder::MatterFinder;
pub use nav::Nav;
pub use phone_code::PhoneCode;
pub use planner::Planner;
