//! The lines of the word lists the crate ships, for parsing them on every
//! page load: a plain byte scan, where `str::lines` and `str::trim` set up
//! a pattern searcher and decode Unicode whitespace for each short line.

/// The lines of `text`, without their ASCII whitespace at either end.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest.bytes().position(|b| b == b'\n').unwrap_or(rest.len());
        let line = &rest[..end];
        rest = &rest[(end + 1).min(rest.len())..];
        Some(line.trim_ascii())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn splits_like_str_lines_then_trim() {
        for text in ["", "a", "a\n", "a\nb", " a \r\n\n\tb\t\n  ", "é\nü ß\n"] {
            let ours: Vec<&str> = super::lines(text).collect();
            let std: Vec<&str> = text.lines().map(str::trim).collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }
}
