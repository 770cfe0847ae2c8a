//! Word lists that tell page types apart: words in class names and ids
//! (`add-to-cart`, `byline`, `topic-post`), in addresses (`/products/`,
//! `docs.`), and the short labels of buttons and links ("Add to cart",
//! "Reply", "Edit on GitHub").
//!
//! Each list maps a word to the [`Kinds`] it hints at; the detector only
//! counts hints, the trained model decides what they are worth. Lists are
//! sorted (a test checks) and searched by binary search, case-insensitively,
//! without allocating.

use super::flags::flag_set;
use std::sync::OnceLock;

/// What a word hints at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Kind {
    Article = 1 << 0,
    Forum = 1 << 1,
    Docs = 1 << 2,
    Product = 1 << 3,
    Listing = 1 << 4,
    Service = 1 << 5,
    /// Navigation, footers, sidebars, share bars, ads, cookie banners.
    Boiler = 1 << 6,
    /// Reader comments under a story.
    Comment = 1 << 7,
    Byline = 1 << 8,
    Date = 1 << 9,
}

impl Kind {
    /// The hint kinds that name page types, in feature order.
    pub const PAGE_TYPES: [Kind; 6] = [
        Kind::Article,
        Kind::Forum,
        Kind::Docs,
        Kind::Product,
        Kind::Listing,
        Kind::Service,
    ];
}

flag_set! {
    /// A set of [`Kind`]s.
    pub struct Kinds of Kind;
}

/// What the page template a CMS names in the classes of `<html>` and
/// `<body>` says (WordPress `single-post` / `page-id-12`, Ghost
/// `post-template`, Shopify `template-product`, Drupal
/// `page-node-type-article`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    /// A blog post or news story.
    Post,
    /// One item of some content type (`single`, `postid-12`): a post, or a
    /// product, event, course in a custom type.
    Single,
    /// A standalone page (about, services, landing page).
    Page,
    /// A home, archive, category, tag or search page.
    Index,
    Product,
}

/// Class names (`=`) and class prefixes (`*`) naming a template.
const TEMPLATES: &[(&str, Template)] = {
    use Template::*;
    &[
        ("=single-post", Post),
        ("*post-template", Post),
        ("*single-format-", Post),
        ("=template-article", Post),
        ("*page-node-type-article", Post),
        ("*node-type-article", Post),
        ("*node--type-article", Post),
        ("=blog-post", Post),
        ("=single", Single),
        ("*postid-", Single),
        ("=view-item", Single),
        ("*page-id-", Page),
        ("*page-template", Page),
        ("=template-page", Page),
        ("*page-node-type-page", Page),
        ("*node-type-page", Page),
        ("=page", Page),
        ("=home", Index),
        ("=blog", Index),
        ("=archive", Index),
        ("=category", Index),
        ("=tag", Index),
        ("=search", Index),
        ("=search-results", Index),
        ("=paged", Index),
        ("=template-index", Index),
        ("=template-blog", Index),
        ("=template-collection", Index),
        ("=template-search", Index),
        ("=home-template", Index),
        ("=tag-template", Index),
        ("*post-type-archive", Index),
        ("*view-list", Index),
        ("=single-product", Product),
        ("=template-product", Product),
        ("*product-template", Product),
        ("=woocommerce-page", Product),
        ("=catalog-product-view", Product),
        ("*node-type-product", Product),
    ]
};

/// The template a class of `<html>` or `<body>` names, if any.
pub fn template(class: &str) -> Option<Template> {
    TEMPLATES.iter().find_map(|(pattern, t)| {
        let hit = match pattern.split_at(1) {
            ("=", name) => class.eq_ignore_ascii_case(name),
            (_, prefix) => class
                .get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix)),
        };
        hit.then_some(*t)
    })
}

/// What a word of running prose says about who writes to whom: a business
/// ("we offer", "contact us"), a reporter ("said", "according to"), an
/// explainer ("however", "research").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProseWord {
    We,
    You,
    I,
    Commerce,
    Reporting,
    Reasoning,
}

