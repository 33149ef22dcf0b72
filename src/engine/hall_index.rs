//! Hall positions by id in constant time, however many village stations (Article 8) the
//! data lists. Every status query starts here, so a lookup is one multiply of the id's
//! bytes and, for the shipped halls, a single probe.

/// An open-addressing table of hall positions, at most a quarter full. Each slot holds the
/// hall's id as two words and its length, so that a lookup compares in registers rather
/// than reading the hall's record and then its id text. The multiplier that spreads ids
/// over the slots is chosen when the table is built, among a few, for the fewest probes:
/// the shipped eight halls each sit in their own slot, and of the benchmark's 308 all but
/// one do (the low bits of the FxHash this replaced put three of the shipped ids in one
/// slot: two probes a lookup on average). A `HashMap` does the same but weighs 2.3 KB gzip more in the page; a sorted array's
/// binary search grew 1.5x from 8 to 308 halls (`cargo bench --bench year_minutes`).
#[derive(Clone, Debug, Default)]
pub(crate) struct HallIndex {
    slots: Vec<Slot>,
    multiplier: u64,
    /// 64 minus the number of bits of a slot number.
    shift: u32,
}

/// One hall in [`HallIndex`]: its id's [`Words`] and position + 1 (0 for an empty slot).
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    words: Words,
    entry: u32,
}

/// An id as two words and its length. Up to 16 bytes the words hold every byte (two
/// overlapping reads), so equal words are equal ids; a longer id's first word is a hash of
/// its bytes, and equal words are checked against the id's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Words {
    a: u64,
    b: u64,
    len: usize,
}

/// Ids longer than this are compared by their text after their words.
const WORDS_HOLD: usize = 16;

/// The multipliers tried, the first of them 2^64 / golden ratio (Fibonacci hashing).
const MULTIPLIERS: [u64; 8] = [
    0x9e37_79b9_7f4a_7c15,
    0xc2b2_ae3d_27d4_eb4f,
    0x1656_67b1_9e37_79f9,
    0xff51_afd7_ed55_8ccd,
    0xc4ce_b9fe_1a85_ec53,
    0x94d0_49bb_1331_11eb,
    0xbf58_476d_1ce4_e5b9,
    0xd6e8_feb8_6659_fd93,
];

impl HallIndex {
    /// The table of these ids, in the order of `Engine::halls`.
    pub(crate) fn build<'a>(ids: impl Iterator<Item = &'a str>) -> HallIndex {
        let words: Vec<Words> = ids.map(|id| Words::of(id.as_bytes())).collect();
        let bits = (words.len() * 4)
            .next_power_of_two()
            .max(8)
            .trailing_zeros();
        let mut best: Option<(usize, HallIndex)> = None;
        for &multiplier in &MULTIPLIERS {
            let mut index = HallIndex {
                slots: vec![Slot::default(); 1 << bits],
                multiplier,
                shift: 64 - bits,
            };
            let probes = index.fill(&words);
            if best.as_ref().is_none_or(|(fewest, _)| probes < *fewest) {
                let perfect = probes == words.len();
                best = Some((probes, index));
                if perfect {
                    break;
                }
            }
        }
        best.map(|(_, index)| index).unwrap_or_default()
    }

    /// Place every id after the last, each in the first free slot from its own; returns
    /// the probes this took (one per id when none collide).
    fn fill(&mut self, words: &[Words]) -> usize {
        let mask = self.slots.len().wrapping_sub(1);
        let mut probes = 0;
        for (i, &w) in words.iter().enumerate() {
            let Ok(entry) = u32::try_from(i + 1) else {
                break;
            };
            let mut slot = self.home(w);
            probes += 1;
            while self.slots.get(slot).is_some_and(|s| s.entry != 0) {
                slot = (slot + 1) & mask;
                probes += 1;
            }
            if let Some(s) = self.slots.get_mut(slot) {
                *s = Slot { words: w, entry };
            }
        }
        probes
    }

    /// The first slot to look in for an id.
    #[inline]
    fn home(&self, w: Words) -> usize {
        let folded = w.a ^ w.b.rotate_left(32) ^ w.len as u64;
        (folded.wrapping_mul(self.multiplier) >> self.shift) as usize
    }

    /// The position of the hall with this id, given the ids by position (`id_of`, read
    /// only for ids longer than 16 bytes).
    #[inline]
    pub(crate) fn find<'a>(
        &self,
        id: &str,
        id_of: impl Fn(usize) -> Option<&'a str>,
    ) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let w = Words::of(id.as_bytes());
        let mut slot = self.home(w);
        // The table is at most a quarter full, so an empty slot ends every probe sequence;
        // the bound only guards against a table that is not.
        for _ in 0..self.slots.len() {
            let s = self.slots.get(slot)?;
            let i = (s.entry as usize).checked_sub(1)?;
            if s.words == w && (w.len <= WORDS_HOLD || id_of(i) == Some(id)) {
                return Some(i);
            }
            slot = (slot + 1) & mask;
        }
        None
    }
}

