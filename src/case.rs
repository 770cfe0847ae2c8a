//! One lower-casing for the whole crate, for the size of the wasm.
//!
//! `char::to_lowercase` carries the whole Unicode case table: 1,462 pairs,
//! 11.7 KB of the wasm (4.3 KB gzipped) and 3.9 KB of code to search it,
//! for a crate whose look-ups are all in Latin-script languages. [`lower`]
//! knows the scripts a news page's names and words are written in (Latin
//! with its European and Vietnamese letters, Greek, Cyrillic, Armenian and
//! fullwidth Latin) in a table of 32 ranges, and leaves every other
//! character as it is: a letter of another cased script (Georgian,
//! Cherokee, polytonic Greek, the rare African and phonetic letters of
//! Latin Extended-B) is compared as written. Inside those scripts it agrees
//! with `char::to_lowercase` (a test checks every character), except that
//! "İ" lowers to a plain "i", one character for one.

/// `first..=last` lowers by adding `delta`; with `alternate`, only every
/// other character from `first` on does (the capital-small pairs of Latin
/// Extended-A and the like), the ones between being small already.
struct Range {
    first: u32,
    last: u32,
    delta: i32,
    alternate: bool,
}

const fn run(first: u32, last: u32, delta: i32) -> Range {
    Range {
        first,
        last,
        delta,
        alternate: false,
    }
}

const fn pairs(first: u32, last: u32) -> Range {
    Range {
        first,
        last,
        delta: 1,
        alternate: true,
    }
}

/// The capitals [`lower`] knows, sorted.
const RANGES: &[Range] = &[
    run(0x41, 0x5A, 32),        // A-Z
    run(0xC0, 0xD6, 32),        // À-Ö
    run(0xD8, 0xDE, 32),        // Ø-Þ
    pairs(0x100, 0x12E),        // Ā-Į
    run(0x130, 0x130, -199),    // İ → i
    pairs(0x132, 0x136),        // Ĳ-Ķ
    pairs(0x139, 0x147),        // Ĺ-Ň
    pairs(0x14A, 0x176),        // Ŋ-Ŷ
    run(0x178, 0x178, -121),    // Ÿ
    pairs(0x179, 0x17D),        // Ź-Ž
    pairs(0x1CD, 0x1DB),        // Ǎ-Ǜ
    pairs(0x1DE, 0x1EE),        // Ǟ-Ǯ
    pairs(0x1F8, 0x21E),        // Ǹ-Ȟ (Romanian Ș, Ț)
    pairs(0x222, 0x232),        // Ȣ-Ȳ
    run(0x386, 0x386, 38),      // Ά
    run(0x388, 0x38A, 37),      // Έ-Ί
    run(0x38C, 0x38C, 64),      // Ό
    run(0x38E, 0x38F, 63),      // Ύ-Ώ
    run(0x391, 0x3A1, 32),      // Α-Ρ
    run(0x3A3, 0x3AB, 32),      // Σ-Ϋ
    run(0x400, 0x40F, 80),      // Ѐ-Џ
    run(0x410, 0x42F, 32),      // А-Я
    pairs(0x460, 0x480),        // Ѡ-Ҁ
    pairs(0x48A, 0x4BE),        // Ҋ-Ҿ
    run(0x4C0, 0x4C0, 15),      // Ӏ
    pairs(0x4C1, 0x4CD),        // Ӂ-Ӎ
    pairs(0x4D0, 0x52E),        // Ӑ-Ԯ
    run(0x531, 0x556, 48),      // Ա-Ֆ
    pairs(0x1E00, 0x1E94),      // Ḁ-Ẕ
    run(0x1E9E, 0x1E9E, -7615), // ẞ → ß
    pairs(0x1EA0, 0x1EFE),      // Ạ-Ỿ (Vietnamese)
    run(0xFF21, 0xFF3A, 32),    // Ａ-Ｚ
];

/// `c` in lower case, where [`RANGES`] knows its script; else `c`.
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let code = c as u32;
    let Some(range) = RANGES.iter().find(|r| r.last >= code) else {
        return c;
    };
    if code < range.first || (range.alternate && (code - range.first) % 2 == 1) {
        return c;
    }
    char::from_u32(code.wrapping_add_signed(range.delta)).unwrap_or(c)
}

/// `s` lower-cased by [`lower`].
pub fn lower_str(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks whose capitals [`lower`] must all know.
    const SCRIPTS: &[(u32, u32)] = &[
        (0x0000, 0x017F), // ASCII, Latin-1, Latin Extended-A
        (0x0386, 0x03AB), // Greek capitals
        (0x0400, 0x052F), // Cyrillic and its supplement
        (0x0531, 0x0556), // Armenian capitals
        (0x1E00, 0x1EFF), // Latin Extended Additional
        (0xFF21, 0xFF3A), // fullwidth Latin capitals
    ];

    #[test]
    fn agrees_with_the_standard_library_in_its_scripts_and_changes_nothing_else() {
        let mut known = 0;
        for code in 0..=0x10FFFF_u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let standard = c.to_lowercase().next().unwrap();
            let ours = lower(c);
            if SCRIPTS.iter().any(|&(a, b)| (a..=b).contains(&code)) {
                assert_eq!(ours, standard, "{c:?} (U+{code:04X})");
                known += usize::from(ours != c);
            } else {
                // Elsewhere a capital may stay one, but nothing else moves.
                assert!(
                    ours == c || ours == standard,
                    "{c:?} (U+{code:04X}) → {ours:?}"
                );
            }
        }
        assert!(known > 450, "only {known} capitals known");
    }

    #[test]
    fn ranges_are_sorted_and_pairs_start_on_a_capital() {
        for w in RANGES.windows(2) {
            assert!(w[0].last < w[1].first, "U+{:04X}", w[1].first);
        }
        for r in RANGES {
            assert!(r.first <= r.last);
            let c = char::from_u32(r.first).unwrap();
            assert!(c.is_uppercase(), "U+{:04X}", r.first);
        }
    }

    #[test]
    fn lowers_names_as_written_in_the_news() {
        assert_eq!(lower_str("ÉLYSÉE Straße"), "élysée straße");
        assert_eq!(lower_str("Łukasz Śliwiński"), "łukasz śliwiński");
        assert_eq!(lower_str("ȘTEFAN Nguyễn ĐỨC"), "ștefan nguyễn đức");
        assert_eq!(lower_str("ΑΘΗΝΑ Москва"), "αθηνα москва");
        assert_eq!(lower_str("İstanbul"), "istanbul");
        assert_eq!(lower_str("東京 ok"), "東京 ok");
    }
}