impl ProseWord {
    fn parse(word: &str) -> Option<ProseWord> {
        Some(match word {
            "we" => ProseWord::We,
            "you" => ProseWord::You,
            "i" => ProseWord::I,
            "commerce" => ProseWord::Commerce,
            "reporting" => ProseWord::Reporting,
            "reasoning" => ProseWord::Reasoning,
            _ => return None,
        })
    }
}

/// Longest entry of any list, in bytes.
const MAX_ENTRY_BYTES: usize = 32;

/// For each first letter `a`–`z`, a bit per entry length (0–31) and a bit
/// per second letter that some entry of a list has: most words of a page
/// are ruled out here, before any string is compared.
#[derive(Default)]
struct Shapes {
    lengths: [u32; 26],
    seconds: [u32; 26],
}

impl Shapes {
    fn add(&mut self, entry: &str) {
        let b = entry.as_bytes();
        if b.len() >= 2 && b[0].is_ascii_lowercase() && b.len() < 32 {
            let first = (b[0] - b'a') as usize;
            self.lengths[first] |= 1 << b.len();
            self.seconds[first] |= second_bit(b[1]);
        }
    }

    /// Whether the list may hold `word` (or a word of `len` bytes starting
    /// like it).
    fn may_hold(&self, word: &[u8], len: usize) -> bool {
        let [first, second, ..] = *word else {
            return false;
        };
        let first = first.to_ascii_lowercase();
        if !first.is_ascii_lowercase() || len >= 32 {
            return false;
        }
        let f = (first - b'a') as usize;
        self.lengths[f] & (1 << len) != 0 && self.seconds[f] & second_bit(second) != 0
    }
}

/// The bit of a second byte: one per letter, one shared by all else.
fn second_bit(b: u8) -> u32 {
    let b = b.to_ascii_lowercase();
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        1 << 26
    }
}

