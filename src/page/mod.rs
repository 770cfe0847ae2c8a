//! The page model: an element tree with just what the analysis needs.
//!
//! A [`Page`] is built by exactly one API, [`PageBuilder`], whichever driver
//! feeds it: the native HTML reader (`native`, html5ever), the reader of a
//! live DOM's serialized markup ([`markup`], what the extension hands the
//! wasm) or the live-DOM reader in the browser (`web::reader`, web-sys, the
//! reference in the browser's tests). All stream open-element / text /
//! close events; the builder decides what is kept, which
//! subtrees are skipped and what goes into the page [`Metadata`], so the two
//! drivers cannot drift apart on those rules.
//!
//! Every result of the analysis refers to nodes by [`NodeId`]; only the web
//! layer maps ids back to DOM nodes.

mod builder;
pub mod markup;
pub mod mojibake;
mod text;

pub use builder::{
    Descend, PageBuilder, KEPT_ATTRIBUTES, MAX_DATA_ATTRIBUTE_LEN, READ_ATTRIBUTES, SKIPPED_CONTENT,
};
pub use text::{Span, TextMap, TextPiece};

use serde::Serialize;

/// Index of a node in its [`Page`]; ids follow document order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The id as an index into [`Page::nodes`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One node of the tree: an element or a run of text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub data: NodeData,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeData {
    Element(Element),
    /// The text exactly as the document holds it (whitespace not collapsed).
    Text(String),
}

/// An element with the few attributes the analysis reads.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Element {
    /// Lower-case local name (`div`, `p`, `svg`).
    pub tag: String,
    /// The `id` attribute, empty when absent.
    pub id: String,
    pub classes: Vec<String>,
    /// The attributes in [`KEPT_ATTRIBUTES`] (and short `data-*` ones),
    /// sorted by name, names lower-case.
    pub attrs: Vec<(String, String)>,
    /// The element or one of its ancestors is hidden by markup alone
    /// (`hidden`, inline `display:none` / `visibility:hidden`, `<input
    /// type=hidden>`). Stylesheets are not consulted: both readers must agree.
    pub hidden: bool,
    /// It starts a new paragraph in the readable text (`text::BLOCK_TAGS`):
    /// read once here, since the text is read again for many small boxes.
    #[serde(skip)]
    pub block: bool,
}

impl Element {
    /// The value of a kept attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.classes.iter().any(|c| c == class)
    }
}

/// What a detector reads from `<head>` (and JSON-LD anywhere).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Metadata {
    /// Text of the first `<title>` outside `<svg>`, whitespace collapsed.
    pub title: Option<String>,
    /// `lang` of the root element.
    pub lang: Option<String>,
    /// `dir` of the root element (`ltr`, `rtl`).
    pub dir: Option<String>,
    /// `<meta>` entries as (key, content): the key is the `property`, `name`
    /// or `itemprop` attribute, lower-cased (`og:type`, `description`).
    pub meta: Vec<(String, String)>,
    /// `href` of the first `<link rel=canonical>`.
    pub canonical: Option<String>,
    /// Raw text of each `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
}

/// A document as the analysis sees it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Page {
    /// The page's address, when the driver knows it.
    pub url: Option<String>,
    pub meta: Metadata,
    /// All nodes in document order; `nodes[0]` is the root element when the
    /// page is not empty.
    pub nodes: Vec<Node>,
}

