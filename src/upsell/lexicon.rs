//! The upsell lexicons (see `lexicon/README.md` for the file format): call-to-
//! action phrases matched word by word on visible text, and markup tokens
//! matched on class, id and attribute values.
//!
//! Both are parsed once, on first use, from files compiled into the binary.
//! Matching is a hash look-up per word, so scanning a page is linear in its
//! text whatever the size of the lexicon.

use super::Kind;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The call-to-action files, one per language.
const CTA_FILES: &[(&str, &str)] = &[
    ("cta-en.txt", include_str!("lexicon/cta-en.txt")),
    ("cta-de.txt", include_str!("lexicon/cta-de.txt")),
    ("cta-fr.txt", include_str!("lexicon/cta-fr.txt")),
    ("cta-es.txt", include_str!("lexicon/cta-es.txt")),
];

const MARKUP_FILE: &str = include_str!("lexicon/markup.txt");

/// What a markup token says about its element.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Mark {
    /// Evidence of a promo of this kind.
    Promo(Kind, f32),
    /// A modal layer (`modal`, `overlay`, `lightbox`).
    Modal,
    /// A fixed or sticky bar (`sticky`, `fixed`, `slidein`).
    Sticky,
    /// Page structure that is not a promo (`nav`, `menu`, `comments`).
    Structure,
}

/// One call-to-action phrase.
#[derive(Debug)]
pub(crate) struct Phrase {
    words: Vec<&'static str>,
    /// The last word matches any word it starts (`subscri*`).
    prefix: bool,
    pub weight: f32,
    pub kind: Kind,
}

impl Phrase {
    fn matches_at(&self, words: &[&str]) -> bool {
        words.len() >= self.words.len()
            && self.words.iter().zip(words).enumerate().all(|(i, (p, w))| {
                if self.prefix && i + 1 == self.words.len() {
                    w.starts_with(p)
                } else {
                    p == w
                }
            })
    }
}

/// A word-indexed set of phrases or tokens.
#[derive(Debug, Default)]
struct Index {
    /// Entries by their exact first word.
    exact: HashMap<&'static str, Vec<usize>>,
    /// Entries whose first word is a prefix, by the prefix's first byte.
    prefixed: Vec<(u8, usize)>,
}

impl Index {
    fn add(&mut self, first: &'static str, prefix: bool, entry: usize) {
        if prefix {
            self.prefixed
                .push((first.as_bytes().first().copied().unwrap_or(0), entry));
        } else {
            self.exact.entry(first).or_default().push(entry);
        }
    }

    /// Entries that may start at `word`.
    fn candidates<'a>(&'a self, word: &'a str) -> impl Iterator<Item = usize> + 'a {
        let first = word.as_bytes().first().copied().unwrap_or(0);
        self.exact.get(word).into_iter().flatten().copied().chain(
            self.prefixed
                .iter()
                .filter(move |(b, _)| *b == first)
                .map(|&(_, e)| e),
        )
    }
}

/// The call-to-action phrases of all languages.
#[derive(Debug, Default)]
pub(crate) struct Phrases {
    phrases: Vec<Phrase>,
    index: Index,
}

/// The markup tokens.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    marks: Vec<(&'static str, bool, Mark)>,
    index: Index,
}

/// Splits a lexicon line into weight, kind letter and the rest.
fn fields(line: &'static str) -> Option<(f32, &'static str, &'static str)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let mut parts = line.splitn(3, ' ');
    let weight = decimal(parts.next()?)?;
    Some((weight, parts.next()?, parts.next()?.trim()))
}

/// A weight written `3` or `2.5`. Parsed by hand: `str::parse::<f32>` would
/// bring the float parser and its 10 KB power-of-five table into the wasm.
fn decimal(text: &str) -> Option<f32> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let whole: u32 = int.parse().ok()?;
    if frac.is_empty() {
        return Some(whole as f32);
    }
    let digits: u32 = frac.parse().ok()?;
    Some(whole as f32 + digits as f32 / 10f32.powi(frac.len() as i32))
}

fn kind(letter: &str) -> Option<Kind> {
    Some(match letter {
        "s" => Kind::Subscription,
        "n" => Kind::Newsletter,
        "m" => Kind::Membership,
        "p" => Kind::Premium,
        _ => return None,
    })
}

