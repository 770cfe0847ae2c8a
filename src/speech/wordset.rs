//! A set of words, sorted once it is built and searched by bisection.
//!
//! The speech analysis builds its word sets once per text and then only
//! asks them; a sorted `Vec` does that in a few comparisons, and unlike a
//! hash set it brings no hash table's code into the wasm (see the size
//! notes in `src/web/NOTES.md`).

use crate::fnv::{fnv, OFFSET};

/// Slots of the table that drops repeated words while a set is built.
const REPEAT_SLOTS: usize = 1024;

/// Words, each once, with their hashes, in order of hash then bytes: any
/// order serves a bisection, and this one compares two numbers where byte
/// order would compare two strings.
#[derive(Debug, Default)]
pub struct WordSet<'t>(Vec<(u64, &'t str)>);

impl<'t> WordSet<'t> {
    pub fn contains(&self, word: &str) -> bool {
        let entry = (hash(word), word);
        self.0.binary_search(&entry).is_ok()
    }
}

fn hash(word: &str) -> u64 {
    fnv(OFFSET, word.as_bytes())
}

impl<'t> FromIterator<&'t str> for WordSet<'t> {
    fn from_iter<I: IntoIterator<Item = &'t str>>(words: I) -> Self {
        // A text repeats most of its words ("the", "said"): a table of the
        // last word seen in each of a few slots drops most repeats before
        // the sort, which then orders little more than the distinct words.
        let mut last: [Option<&str>; REPEAT_SLOTS] = [None; REPEAT_SLOTS];
        let mut words: Vec<(u64, &str)> = words
            .into_iter()
            .map(|w| (hash(w), w))
            .filter(|&(h, w)| last[h as usize % REPEAT_SLOTS].replace(w) != Some(w))
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
        assert_eq!(set.0.len(), 4);
    }
}
