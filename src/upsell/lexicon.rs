//! The upsell lexicons (see `lexicon/README.md` for the file format): call-to-
//! action phrases matched word by word on visible text, and markup tokens
//! matched on class, id and attribute values.
//!
//! Both are compiled by the build script (`src/build/`) from the text files under `lexicon/` into
//! a static byte trie each (a malformed line fails the build, naming it):
//! a page load parses and allocates nothing. Text is read a byte at a time
//! down the trie (see
//! [`Phrases::read`]): a page's words are never copied, lower-cased into a
//! buffer or hashed, and most of them leave the trie at their first or second
//! byte, so scanning a page is linear in its text whatever the size of the
//! lexicon.

use super::Kind;
use crate::substr::part;

mod split;
pub(crate) use split::{is_sign, words};

/// What a markup token says about its element.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Mark {
    /// Evidence of a promo of this kind.
    Promo(Kind, f32),
    /// A modal layer (`modal`, `overlay`, `lightbox`).
    Modal,
    /// A fixed or sticky bar (`sticky`, `fixed`, `slidein`).
    Sticky,
    /// Page structure that is not a promo (`nav`, `menu`, `faq`).
    Structure,
    /// Readers' comments, page structure too (`comments`, `wpdiscuz`).
    Comments,
}

/// What an ASCII byte is, for the readers' inner loops (non-ASCII
/// characters go the slow way, through `char`'s Unicode tables).
const ALPHANUMERIC: u8 = 1;
const UPPER: u8 = 2;
/// A lower-case letter or a digit: an upper-case letter after one starts a
/// new markup token (`newsletterSignup`).
const LOWER_OR_DIGIT: u8 = 4;
const SPACE: u8 = 8;
/// `$` and `/`, words of their own (see [`is_sign`]).
const SIGN: u8 = 16;

const ASCII: [u8; 128] = {
    let mut t = [0; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALPHANUMERIC | UPPER
        } else if c.is_ascii_lowercase() || c.is_ascii_digit() {
            ALPHANUMERIC | LOWER_OR_DIGIT
        } else if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            SPACE
        } else if matches!(c, b'$' | b'/') {
            SIGN
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The most words a phrase's gap (`join … newsletter`) spans: enough for a
/// name ("Join Bread Dad's recipe newsletter"), too few to reach from one
/// clause into the next.
const MAX_GAP: usize = 4;

/// No lexicon word, in [`Word::exact`] and the tables behind it.
const NONE: u16 = u16::MAX;

/// A byte trie of lexicon words, as the build script (`src/build/`) writes it: node 0 is the
/// root, and nodes are numbered breadth first, so the children of a node
/// are consecutive nodes, in byte order.
#[derive(Debug)]
struct Trie {
    /// The root's children by byte (0: none): a dense table, since every
    /// word is looked up there and most go no further.
    root: [u16; 256],
    /// The byte on the edge into each node.
    label: &'static [u8],
    /// The first child of each node; the children of node `i` end where
    /// those of node `i + 1` start.
    first_child: &'static [u16],
}

impl Trie {
    #[inline]
    fn child(&self, at: u32, b: u8) -> Option<u32> {
        if at == 0 {
            let node = self.root[usize::from(b)];
            return (node != 0).then_some(u32::from(node));
        }
        let from = usize::from(self.first_child[at as usize]);
        let to = usize::from(self.first_child[at as usize + 1]);
        let at = self.label[from..to].iter().position(|&l| l == b)?;
        Some((from + at) as u32)
    }
}

/// A walk down a [`Trie`], one byte at a time: the deepest node reached and
/// whether the bytes went on past it (out of the trie).
#[derive(Clone, Copy)]
struct Walk {
    at: u32,
    out: bool,
}

impl Walk {
    const START: Walk = Walk { at: 0, out: false };

    #[inline]
    fn step(&mut self, trie: &Trie, b: u8) {
        if !self.out {
            match trie.child(self.at, b) {
                None => self.out = true,
                Some(next) => self.at = next,
            }
        }
    }

    /// Steps over the UTF-8 bytes of a character.
    fn step_char(&mut self, trie: &Trie, c: char) {
        let mut buf = [0; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.step(trie, b);
        }
    }
}

/// One word of page text, as the phrase matcher sees it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    /// The phrase word it is (an index of the phrase vocabulary), or NONE.
    exact: u16,
    /// Bit `i`: the word starts with the `i`-th prefix word (`subscri*`).
    prefixes: u64,
    /// Where the word comes from (a text node index: opaque here).
    pub owner: u32,
    pub shape: Shape,
}

