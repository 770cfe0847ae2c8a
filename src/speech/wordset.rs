//! A set of words, sorted once it is built and searched by bisection.
//!
//! The speech analysis builds its word sets once per text and then only
//! asks them; a sorted `Vec` does that in a few comparisons, and unlike a
//! hash set it brings no hash table's code into the wasm (see the size
//! notes in `src/web/NOTES.md`).

use crate::fnv::{fnv, OFFSET};

/// Slots of the table that drops repeated words while a set is built.
const REPEAT_SLOTS: usize = 1024;

/// Words, each once, in byte order.
#[derive(Debug, Default)]
pub struct WordSet<'t>(Vec<&'t str>);

impl<'t> WordSet<'t> {
    pub fn contains(&self, word: &str) -> bool {
        self.0.binary_search(&word).is_ok()
    }
}

impl<'t> FromIterator<&'t str> for WordSet<'t> {
    fn from_iter<I: IntoIterator<Item = &'t str>>(words: I) -> Self {
        // A text repeats most of its words ("the", "said"): a table of the
        // last word seen in each of a few slots drops most repeats before
        // the sort, which then orders little more than the distinct words.
        let mut last: [Option<&str>; REPEAT_SLOTS] = [None; REPEAT_SLOTS];
        let mut words: Vec<&str> = words
            .into_iter()
            .filter(|&w| {
                let slot = &mut last[fnv(OFFSET, w.as_bytes()) as usize % REPEAT_SLOTS];
                slot.replace(w) != Some(w)
            })
            .collect();
        crate::sort::sort_by(&mut words, |a, b| a.cmp(b));
        words.dedup();
        WordSet(words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_each_word_given_and_no_other() {
        let set: WordSet = ["said", "told", "said", "added", "Told"]
            .into_iter()
            .collect();
        for w in ["said", "told", "added", "Told"] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["say", "", "tolda", "adde"] {
            assert!(!set.contains(w), "{w}");
        }
        assert_eq!(set.0, ["Told", "added", "said", "told"]);
    }
}
