//! What a page's address says about it: dated paths and long slugs for
//! articles, `/products/…` and `/collections/…` for shops, `/t/…/123` for
//! forums, `docs.` hosts, the bare home page, search results.
//!
//! No URL crate in the core: the parts needed (host, path segments, query
//! keys) are cut out by hand and never decoded.

use super::lexicon::{self, Kinds};
use crate::page::Page;
use crate::substr::{part, small_number};

/// The page's address: where it was loaded from, else its canonical or
/// `og:url` one.
pub fn address_of(page: &Page) -> Option<&str> {
    page.url
        .as_deref()
        .or(page.meta.canonical.as_deref())
        .or(page.meta("og:url"))
        .filter(|u| !u.trim().is_empty())
}

/// The shape of one address.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UrlShape {
    /// An address was known at all.
    pub present: bool,
    /// The site's front page (no path, or only a language or index file).
    pub is_home: bool,
    /// Non-empty path segments.
    pub depth: u8,
    /// A publication date in the path (`/2024/05/`, `2024-05-12`, `20240512`).
    pub dated: bool,
    /// Words in the last segment (`how-to-book-a-flight` has 5).
    pub slug_words: u8,
    /// A run of at least [`LONG_NUMBER_DIGITS`] digits in the last two
    /// segments: story, thread and product ids.
    pub long_number: bool,
    /// A search page (`/search`, `?q=`).
    pub search: bool,
    /// A later page of a list (`/page/2`, `?page=2`).
    pub paged: bool,
    /// A version in the host or path (`v2.`, `/en/5.1/`, `/v3/`,
    /// `/1.x/`): documentation kept per release.
    pub versioned: bool,
    /// The last segment ends in `.html`, `.htm`, `.php`, `.aspx`.
    pub file_ext: bool,
    /// Section words in the host and in the directories (`docs.`, `/news/`).
    pub section: Kinds,
    /// Section words when the last segment is itself one or two such words
    /// (`/news`, `/blog`, `/all-products`): usually an index page.
    pub leaf: Kinds,
}

/// Digits in a row that make an id rather than a count or a year.
pub const LONG_NUMBER_DIGITS: usize = 5;

/// Words a directory may have and still name a section.
const MAX_SECTION_WORDS: usize = 3;

/// Query keys that mark a search page.
const SEARCH_KEYS: &[&str] = &["q", "s", "query", "search", "keyword", "keywords"];

/// Path segments that do not count towards depth on a home page.
const HOME_SEGMENTS: &[&str] = &[
    "index.html",
    "index.htm",
    "index.php",
    "home",
    "default.aspx",
];

impl UrlShape {
    pub fn parse(url: &str) -> Self {
        let rest = url.trim();
        let rest = crate::substr::split_once(rest, "://").map_or(rest, |(_, r)| r);
        let (before_fragment, _) = rest.split_once('#').unwrap_or((rest, ""));
        let (host_path, query) = before_fragment
            .split_once('?')
            .unwrap_or((before_fragment, ""));
        let (host, path) = host_path
            .split_once('/')
            .map_or((host_path, ""), |(h, p)| (h, p));
        let host = crate::substr::after_last(host, b'@');
        let host = host.split(':').next().unwrap_or(host);

        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let mut shape = UrlShape {
            present: true,
            depth: segments.len().min(u8::MAX as usize) as u8,
            ..UrlShape::default()
        };
        shape.is_home = segments.iter().all(|s| {
            is_language_code(s) || HOME_SEGMENTS.contains(&s.to_ascii_lowercase().as_str())
        });

        // Host labels except the top-level domain: `docs.python.org`.
        let labels: Vec<&str> = host.split('.').collect();
        for label in &labels[..labels.len().saturating_sub(1)] {
            shape.section |= lexicon::url_word(label);
        }
        let (dirs, last) = match segments.split_last() {
            Some((last, dirs)) => (dirs, Some(*last)),
            None => (&[][..], None),
        };
        // A directory names a section by itself (`/news/`) or by its first
        // word (`/blog-posts/`, `/about-us/`), not by a word deep inside a
        // slug (`/soul-search/`).
        for dir in dirs {
            let ws: Vec<&str> = words(dir).collect();
            if let Some(first) = ws.first().filter(|_| ws.len() <= MAX_SECTION_WORDS) {
                shape.section |= lexicon::url_word(first);
            }
        }
        if let Some(last) = last {
            let (stem, ext) = split_extension(last);
            shape.file_ext = ext.is_some();
            let slug: Vec<&str> = words(stem)
                .filter(|w| !w.bytes().all(|b| b.is_ascii_digit()))
                .collect();
            shape.slug_words = slug.len().min(u8::MAX as usize) as u8;
            if slug.len() <= 2 {
                for word in &slug {
                    shape.leaf |= lexicon::url_word(word);
                }
            }
        }
        shape.dated = is_dated(&segments);
        shape.versioned = labels.iter().chain(&segments).any(|s| is_version(s));
        shape.long_number = segments
            .iter()
            .rev()
            .take(2)
            .any(|s| longest_digit_run(s) >= LONG_NUMBER_DIGITS);

        let query_pairs = || {
            query.split('&').map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                (k.to_ascii_lowercase(), v)
            })
        };
        shape.search = segments
            .iter()
            .any(|s| split_extension(s).0.eq_ignore_ascii_case("search"))
            || query_pairs().any(|(k, v)| SEARCH_KEYS.contains(&k.as_str()) && !v.is_empty());
        shape.paged = segments
            .windows(2)
            .any(|w| w[0].eq_ignore_ascii_case("page") && w[1].bytes().all(|b| b.is_ascii_digit()))
            || query_pairs().any(|(k, v)| k == "page" && v != "1");
        shape
    }
}