/// One word list, sorted for binary search.
struct List<T> {
    entries: Vec<(&'static str, T)>,
    shapes: Shapes,
}

impl<T: Copy> List<T> {
    fn new(entries: Vec<(&'static str, T)>) -> Self {
        let mut shapes = Shapes::default();
        entries.iter().for_each(|(e, _)| shapes.add(e));
        List { entries, shapes }
    }

    /// Looks `word` up, ignoring ASCII case: ruled out by its shape, or
    /// lower-cased once into a stack buffer and compared as plain bytes.
    fn find(&self, word: &str) -> Option<T> {
        let bytes = word.as_bytes();
        if bytes.len() > MAX_ENTRY_BYTES || !self.shapes.may_hold(bytes, bytes.len()) {
            return None;
        }
        let mut buf = [0u8; MAX_ENTRY_BYTES];
        for (b, w) in buf.iter_mut().zip(bytes) {
            *b = w.to_ascii_lowercase();
        }
        let key = &buf[..bytes.len()];
        self.entries
            .binary_search_by(|(w, _)| w.as_bytes().cmp(key))
            .ok()
            .map(|i| self.entries[i].1)
    }
}

/// The word lists, as `src/detect/lexicon/words.txt` holds them.
const WORDS: &str = include_str!("lexicon/words.txt");

/// All word lists, parsed from [`WORDS`] on first use.
struct Lists {
    class: List<Kinds>,
    url: List<Kinds>,
    title: List<Kinds>,
    label: List<Kinds>,
    prose: List<ProseWord>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists::parse(WORDS))
}

impl Lists {
    /// Reads `[section]` headers and `entry: kind kind` lines, in the
    /// sorted order the file keeps; `#` starts a comment line. The file is
    /// part of the binary and checked line by line by a test
    /// (`word_lists_are_well_formed`), so nothing is reported here: a line
    /// that does not parse is left out.
    fn parse(text: &'static str) -> Lists {
        let mut lists = Lists {
            class: List::new(Vec::new()),
            url: List::new(Vec::new()),
            title: List::new(Vec::new()),
            label: List::new(Vec::new()),
            prose: List::new(Vec::new()),
        };
        let mut section = "";
        let mut kinds: Vec<(&'static str, Kinds)> = Vec::new();
        let mut prose: Vec<(&'static str, ProseWord)> = Vec::new();
        let mut finish = |section: &str, kinds: &mut Vec<(&'static str, Kinds)>| {
            let list = List::new(std::mem::take(kinds));
            match section {
                "class" => lists.class = list,
                "url" => lists.url = list,
                "title" => lists.title = list,
                "label" => lists.label = list,
                _ => {}
            }
        };
        for line in crate::lines::lines(text) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                finish(section, &mut kinds);
                section = name;
            } else if let Some((entry, what)) = line.split_once(':') {
                if line.starts_with('#') {
                    continue;
                }
                let entry = entry.trim();
                if section == "prose" {
                    prose.extend(ProseWord::parse(what.trim()).map(|p| (entry, p)));
                } else {
                    kinds.extend(parse_kinds(what).map(|k| (entry, k)));
                }
            }
        }
        finish(section, &mut kinds);
        lists.prose = List::new(prose);
        lists
    }
}

/// `article byline` → the kinds.
fn parse_kinds(text: &str) -> Option<Kinds> {
    let mut kinds = Kinds::default();
    for word in text.split_whitespace() {
        kinds |= match word {
            "article" => Kind::Article,
            "forum" => Kind::Forum,
            "docs" => Kind::Docs,
            "product" => Kind::Product,
            "listing" => Kind::Listing,
            "service" => Kind::Service,
            "boiler" => Kind::Boiler,
            "comment" => Kind::Comment,
            "byline" => Kind::Byline,
            "date" => Kind::Date,
            _ => return None,
        };
    }
    Some(kinds)
}

/// Hints of one word of a class name or id.
pub fn class_word(word: &str) -> Kinds {
    lists().class.find(word).unwrap_or_default()
}

/// Hints of one host label or path word.
pub fn url_word(word: &str) -> Kinds {
    lists().url.find(word).unwrap_or_default()
}

/// Hints of one headline word.
pub fn title_word(word: &str) -> Kinds {
    lists().title.find(word).unwrap_or_default()
}

/// Hints of a short text, normalised by [`normalize_label`].
pub fn phrase(label: &str) -> Kinds {
    lists().label.find(label).unwrap_or_default()
}

/// The class of one prose word, if it has one.
pub fn prose_word(word: &str) -> Option<ProseWord> {
    lists().prose.find(word)
}

/// The hints of all words of a class attribute value or id:
/// `c-article__byline`, `topicPost`, `add-to-cart` (the joined form of
/// every two and three adjacent words is tried too, so `add-to-cart` also
/// reads as `addtocart`).
pub fn class_hints(value: &str, buf: &mut String) -> Kinds {
    let mut kinds = Kinds::default();
    let mut words: [&str; 3] = [""; 3];
    for word in split_class(value) {
        kinds |= class_word(word);
        words.rotate_left(1);
        words[2] = word;
        for n in [2, 3] {
            let parts = &words[3 - n..];
            let len: usize = parts.iter().map(|w| w.len()).sum();
            let start = [
                parts[0].bytes().next().unwrap_or(0),
                parts[0]
                    .as_bytes()
                    .get(1)
                    .copied()
                    .or_else(|| parts[1].bytes().next())
                    .unwrap_or(0),
            ];
            if parts.iter().all(|w| !w.is_empty()) && lists().class.shapes.may_hold(&start, len) {
                buf.clear();
                parts.iter().for_each(|w| buf.push_str(w));
                kinds |= class_word(buf);
            }
        }
    }
    kinds
}

/// Splits a class or id into words at anything but ASCII letters and at
/// lower-to-upper case changes (`topicPost` → `topic`, `Post`).
fn split_class(value: &str) -> impl Iterator<Item = &str> {
    // Boundaries are ASCII bytes, so slicing at them keeps UTF-8 whole.
    let bytes = value.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && !bytes[at].is_ascii_alphabetic() {
            at += 1;
        }
        if at == bytes.len() {
            return None;
        }
        let from = at;
        at += 1;
        while at < bytes.len()
            && bytes[at].is_ascii_alphabetic()
            && !(bytes[at].is_ascii_uppercase() && bytes[at - 1].is_ascii_lowercase())
        {
            at += 1;
        }
        Some(&value[from..at])
    })
}

