//! Punctuation a site's own software spelled twice over.
//!
//! Some sites store UTF-8 text that was once decoded as Latin-1 or
//! Windows-1252 and encoded again, so that a reader of the page sees "Iâm"
//! (the C1 controls behind the "â" are invisible) or "Iâ€™m" where the
//! writer typed "I’m". About one page in fifty of the WCXB corpus has it,
//! mostly in the story's apostrophes, dashes and quotation marks: the
//! speech analysis would read "New Yorkâ" as a name and miss every quote
//! opened by a "â€œ". [`read_back`] reads such a sequence back as the one
//! character it spells.
//!
//! A sequence is read back only when one of its trailing characters is a
//! C1 control (U+0080–U+009F, never text) or Windows-1252's character for
//! one of those bytes ("€", "™", "“" …), or when it is "Â" or "Ã" before a
//! sign ("Â\u{a0}", "Ã©"), which no language writes: other Latin-1 text
//! such as "É°" is left as it is.

/// Windows-1252's characters for the bytes 0x80–0x9F, in order, with 0
/// where the code page has none (browsers show the C1 control there).
const WINDOWS_1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // € ‚ ƒ „ … † ‡
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, // ˆ ‰ Š ‹ Œ Ž
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // ‘ ’ “ ” • – —
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178, // ˜ ™ š › œ ž Ÿ
];

/// The byte a character stands for as a UTF-8 continuation byte misread
/// as Latin-1 or Windows-1252, and whether that byte is one no text holds
/// as a character of its own (0x80–0x9F).
fn continuation_byte(c: char) -> Option<(u32, bool)> {
    match c as u32 {
        b @ 0x80..=0x9f => Some((b, true)),
        b @ 0xa0..=0xbf => Some((b, false)),
        0 => None,
        code => {
            let i = WINDOWS_1252_HIGH
                .iter()
                .position(|&w| u32::from(w) == code)?;
            Some((0x80 + i as u32, true))
        }
    }
}

/// The character that `lead` and the characters after it in `after` spell
/// when they are a double-encoded UTF-8 sequence, and how many of those
/// after it the sequence took: `after` is then moved past them, and left as
/// it was otherwise.
pub fn read_back(lead: char, after: &mut std::str::Chars) -> Option<(char, usize)> {
    // The lead byte's payload, how many continuation bytes follow, and the
    // least code point that length may spell (a longer spelling is no UTF-8).
    let (mut code, trailing, least) = match lead as u32 {
        b @ 0xc2..=0xdf => (b & 0x1f, 1, 0x80),
        b @ 0xe0..=0xef => (b & 0x0f, 2, 0x800),
        b @ 0xf0..=0xf4 => (b & 0x07, 3, 0x10000),
        _ => return None,
    };
    // "Â" and "Ã" before a sign of Latin-1's upper half are a no-break
    // space, "©", "é" … spelled twice: no language writes them so.
    let mut telling = matches!(lead, 'Â' | 'Ã');
    let mut rest = after.clone();
    for _ in 0..trailing {
        let (byte, control) = continuation_byte(rest.next()?)?;
        telling |= control;
        code = code << 6 | (byte & 0x3f);
    }
    let decoded = char::from_u32(code).filter(|_| telling && code >= least)?;
    *after = rest;
    Some((decoded, trailing))
}

/// `text` with every double-encoded sequence read back.
pub fn repair(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| matches!(c as u32, 0xc2..=0xf4)) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(read_back(c, &mut chars).map_or(c, |(c, _)| c));
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_text_decoded_as_latin_1_or_windows_1252() {
        // The bytes of "’" (E2 80 99) read as Latin-1: "â" and two C1 controls.
        assert_eq!(repair("Here\u{e2}\u{80}\u{99}s a look"), "Here’s a look");
        assert_eq!(repair("entities\u{e2}\u{80}\u{94}like"), "entities—like");
        // The same bytes read as Windows-1252.
        assert_eq!(repair("I\u{e2}€™m"), "I’m");
        assert_eq!(
            repair("\u{e2}€œQuoted,\u{e2}€\u{9d} he said"),
            "“Quoted,” he said"
        );
        // Two bytes: "é" (C3 A9) is "Ã©", a no-break space (C2 A0) "Â" and
        // one.
        assert_eq!(repair("caf\u{c3}\u{a9}\u{c2}\u{a0}"), "café\u{a0}");
        assert_eq!(repair("\u{c2}\u{a9} 2024"), "© 2024");
        // "…" (E2 80 A6) has a C1 control among its bytes.
        assert_eq!(repair("and so\u{e2}\u{80}\u{a6}"), "and so…");
    }

    #[test]
    fn leaves_latin_text_and_broken_sequences() {
        for text in [
            "Zürich, SÃO PAULO, Ærøskøbing, É°, Ð¿",
            "â alone, â€ cut short",
            "ð\u{9f}",
            "",
        ] {
            assert_eq!(repair(text), text);
        }
        let mut after = "\u{80}".chars();
        assert_eq!(read_back('a', &mut after), None);
        assert_eq!(after.as_str(), "\u{80}");
    }
}