/// What a word looks like, for finding prices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    Other,
    /// `$`, `€` or `£`.
    Currency,
    /// Starts with an ASCII digit.
    Number,
}

/// One call-to-action phrase.
#[derive(Debug)]
pub(crate) struct Phrase {
    /// Where its words start in [`Phrases::words`], and how many there are.
    start: u16,
    len: u8,
    /// The last word matches any word it starts (`subscri*`).
    prefix: bool,
    /// The phrase counts only as the first words of a run of text
    /// (`^subscribe to`): where an English verb opens a block it is an
    /// imperative, elsewhere often a statement ("readers who subscribe to").
    pub initial: bool,
    /// Other words may come after the phrase's first `gap` words, at most
    /// [`MAX_GAP`] of them (`join … newsletter`: "Join Bread Dad's recipe
    /// newsletter"); 0: the words follow each other.
    gap: u8,
    /// The lexicon weight in halves (every weight is a multiple of 0.5), so
    /// a phrase takes 8 bytes of the wasm, not 12 with an `f32` and padding.
    halves: u8,
    pub kind: Kind,
}

impl Phrase {
    /// The phrase's weight, as written in its lexicon file.
    pub fn weight(&self) -> f32 {
        f32::from(self.halves) / 2.0
    }

    /// How many words the phrase has.
    pub fn word_count(&self) -> usize {
        usize::from(self.len)
    }
}

/// The call-to-action phrases of all languages.
#[derive(Debug)]
pub(crate) struct Phrases {
    trie: Trie,
    /// Per trie node: the vocabulary word ending there (NONE if none), and
    /// the prefix words on the path to it (an index in `prefix_sets`, whose
    /// entries are sets of prefix word bits).
    exact: &'static [u16],
    prefix_set: &'static [u8],
    prefix_sets: &'static [u64],
    /// In file order.
    phrases: &'static [Phrase],
    /// The words of every phrase: vocabulary indices; for a `prefix`
    /// phrase, the last one is a prefix word's bit instead.
    words: &'static [u16],
    /// Phrases by the vocabulary index of their first word, in file order:
    /// those of word `w` are `by_first[by_first_start[w]..by_first_start[w + 1]]`.
    by_first_start: &'static [u16],
    by_first: &'static [u16],
    /// Single-word prefix phrases, as (prefix bit, phrase), in file order.
    prefixed: &'static [(u64, u16)],
}

/// The markup tokens.
#[derive(Debug)]
pub(crate) struct Tokens {
    trie: Trie,
    /// Per trie node: what a token ending there says, and what a longer
    /// token that leaves the trie past it says (its prefix entries only),
    /// as indices in `marks`.
    ends: &'static [u8],
    passes: &'static [u8],
    marks: &'static [Option<Mark>],
}

include!(concat!(env!("OUT_DIR"), "/upsell_lexicon.rs"));

