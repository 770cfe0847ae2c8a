//! Word lists that tell page types apart: words in class names and ids
//! (`add-to-cart`, `byline`, `topic-post`), in addresses (`/products/`,
//! `docs.`), and the short labels of buttons and links ("Add to cart",
//! "Reply", "Edit on GitHub").
//!
//! Each list maps a word to the [`Kinds`] it hints at; the detector only
//! counts hints, the trained model decides what they are worth. The lists
//! are `lexicon/words.txt`, compiled by the build script (`src/build/`) into sorted
//! [`WordList`]s (a malformed or unsorted line fails the build, naming it)
//! and searched by binary search, case-insensitively, without allocating.

use super::flags::flag_set;
use crate::substr::part;
use crate::wordlist::WordList;

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
        let hit = match pattern.split_at_checked(1).unwrap_or(("", pattern)) {
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
    /// In the order the build script (`src/build/`) numbers them (its `PROSE_NAMES`; a test
    /// checks).
    const ALL: [ProseWord; 6] = [
        ProseWord::We,
        ProseWord::You,
        ProseWord::I,
        ProseWord::Commerce,
        ProseWord::Reporting,
        ProseWord::Reasoning,
    ];
}

/// Longest entry of any list, in bytes.
const MAX_ENTRY_BYTES: usize = 32;

/// One word list: entries with their value (a hex [`Kinds`] or a
/// [`ProseWord`] index).
struct List {
    words: WordList,
}

impl List {
    /// Whether the list may hold `word` (or a word of `len` bytes starting
    /// like it), by the first two bytes and the length, ignoring ASCII
    /// case: most words of a page are ruled out here, before any string is
    /// compared. Only words of 2 to 31 bytes starting with a letter are
    /// looked up (the build script refuses entries of other shapes).
    fn may_hold(&self, word: &[u8], len: usize) -> bool {
        let [first, second, ..] = *word else {
            return false;
        };
        let first = first.to_ascii_lowercase();
        first.is_ascii_lowercase()
            && len < MAX_ENTRY_BYTES
            && self
                .words
                .may_hold(first, Some(second.to_ascii_lowercase()), len)
    }

    /// Looks `word` up, ignoring ASCII case: ruled out by its shape, or
    /// lower-cased once into a stack buffer and compared as plain bytes.
    fn find(&self, word: &str) -> Option<&'static str> {
        let bytes = word.as_bytes();
        if !self.may_hold(bytes, bytes.len()) {
            return None;
        }
        let mut buf = [0u8; MAX_ENTRY_BYTES];
        for (b, w) in buf.iter_mut().zip(bytes) {
            *b = w.to_ascii_lowercase();
        }
        self.words.get(&buf[..bytes.len()])
    }

    fn kinds(&self, word: &str) -> Kinds {
        Kinds(self.find(word).map_or(0, |hex| {
            hex.bytes().fold(0, |k, d| {
                k << 4 | (d as char).to_digit(16).unwrap_or(0) as u16
            })
        }))
    }
}

/// All word lists.
struct Lists {
    class: List,
    url: List,
    title: List,
    label: List,
    prose: List,
}

include!(concat!(env!("OUT_DIR"), "/detect_lexicon.rs"));

/// Hints of one word of a class name or id.
pub fn class_word(word: &str) -> Kinds {
    LISTS.class.kinds(word)
}

/// Hints of one host label or path word.
pub fn url_word(word: &str) -> Kinds {
    LISTS.url.kinds(word)
}

/// Hints of one headline word.
pub fn title_word(word: &str) -> Kinds {
    LISTS.title.kinds(word)
}

/// Hints of a short text, normalised by [`normalize_label`].
pub fn phrase(label: &str) -> Kinds {
    LISTS.label.kinds(label)
}

/// The class of one prose word, if it has one.
pub fn prose_word(word: &str) -> Option<ProseWord> {
    let index = LISTS.prose.find(word)?.bytes().next()?.checked_sub(b'0')?;
    ProseWord::ALL.get(usize::from(index)).copied()
}