/// `W` bytes of `s` from `at`, if there are so many.
#[inline]
fn word<const W: usize>(s: &[u8], at: usize) -> Option<[u8; W]> {
    s.get(at..at.checked_add(W)?)?.try_into().ok()
}

impl Words {
    /// The words of an id's bytes. Ids are a few bytes long (`tax`, `housing_fund`).
    #[inline]
    fn of(s: &[u8]) -> Words {
        let len = s.len();
        let w8 = |at: usize| word::<8>(s, at).map_or(0, u64::from_le_bytes);
        let w4 = |at: usize| word::<4>(s, at).map_or(0, |w| u64::from(u32::from_le_bytes(w)));
        let byte = |at: usize| s.get(at).map_or(0, |&b| u64::from(b));
        let (a, b) = match len {
            0 => (0, 0),
            1..=3 => (byte(0) | byte(len / 2) << 8 | byte(len - 1) << 16, 0),
            4..=7 => (w4(0), w4(len - 4)),
            8..=WORDS_HOLD => (w8(0), w8(len - 8)),
            _ => (
                s.chunks(8).fold(0u64, |a, c| {
                    let mut w = [0u8; 8];
                    w.iter_mut().zip(c).for_each(|(w, c)| *w = *c);
                    (a ^ u64::from_le_bytes(w))
                        .wrapping_mul(MULTIPLIERS[0])
                        .rotate_left(29)
                }),
                w8(len - 8),
            ),
        };
        Words { a, b, len }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_is_found_and_no_other() {
        let ids: Vec<String> = [
            "",
            "a",
            "ab",
            "tax",
            "town",
            "housing_fund",
            "a_very_long_hall_identifier_x",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain((0..300).map(|i| format!("station_{i:03}")))
        .collect();
        let index = HallIndex::build(ids.iter().map(String::as_str));
        let id_of = |i: usize| ids.get(i).map(String::as_str);
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(index.find(id, id_of), Some(i), "{id}");
        }
        for other in [
            "b",
            "ta",
            "taxx",
            "station_300",
            "a_very_long_hall_identifier_y",
            "housing_fun",
        ] {
            assert_eq!(index.find(other, id_of), None, "{other}");
        }
    }

    /// The probes that placing these ids took in the table built for them.
    fn probes(ids: &[&str]) -> usize {
        let words: Vec<Words> = ids.iter().map(|id| Words::of(id.as_bytes())).collect();
        let mut index = HallIndex::build(ids.iter().copied());
        index.slots.fill(Slot::default());
        index.fill(&words)
    }

    #[test]
    fn the_shipped_halls_take_one_probe_each() {
        let engine = crate::engine::Engine::embedded();
        let ids: Vec<&str> = engine.halls().iter().map(|h| &*h.id).collect();
        assert_eq!(probes(&ids), ids.len());
    }

    #[test]
    fn village_stations_take_few_probes() {
        let engine = crate::engine::Engine::embedded();
        // As the benchmark's 308 halls: the shipped ones, 18 centers and 282 stations.
        let ids: Vec<String> = engine
            .halls()
            .iter()
            .map(|h| h.id.to_string())
            .chain((1..=18).map(|i| format!("township_{i:02}")))
            .chain((1..=282).map(|i| format!("station_{i:03}")))
            .collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let p = probes(&ids);
        assert!(p * 20 <= ids.len() * 21, "{p} probes for {}", ids.len());
    }
}
