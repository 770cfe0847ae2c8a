//! Words and punctuation with their char offsets.
//!
//! A word keeps its inner hyphens, apostrophes and dots ("al-Assad",
//! "don’t", "Clinton’s", "U.S"), so names and abbreviations stay whole; the
//! final dot of an abbreviation is a token of its own, and the sentence
//! splitter decides what it means.

use crate::substr::part;
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters, possibly with digits and inner joiners.
    Word,
    /// Digits, possibly with inner dots and commas ("3.6", "50,000").
    Number,
    /// Any other single char that is not whitespace.
    Punct,
}

#[derive(Clone, Debug)]
pub struct Token {
    /// `[start, end)` in chars.
    pub start: usize,
    pub end: usize,
    /// `[from, to)` in bytes, to slice the text; `u32` keeps the token
    /// small (texts over 4 GB are not articles).
    from: u32,
    to: u32,
    pub kind: Kind,
    /// Whitespace before the token.
    pub space: bool,
    /// A line break before the token: a new paragraph.
    pub newline: bool,
    /// A word starting with a capital (see [`Tokens::is_cap`]).
    cap: bool,
    /// Where the lowercase form is in [`Tokens`]' buffer, for tokens with
    /// capitals; `(0, 0)` for tokens already in lowercase.
    lowered: (u32, u32),
    /// The char of a punctuation token; a doubled apostrophe or backtick
    /// reads as `"`. NUL for words and numbers.
    ch: char,
}

impl Token {
    /// The byte offset where the token starts.
    pub fn from(&self) -> usize {
        self.from as usize
    }

    /// The byte offset just past the token.
    pub fn to(&self) -> usize {
        self.to as usize
    }
}

/// A text cut into tokens, with lowercase forms for lexicon look-ups.
pub struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    /// Lowercase forms of the tokens that have capitals, one after the
    /// other; each token knows its range here (see [`Token::lowered`]).
    lowered: String,
}

/// A capitalised word: "Assad", and "al-Assad" or "d’Estaing" through
/// their particle.
fn starts_with_capital(s: &str) -> bool {
    match s.chars().next() {
        Some(c) if c.is_uppercase() => true,
        Some(_) => s.split_once(['-', '\'', '’']).is_some_and(|(p, rest)| {
            p.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
        }),
        None => false,
    }
}

/// Chars that join two parts of one word.
fn joins(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&' | '‑')
}

/// The top-level domains after which a dot inside a long word is a site's
/// name, not a missing space ("Salon.com", "GarageGymReviews.com",
/// "Politico.eu"; "end.Next" stays two words). The commonest in news and
/// on the web, lowercase as sites are written.
const DOMAINS: &[&str] = &["com", "org", "net", "gov", "edu", "io", "co", "uk", "eu"];

/// Whether a word is a site's name ("Salon.com"): a dot at its end after
/// it ends a sentence, as after any word, not an abbreviation.
pub(super) fn is_site_name(word: &str) -> bool {
    let last_dot = word.bytes().rposition(|b| b == b'.');
    last_dot.is_some_and(|d| opens_with_domain(crate::substr::part(word, d + 1..)))
}

