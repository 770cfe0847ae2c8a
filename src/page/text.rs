//! The readable text of a subtree, with a map back to the text nodes.
//!
//! Quote extraction works on plain text with character offsets; the panel
//! needs those offsets back in the DOM to scroll to and highlight a quote.
//! [`TextMap`] is that bridge: block elements become paragraph breaks,
//! whitespace is collapsed as a browser renders it, and every run of output
//! characters remembers the text node (and offset in it) it came from.

use super::{mojibake, NodeData, NodeId, Page};
use serde::Serialize;

/// Elements that start a new paragraph in the readable text (sorted, for
/// the search).
pub const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "button",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "label",
    "li",
    "main",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

pub fn is_block(tag: &str) -> bool {
    BLOCK_TAGS.binary_search(&tag).is_ok()
}

/// A run of characters of [`TextMap::text`] copied one for one from a text node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct TextPiece {
    /// Offset in the map's text, in chars.
    pub start: usize,
    /// Length in chars.
    pub len: usize,
    /// The text node the run comes from.
    pub node: NodeId,
    /// Offset of the run's first char inside that node's text, in chars.
    pub node_start: usize,
}

/// Readable text plus where each character came from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TextMap {
    /// Paragraphs separated by `"\n\n"`, `<br>` as `"\n"`, other whitespace
    /// collapsed to one space.
    pub text: String,
    /// Ordered, non-overlapping runs; the synthetic breaks and collapsed
    /// whitespace belong to none. Not serialized: drivers get [`Span`]s.
    #[serde(skip)]
    pub pieces: Vec<TextPiece>,
}

/// Where a run of a [`TextMap`]'s text lies in the page: from a char offset
/// in one text node to a char offset in another (exclusive), what a DOM
/// `Range` needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start_node: NodeId,
    #[serde(serialize_with = "crate::numbers::count")]
    pub start_offset: usize,
    pub end_node: NodeId,
    #[serde(serialize_with = "crate::numbers::count")]
    pub end_offset: usize,
}

impl TextMap {
    /// Where chars `[start, end)` of the text lie in the page; `None` when
    /// the run is empty or an end falls on a break the map made up.
    pub fn span(&self, start: usize, end: usize) -> Option<Span> {
        let (start_node, start_offset) = self.locate(start)?;
        let (end_node, last) = self.locate(end.checked_sub(1).filter(|&l| l >= start)?)?;
        Some(Span {
            start_node,
            start_offset,
            end_node,
            end_offset: last + 1,
        })
    }