/// Page builders that call every block of a page a widget: after their
/// prefix, [`BUILDER_BLOCK`] says nothing about the block. Elementor's
/// `elementor-widget-theme-post-content` holds the story as
/// `elementor-widget-nav-menu` holds a menu (whose `nav` still counts).
const BUILDER_PREFIXES: &[&str] = &["elementor"];

/// The word such builders give every block.
const BUILDER_BLOCK: &str = "widget";

/// The hints of all words of a class attribute value or id:
/// `c-article__byline`, `topicPost`, `add-to-cart` (the joined form of
/// every two and three adjacent words is tried too, so `add-to-cart` also
/// reads as `addtocart`).
pub fn class_hints(value: &str, buf: &mut String) -> Kinds {
    let mut kinds = Kinds::default();
    let mut words: [&str; 3] = [""; 3];
    let mut builder = false;
    for (i, word) in split_class(value).enumerate() {
        builder |= i == 0 && BUILDER_PREFIXES.contains(&word);
        if !(builder && word == BUILDER_BLOCK) {
            kinds |= class_word(word);
        }
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
            if parts.iter().all(|w| !w.is_empty()) && LISTS.class.may_hold(&start, len) {
                buf.clear();
                parts.iter().for_each(|w| buf.push_str(w));
                kinds |= class_word(buf);
            }
        }
    }
    kinds
}

/// Splits a class or id into words at anything but ASCII letters and at
/// lower-to-upper case changes (`topicPost` → `topic`, `Post`); letters
/// between two digits come out empty.
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
        // Letters between digits are a fragment of a generated id
        // (`w-node-b5343ad4`), not a word.
        let between_digits = from > 0
            && bytes[from - 1].is_ascii_digit()
            && bytes.get(at).is_some_and(u8::is_ascii_digit);
        Some(if between_digits {
            ""
        } else {
            part(value, from..at)
        })
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
        out.extend(word.chars().map(crate::case::lower));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the build script (`src/build/`) writes agrees with the types here: kind names in
    /// bit order, prose classes in `ProseWord::ALL` order.
    #[test]
    fn generated_names_match_the_types() {
        for (i, name) in KIND_NAMES.iter().enumerate() {
            let kind = Kind::PAGE_TYPES
                .iter()
                .chain(&[Kind::Boiler, Kind::Comment, Kind::Byline, Kind::Date])
                .find(|k| format!("{k:?}").to_lowercase() == *name)
                .unwrap_or_else(|| panic!("no Kind named {name}"));
            assert_eq!(*kind as u16, 1 << i, "{name}");
        }
        for (p, name) in ProseWord::ALL.iter().zip(PROSE_NAMES) {
            assert_eq!(format!("{p:?}").to_lowercase(), name);
        }
    }

    /// Every entry of every list is found, with its value: the lists are
    /// in the byte order the binary search needs.
    #[test]
    fn every_entry_is_found() {
        let lists = [
            (&LISTS.class, "class"),
            (&LISTS.url, "url"),
            (&LISTS.title, "title"),
            (&LISTS.label, "label"),
            (&LISTS.prose, "prose"),
        ];
        for (list, name) in lists {
            for (key, value) in list.words.entries() {
                assert_eq!(list.words.get(key.as_bytes()), Some(value), "{name}: {key}");
            }
        }
        for (list, name) in [(&LISTS.class, "class"), (&LISTS.label, "label")] {
            assert!(list.words.len() > 100, "{name}");
        }
        assert!(LISTS.prose.words.len() > 50);
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
            // A page builder's every block is a widget; a sidebar's still is.
            ("elementor-widget-theme-post-content", &[]),
            ("elementor-widget-sidebar", &[Kind::Boiler]),
            ("widget_recent_entries", &[Kind::Boiler]),
            // Hex ids spell words; an ad slot's size does not hide it.
            ("w-node-b5343ad4-d1b4", &[]),
            ("ad300x250", &[Kind::Boiler]),
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