impl Phrases {
    pub fn get() -> &'static Phrases {
        static PHRASES: OnceLock<Phrases> = OnceLock::new();
        PHRASES.get_or_init(|| {
            let mut out = Phrases::default();
            for (file, text) in CTA_FILES {
                for (n, line) in text.lines().enumerate() {
                    let Some((weight, k, phrase)) = fields(line) else {
                        // A malformed line is a bug in a file we ship: say
                        // where in debug builds, skip it in release.
                        debug_assert!(
                            line.trim().is_empty() || line.starts_with('#'),
                            "{file}:{}: bad line",
                            n + 1
                        );
                        continue;
                    };
                    let (Some(kind), Some(stem)) = (kind(k), Some(phrase)) else {
                        debug_assert!(false, "{file}:{}: bad kind {k}", n + 1);
                        continue;
                    };
                    let prefix = stem.ends_with('*');
                    let words: Vec<&'static str> = words(stem.trim_end_matches('*')).collect();
                    let Some(&first) = words.first() else {
                        continue;
                    };
                    let entry = out.phrases.len();
                    out.index.add(first, prefix && words.len() == 1, entry);
                    out.phrases.push(Phrase {
                        words,
                        prefix,
                        weight,
                        kind,
                    });
                }
            }
            out
        })
    }

    /// Calls `hit` with each phrase found in `words` (lower-cased words of
    /// one text) and the words it matched, longest match first at each
    /// position, never overlapping.
    pub fn scan<'w>(
        &'static self,
        words: &[&'w str],
        mut hit: impl FnMut(&'static Phrase, &[&'w str]),
    ) {
        let mut i = 0;
        while i < words.len() {
            let best = self
                .index
                .candidates(words[i])
                .map(|e| &self.phrases[e])
                .filter(|p| p.matches_at(&words[i..]))
                .max_by(|a, b| {
                    (a.words.len(), a.weight)
                        .partial_cmp(&(b.words.len(), b.weight))
                        .unwrap_or(std::cmp::Ordering::Equal)
                });
            match best {
                Some(p) => {
                    hit(p, &words[i..i + p.words.len()]);
                    i += p.words.len();
                }
                None => i += 1,
            }
        }
    }
}

impl Tokens {
    pub fn get() -> &'static Tokens {
        static TOKENS: OnceLock<Tokens> = OnceLock::new();
        TOKENS.get_or_init(|| {
            let mut out = Tokens::default();
            for (n, line) in MARKUP_FILE.lines().enumerate() {
                let Some((weight, k, token)) = fields(line) else {
                    continue;
                };
                let mark = match k {
                    "o" => Mark::Modal,
                    "f" => Mark::Sticky,
                    "x" => Mark::Structure,
                    k => match kind(k) {
                        Some(kind) => Mark::Promo(kind, weight),
                        None => {
                            debug_assert!(false, "markup.txt:{}: bad kind {k}", n + 1);
                            continue;
                        }
                    },
                };
                let prefix = token.ends_with('*');
                let token = token.trim_end_matches('*');
                let entry = out.marks.len();
                out.index.add(token, prefix, entry);
                out.marks.push((token, prefix, mark));
            }
            out
        })
    }

    /// What one lower-case token says, if anything (the strongest entry).
    pub fn mark(&self, token: &str) -> Option<Mark> {
        self.index
            .candidates(token)
            .map(|e| self.marks[e])
            .filter(|&(t, prefix, _)| {
                if prefix {
                    token.starts_with(t)
                } else {
                    token == t
                }
            })
            .map(|(_, _, m)| m)
            .max_by(|a, b| rank(a).total_cmp(&rank(b)))
    }
}

/// Promo evidence outranks the overlay and structure markers.
fn rank(m: &Mark) -> f32 {
    match m {
        Mark::Promo(_, w) => 10.0 + w,
        Mark::Modal | Mark::Sticky => 1.0,
        Mark::Structure => 0.0,
    }
}

/// The words of lower-cased text: runs of letters and digits, and the
/// signs `$ € £ /` on their own.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(|c: char| c.is_alphanumeric() || is_sign(c))?;
        rest = &rest[start..];
        let first = rest.chars().next()?;
        let len = if is_sign(first) {
            first.len_utf8()
        } else {
            rest.find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len())
        };
        let (word, tail) = rest.split_at(len);
        rest = tail;
        Some(word)
    })
}

