//! The engine's tables (the days ahead, the answers) are built once per distinct schedule:
//! halls with the same windows and exception days (village stations keep the township
//! centers' hours) share one part of each table, so 308 halls of eight kinds cost what eight
//! do.

use crate::engine::schedule::templates::Templates;

/// Where each hall's part of a table starts (per hall, as in `templates`), `add` building
/// the part of hall `i`'s schedule the first time that schedule comes up. `add` returns
/// `None` when the part does not fit in the table: that hall and the halls of every
/// schedule after it stay out (each try works out a whole part, and a part that did not fit
/// is no smaller the next time), while halls sharing a schedule already in keep it.
pub(crate) fn part_starts<S: Copy>(
    templates: &[Templates],
    mut add: impl FnMut(usize, &Templates) -> Option<S>,
) -> Vec<Option<S>> {
    let mut built: Vec<(&Templates, S)> = Vec::new();
    let mut full = false;
    let mut starts = Vec::with_capacity(templates.len());
    for (i, t) in templates.iter().enumerate() {
        let start = match built.iter().find(|(same, _)| *same == t) {
            Some(&(_, start)) => Some(start),
            None if full => None,
            None => {
                let start = add(i, t);
                match start {
                    Some(start) => built.push((t, start)),
                    None => full = true,
                }
                start
            }
        };
        starts.push(start);
    }
    starts
}