/// The words of a path segment: runs of letters and digits.
fn words(segment: &str) -> impl Iterator<Item = &str> {
    crate::substr::alphanumeric_runs(segment).filter(|w| !w.is_empty())
}

/// `("story", Some("html"))` for `story.html`; only page extensions count.
fn split_extension(segment: &str) -> (&str, Option<&str>) {
    const PAGE_EXTENSIONS: &[&str] = &["html", "htm", "php", "aspx", "asp", "jsp", "shtml"];
    match crate::substr::rsplit_once(segment, b'.') {
        Some((stem, ext)) if PAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) => {
            (stem, Some(ext))
        }
        _ => (segment, None),
    }
}

/// `en`, `en-us`, `de_DE`: a language prefix, not a section.
fn is_language_code(segment: &str) -> bool {
    let b = segment.as_bytes();
    let alpha2 = |s: &[u8]| s.len() == 2 && s.iter().all(u8::is_ascii_alphabetic);
    alpha2(b) || (b.len() == 5 && matches!(b[2], b'-' | b'_') && alpha2(&b[..2]) && alpha2(&b[3..]))
}

/// `v2`, `5.1`, `1.2.3`, `2.x`: a release, not a year or an id.
fn is_version(s: &str) -> bool {
    let number = |p: &str| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    let (had_v, rest) = match s.strip_prefix(['v', 'V']) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let parts: Vec<&str> = rest.split('.').collect();
    match parts.as_slice() {
        [one] => had_v && number(one),
        [first, more @ ..] => number(first) && more.iter().all(|p| number(p) || *p == "x"),
        [] => false,
    }
}

fn longest_digit_run(s: &str) -> usize {
    crate::substr::digit_runs(s)
        .map(str::len)
        .max()
        .unwrap_or(0)
}

fn plausible_year(digits: &str) -> bool {
    digits.len() == 4 && matches!(small_number(digits), Some(1990..=2039))
}

fn plausible_month(digits: &str) -> bool {
    (1..=2).contains(&digits.len()) && matches!(small_number(digits), Some(1..=12))
}

/// `/2024/05/…`, `/2024-05-12-…`, `…-20240512-…`.
fn is_dated(segments: &[&str]) -> bool {
    let year_then_month = segments
        .windows(2)
        .any(|w| plausible_year(w[0]) && plausible_month(w[1]));
    year_then_month
        || segments.iter().any(|s| {
            let parts: Vec<&str> = s.split(['-', '_']).collect();
            let ymd = parts.windows(3).any(|w| {
                plausible_year(w[0]) && plausible_month(w[1]) && plausible_month_day(w[2])
            });
            ymd || crate::substr::digit_runs(s).any(|run| {
                run.len() == 8
                    && plausible_year(part(run, ..4))
                    && plausible_month(part(run, 4..6))
                    && plausible_month_day(part(run, 6..))
            })
        })
}

fn plausible_month_day(digits: &str) -> bool {
    digits.len() == 2 && matches!(small_number(digits), Some(1..=31))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::lexicon::{Kind, Kinds};

    #[test]
    fn shapes() {
        let s =
            UrlShape::parse("https://www.example.com/2025/09/04/top-nutrition-trends-for-fall/");
        assert!(s.dated && !s.is_home && s.slug_words == 5 && s.depth == 4);

        let s = UrlShape::parse("https://shop.example.com/products/mens-quarter-socks?variant=1");
        assert!(s.section.has(Kind::Product) && !s.dated && s.slug_words == 3);

        let s = UrlShape::parse("https://forums.docker.com/t/confusing-resolver-structure/144854");
        assert!(s.section.has(Kind::Forum) && s.long_number);

        let s = UrlShape::parse("https://docs.djangoproject.com/en/5.1/ref/middleware/");
        assert!(s.section.has(Kind::Docs));

        let s = UrlShape::parse("https://nssa.stanford.edu/news");
        assert!(s.leaf.has(Kind::Article) && s.slug_words == 1 && !s.section.has(Kind::Article));

        for home in [
            "https://www.gymshark.com",
            "http://x.test/",
            "https://x.test/en-us/index.html",
        ] {
            assert!(UrlShape::parse(home).is_home, "{home}");
        }
        assert!(UrlShape::parse("https://x.test/search?q=shoes").search);
        let s = UrlShape::parse("https://x.test/life-style/soul-search/a-story/articleshow/1.cms");
        assert!(!s.search && s.section == Kinds::default());
        assert!(UrlShape::parse("https://x.test/blog-posts/a-story")
            .section
            .has(Kind::Article));
        assert!(UrlShape::parse("https://x.test/?s=shoes").search);
        assert!(UrlShape::parse("https://x.test/blog/page/3/").paged);
        for (url, versioned) in [
            (
                "https://docs.djangoproject.com/en/5.1/ref/middleware/",
                true,
            ),
            ("https://v2.tauri.app/start/", true),
            ("https://git-scm.com/book/en/v2/Git-Branching", true),
            ("https://x.test/api/1.x/read", true),
            ("https://x.test/2024/05/story", false),
            ("https://x.test/story-2", false),
            ("https://x.test/v/story", false),
        ] {
            assert_eq!(UrlShape::parse(url).versioned, versioned, "{url}");
        }
        assert!(UrlShape::parse("https://x.test/news/2024-05-12-a-story.html").dated);
        assert!(UrlShape::parse("https://x.test/a-story-20240512.html").file_ext);
        assert!(!UrlShape::parse("https://x.test/model-2024-x/").dated);
        assert!(!UrlShape::parse("").is_home || UrlShape::parse("").depth == 0);
    }
}
