//! One sort for the whole crate, for the size of the wasm.
//!
//! The standard library's sorts are generic over the element type and the
//! comparison, so every call site gets its own copy of driftsort or ipnsort
//! and their small-sort networks: some 4 KB of wasm each, 38 KB in all for
//! the crate's few call sites. Here every slice is sorted by ordering its
//! indices with a comparison behind `&dyn`, a short table (most of them:
//! attributes, quotes of a paragraph) by insertion and a long one by a
//! small merge sort, both stable and compiled once; then the elements are
//! moved into place, the only step compiled for each element type. An
//! insertion sort of the elements themselves, as there was for short
//! slices, was compiled and inlined for each call site: 698 bytes of the
//! gzipped wasm, for a sort that costs a 16-entry table more (natively the
//! same instruction count within 0.1%, callgrind on a page and on PolNeAR).

use std::cmp::Ordering;

/// Up to this length the index table is sorted by insertion.
const SHORT: usize = 16;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub(crate) fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_indices(&mut order, &|a, b| {
        compare(&items[a as usize], &items[b as usize])
    });
    permute(items, order);
}

/// Sorts `items` by a key, keeping equal items in their order.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

fn insertion_sort(order: &mut [u32], compare: &dyn Fn(u32, u32) -> Ordering) {
    for i in 1..order.len() {
        let mut j = i;
        while j > 0 && compare(order[j - 1], order[j]) == Ordering::Greater {
            order.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Orders the index table, stably: a short one by insertion, a longer one
/// by a bottom-up merge sort, which the wasm carries in a few hundred bytes
/// where the standard sort's one instance took some 3 KB.
#[inline(never)]
fn sort_indices(order: &mut Vec<u32>, compare: &dyn Fn(u32, u32) -> Ordering) {
    let n = order.len();
    if n <= SHORT {
        insertion_sort(order, compare);
        return;
    }
    let mut from = std::mem::take(order);
    let mut to = vec![0u32; n];
    let mut width = 1;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            for slot in &mut to[lo..hi] {
                // The right run goes first only when strictly less: ties
                // keep their order.
                if j < hi && (i == mid || compare(from[j], from[i]) == Ordering::Less) {
                    *slot = from[j];
                    j += 1;
                } else {
                    *slot = from[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    *order = from;
}

/// Rearranges `items` so that position `i` holds what was at `order[i]`,
/// following the permutation's cycles (each entry is marked done by
/// pointing it at itself).
fn permute<T>(items: &mut [T], mut order: Vec<u32>) {
    for start in 0..items.len() {
        let mut current = start;
        loop {
            let next = order[current] as usize;
            order[current] = current as u32;
            if next == start {
                break;
            }
            items.swap(current, next);
            current = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Same order as the standard stable sort, on short and long inputs
    /// with many ties.
    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 12345u32;
        for len in [0, 1, 2, 5, SHORT, SHORT + 1, 33, 40, 300, 1025] {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((seed >> 16) % 7, i)
                })
                .collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = items.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "length {len}");
            let mut reversed = items.clone();
            sort_by(&mut reversed, |a, b| b.0.cmp(&a.0));
            assert!(
                reversed.windows(2).all(|w| w[0].0 >= w[1].0),
                "length {len}"
            );
        }
    }
}
