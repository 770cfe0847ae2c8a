//! Substring search over bytes, and slicing that cannot panic.
//!
//! The standard library's `str::find`, `contains`, `split` and `split_once`
//! with a `&str` pattern share its two-way searcher, about 2 KB of the
//! wasm, which pays off for long needles in long haystacks. The crate only
//! looks for short needles (a URL's "://", a word in a class name, a title's
//! separator) in short strings, where a plain scan of byte windows is as
//! good, so the wasm carries no searcher. A match of a whole UTF-8 needle
//! in UTF-8 text always starts and ends on character boundaries.

/// `s[range]`, or "" when the range does not fall on character boundaries
/// inside `s`. Every offset the crate slices at comes from the same text,
/// so the two agree; but `s[range]` keeps the standard library's message
/// for a bad boundary (`slice_error_fail`, with `char`'s `Debug`: 1.7 KB of
/// the gzipped wasm) and would panic, which in the page is an exception
/// thrown from the content script.
pub fn part<R: std::slice::SliceIndex<str, Output = str>>(s: &str, range: R) -> &str {
    s.get(range).unwrap_or("")
}

/// The byte offset of the first `needle` in `hay`.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    let Some(first) = needle.first() else {
        return Some(0);
    };
    // The first byte before the whole window: most windows fail on it, and
    // a window's comparison is a call.
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.first() == Some(first) && w == needle)
}

/// Whether `needle` occurs in `hay`.
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `hay` before and after the first `needle`, as `str::split_once`.
pub fn split_once<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let i = find(hay, needle)?;
    Some((part(hay, ..i), part(hay, i + needle.len()..)))
}

/// The parts of `hay` between `needle`s, as `str::split` (a non-empty
/// needle).
pub fn split<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = &'a str> {
    let mut rest = Some(hay);
    std::iter::from_fn(move || {
        let r = rest?;
        match split_once(r, needle) {
            Some((part, after)) => {
                rest = Some(after);
                Some(part)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// `hay` before and after the last `sep`, as `str::rsplit_once` with an
/// ASCII char: a scan back over bytes, where the standard library's reverse
/// char searcher (with its `memrchr`) is 560 bytes of the wasm.
pub fn rsplit_once(hay: &str, sep: u8) -> Option<(&str, &str)> {
    debug_assert!(sep.is_ascii());
    let i = hay.bytes().rposition(|b| b == sep)?;
    Some((part(hay, ..i), part(hay, i + 1..)))
}

/// What follows the last `sep` in `hay`, or all of `hay` without one, as
/// `hay.rsplit(sep).next()`.
pub fn after_last(hay: &str, sep: u8) -> &str {
    rsplit_once(hay, sep).map_or(hay, |(_, after)| after)
}

/// The runs of ASCII digits in `s` and the empty parts between them, as
/// `s.split(|c: char| !c.is_ascii_digit())`; and [`alphanumeric_runs`],
/// the same for letters and digits of any script. One function each, so
/// that the standard library's split is compiled once for each test, not
/// once for each closure that writes it.
pub fn digit_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_digit())
}

/// See [`digit_runs`].
pub fn alphanumeric_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
}

/// Whether `s` starts with an ASCII digit.
pub fn starts_with_digit(s: &str) -> bool {
    s.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// How many characters `s` holds, as `s.chars().count()`: a count of the
/// bytes that start one. The standard library's counter is unrolled for
/// long strings (800 bytes of the wasm); the crate counts words and labels.
pub fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| b & 0xC0 != 0x80).count()
}

/// The value of `s` when it is one to four ASCII digits, as
/// `s.parse::<u16>()` would read it without its sign: the crate reads days,
/// months and years. One loop, where the standard library's parser is
/// generic over integer types and radixes (instantiated for each type the
/// crate parses: 180 bytes of the gzipped wasm).
pub fn small_number(s: &str) -> Option<u16> {
    if s.is_empty() || s.len() > 4 {
        return None;
    }
    s.bytes().try_fold(0, |n: u16, b| {
        b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0'))
    })
}

