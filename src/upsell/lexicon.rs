//! The upsell lexicons (see `lexicon/README.md` for the file format): call-to-
//! action phrases matched word by word on visible text, and markup tokens
//! matched on class, id and attribute values.
//!
//! Both are parsed once, on first use, from files compiled into the binary,
//! into a byte trie each. Text is read a byte at a time down the trie (see
//! [`Phrases::read`]): a page's words are never copied, lower-cased into a
//! buffer or hashed, and most of them leave the trie at their first or second
//! byte, so scanning a page is linear in its text whatever the size of the
//! lexicon.

use super::Kind;
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

/// No lexicon word, in [`Word::exact`] and the tables behind it.
const NONE: u16 = u16::MAX;
/// No trie node: a walk that left the trie.
const DEAD: u32 = u32::MAX;

/// A byte trie of lexicon words. Node 0 is the root; a node is created after
/// its parent, so node order is a topological order.
#[derive(Debug)]
struct Trie {
    /// The root's children by byte: a dense table, since every word is
    /// looked up there and most go no further.
    root: Vec<u32>,
    /// The children of every other node: their bytes and nodes.
    edges: Vec<Vec<(u8, u32)>>,
    parent: Vec<u32>,
}

impl Trie {
    fn new() -> Trie {
        Trie {
            root: vec![DEAD; 256],
            edges: vec![Vec::new()],
            parent: vec![0],
        }
    }

    fn len(&self) -> usize {
        self.edges.len()
    }

    /// The node of `word`, created with its path as needed.
    fn insert(&mut self, word: &str) -> u32 {
        let mut at = 0;
        for &b in word.as_bytes() {
            let next = self.child(at, b);
            at = if next != DEAD {
                next
            } else {
                let node = self.edges.len() as u32;
                self.edges.push(Vec::new());
                self.parent.push(at);
                if at == 0 {
                    self.root[usize::from(b)] = node;
                } else {
                    self.edges[at as usize].push((b, node));
                }
                node
            };
        }
        at
    }

    #[inline]
    fn child(&self, at: u32, b: u8) -> u32 {
        if at == 0 {
            return self.root[usize::from(b)];
        }
        for &(e, node) in &self.edges[at as usize] {
            if e == b {
                return node;
            }
        }
        DEAD
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
                DEAD => self.out = true,
                next => self.at = next,
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
    /// Vocabulary indices; when `prefix`, the last one is a prefix word's
    /// bit instead.
    words: Vec<u16>,
    /// The last word matches any word it starts (`subscri*`).
    prefix: bool,
    pub weight: f32,
    pub kind: Kind,
}

impl Phrase {
    /// How many words the phrase has.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    fn matches_at(&self, words: &[Word]) -> bool {
        let last = self.words.len() - 1;
        words.len() > last
            && self
                .words
                .iter()
                .zip(words)
                .enumerate()
                .all(|(i, (&p, w))| {
                    if self.prefix && i == last {
                        w.prefixes & (1 << p) != 0
                    } else {
                        w.exact == p
                    }
                })
    }
}

/// The call-to-action phrases of all languages.
#[derive(Debug)]
pub(crate) struct Phrases {
    phrases: Vec<Phrase>,
    trie: Trie,
    /// Per trie node: the vocabulary word ending there (NONE if none), and
    /// the prefix words on the path to it, as bits.
    exact: Vec<u16>,
    prefixes: Vec<u64>,
    /// Phrases by the vocabulary index of their first word, in file order.
    by_first: Vec<Vec<u16>>,
    /// Single-word prefix phrases, as (prefix bit, phrase), in file order.
    prefixed: Vec<(u64, u16)>,
}

