//! Subscription upsells: which elements to collapse, and why.

use crate::page::{NodeData, NodeId, Page};
use serde::Serialize;

/// An element to collapse.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Upsell {
    pub node: NodeId,
    /// Why, for the reader ("call to action: subscribe").
    pub reason: String,
}

/// Phrases that only promotional boxes say, lower case.
const CALLS_TO_ACTION: &[&str] = &[
    "subscribe",
    "free trial",
    "sign up",
    "newsletter",
    "in your inbox",
    "membership",
    "already a member",
    "already a subscriber",
    "support our journalism",
];

/// Boxes longer than this are not promos but content.
const MAX_UPSELL_CHARS: usize = 1500;

/// Finds upsell elements anywhere on the page; `article_root` is the element
/// holding the story, whose paragraphs must never be collapsed.
pub fn find(page: &Page, article_root: NodeId) -> Vec<Upsell> {
    let mut found: Vec<Upsell> = Vec::new();
    for (i, node) in page.nodes.iter().enumerate() {
        let id = NodeId(i as u32);
        let NodeData::Element(e) = &node.data else {
            continue;
        };
        if e.hidden || !matches!(e.tag.as_str(), "div" | "section" | "aside" | "form") {
            continue;
        }
        if found.iter().any(|u| page.contains(u.node, id)) || page.contains(id, article_root) {
            continue;
        }
        let text = page.visible_text(id).to_lowercase();
        if text.len() > MAX_UPSELL_CHARS || holds_article_paragraph(page, id, article_root) {
            continue;
        }
        let cues: Vec<&str> = CALLS_TO_ACTION
            .iter()
            .copied()
            .filter(|c| text.contains(c))
            .collect();
        if cues.len() >= 2 {
            found.push(Upsell {
                node: id,
                reason: format!("call to action: {}", cues.join(", ")),
            });
        }
    }
    found
}

/// The hard veto: a `<p>` child of the article root lies inside `id`.
fn holds_article_paragraph(page: &Page, id: NodeId, article_root: NodeId) -> bool {
    page.children(article_root)
        .iter()
        .any(|&p| page.tag(p) == "p" && page.contains(id, p))
}

/// Upsells in a fragment injected after load (a modal, a sticky bar), read
/// into a page of its own: there is no article root to protect.
pub fn find_in_fragment(page: &Page) -> Vec<Upsell> {
    match page.root() {
        Some(root) => find(page, root),
        None => Vec::new(),
    }
}
