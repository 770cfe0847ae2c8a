//! Word lists compiled into the binary as one sorted string each: the
//! build script (`src/build/`) writes them from the lexicon text files, so a
//! page load neither parses a list nor allocates to look a word up.
//!
//! A list is its keys in byte order, one line each, with a value after a
//! tab where the key has one: `"added\tc\nsaid\ts"`. It is searched by
//! binary search over the bytes, stepping back from the middle to the start
//! of its line, within the run of keys that start like the one sought
//! (found at compile time). A list costs no more than its text, where a
//! table of string pointers beside it would cost 8 bytes an entry in the
//! wasm.

use crate::substr::part;
use std::cmp::Ordering;

/// Keys are grouped by first byte: below `a`, each letter `a`–`z`, above
/// `z` (non-ASCII). Buckets follow byte order, so each is a run of lines.
const BUCKETS: usize = 28;

/// The bucket of a key starting with `first`.
const fn bucket(first: u8) -> usize {
    match first {
        0..b'a' => 0,
        b'a'..=b'z' => (first - b'a') as usize + 1,
        _ => BUCKETS - 1,
    }
}

pub(crate) struct WordList {
    text: &'static str,
    /// Where the lines of each bucket start in `text`, and the end of
    /// `text` plus one (as if it ended with a newline).
    starts: [u16; BUCKETS + 1],
    /// Per bucket, the [`shape`]s of its keys: most words looked up are
    /// not listed, and most of those are ruled out here, before the search.
    shapes: [u32; BUCKETS],
}

/// A bit for the length of a key (1 to 15 bytes, then one for longer) and
/// one for its second byte (letters two to a bit, one for anything else,
/// one for none), so that the shapes of a set of keys are their OR. Four
/// bytes a bucket: the filter costs less of the wasm than the text it
/// guards.
const fn shape(second: Option<u8>, len: usize) -> u32 {
    let length = if len < 16 { len } else { 15 };
    let second = match second {
        None => 15,
        Some(b) if b.is_ascii_lowercase() => (b - b'a') as usize % 14,
        Some(_) => 14,
    };
    1 << length | 1 << (16 + second)
}

impl WordList {
    /// A list of `text`'s lines, which must be sorted by key (a compile
    /// error otherwise, where the list is a `static`).
    pub(crate) const fn new(text: &'static str) -> WordList {
        let bytes = text.as_bytes();
        assert!(bytes.len() < u16::MAX as usize, "word list too long");
        let mut starts = [0u16; BUCKETS + 1];
        let mut shapes = [0u32; BUCKETS];
        // Buckets up to that of each line start where it does, unless they
        // started before; the rest start at the end.
        let (mut b, mut at, mut previous) = (0, 0, 0);
        while at < bytes.len() {
            if at > 0 {
                assert!(key_before(bytes, previous, at), "word list not sorted");
            }
            while b <= bucket(bytes[at]) {
                starts[b] = at as u16;
                b += 1;
            }
            previous = at;
            let mut end = at;
            while end < bytes.len() && bytes[end] != b'\n' && bytes[end] != b'\t' {
                end += 1;
            }
            let second = if end - at >= 2 {
                Some(bytes[at + 1])
            } else {
                None
            };
            shapes[bucket(bytes[at])] |= shape(second, end - at);
            while at < bytes.len() && bytes[at] != b'\n' {
                at += 1;
            }
            at += 1;
        }
        while b <= BUCKETS {
            starts[b] = bytes.len() as u16 + 1;
            b += 1;
        }
        WordList {
            text,
            starts,
            shapes,
        }
    }

    /// The value of `key` (empty for a key without one), if listed.
    pub(crate) fn get(&self, key: &[u8]) -> Option<&'static str> {
        let text = self.text.as_bytes();
        let (&first, second) = (key.first()?, key.get(1).copied());
        if !self.may_hold(first, second, key.len()) {
            return None;
        }
        let b = bucket(first);
        // [lo, hi) holds whole lines: lo at a line's start, hi at the
        // newline after one (or the end).
        let mut lo = usize::from(self.starts[b]);
        let mut hi = usize::from(self.starts[b + 1]).saturating_sub(1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = text[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |p| lo + p + 1);
            // The line's key ends at a tab or newline; the shorter of it
            // and `key` sorts first.
            let mut i = start;
            let order = loop {
                let listed = text.get(i).filter(|&&b| b != b'\t' && b != b'\n');
                let wanted = key.get(i - start);
                if listed != wanted || listed.is_none() {
                    break listed.cmp(&wanted);
                }
                i += 1;
            };
            if order == Ordering::Greater {
                hi = start.saturating_sub(1);
                continue;
            }
            // The line's end, only where it is needed: the value, or the
            // next line's start.
            let end = text[i..hi]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(hi, |p| i + p);
            match order {
                // The cuts are at ASCII bytes, so at char boundaries.
                Ordering::Equal if i == end => return Some(""),
                Ordering::Equal => return Some(part(self.text, i + 1..end)),
                _ => lo = end + 1,
            }
        }
        None
    }

    /// Whether a key of `len` bytes starting with `first` and `second`
    /// (`None` if it has one byte) may be listed.
    pub(crate) fn may_hold(&self, first: u8, second: Option<u8>, len: usize) -> bool {
        let shapes = self.shapes[bucket(first)];
        let wanted = shape(second, len);
        shapes & wanted == wanted
    }

    pub(crate) fn contains(&self, key: &str) -> bool {
        self.get(key.as_bytes()).is_some()
    }

    /// The number of entries.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.entries().count()
    }

    /// Every (key, value), in order.
    #[cfg(test)]
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.text
            .split('\n')
            .filter(|l| !l.is_empty())
            .map(|l| l.split_once('\t').unwrap_or((l, "")))
    }
}

/// Whether the key of the line at `a` sorts before that of the line at `b`.
const fn key_before(text: &[u8], a: usize, b: usize) -> bool {
    let mut i = 0;
    loop {
        let (x, y) = (key_byte(text, a + i), key_byte(text, b + i));
        if x != y || x < 0 {
            return x < y;
        }
        i += 1;
    }
}

/// The byte at `at` if it is part of a key, else -1 (which sorts first).
const fn key_byte(text: &[u8], at: usize) -> i16 {
    if at < text.len() && text[at] != b'\t' && text[at] != b'\n' {
        text[at] as i16
    } else {
        -1
    }
}

#[cfg(test)]
mod tests {
    use super::WordList;

    #[test]
    fn finds_every_key_and_nothing_else() {
        // In byte order: `A` before `a`, `zz` before `zürich` (0x7a < 0xc3).
        const LIST: WordList = WordList::new("A\na\nab\t1\nabc\nb c\t2\nzz\nzürich\tZ");
        for (key, value) in [
            ("A", ""),
            ("a", ""),
            ("ab", "1"),
            ("abc", ""),
            ("b c", "2"),
            ("zz", ""),
            ("zürich", "Z"),
        ] {
            assert_eq!(LIST.get(key.as_bytes()), Some(value), "{key}");
        }
        for absent in ["", "B", "aa", "ab\t1", "b", "c", "zzz", "ä", "\n"] {
            assert_eq!(LIST.get(absent.as_bytes()), None, "{absent:?}");
        }
        assert_eq!(LIST.len(), 7);
        assert!(!WordList::new("").contains("a"));
        assert!(WordList::new("only").contains("only"));
    }

    #[test]
    #[should_panic(expected = "not sorted")]
    fn an_unsorted_list_is_refused() {
        WordList::new("b\na");
    }
}