impl Phrases {
    pub fn get() -> &'static Phrases {
        &PHRASES
    }

    /// How many words of `words` the phrase covers when it starts there.
    fn matches_at(&self, p: &Phrase, words: &[Word]) -> Option<usize> {
        let start = usize::from(p.start);
        let own = &self.words[start..start + p.word_count()];
        let last = own.len() - 1;
        let is = |i: usize, word: &Word| {
            let w = own[i];
            if p.prefix && i == last {
                word.prefixes & (1 << w) != 0
            } else {
                word.exact == w
            }
        };
        let run = |from: usize, words: &[Word]| {
            words.len() >= own.len() - from
                && (from..own.len()).zip(words).all(|(i, word)| is(i, word))
        };
        let gap = usize::from(p.gap);
        if gap == 0 {
            return run(0, words).then_some(own.len());
        }
        if !(words.len() > gap && (0..gap).all(|i| is(i, &words[i]))) {
            return None;
        }
        // The nearest second half: "join … newsletter" ends at the first
        // "newsletter".
        (0..=MAX_GAP)
            .find(|&skip| run(gap, words.get(gap + skip..).unwrap_or(&[])))
            .map(|skip| own.len() + skip)
    }

    /// Reads one text: appends its words to `out` as [`words`] splits the
    /// text lower-cased by [`crate::case::lower`], and returns its visible
    /// characters (whitespace runs count as one, none at either end) and
    /// its whitespace-separated words. One pass over the bytes, no copy.
    pub fn read(&self, text: &str, owner: u32, out: &mut Vec<Word>) -> (u32, u32) {
        let bytes = text.as_bytes();
        let (mut chars, mut spaced) = (0u32, 0u32);
        let (mut seen, mut gap) = (false, false);
        // The word being read: its walk down the trie and its first byte.
        let mut word: Option<(Walk, u8)> = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                let class = ASCII[usize::from(b)];
                if class & SPACE != 0 {
                    gap |= seen;
                } else {
                    spaced += u32::from(!seen || gap);
                    chars += 1 + u32::from(gap);
                    (seen, gap) = (true, false);
                }
                if class & ALPHANUMERIC != 0 {
                    let lower = b.to_ascii_lowercase();
                    word.get_or_insert((Walk::START, lower))
                        .0
                        .step(&self.trie, lower);
                } else {
                    self.end_word(&mut word, owner, out);
                    if class & SIGN != 0 {
                        self.sign(char::from(b), owner, out);
                    }
                }
                continue;
            }
            let c = part(text, i..).chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_whitespace() {
                gap |= seen;
            } else {
                spaced += u32::from(!seen || gap);
                chars += 1 + u32::from(gap);
                (seen, gap) = (true, false);
            }
            let lower = crate::case::lower(c);
            if lower.is_alphanumeric() {
                word.get_or_insert((Walk::START, 0))
                    .0
                    .step_char(&self.trie, lower);
            } else {
                self.end_word(&mut word, owner, out);
                if is_sign(lower) {
                    self.sign(lower, owner, out);
                }
            }
        }
        self.end_word(&mut word, owner, out);
        (chars, spaced)
    }

    fn end_word(&self, word: &mut Option<(Walk, u8)>, owner: u32, out: &mut Vec<Word>) {
        if let Some((walk, first)) = word.take() {
            let shape = if first.is_ascii_digit() {
                Shape::Number
            } else {
                Shape::Other
            };
            out.push(self.word(walk, owner, shape));
        }
    }

    fn sign(&self, c: char, owner: u32, out: &mut Vec<Word>) {
        let mut walk = Walk::START;
        walk.step_char(&self.trie, c);
        let shape = if matches!(c, '$' | '€' | '£') {
            Shape::Currency
        } else {
            Shape::Other
        };
        out.push(self.word(walk, owner, shape));
    }

    fn word(&self, walk: Walk, owner: u32, shape: Shape) -> Word {
        let at = walk.at as usize;
        Word {
            exact: if walk.out { NONE } else { self.exact[at] },
            prefixes: self.prefix_sets[usize::from(self.prefix_set[at])],
            owner,
            shape,
        }
    }

    /// The [`Word`] of one lower-case word of [`words`].
    pub fn lookup(&self, word: &str) -> Word {
        let mut out = Vec::with_capacity(1);
        self.read(word, 0, &mut out);
        out.first().copied().unwrap_or(Word {
            exact: NONE,
            prefixes: 0,
            owner: 0,
            shape: Shape::Other,
        })
    }

    /// Calls `hit` with each phrase found in `words` (the words of one run
    /// of text), the index of its first word and how many words it covers
    /// (more than its own across a gap), longest match first at
    /// each position (the heavier on a tie, the later in the files on a
    /// tie of both), never overlapping. `opens_block`: the first word opens
    /// a block's text, where `^` phrases count when more words follow (not
    /// in a link: a menu entry "Sign up for job alerts" names a page).
    pub fn scan(
        &'static self,
        words: &[Word],
        opens_block: bool,
        hit: &mut dyn FnMut(&'static Phrase, usize, usize),
    ) {
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            let mut best: Option<(&'static Phrase, usize)> = None;
            if w.exact != NONE || w.prefixes != 0 {
                let first = usize::from(w.exact);
                let exact = match self.by_first_start.get(first..first + 2) {
                    Some(&[from, to]) => &self.by_first[usize::from(from)..usize::from(to)],
                    _ => &[],
                };
                let prefixed = self
                    .prefixed
                    .iter()
                    .filter(|&&(bit, _)| w.prefixes & bit != 0)
                    .map(|&(_, e)| e);
                for e in exact.iter().copied().chain(prefixed) {
                    let p = &self.phrases[usize::from(e)];
                    // An opening imperative has an object ("Sign up for:"
                    // is a menu's title).
                    let imperative = i == 0 && opens_block && words.len() > p.word_count();
                    if !p.initial || imperative {
                        if let Some(len) = self.matches_at(p, &words[i..]) {
                            if best.is_none_or(|(b, b_len)| (len, p.halves) >= (b_len, b.halves)) {
                                best = Some((p, len));
                            }
                        }
                    }
                }
            }
            match best {
                Some((p, len)) => {
                    hit(p, i, len);
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

impl Tokens {
    pub fn get() -> &'static Tokens {
        &TOKENS
    }

    /// Calls `found` with each token of a class, id or attribute value that
    /// means something, and what it means (the strongest entry). Tokens are
    /// split at anything not a letter or digit and where a lower-case letter
    /// or digit meets an upper-case letter (`newsletterSignup`), and matched
    /// lower-cased; `found` gets the token as written.
    pub fn marks(&self, value: &str, found: &mut dyn FnMut(&str, Mark)) {
        let bytes = value.as_bytes();
        let mut token: Option<(usize, Walk)> = None;
        let mut prev_lower = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let start = i;
            let (alphanumeric, upper, lower_or_digit, c) = if b < 0x80 {
                i += 1;
                let class = ASCII[usize::from(b)];
                let c = char::from(b);
                (
                    class & ALPHANUMERIC != 0,
                    class & UPPER != 0,
                    class & LOWER_OR_DIGIT != 0,
                    c,
                )
            } else {
                let c = part(value, i..).chars().next().unwrap_or(' ');
                i += c.len_utf8();
                (
                    c.is_alphanumeric(),
                    c.is_uppercase(),
                    c.is_lowercase() || c.is_ascii_digit(),
                    c,
                )
            };
            if !alphanumeric || (prev_lower && upper) {
                if let Some((from, walk)) = token.take() {
                    self.end(part(value, from..start), walk, found);
                }
            }
            if alphanumeric {
                let walk = &mut token.get_or_insert((start, Walk::START)).1;
                if b < 0x80 {
                    walk.step(&self.trie, b.to_ascii_lowercase());
                } else {
                    walk.step_char(&self.trie, crate::case::lower(c));
                }
            }
            prev_lower = lower_or_digit;
        }
        if let Some((from, walk)) = token {
            self.end(part(value, from..), walk, found);
        }
    }

    fn end(&self, token: &str, walk: Walk, found: &mut dyn FnMut(&str, Mark)) {
        let at = walk.at as usize;
        let mark = if walk.out {
            self.passes[at]
        } else {
            self.ends[at]
        };
        if let Some(mark) = self.marks[usize::from(mark)] {
            found(token, mark);
        }
    }

    /// What one token says, if anything.
    #[cfg(test)]
    pub fn mark(&self, token: &str) -> Option<Mark> {
        let mut out = None;
        self.marks(token, &mut |_, m| out = Some(m));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let lower = crate::case::lower_str(text);
        let w: Vec<&str> = words(&lower).collect();
        let phrases = Phrases::get();
        let looked_up: Vec<Word> = w.iter().map(|w| phrases.lookup(w)).collect();
        let mut out = Vec::new();
        phrases.scan(&looked_up, true, &mut |_, i, len| {
            out.push(w[i..i + len].join(" "))
        });
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
                &["abonnez vous à la newsletter"],
            ),
            (
                "Suscríbete a nuestro boletín",
                &["suscríbete a nuestro boletín"],
            ),
            ("The minister said on Monday", &[]),
            (
                "Love bread recipes? Then join Bread Dad's recipe newsletter.",
                &["join bread dad s recipe newsletter"],
            ),
            (
                "Melden Sie sich für unseren kostenlosen Newsletter an",
                &["für unseren kostenlosen newsletter"],
            ),
            // The gap spans a few words, not a clause.
            (
                "Join us on Saturday for a walk through the old town, and read the newsletter",
                &["join", "newsletter"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }

    /// The lexicon files, for checking the tables the build script (`src/build/`) made of them.
    const FILES: [(&str, &str); 5] = [
        ("cta-en.txt", include_str!("lexicon/cta-en.txt")),
        ("cta-de.txt", include_str!("lexicon/cta-de.txt")),
        ("cta-fr.txt", include_str!("lexicon/cta-fr.txt")),
        ("cta-es.txt", include_str!("lexicon/cta-es.txt")),
        ("markup.txt", include_str!("lexicon/markup.txt")),
    ];

    /// (file, line, weight, kind letter, phrase or token) of every entry.
    fn entries() -> impl Iterator<
        Item = (
            &'static str,
            usize,
            &'static str,
            &'static str,
            &'static str,
        ),
    > {
        FILES.iter().flat_map(|(file, text)| {
            text.lines().enumerate().filter_map(move |(n, line)| {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    return None;
                }
                let mut f = line.splitn(3, ' ');
                Some((*file, n + 1, f.next()?, f.next()?, f.next()?))
            })
        })
    }

    /// Each phrase of the files, read as page text, is found whole, as
    /// heavy as listed or heavier; each token has a mark.
    #[test]
    fn every_entry_is_in_the_tables() {
        let mut count = 0;
        for (file, n, weight, _, entry) in entries() {
            count += 1;
            let at = format!("{file}:{n}");
            let stem = entry.trim_end_matches('*');
            if file == "markup.txt" {
                assert!(Tokens::get().mark(stem).is_some(), "{at}: {entry}");
                continue;
            }
            // An opening imperative is read with an object after it.
            let (stem, object) = match stem.strip_prefix('^') {
                Some(s) => (s, 1),
                None => (stem, 0),
            };
            // A gap is read with two words in it.
            let stem = stem.replace('…', "gapped words");
            let lower = crate::case::lower_str(&format!("{stem}{}", " object".repeat(object)));
            let whole = words(&lower).collect::<Vec<_>>().join(" ");
            let phrases = Phrases::get();
            let looked_up: Vec<Word> = words(&lower).map(|w| phrases.lookup(w)).collect();
            let mut first = None;
            phrases.scan(&looked_up, true, &mut |p, i, len| {
                first = first.or(Some((p, i, len)));
            });
            let (p, i, len) = first.unwrap_or_else(|| panic!("{at}: {entry} not found"));
            assert_eq!(
                (i, len),
                (0, looked_up.len() - object),
                "{at}: {entry} → {whole}"
            );
            let listed: f32 = weight.parse().unwrap();
            assert!(p.weight() >= listed, "{at}: {entry}");
        }
        assert!(count > 400, "{count} entries");
    }

    #[test]
    fn markup_tokens_split_case_and_punctuation() {
        let t = Tokens::get();
        let mut out = Vec::new();
        t.marks(
            "c-newsletterSignup tp-modal AB2Box NEWSLETTER",
            &mut |s, m| out.push((s.to_string(), m)),
        );
        let tokens: Vec<&str> = out.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            tokens,
            ["newsletter", "Signup", "tp", "modal", "NEWSLETTER"]
        );
        assert!(matches!(
            t.mark("newsletters"),
            Some(Mark::Promo(Kind::Newsletter, _))
        ));
        assert_eq!(t.mark("modal"), Some(Mark::Modal));
        assert_eq!(t.mark("modalWindow"), Some(Mark::Modal));
        assert_eq!(t.mark("sticky"), Some(Mark::Sticky));
        assert_eq!(t.mark("navigation"), Some(Mark::Structure));
        assert_eq!(t.mark("comments"), Some(Mark::Comments));
        assert_eq!(t.mark("article"), None);
        assert_eq!(t.mark("new"), None);
        // The strongest entry: `subscri*` (3) over `subscribe*` (2).
        assert!(matches!(
            t.mark("subscriber"),
            Some(Mark::Promo(Kind::Subscription, w)) if w == 3.0
        ));
    }

    #[test]
    fn reading_text_agrees_with_words() {
        let phrases = Phrases::get();
        let text =
            "  Abonnez-vous:\u{a0}$25.00/month — SUBSCRIBERS’ İstanbul Straße Newsletters ÉTÉ 3€  ";
        let mut read = Vec::new();
        let (chars, spaced) = phrases.read(text, 7, &mut read);
        let lower = crate::case::lower_str(text);
        let split: Vec<&str> = words(&lower).collect();
        assert_eq!(read.len(), split.len(), "{split:?}");
        for (r, w) in read.iter().zip(&split) {
            let l = phrases.lookup(w);
            assert_eq!(
                (r.exact, r.prefixes, r.owner),
                (l.exact, l.prefixes, 7),
                "{w}"
            );
            let currency = matches!(*w, "$" | "€" | "£");
            assert_eq!(r.shape == Shape::Currency, currency, "{w}");
            let number = w.starts_with(|c: char| c.is_ascii_digit());
            assert_eq!(r.shape == Shape::Number, number, "{w}");
        }
        assert_eq!(spaced as usize, text.split_whitespace().count());
        let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(chars as usize, collapsed.chars().count());
    }
}