/// `s` with each `from` written as `to`, as `s.replace(from, to)`: one
/// pass over its chars, where the standard library's `replace` searches
/// with a generic pattern (both chars here: curly apostrophes made straight,
/// dots taken out).
pub fn replace_char(s: &str, from: char, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == from {
            out.push_str(to);
        } else {
            out.push(c);
        }
    }
    out
}

/// `parts` with `sep` between them, as `[&str]::join` (and with "" as
/// `concat`): the standard library's generic copier behind both is 1 KB of
/// the wasm, a push of each part a few dozen bytes.
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        let cases = [
            ("https://example.com/a", "://"),
            ("Council approves budget – City News – Home", " – "),
            ("a | b | | c", " | "),
            ("naïve café", "é"),
            ("no separator here", " | "),
            ("", "x"),
            ("ends with sep | ", " | "),
            ("aaa", "aa"),
            ("Jane’s U.S.-based café", "’"),
            ("2024-05-12 story 7 of 10", "-"),
        ];
        for (hay, needle) in cases {
            assert_eq!(find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
            assert_eq!(contains(hay, needle), hay.contains(needle));
            assert_eq!(char_count(hay), hay.chars().count(), "{hay:?}");
            for c in ['é', '|', 'x', '’'] {
                assert_eq!(replace_char(hay, c, "'"), hay.replace(c, "'"));
                assert_eq!(replace_char(hay, c, ""), hay.replace(c, ""));
            }
            assert!(digit_runs(hay).eq(hay.split(|c: char| !c.is_ascii_digit())));
            assert!(alphanumeric_runs(hay).eq(hay.split(|c: char| !c.is_alphanumeric())));
            assert_eq!(
                starts_with_digit(hay),
                hay.starts_with(|c: char| c.is_ascii_digit())
            );
            for sep in [b'|', b' ', b'-', b'.', b'x'] {
                let c = char::from(sep);
                assert_eq!(rsplit_once(hay, sep), hay.rsplit_once(c), "{hay:?} {c:?}");
                assert_eq!(Some(after_last(hay, sep)), hay.rsplit(c).next());
            }
            assert_eq!(split_once(hay, needle), hay.split_once(needle));
            let parts: Vec<&str> = hay.split(' ').collect();
            assert_eq!(join(&parts, needle), parts.join(needle));
            assert_eq!(join(&parts, ""), parts.concat());
            assert_eq!(join(&[hay], needle), hay);
            assert_eq!(
                split(hay, needle).collect::<Vec<_>>(),
                hay.split(needle).collect::<Vec<_>>(),
                "{hay:?} {needle:?}"
            );
        }
        assert_eq!(find("abc", ""), Some(0));
    }

    #[test]
    fn small_numbers_read_as_the_standard_parser_reads_them() {
        for s in ["0", "7", "07", "12", "31", "1990", "2039", "9999"] {
            assert_eq!(small_number(s), s.parse().ok(), "{s:?}");
        }
        // A sign, a space, a letter, nothing or five digits: no number.
        for s in ["+5", "-1", " 5", "5a", "", "12345", "١٢"] {
            assert_eq!(small_number(s), None, "{s:?}");
        }
    }

    #[test]
    fn part_slices_or_gives_nothing() {
        let s = "naïve café";
        assert_eq!(part(s, 0..2), "na");
        assert_eq!(part(s, 2..4), "ï");
        assert_eq!(part(s, 7..), "café");
        assert_eq!(part(s, ..5), "naïv");
        // Inside "ï", or past the end: nothing, where `s[a..b]` panics.
        assert_eq!(part(s, 3..5), "");
        assert_eq!(part(s, 4..40), "");
        let (from, to) = (5, 4);
        assert_eq!(part(s, from..to), "");
    }
}