impl Page {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    /// The root element (`<html>`), if the page has any node.
    pub fn root(&self) -> Option<NodeId> {
        (!self.nodes.is_empty()).then_some(NodeId(0))
    }

    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.node(id).data {
            NodeData::Element(e) => Some(e),
            NodeData::Text(_) => None,
        }
    }

    /// Lower-case tag name of an element node, `""` for text.
    pub fn tag(&self, id: NodeId) -> &str {
        self.element(id).map_or("", |e| e.tag.as_str())
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.node(id).children
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).parent
    }

    /// `id` and everything below it, in document order. Because ids follow
    /// document order, a subtree is a contiguous id range.
    pub fn subtree(&self, id: NodeId) -> std::ops::Range<usize> {
        id.index()..self.subtree_end(id)
    }

    /// One past the last id inside the subtree of `id`.
    pub fn subtree_end(&self, id: NodeId) -> usize {
        let mut last = id;
        while let Some(&child) = self.children(last).last() {
            last = child;
        }
        last.index() + 1
    }

    /// Whether `inner` lies in the subtree of `outer` (or is `outer`).
    pub fn contains(&self, outer: NodeId, inner: NodeId) -> bool {
        self.subtree(outer).contains(&inner.index())
    }

    /// The ancestors of `id`, nearest first (not `id` itself).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    /// The `<body>` element, or the root when there is none.
    pub fn body(&self) -> Option<NodeId> {
        let root = self.root()?;
        self.children(root)
            .iter()
            .copied()
            .find(|&c| self.tag(c) == "body")
            .or(Some(root))
    }

    /// Whether the node is hidden by markup (see [`Element::hidden`]).
    pub fn is_hidden(&self, id: NodeId) -> bool {
        match &self.node(id).data {
            NodeData::Element(e) => e.hidden,
            NodeData::Text(_) => self
                .parent(id)
                .and_then(|p| self.element(p))
                .is_some_and(|e| e.hidden),
        }
    }

    /// The first `<meta>` content for a key (`og:type`, `description`).
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta
            .meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Non-whitespace chars of a text, counted on its bytes: every byte that
/// starts a char, except ASCII whitespace and the no-break space (`C2 A0`).
pub fn visible_chars(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let starts_char = b & 0xC0 != 0x80;
        let nbsp = b == 0xC2 && bytes.get(i + 1) == Some(&0xA0);
        n += (starts_char && !b.is_ascii_whitespace() && !nbsp) as u32;
    }
    n
}

/// Appends `text` to `out` with runs of whitespace collapsed to one space and
/// no leading space at the start of `out`.
pub(crate) fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Page {
        let mut b = PageBuilder::new();
        b.open("html", []);
        b.open("body", []);
        b.open("p", [("class", "a b")]);
        b.text("Hello  ");
        b.open("b", []);
        b.text("big\n world");
        b.close();
        b.close();
        b.open("div", [("hidden", "")]);
        b.text("secret");
        b.close();
        b.close();
        b.close();
        b.finish()
    }

    #[test]
    fn subtree_is_a_contiguous_range() {
        let page = sample();
        let body = page.body().unwrap();
        assert_eq!(page.tag(body), "body");
        assert_eq!(page.subtree(body), 1..page.nodes.len());
        let p = page.children(body)[0];
        assert_eq!(page.subtree(p), 2..6);
        assert!(page.contains(body, NodeId(5)));
        assert!(!page.contains(p, NodeId(6)));
    }

    #[test]
    fn visible_text_collapses_whitespace_and_skips_hidden() {
        let page = sample();
        assert_eq!(page.visible_text(page.root().unwrap()), "Hello big world");
    }

    #[test]
    fn visible_text_parts_blocks_and_lines_but_not_inline_runs() {
        let mut b = PageBuilder::new();
        b.open("div", []);
        b.open("p", []);
        b.text("Sign in");
        b.close();
        b.text("Sign up");
        b.open("br", []);
        b.close();
        b.text("Log");
        b.open("b", []);
        b.text("out");
        b.close();
        b.close();
        let page = b.finish();
        assert_eq!(page.visible_text(NodeId(0)), "Sign in Sign up Logout");
    }

    #[test]
    fn ancestors_run_nearest_first() {
        let page = sample();
        let tags: Vec<_> = page.ancestors(NodeId(5)).map(|a| page.tag(a)).collect();
        assert_eq!(tags, ["b", "p", "body", "html"]);
    }
}
