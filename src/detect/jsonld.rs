//! A small, tolerant scanner for the bits of JSON-LD a detector needs.
//!
//! `serde_json` must stay out of the wasm, and a detector does not need a
//! JSON tree anyway: it needs the schema.org `@type` values anywhere in the
//! block (`@graph` members, nested `mainEntity`, arrays of types) and whether
//! a few keys (`datePublished`, `author`, `articleBody`) occur. The scanner
//! walks the text once, reads string tokens with their escapes, and never
//! fails: truncated or invalid JSON (common on real pages: trailing commas,
//! comments, HTML entities) yields whatever was read before the damage.

use super::schema::{self, SchemaKind, SchemaKinds};
use crate::substr::part;

/// What a page's JSON-LD blocks say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct JsonLd {
    /// The kinds of every `@type` seen (see [`schema::kind_of`]).
    pub kinds: SchemaKinds,
    /// Some object has `datePublished`.
    pub date_published: bool,
    /// Some object has `author`.
    pub author: bool,
    /// Some object has `articleBody`.
    pub article_body: bool,
    /// An object typed as an article (not a `WebPage`, which CMSs date
    /// too) has `datePublished` / `author`.
    pub article_dated: bool,
    pub article_authored: bool,
}

/// What one JSON object has said so far.
#[derive(Default)]
struct Frame {
    kinds: SchemaKinds,
    date: bool,
    author: bool,
}

impl JsonLd {
    /// Scans every block.
    pub fn scan<'a>(blocks: impl IntoIterator<Item = &'a str>) -> Self {
        let mut out = JsonLd::default();
        for block in blocks {
            out.scan_block(block);
        }
        out
    }

    fn scan_block(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut i = 0;
        let mut frames: Vec<Frame> = Vec::new();
        // The key whose value comes next, when the last string was a key.
        let mut pending_type = false;
        let mut in_type_array = false;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    let (value, end) = read_string(text, i + 1);
                    i = end;
                    let is_key = next_significant(bytes, i) == Some(b':');
                    if is_key {
                        pending_type = value == "@type";
                        let frame = frames.last_mut();
                        match value.as_str() {
                            "datePublished" => {
                                self.date_published = true;
                                if let Some(f) = frame {
                                    f.date = true;
                                }
                            }
                            "author" => {
                                self.author = true;
                                if let Some(f) = frame {
                                    f.author = true;
                                }
                            }
                            "articleBody" => self.article_body = true,
                            _ => {}
                        }
                    } else if pending_type || in_type_array {
                        let kinds = schema::kind_of(&value);
                        self.kinds |= kinds;
                        if let Some(f) = frames.last_mut() {
                            f.kinds |= kinds;
                        }
                        pending_type = false;
                    }
                    continue;
                }
                b'[' if pending_type => {
                    in_type_array = true;
                    pending_type = false;
                }
                b']' => in_type_array = false,
                b'{' => {
                    frames.push(Frame::default());
                    pending_type = false;
                }
                b'}' => {
                    if let Some(f) = frames.pop() {
                        self.close(&f);
                    }
                    pending_type = false;
                }
                b':' | b' ' | b'\t' | b'\n' | b'\r' => {}
                _ => pending_type = false,
            }
            i += 1;
        }
        // Objects left open by a truncated block still count.
        while let Some(f) = frames.pop() {
            self.close(&f);
        }
    }

    fn close(&mut self, f: &Frame) {
        let article = f.kinds.has(SchemaKind::Article) || f.kinds.has(SchemaKind::TechArticle);
        self.article_dated |= article && f.date;
        self.article_authored |= article && f.author;
    }
}

/// The first byte after `i` that is not JSON whitespace.
fn next_significant(bytes: &[u8], mut i: usize) -> Option<u8> {
    while let Some(&b) = bytes.get(i) {
        if !b.is_ascii_whitespace() {
            return Some(b);
        }
        i += 1;
    }
    None
}

/// Reads a JSON string starting after its opening quote; returns the
/// unescaped text (only the escapes that matter for keys and type names are
/// decoded; others are kept as the escaped char) and the index after the
/// closing quote (or the end of the text when it is unterminated).
fn read_string(text: &str, start: usize) -> (String, usize) {
    let mut out = String::new();
    let mut chars = part(text, start..).char_indices();
    while let Some((off, c)) = chars.next() {
        match c {
            '"' => return (out, start + off + 1),
            '\\' => {
                if let Some((_, e)) = chars.next() {
                    out.push(match e {
                        'n' | 'r' | 't' => ' ',
                        other => other,
                    });
                }
            }
            c => out.push(c),
        }
    }
    (out, text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::schema::SchemaKind as K;

    #[test]
    fn types_anywhere_in_the_block() {
        let cases: &[(&str, &[K])] = &[
            (r#"{"@type":"NewsArticle","headline":"x"}"#, &[K::Article]),
            (
                r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["BlogPosting","Thing"]}]}"#,
                &[K::WebPage, K::Article],
            ),
            (
                r#"[{"@type":"Product","offers":{"@type":"Offer"}},{"@type":"BreadcrumbList"}]"#,
                &[K::Product, K::Breadcrumbs],
            ),
            (r#"{"@type": "http://schema.org/FAQPage"}"#, &[K::Faq]),
            // Truncated and with a trailing comma: what was read still counts.
            (
                r#"{"@type":"QAPage", "mainEntity": {"@type": "Quest"#,
                &[K::Forum],
            ),
            // "@type" as a value is not a key.
            (r#"{"name":"@type","x":"Product"}"#, &[]),
            // Escaped quotes inside strings do not end them.
            (
                r#"{"d":"say \"@type\": \"Product\"","@type":"Recipe"}"#,
                &[K::HowTo],
            ),
        ];
        for (json, want) in cases {
            let got = JsonLd::scan([*json]).kinds;
            let want = want.iter().fold(SchemaKinds::default(), |k, &w| k | w);
            assert_eq!(got, want, "{json}");
        }
    }

    #[test]
    fn keys_are_noticed() {
        let ld =
            JsonLd::scan([r#"{"@type":"Article","datePublished":"2024","author":{"name":"A"}}"#]);
        assert!(ld.date_published && ld.author && !ld.article_body);
        assert!(ld.article_dated && ld.article_authored);
        // Yoast dates the WebPage of every page; only an article's date counts.
        let page = JsonLd::scan([
            r##"{"@graph":[{"@type":"WebPage","datePublished":"2024","author":{"@id":"#a"}},{"@type":"Organization"}]}"##,
        ]);
        assert!(page.date_published && !page.article_dated && !page.article_authored);
        let graph = JsonLd::scan([
            r#"{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","author":{"@type":"Person","name":"A"},"datePublished":"2024"}]}"#,
        ]);
        assert!(graph.article_dated && graph.article_authored);
        assert_eq!(JsonLd::scan(["not json at all"]), JsonLd::default());
    }
}