/// Signs that are words of their own: currencies and the `/` of "$5/month".
pub(crate) fn is_sign(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '/')
}

/// The tokens of a class, id or attribute value: split at anything not a
/// letter or digit and where a lower-case letter meets an upper-case one
/// (`newsletterSignup`), lower-cased.
pub(crate) fn markup_tokens(value: &str, mut token: impl FnMut(&str)) {
    let mut buf = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        let boundary = !c.is_alphanumeric() || (prev_lower && c.is_uppercase());
        if boundary && !buf.is_empty() {
            token(&buf);
            buf.clear();
        }
        if c.is_alphanumeric() {
            buf.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    if !buf.is_empty() {
        token(&buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_parse_without_the_float_parser() {
        assert_eq!(decimal("3"), Some(3.0));
        assert_eq!(decimal("2.5"), Some(2.5));
        assert_eq!(decimal("0.25"), Some(0.25));
        assert_eq!(decimal("x"), None);
        assert_eq!(decimal("1.x"), None);
    }

    fn found(text: &str) -> Vec<String> {
        let lower = text.to_lowercase();
        let w: Vec<&str> = words(&lower).collect();
        let mut out = Vec::new();
        Phrases::get().scan(&w, |_, m| out.push(m.join(" ")));
        out
    }

    #[test]
    fn words_split_like_the_lexicon() {
        let w: Vec<&str> = words("abonnez-vous: $25.00/month, l’infolettre").collect();
        assert_eq!(
            w,
            [
                "abonnez",
                "vous",
                "$",
                "25",
                "00",
                "/",
                "month",
                "l",
                "infolettre"
            ]
        );
    }

    #[test]
    fn phrases_match_longest_first_in_four_languages() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Sign up for our newsletter today",
                &["sign up for our newsletter", "today"],
            ),
            (
                "Already a subscriber? Sign in",
                &["already a subscriber", "sign in"],
            ),
            (
                "Subscriptions and subscribers",
                &["subscriptions", "subscribers"],
            ),
            ("Unsubscribe here", &["unsubscribe"]),
            ("Jetzt abonnieren und weiterlesen", &["jetzt abonnieren"]),
            (
                "Abonnez-vous à la newsletter",
                &["abonnez vous", "newsletter"],
            ),
            (
                "Suscríbete a nuestro boletín",
                &["suscríbete a nuestro boletín"],
            ),
            ("The minister said on Monday", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    #[test]
    fn every_lexicon_line_parses() {
        for (file, text) in CTA_FILES.iter().chain([&("markup.txt", MARKUP_FILE)]) {
            for (n, line) in text.lines().enumerate() {
                let t = line.trim();
                if t.is_empty() || t.starts_with('#') {
                    continue;
                }
                let (_, k, rest) = fields(line).unwrap_or_else(|| panic!("{file}:{}", n + 1));
                assert!(
                    kind(k).is_some() || (*file == "markup.txt" && "ofx".contains(k)),
                    "{file}:{}: kind {k}",
                    n + 1
                );
                assert!(!rest.is_empty(), "{file}:{}", n + 1);
                if *file == "markup.txt" {
                    assert!(!rest.contains(' '), "{file}:{}: one token", n + 1);
                }
            }
        }
    }

    #[test]
    fn markup_tokens_split_case_and_punctuation() {
        let mut out = Vec::new();
        markup_tokens("c-newsletterSignup tp-modal AB2Box", |t| {
            out.push(t.to_string())
        });
        assert_eq!(
            out,
            ["c", "newsletter", "signup", "tp", "modal", "ab2", "box"]
        );
        let t = Tokens::get();
        assert!(matches!(
            t.mark("newsletters"),
            Some(Mark::Promo(Kind::Newsletter, _))
        ));
        assert_eq!(t.mark("modal"), Some(Mark::Modal));
        assert_eq!(t.mark("sticky"), Some(Mark::Sticky));
        assert_eq!(t.mark("navigation"), Some(Mark::Structure));
        assert_eq!(t.mark("article"), None);
    }
}
