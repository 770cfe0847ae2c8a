//! Recognisers for what short texts and prose say: bylines, dates, prices,
//! phone numbers, button labels, and the words that tell who writes to whom.

use crate::detect::lexicon::{self, Kind, Kinds, ProseWord};
use crate::substr::{part, small_number};

/// What a short text (a label: button, link, caption, byline) turned out
/// to be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Label {
    /// "By Jane Doe", or "By" / "Written by" alone before a name.
    pub byline: bool,
    pub price: bool,
    pub phone: bool,
    pub date: Option<DateKind>,
    /// What the whole label hints at ("Add to cart", "Reply").
    pub hints: Kinds,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKind {
    /// "March 3, 2024", "2024-03-05".
    Absolute,
    /// "3 hours ago".
    Relative,
}

/// Reads a label; `buf` is scratch space for its normalised form.
pub fn read(text: &str, buf: &mut String) -> Label {
    lexicon::normalize_label(text, buf);
    let hints = lexicon::phrase(buf);
    // Prices, phone numbers and most dates need a digit: most labels have
    // none and skip those checks.
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    Label {
        byline: is_byline(text)
            || hints.has(Kind::Byline)
            || BYLINE_PREFIXES.contains(&buf.as_str()),
        price: digits && is_price(text),
        phone: digits && has_phone_number(text),
        date: date_kind(text, buf, digits),
        hints,
    }
}

/// Labels that stand before an author's name in its own element.
const BYLINE_PREFIXES: &[&str] = &[
    "by",
    "written by",
    "posted by",
    "author",
    "authored by",
    "words by",
    "reviewed by",
    "story by",
    "article by",
];

/// "By Jane Doe", "by JANE DOE and John Roe", "Written by …", "Author: …".
fn is_byline(text: &str) -> bool {
    let starts = |prefix: &str| {
        text.get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
    };
    let Some(rest) = ["by ", "written by ", "author:"]
        .into_iter()
        .find(|p| starts(p))
        .map(|p| part(text, p.len()..).trim_start())
    else {
        return false;
    };
    rest.chars().next().is_some_and(char::is_uppercase) && rest.split_whitespace().count() <= 8
}

/// A currency sign or code next to a number: "$12.99", "12,99 €", "USD 40".
fn is_price(text: &str) -> bool {
    const SIGNS: &[char] = &['$', '€', '£', '¥', '₹', '₩', '₽', '₺'];
    const CODES: &[&str] = &["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "INR"];
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let sign_by_number = text.char_indices().any(|(i, c)| {
        SIGNS.contains(&c)
            && (digit(part(text, i + c.len_utf8()..).trim_start().chars().next())
                || digit(part(text, ..i).trim_end().chars().next_back()))
    });
    sign_by_number
        || (CODES.iter().any(|code| crate::substr::contains(text, code))
            && text.bytes().any(|b| b.is_ascii_digit()))
}

/// Digits in a phone number, separators aside: `(408) 748-9663`,
/// `+44 20 7946 0958`, `1-800-555-0199`.
const PHONE_DIGITS: std::ops::RangeInclusive<u32> = 10..=13;

/// Whether `text` holds a phone number: a run of digits, spaces and
/// `()+-.` with [`PHONE_DIGITS`] digits and at least one separator.
pub fn has_phone_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.iter().filter(|b| b.is_ascii_digit()).count() < *PHONE_DIGITS.start() as usize {
        return false;
    }
    let (mut digits, mut separators) = (0u32, 0u32);
    let check = |digits: u32, separators: u32| PHONE_DIGITS.contains(&digits) && separators > 0;
    for &b in bytes {
        match b {
            b'0'..=b'9' => digits += 1,
            b' ' | b'-' | b'.' | b'(' | b')' | b'+' if digits > 0 || matches!(b, b'(' | b'+') => {
                separators += 1
            }
            _ => {
                if check(digits, separators) {
                    return true;
                }
                (digits, separators) = (0, 0);
            }
        }
    }
    check(digits, separators)
}