    /// The text node and char offset in it behind the char at `offset`.
    pub fn locate(&self, offset: usize) -> Option<(NodeId, usize)> {
        let i = self.pieces.partition_point(|p| p.start + p.len <= offset);
        let p = self.pieces.get(i)?;
        (p.start <= offset).then(|| (p.node, p.node_start + offset - p.start))
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
    Paragraph,
}

struct Writer {
    map: TextMap,
    chars: usize,
    gap: Gap,
    /// The (node, next node offset) the last char came from, to extend the
    /// current piece instead of starting a new one.
    last: Option<(NodeId, usize)>,
    /// Where the whitespace run behind a pending [`Gap::Space`] starts.
    space_at: Option<(NodeId, usize)>,
}

impl Writer {
    fn want(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    fn want_space(&mut self, node: NodeId, node_offset: usize) {
        self.want(Gap::Space);
        self.space_at.get_or_insert((node, node_offset));
    }

    fn push(&mut self, c: char, node: NodeId, node_offset: usize) {
        if self.chars > 0 {
            let sep = match self.gap {
                Gap::None => "",
                Gap::Space => " ",
                Gap::Line => "\n",
                Gap::Paragraph => "\n\n",
            };
            // A collapsed space maps to the first whitespace it stands for.
            match (self.gap, self.space_at) {
                (Gap::Space, Some((n, o))) => self.emit(' ', n, o),
                _ => {
                    self.map.text.push_str(sep);
                    self.chars += sep.len();
                    self.last = None;
                }
            }
        }
        self.gap = Gap::None;
        self.space_at = None;
        self.emit(c, node, node_offset);
    }

    fn emit(&mut self, c: char, node: NodeId, node_offset: usize) {
        match (self.last, self.map.pieces.last_mut()) {
            (Some((n, next)), Some(p)) if n == node && next == node_offset => p.len += 1,
            _ => self.map.pieces.push(TextPiece {
                start: self.chars,
                len: 1,
                node,
                node_start: node_offset,
            }),
        }
        self.map.text.push(c);
        self.chars += 1;
        self.last = Some((node, node_offset + 1));
    }
}

/// What the walk of a subtree's readable text meets, in order.
enum Readable<'a> {
    /// A shown text node's text.
    Text(NodeId, &'a str),
    /// A break between blocks or lines.
    Break(Gap),
}

impl Page {
    /// The readable text under `root`, leaving out hidden elements and any
    /// subtree for which `skip` returns true (collapsed upsells, say), with
    /// punctuation that the site double-encoded read back ([`mojibake`]).
    pub fn text_map(&self, root: NodeId, skip: impl Fn(NodeId) -> bool) -> TextMap {
        let mut w = Writer {
            map: TextMap::default(),
            chars: 0,
            gap: Gap::None,
            last: None,
            space_at: None,
        };
        self.walk_readable(root, skip, |r| match r {
            Readable::Text(id, t) => {
                let mut chars = t.chars();
                let mut i = 0;
                while let Some(mut c) = chars.next() {
                    let at = i;
                    i += 1;
                    // A double-encoded sequence is read as the char it
                    // spells, mapped to its first char, as a collapsed space
                    // is to its run's.
                    // (read_back's own first test, made here so that
                    // the other chars skip the call: 1.5% of a page's
                    // instructions.)
                    let lead = matches!(c, '\u{c2}'..='\u{f4}');
                    if let Some((decoded, trailing)) =
                        lead.then(|| mojibake::read_back(c, &mut chars)).flatten()
                    {
                        c = decoded;
                        i += trailing;
                    }
                    if c.is_whitespace() {
                        w.want_space(id, at);
                    } else {
                        w.push(c, id, at);
                    }
                }
            }
            Readable::Break(gap) => w.want(gap),
        });
        w.map
    }

    /// The text of [`Page::text_map`] with every break and run of
    /// whitespace one space, and none at either end: what a reader copies
    /// off the screen, with blocks and line breaks parting words ("Sign in"
    /// above "Sign up" is "Sign in Sign up"). Written as it is read, with
    /// no map, since the upsell vetoes ask it of thousands of small boxes.
    pub fn visible_text(&self, root: NodeId) -> String {
        let mut out = String::new();
        let mut gap = false;
        self.walk_readable(
            root,
            |_| false,
            |r| match r {
                Readable::Text(_, t) => {
                    for c in t.chars() {
                        if c.is_whitespace() {
                            gap = true;
                        } else {
                            if gap && !out.is_empty() {
                                out.push(' ');
                            }
                            gap = false;
                            out.push(c);
                        }
                    }
                }
                Readable::Break(_) => gap = true,
            },
        );
        out
    }