/// Whether `rest`, the text after a dot, opens with one of [`DOMAINS`]
/// that ends there.
fn opens_with_domain(rest: &str) -> bool {
    DOMAINS.iter().any(|d| {
        rest.starts_with(d)
            && !crate::substr::part(rest, d.len()..)
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut toks = Vec::with_capacity(text.len() / 5);
        let mut it = text.char_indices().peekable();
        let (mut chars, mut space, mut newline) = (0usize, false, false);
        while let Some((from, c)) = it.next() {
            let start = chars;
            chars += 1;
            if c.is_whitespace() {
                space = true;
                newline |= c == '\n' || c == '\u{2029}';
                continue;
            }
            let kind = if c.is_alphanumeric() {
                let mut alpha = c.is_alphabetic();
                // Letters since the last joiner: dots join only short parts
                // ("U.S", "a.m", "3.6"), not "end.Next".
                let mut part = 1usize;
                loop {
                    match it.peek() {
                        Some(&(_, n)) if n.is_alphanumeric() => {
                            alpha |= n.is_alphabetic();
                            part += 1;
                            it.next();
                            chars += 1;
                        }
                        Some(&(b, j)) if joins(j) => {
                            let rest = crate::substr::part(text, b + j.len_utf8()..);
                            let next = rest.chars().next();
                            let ok = next.is_some_and(char::is_alphanumeric)
                                && (j != '.' || part <= 2 || !alpha || opens_with_domain(rest));
                            if !ok {
                                break;
                            }
                            it.next();
                            chars += 1;
                            part = 0;
                        }
                        Some(&(b, ',')) if !alpha => {
                            // Thousands separators: "50,000".
                            let rest = crate::substr::part(text, b + 1..);
                            if rest.len() >= 3
                                && rest.as_bytes()[..3].iter().all(u8::is_ascii_digit)
                            {
                                it.next();
                                chars += 1;
                            } else {
                                break;
                            }
                        }
                        _ => break,
                    }
                }
                if alpha {
                    Kind::Word
                } else {
                    Kind::Number
                }
            } else {
                // Two apostrophes or backticks stand for a double mark
                // (''so'', ``so''): one token.
                if matches!(c, '\'' | '`') && it.peek().is_some_and(|&(_, n)| n == c) {
                    it.next();
                    chars += 1;
                }
                Kind::Punct
            };
            let to = it.peek().map_or(text.len(), |&(b, _)| b);
            let written = part(text, from..to);
            let ch = match kind {
                Kind::Punct if to - from == 2 && matches!(c, '\'' | '`') => '"',
                Kind::Punct => c,
                _ => '\0',
            };
            toks.push(Token {
                start,
                end: chars,
                // Offsets past 4 GB saturate; no article comes near.
                from: u32::try_from(from).unwrap_or(u32::MAX),
                to: u32::try_from(to).unwrap_or(u32::MAX),
                kind,
                space,
                newline,
                cap: kind == Kind::Word && starts_with_capital(written),
                lowered: (0, 0),
                ch,
            });
            space = false;
            newline = false;
        }
        let mut lowered = String::new();
        for t in &mut toks {
            let s = part(text, t.from()..t.to());
            if s.chars().any(char::is_uppercase) {
                let at = lowered.len();
                lowered.extend(s.chars().map(crate::case::lower));
                t.lowered = (at as u32, lowered.len() as u32);
            }
        }
        Tokens {
            text,
            toks,
            lowered,
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token as written.
    pub fn s(&self, i: usize) -> &'a str {
        part(self.text, self.toks[i].from()..self.toks[i].to())
    }

    /// The token in lowercase.
    pub fn low(&self, i: usize) -> &str {
        match self.toks[i].lowered {
            (0, 0) => self.s(i),
            (a, b) => part(&self.lowered, a as usize..b as usize),
        }
    }

    /// The word at `i` in lowercase, if there is a word there.
    pub fn low_at(&self, i: usize) -> Option<&str> {
        self.is_word(i).then(|| self.low(i))
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// A word whose first letter is a capital ("Assad", "al-Assad" counts
    /// through its particle).
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.cap)
    }

    /// The char of a punctuation token.
    pub fn punct(&self, i: usize) -> Option<char> {
        self.toks
            .get(i)
            .filter(|t| t.kind == Kind::Punct)
            .map(|t| t.ch)
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.punct(i) == Some(c)
    }

    /// The token without a possessive ending ("Clinton’s" → "Clinton").
    pub fn without_possessive(&self, i: usize) -> (&'a str, bool) {
        let s = self.s(i);
        for end in ["’s", "'s", "’", "'"] {
            if let Some(stem) = s.strip_suffix(end) {
                if !stem.is_empty() {
                    return (stem, true);
                }
            }
        }
        (s, false)
    }

    /// Text from the start of token `a` to the end of token `b`
    /// (inclusive); empty when `b` comes before `a`.
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        if b < a {
            return "";
        }
        part(self.text, self.toks[a].from()..self.toks[b].to())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        (0..t.len()).map(|i| t.s(i)).collect()
    }

    #[test]
    fn keeps_names_abbreviations_and_numbers_whole() {
        assert_eq!(
            words("Bashar al-Assad’s U.S. trip, 3.6 million."),
            [
                "Bashar",
                "al-Assad’s",
                "U.S",
                ".",
                "trip",
                ",",
                "3.6",
                "million",
                "."
            ]
        );
        assert_eq!(words("end.Next"), ["end", ".", "Next"]);
        // A site's name is one word; a missing space before a lowercase
        // word is not one.
        assert_eq!(words("Salon.com writer"), ["Salon.com", "writer"]);
        assert_eq!(words("at Politico.eu."), ["at", "Politico.eu", "."]);
        assert_eq!(
            words("the end.come back"),
            ["the", "end", ".", "come", "back"]
        );
        assert_eq!(words("50,000 readers"), ["50,000", "readers"]);
    }

    #[test]
    fn counts_chars_not_bytes() {
        let t = Tokens::new("Ça “va”");
        assert_eq!((t.toks[1].start, t.toks[1].end), (3, 4));
        assert_eq!((t.toks[2].start, t.toks[2].end), (4, 6));
        assert!(t.is_cap(0));
    }
}