/// English month names; their first three letters stand for them too.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Dates in labels: a month name with a day or year number, ISO and
/// slashed dates, and "… ago". `label` is `text` normalised.
fn date_kind(text: &str, label: &str, digits: bool) -> Option<DateKind> {
    if label.ends_with(" ago") || label == "ago" || label.starts_with("yesterday") {
        return Some(DateKind::Relative);
    }
    if !digits {
        return None;
    }
    let numbers = || crate::substr::digit_runs(text).filter(|s| !s.is_empty());
    let year = |s: &str| s.len() == 4 && (s.starts_with("19") || s.starts_with("20"));
    let day = |s: &str| s.len() <= 2 && matches!(small_number(s), Some(1..=31));
    let month_word = label.split(' ').any(|w| {
        MONTHS
            .iter()
            .any(|m| w == *m || w == part(m, ..3) || (*m == "september" && w == "sept"))
    });
    if month_word && numbers().any(|s| year(s) || day(s)) {
        return Some(DateKind::Absolute);
    }
    // 2024-03-05, 05/03/2024, 3.5.2024
    let separators = text
        .bytes()
        .filter(|b| matches!(b, b'-' | b'/' | b'.'))
        .count();
    let numeric = numbers().count() == 3 && numbers().any(year) && separators >= 2;
    numeric.then_some(DateKind::Absolute)
}

/// Words of running prose, and those that tell who writes to whom.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Words {
    pub total: u32,
    /// "we/our/us": a business speaking.
    pub we: u32,
    /// "you/your": addressing a customer or a reader.
    pub you: u32,
    /// "I/my/me": a blogger or a poster.
    pub i: u32,
    /// "contact", "quote", "clients": selling.
    pub commerce: u32,
    /// "said", "according": reporting.
    pub reporting: u32,
    /// "however", "research": explaining.
    pub reasoning: u32,
    /// Tokens starting with a digit.
    pub numbers: u32,
}

impl Words {
    /// Counts the words of one prose text. Words split at ASCII
    /// punctuation and spaces; bytes of other scripts belong to words.
    pub fn add(&mut self, text: &str) {
        // Boundaries are ASCII bytes, so slicing at them keeps UTF-8 whole.
        let bytes = text.as_bytes();
        let word_byte = |b: u8| b >= 0x80 || b.is_ascii_alphanumeric() || b == b'\'';
        let mut start = 0;
        let words = std::iter::from_fn(|| {
            while start < bytes.len() && !word_byte(bytes[start]) {
                start += 1;
            }
            let from = start;
            while start < bytes.len() && word_byte(bytes[start]) {
                start += 1;
            }
            (from < start).then(|| part(text, from..start))
        });
        for w in words {
            self.total += 1;
            if w.as_bytes()[0].is_ascii_digit() {
                self.numbers += 1;
                continue;
            }
            let counter = match lexicon::prose_word(w) {
                Some(ProseWord::We) => &mut self.we,
                Some(ProseWord::You) => &mut self.you,
                Some(ProseWord::I) => &mut self.i,
                Some(ProseWord::Commerce) => &mut self.commerce,
                Some(ProseWord::Reporting) => &mut self.reporting,
                Some(ProseWord::Reasoning) => &mut self.reasoning,
                None => continue,
            };
            *counter += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognisers() {
        let cases: &[(&str, &str, bool)] = &[
            ("By Jane Doe", "byline", true),
            ("by the river", "byline", false),
            ("Written by", "byline", true),
            ("$12.99", "price", true),
            ("12,99 €", "price", true),
            ("Save $", "price", false),
            ("USD 40", "price", true),
            ("Call (408) 748-9663 today", "phone", true),
            ("+44 20 7946 0958", "phone", true),
            ("1-800-555-0199", "phone", true),
            ("Founded in 1998, 2,000 staff", "phone", false),
            ("ISBN 9780140449136", "phone", false),
        ];
        let mut buf = String::new();
        for &(text, what, want) in cases {
            let label = read(text, &mut buf);
            let got = match what {
                "byline" => label.byline,
                "phone" => label.phone,
                _ => label.price,
            };
            assert_eq!(got, want, "{what}: {text}");
        }
    }

    #[test]
    fn dates() {
        let mut buf = String::new();
        for (text, want) in [
            ("March 3, 2024", Some(DateKind::Absolute)),
            ("3 Mar 2024", Some(DateKind::Absolute)),
            ("Sept. 9", Some(DateKind::Absolute)),
            ("Updated on November 20, 2025", Some(DateKind::Absolute)),
            ("2024-03-05", Some(DateKind::Absolute)),
            ("05/03/2024", Some(DateKind::Absolute)),
            ("3 hours ago", Some(DateKind::Relative)),
            ("Marching band", None),
            ("May we ask", None),
            ("Mayor", None),
        ] {
            assert_eq!(read(text, &mut buf).date, want, "{text}");
        }
    }

    #[test]
    fn words() {
        let mut w = Words::default();
        w.add("We offer free quotes; contact our team. She said it’s 2024, however.");
        assert_eq!(w.total, 12);
        assert_eq!(
            (w.we, w.commerce, w.reporting, w.reasoning, w.numbers),
            (2, 4, 1, 1, 1)
        );
    }
}