    fn walk_readable<'a>(
        &'a self,
        root: NodeId,
        skip: impl Fn(NodeId) -> bool,
        mut visit: impl FnMut(Readable<'a>),
    ) {
        // (node, entering?) pairs: blocks add a break on the way in and out.
        let mut stack = vec![(root, true)];
        while let Some((id, entering)) = stack.pop() {
            match &self.node(id).data {
                NodeData::Text(t) => visit(Readable::Text(id, t)),
                NodeData::Element(e) => {
                    if e.tag == "br" {
                        visit(Readable::Break(Gap::Line));
                        continue;
                    }
                    if !entering {
                        if e.block {
                            visit(Readable::Break(Gap::Paragraph));
                        }
                        continue;
                    }
                    if e.hidden || skip(id) {
                        continue;
                    }
                    if e.block {
                        visit(Readable::Break(Gap::Paragraph));
                    }
                    stack.push((id, false));
                    for &c in self.children(id).iter().rev() {
                        stack.push((c, true));
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageBuilder;

    fn page() -> Page {
        let mut b = PageBuilder::new();
        b.open("div", []);
        b.open("h1", []);
        b.text(" Title ");
        b.close();
        b.open("p", []);
        b.text("One  two\n three ");
        b.open("em", []);
        b.text("four");
        b.close();
        b.open("br", []);
        b.close();
        b.text("five");
        b.close();
        b.open("p", [("class", "promo")]);
        b.text("Buy now");
        b.close();
        b.close();
        b.finish()
    }

    #[test]
    fn blocks_become_paragraphs_and_whitespace_collapses() {
        let p = page();
        let m = p.text_map(NodeId(0), |_| false);
        assert_eq!(m.text, "Title\n\nOne two three four\nfive\n\nBuy now");
    }

    #[test]
    fn block_tags_are_sorted_for_the_search() {
        assert!(BLOCK_TAGS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_block("div") && is_block("button") && !is_block("span"));
    }

    #[test]
    fn visible_text_is_the_map_s_text_with_breaks_as_spaces() {
        let p = page();
        assert_eq!(
            p.visible_text(NodeId(0)),
            "Title One two three four five Buy now"
        );
        let m = p.text_map(NodeId(0), |_| false);
        let mut collapsed = String::new();
        crate::page::push_collapsed(&mut collapsed, &m.text);
        assert_eq!(p.visible_text(NodeId(0)), collapsed);
    }

    #[test]
    fn double_encoded_punctuation_is_read_back_and_maps_to_its_first_char() {
        let mut b = PageBuilder::new();
        b.open("p", []);
        // "“I’m here,” she said": quotation marks read as Windows-1252, the
        // apostrophe as Latin-1, and a no-break space as Latin-1 at the end.
        b.text("\u{e2}€œI\u{e2}\u{80}\u{99}m here,\u{e2}€\u{9d} she said.\u{c2}\u{a0}");
        b.close();
        let p = b.finish();
        let m = p.text_map(NodeId(0), |_| false);
        assert_eq!(m.text, "“I’m here,” she said.");
        let text = NodeId(1);
        assert_eq!(m.locate(0), Some((text, 0)));
        assert_eq!(m.locate(1), Some((text, 3)));
        assert_eq!(m.locate(2), Some((text, 4)));
        assert_eq!(m.locate(3), Some((text, 7)));
        // A range of the quote ends after the closing mark's first char
        // (what follows it is shown as "€" and an invisible control).
        assert_eq!(
            m.span(0, 11),
            Some(Span {
                start_node: text,
                start_offset: 0,
                end_node: text,
                end_offset: 15
            })
        );
    }

    #[test]
    fn skip_leaves_out_subtrees() {
        let p = page();
        let m = p.text_map(NodeId(0), |id| {
            p.element(id).is_some_and(|e| e.has_class("promo"))
        });
        assert_eq!(m.text, "Title\n\nOne two three four\nfive");
    }

    #[test]
    fn every_char_maps_back_to_its_node() {
        let p = page();
        let m = p.text_map(NodeId(0), |_| false);
        let chars: Vec<char> = m.text.chars().collect();
        for (offset, &c) in chars.iter().enumerate() {
            match m.locate(offset) {
                Some((node, at)) => {
                    let NodeData::Text(t) = &p.node(node).data else {
                        panic!("not text")
                    };
                    let original = t.chars().nth(at).unwrap();
                    assert!(
                        original == c || (c == ' ' && original.is_whitespace()),
                        "{offset}"
                    );
                }
                None => assert!(c == '\n', "unmapped {c:?} at {offset}"),
            }
        }
        // "three" starts a new piece after the collapsed "\n ".
        let three = m.text.find("three").unwrap();
        let (node, at) = m.locate(three).unwrap();
        assert_eq!((node, at), (NodeId(4), 10));
    }

    #[test]
    fn a_span_runs_from_its_first_char_to_after_its_last() {
        let p = page();
        let m = p.text_map(NodeId(0), |_| false);
        let at = m.text.find("two three four").unwrap();
        let span = m.span(at, at + "two three four".len()).unwrap();
        // "two" is in the paragraph's first text node, "four" in <em>'s.
        assert_eq!((span.start_node, span.start_offset), (NodeId(4), 5));
        assert_eq!((span.end_node, span.end_offset), (NodeId(6), 4));
        assert_eq!(m.span(at, at), None, "empty");
        // A run ending on the made-up paragraph break has no page end.
        let title_end = m.text.find("\n\n").unwrap();
        assert_eq!(m.span(0, title_end + 1), None);
    }
}