/// The markup tokens.
#[derive(Debug)]
pub(crate) struct Tokens {
    trie: Trie,
    /// Per trie node: what a token ending there says, and what a longer
    /// token that leaves the trie past it says (its prefix entries only).
    ends: Vec<Option<Mark>>,
    passes: Vec<Option<Mark>>,
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
        PHRASES.get_or_init(Phrases::load)
    }

    fn load() -> Phrases {
        let mut trie = Trie::new();
        // Per trie node: its vocabulary index and its prefix bit, if any.
        let mut exact: Vec<u16> = Vec::new();
        let mut bit: Vec<u16> = Vec::new();
        let (mut vocabulary, mut prefix_words) = (0u16, 0u16);
        let mut phrases = Vec::new();
        for (file, text) in CTA_FILES {
            for (n, line) in crate::lines::lines(text).enumerate() {
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
                let Some(kind) = kind(k) else {
                    debug_assert!(false, "{file}:{}: bad kind {k}", n + 1);
                    continue;
                };
                let prefix = phrase.ends_with('*');
                let stem: Vec<&str> = words(phrase.trim_end_matches('*')).collect();
                let last = stem.len().wrapping_sub(1);
                let mut ids = Vec::with_capacity(stem.len());
                for (i, w) in stem.iter().enumerate() {
                    let node = trie.insert(w) as usize;
                    exact.resize(trie.len(), NONE);
                    bit.resize(trie.len(), NONE);
                    let (slot, next) = if prefix && i == last {
                        (&mut bit[node], &mut prefix_words)
                    } else {
                        (&mut exact[node], &mut vocabulary)
                    };
                    if *slot == NONE {
                        *slot = *next;
                        *next += 1;
                    }
                    ids.push(*slot);
                }
                if ids.is_empty() {
                    continue;
                }
                phrases.push(Phrase {
                    words: ids,
                    prefix,
                    weight,
                    kind,
                });
            }
        }
        debug_assert!(prefix_words <= 64, "more prefix words than bits");
        exact.resize(trie.len(), NONE);
        let mut prefixes = vec![0u64; trie.len()];
        for node in 1..trie.len() {
            let own = bit
                .get(node)
                .map_or(0, |&b| if b == NONE { 0 } else { 1 << b });
            prefixes[node] = own | prefixes[trie.parent[node] as usize];
        }
        let mut by_first = vec![Vec::new(); usize::from(vocabulary)];
        let mut prefixed = Vec::new();
        for (e, p) in phrases.iter().enumerate() {
            if p.prefix && p.words.len() == 1 {
                prefixed.push((1 << p.words[0], e as u16));
            } else {
                by_first[usize::from(p.words[0])].push(e as u16);
            }
        }
        Phrases {
            phrases,
            trie,
            exact,
            prefixes,
            by_first,
            prefixed,
        }
    }

    /// Reads one text: appends its words to `out` as [`words`] splits the
    /// text lower-cased by `char::to_lowercase`, and returns its visible
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
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_whitespace() {
                gap |= seen;
            } else {
                spaced += u32::from(!seen || gap);
                chars += 1 + u32::from(gap);
                (seen, gap) = (true, false);
            }
            for lower in c.to_lowercase() {
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
            prefixes: self.prefixes[at],
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
    /// of text) and the index of its first word, longest match first at
    /// each position (the heavier on a tie, the later in the files on a
    /// tie of both), never overlapping.
    pub fn scan(&'static self, words: &[Word], hit: &mut dyn FnMut(&'static Phrase, usize)) {
        let mut i = 0;
        while i < words.len() {
            let w = words[i];
            let mut best: Option<&'static Phrase> = None;
            if w.exact != NONE || w.prefixes != 0 {
                let exact = match self.by_first.get(usize::from(w.exact)) {
                    Some(list) => list.as_slice(),
                    None => &[],
                };
                let prefixed = self
                    .prefixed
                    .iter()
                    .filter(|&&(bit, _)| w.prefixes & bit != 0)
                    .map(|&(_, e)| e);
                for e in exact.iter().copied().chain(prefixed) {
                    let p = &self.phrases[usize::from(e)];
                    if p.matches_at(&words[i..])
                        && best.is_none_or(|b| {
                            (p.word_count(), p.weight) >= (b.word_count(), b.weight)
                        })
                    {
                        best = Some(p);
                    }
                }
            }
            match best {
                Some(p) => {
                    hit(p, i);
                    i += p.word_count();
                }
                None => i += 1,
            }
        }
    }
}

impl Tokens {
    pub fn get() -> &'static Tokens {
        static TOKENS: OnceLock<Tokens> = OnceLock::new();
        TOKENS.get_or_init(Tokens::load)
    }

    fn load() -> Tokens {
        let mut trie = Trie::new();
        let mut entries: Vec<(u32, bool, Mark)> = Vec::new();
        for (n, line) in crate::lines::lines(MARKUP_FILE).enumerate() {
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
            entries.push((trie.insert(token.trim_end_matches('*')), prefix, mark));
        }
        // The strongest entry wins; on a tie of strength, an entry for the
        // whole token loses to a prefix entry, and an earlier entry to a
        // later one. Keys (rank, prefix, entry) order them so.
        type Key = (f32, bool, usize);
        let better = |a: Option<Key>, b: Key| match a {
            Some(a) if a.0 > b.0 || (a.0 == b.0 && (a.1, a.2) > (b.1, b.2)) => Some(a),
            _ => Some(b),
        };
        let n = trie.len();
        let mut passes: Vec<Option<Key>> = vec![None; n];
        let mut ends: Vec<Option<Key>> = vec![None; n];
        for (e, &(node, prefix, mark)) in entries.iter().enumerate() {
            let key = (rank(&mark), prefix, e);
            let node = node as usize;
            if prefix {
                passes[node] = better(passes[node], key);
            } else {
                ends[node] = better(ends[node], key);
            }
        }
        // Prefix entries hold for every token below them.
        for node in 1..n {
            if let Some(up) = passes[trie.parent[node] as usize] {
                passes[node] = better(passes[node], up);
            }
        }
        let mark = |k: Option<Key>| k.map(|(_, _, e)| entries[e].2);
        Tokens {
            ends: (0..n)
                .map(|i| mark(passes[i].map_or(ends[i], |p| better(ends[i], p))))
                .collect(),
            passes: passes.iter().map(|&p| mark(p)).collect(),
            trie,
        }
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
                let c = value[i..].chars().next().unwrap_or(' ');
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
                    self.end(&value[from..start], walk, found);
                }
            }
            if alphanumeric {
                let walk = &mut token.get_or_insert((start, Walk::START)).1;
                if b < 0x80 {
                    walk.step(&self.trie, b.to_ascii_lowercase());
                } else {
                    for lower in c.to_lowercase() {
                        walk.step_char(&self.trie, lower);
                    }
                }
            }
            prev_lower = lower_or_digit;
        }
        if let Some((from, walk)) = token {
            self.end(&value[from..], walk, found);
        }
    }

    fn end(&self, token: &str, walk: Walk, found: &mut dyn FnMut(&str, Mark)) {
        let at = walk.at as usize;
        let mark = if walk.out {
            self.passes[at]
        } else {
            self.ends[at]
        };
        if let Some(mark) = mark {
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
        let phrases = Phrases::get();
        let looked_up: Vec<Word> = w.iter().map(|w| phrases.lookup(w)).collect();
        let mut out = Vec::new();
        phrases.scan(&looked_up, &mut |p, i| {
            out.push(w[i..i + p.word_count()].join(" "))
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
        let lower: String = text.chars().flat_map(char::to_lowercase).collect();
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
