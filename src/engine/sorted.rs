//! Small vectors kept sorted as they are built, and duplicate ids found by sorting. The
//! standard sorts (and hash sets) are generic and cost a few KB of wasm per element type;
//! the lists sorted as they are built (a hall's windows of one day) are a handful of items,
//! so a binary-search insert is as fast and far smaller. Id lists can be long (a file of a
//! hundred thousand matters), so they share one heap sort of `(id, position)` pairs.

/// Insert `item` after every element whose key is not greater than its own: building a
/// vector this way gives the order of a stable sort by `key`.
pub(crate) fn insert_by_key<T, K: Ord>(v: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let k = key(&item);
    let i = v.partition_point(|x| key(x) <= k);
    v.insert(i, item);
}

/// For each key, whether an earlier position holds the same one (`None` is never repeated):
/// duplicate ids among a hundred thousand are found by sorting once, not by comparing every
/// pair, and with one small sort rather than a hash set's code in the page's wasm.
pub(crate) fn repeated(keys: &[Option<&str>]) -> Vec<bool> {
    let mut order: Vec<(&str, usize)> = keys
        .iter()
        .enumerate()
        .filter_map(|(i, k)| Some(((*k)?, i)))
        .collect();
    heap_sort(&mut order);
    let mut out = vec![false; keys.len()];
    for pair in order.windows(2) {
        if let [(a, _), (b, later)] = pair {
            if a == b {
                if let Some(r) = out.get_mut(*later) {
                    *r = true;
                }
            }
        }
    }
    out
}

/// Whether `key` is among `sorted` (sorted as [`repeated`] sorts: by key, then position).
pub(crate) fn sorted_contains(sorted: &[(&str, usize)], key: &str) -> bool {
    sorted.binary_search_by(|(k, _)| (*k).cmp(key)).is_ok()
}

/// `keys` with their positions, sorted for [`sorted_contains`].
pub(crate) fn sorted_keys<'k>(keys: impl Iterator<Item = &'k str>) -> Vec<(&'k str, usize)> {
    let mut out: Vec<(&str, usize)> = keys.enumerate().map(|(i, k)| (k, i)).collect();
    heap_sort(&mut out);
    out
}

/// Sort in place: O(n log n) in every case, in a few hundred bytes of wasm.
fn heap_sort<T: Ord>(v: &mut [T]) {
    let n = v.len();
    for root in (0..n / 2).rev() {
        sift_down(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Move `v[root]` down the heap `v[..end]` until it is not less than its children.
fn sift_down<T: Ord>(v: &mut [T], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && v[child] < v[child + 1] {
            child += 1;
        }
        if v[root] >= v[child] {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_a_stable_sort() {
        let items = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let mut built = Vec::new();
        for it in items {
            insert_by_key(&mut built, it, |x| x.0);
        }
        let mut sorted = items.to_vec();
        sorted.sort_by_key(|x| x.0);
        assert_eq!(built, sorted);
    }

    #[test]
    fn repeated_marks_every_later_copy() {
        let keys = [
            Some("b"),
            Some("a"),
            None,
            Some("b"),
            None,
            Some("b"),
            Some("c"),
        ];
        assert_eq!(
            repeated(&keys),
            [false, false, false, true, false, true, false]
        );
        let sorted = sorted_keys(["b", "a", "c"].into_iter());
        assert!(sorted_contains(&sorted, "a") && sorted_contains(&sorted, "c"));
        assert!(!sorted_contains(&sorted, "d"));
    }

    #[test]
    fn heap_sort_sorts() {
        let mut v: Vec<u32> = (0..1000).map(|i| (i * 7919) % 1009).collect();
        let mut expected = v.clone();
        expected.sort_unstable();
        heap_sort(&mut v);
        assert_eq!(v, expected);
        let mut empty: [u8; 0] = [];
        heap_sort(&mut empty);
    }
}
