//! Small vectors kept sorted as they are built. The standard sorts are generic and cost a
//! few KB of wasm per element type; the lists sorted here (a hall's windows of one day) are
//! a handful of items, so a binary-search insert is as fast and far smaller.

/// Insert `item` after every element whose key is not greater than its own: building a
/// vector this way gives the order of a stable sort by `key`.
pub(crate) fn insert_by_key<T, K: Ord>(v: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let k = key(&item);
    let i = v.partition_point(|x| key(x) <= k);
    v.insert(i, item);
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
}
