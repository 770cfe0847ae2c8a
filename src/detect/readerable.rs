//! The baseline: Firefox Reader View's `isProbablyReaderable`, ported from
//! mozilla/readability's `Readability-readerable.js` onto the [`Page`]
//! model, to be measured beside the detector on the same pages.
//!
//! The rule: take every `<p>`, `<pre>` and `<article>`, plus every `<div>`
//! that has a `<br>` child; skip invisible ones, ones whose class and id
//! look like boilerplate (and not like content), and `<p>`s inside `<li>`;
//! each remaining node with a trimmed `textContent` of at least 140 UTF-16
//! units adds `sqrt(length - 140)`; the page is readerable when the sum
//! exceeds 20.
//!
//! Where the page model differs from a DOM, so does the port:
//! - visibility: Readability checks the node's own inline `display:none`,
//!   `hidden` and `aria-hidden="true"`; the page model keeps one inherited
//!   `hidden` flag (inline `display:none` / `visibility:hidden`, `hidden`;
//!   a wrapper hiding most of the page until scripts run is shown), and
//!   drops `aria-hidden`;
//! - `textContent`: the page model drops the text of `<script>`, `<style>`,
//!   `<noscript>`, `<template>` and `<svg>`, which `textContent` includes.

use crate::page::{NodeData, NodeId, Page};
use crate::substr::part;

/// Readability's defaults.
const MIN_CONTENT_LENGTH: f64 = 140.0;
const MIN_SCORE: f64 = 20.0;

/// `REGEXPS.unlikelyCandidates`, as plain alternatives (tested on the
/// lower-cased class and id).
const UNLIKELY_CANDIDATES: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];

/// `REGEXPS.okMaybeItsACandidate`.
const MAYBE_CANDIDATE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow",
];

/// Trimmed `textContent` length of every node, in UTF-16 units, computed
/// bottom-up in one pass.
#[derive(Clone, Copy, Default)]
struct TextLen {
    len: usize,
    /// Leading and trailing whitespace units, and whether it is all whitespace.
    lead: usize,
    trail: usize,
    blank: bool,
}

impl TextLen {
    fn of(text: &str) -> Self {
        let is_ws = |c: char| c.is_whitespace() || c == '\u{feff}';
        let units = |s: &str| s.chars().map(char::len_utf16).sum::<usize>();
        let len = units(text);
        let lead = units(part(
            text,
            ..text.len() - text.trim_start_matches(is_ws).len(),
        ));
        let trail = units(part(text, text.trim_end_matches(is_ws).len()..));
        TextLen {
            len,
            lead,
            trail,
            blank: lead == len,
        }
    }

    fn trimmed(&self) -> usize {
        if self.blank {
            0
        } else {
            self.len - self.lead - self.trail
        }
    }

    /// The length of `self` followed by `next`.
    fn then(self, next: TextLen) -> TextLen {
        TextLen {
            len: self.len + next.len,
            lead: if self.blank {
                self.len + next.lead
            } else {
                self.lead
            },
            trail: if next.blank {
                self.trail + next.len
            } else {
                next.trail
            },
            blank: self.blank && next.blank,
        }
    }
}

/// Whether Reader View would offer itself on this page.
pub fn is_probably_readerable(page: &Page) -> bool {
    let n = page.nodes.len();
    let mut lens = vec![
        TextLen {
            blank: true,
            ..TextLen::default()
        };
        n
    ];
    for i in (0..n).rev() {
        lens[i] = match &page.nodes[i].data {
            NodeData::Text(t) => TextLen::of(t),
            NodeData::Element(_) => page.nodes[i].children.iter().fold(
                TextLen {
                    blank: true,
                    ..TextLen::default()
                },
                |acc, c| acc.then(lens[c.index()]),
            ),
        };
    }

    let mut score = 0.0;
    for (i, len) in lens.iter().enumerate() {
        let id = NodeId(i as u32);
        let Some(e) = page.element(id) else { continue };
        let candidate = match e.tag.as_str() {
            "p" | "pre" | "article" => true,
            "div" => page.children(id).iter().any(|&c| page.tag(c) == "br"),
            _ => false,
        };
        if !candidate || e.hidden {
            continue;
        }
        let match_string = crate::case::lower_str(&format!("{} {}", e.classes.join(" "), e.id));
        let unlikely = UNLIKELY_CANDIDATES.iter().any(|w| match_string.contains(w))
            && !MAYBE_CANDIDATE.iter().any(|w| match_string.contains(w));
        if unlikely {
            continue;
        }
        if e.tag == "p" && page.ancestors(id).any(|a| page.tag(a) == "li") {
            continue;
        }
        let len = len.trimmed() as f64;
        if len < MIN_CONTENT_LENGTH {
            continue;
        }
        score += (len - MIN_CONTENT_LENGTH).sqrt();
        if score > MIN_SCORE {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageBuilder;

    fn page(blocks: &[(&str, &str, usize)]) -> Page {
        let mut b = PageBuilder::new();
        b.open("body", []);
        for &(tag, class, chars) in blocks {
            b.open(tag, [("class", class)]);
            b.text(&format!("  {}  ", "x".repeat(chars)));
            b.close();
        }
        b.close();
        b.finish()
    }

    #[test]
    fn the_rule() {
        // sqrt(540 - 140) = 20 is not more than 20; 541 is.
        assert!(!is_probably_readerable(&page(&[("p", "", 540)])));
        assert!(is_probably_readerable(&page(&[("p", "", 541)])));
        // Short paragraphs never count, however many.
        assert!(!is_probably_readerable(&page(&[("p", "", 139); 50])));
        // Two of 240 chars: 10 + 10 is not more than 20; three are.
        assert!(!is_probably_readerable(&page(&[("p", "", 240); 2])));
        assert!(is_probably_readerable(&page(&[("p", "", 240); 3])));
        // Boilerplate class, unless it also looks like content.
        assert!(!is_probably_readerable(&page(&[("p", "sidebar", 600)])));
        assert!(is_probably_readerable(&page(&[(
            "p",
            "sidebar-content",
            600
        )])));
        // Other tags do not count.
        assert!(!is_probably_readerable(&page(&[("section", "", 600)])));
        assert!(is_probably_readerable(&page(&[("pre", "", 600)])));
    }

    #[test]
    fn paragraphs_in_list_items_do_not_count_but_br_divs_do() {
        let mut b = PageBuilder::new();
        b.open("ul", []);
        b.open("li", []);
        b.open("p", []);
        b.text(&"x".repeat(600));
        b.close();
        b.close();
        b.close();
        assert!(!is_probably_readerable(&b.finish()));

        let mut b = PageBuilder::new();
        b.open("div", []);
        b.text(&"x".repeat(300));
        b.open("br", []);
        b.close();
        b.text(&"é".repeat(300));
        b.close();
        assert!(is_probably_readerable(&b.finish()));
    }
}