/// Lower-cases `text` into `out`, keeping only letters and single spaces
/// between words: "  12 Replies »" becomes "replies".
pub fn normalize_label(text: &str, out: &mut String) {
    out.clear();
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\'') {
        let word = word.trim_matches('\'');
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line of words.txt is a comment, a known `[section]` or an
    /// `entry: kinds` line with known kinds, entries sorted and unique.
    #[test]
    fn word_lists_are_well_formed() {
        const SECTIONS: &[&str] = &["[class]", "[url]", "[title]", "[label]", "[prose]"];
        let mut section = "";
        let mut previous = String::new();
        for (n, line) in WORDS.lines().enumerate() {
            let at = format!("words.txt line {}", n + 1);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with('[') {
                assert!(SECTIONS.contains(&line), "{at}: unknown section {line}");
                section = line;
                previous.clear();
                continue;
            }
            let (entry, what) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("{at}: no `:`"));
            let known = if section == "[prose]" {
                ProseWord::parse(what.trim()).is_some()
            } else {
                parse_kinds(what).is_some_and(|k| k != Kinds::default())
            };
            assert!(known, "{at}: unknown kinds {what:?}");
            assert_eq!(entry, entry.to_lowercase(), "{at}");
            assert!(entry.len() <= MAX_ENTRY_BYTES, "{at}: too long");
            assert!(
                previous.as_str() < entry,
                "{at}: {previous:?} before {entry:?}"
            );
            previous = entry.to_string();
        }
        let lists = lists();
        for (list, name) in [(&lists.class, "class"), (&lists.label, "label")] {
            assert!(list.entries.len() > 100, "{name}");
        }
        assert!(lists.prose.entries.len() > 50);
    }

    #[test]
    fn lookups_ignore_case() {
        assert!(class_word("NavBar").has(Kind::Boiler));
        assert!(url_word("Products").has(Kind::Product));
        assert_eq!(prose_word("Said"), Some(ProseWord::Reporting));
        assert_eq!(prose_word("table"), None);
    }

    #[test]
    fn class_values_split_into_hints() {
        let mut buf = String::new();
        let cases: &[(&str, &[Kind])] = &[
            ("c-article__byline", &[Kind::Article, Kind::Byline]),
            ("topicPost", &[Kind::Forum]),
            ("btn add-to-cart", &[Kind::Product]),
            ("PostContent", &[]),
            ("site-nav2 sidebar", &[Kind::Boiler]),
            ("", &[]),
            ("Don’t-share", &[Kind::Boiler]),
        ];
        for (value, want) in cases {
            let got = class_hints(value, &mut buf);
            let want = want.iter().fold(Kinds::default(), |mut k, &w| {
                k |= w;
                k
            });
            assert_eq!(got, want, "{value}");
        }
    }

    #[test]
    fn templates() {
        for (class, want) in [
            ("single-post", Some(Template::Post)),
            ("post-template-default", Some(Template::Post)),
            ("postid-3360", Some(Template::Single)),
            ("page-id-12", Some(Template::Page)),
            ("template-product", Some(Template::Product)),
            ("page-node-type-article", Some(Template::Post)),
            ("home", Some(Template::Index)),
            ("homepage-hero", None),
            ("wp-custom-logo", None),
        ] {
            assert_eq!(template(class), want, "{class}");
        }
    }

    #[test]
    fn labels_normalise_then_match() {
        let mut buf = String::new();
        for (text, kind) in [
            ("  Add to Cart ", Kind::Product),
            ("12 Replies »", Kind::Forum),
            ("Edit on GitHub", Kind::Docs),
            ("Contact us!", Kind::Service),
            ("Read more…", Kind::Listing),
        ] {
            normalize_label(text, &mut buf);
            assert!(phrase(&buf).has(kind), "{text} → {buf}");
        }
        normalize_label("Parliament votes", &mut buf);
        assert_eq!(phrase(&buf), Kinds::default());
    }
}
