//! Reading a page from the browser's own serialization of its DOM.
//!
//! The content script hands the wasm `document.documentElement.outerHTML`:
//! the browser writes it natively, several times faster than any JS walk of
//! the same nodes, and the wasm reads it off the page's main thread. That
//! string is not HTML in general but the HTML serializer's output, which is
//! far simpler to read, since it spells out the DOM's tree as it is:
//!
//! - every element has its end tag, but a void one (`<br>`), which has
//!   none and no children; no tag is implied, and nothing is re-parented;
//! - every attribute value is in double quotes, with `&` and `"` escaped
//!   (and `<`, `>` by newer browsers);
//! - text escapes `&`, `<`, `>` and U+00A0, except inside the raw-text
//!   elements (`script`, `style`, …), whose text is written as it is;
//! - comments are `<!--…-->`.
//!
//! So [`read`] needs no tree construction: a tokenizer whose nesting is the
//! string's. Where a page's scripts made a DOM that the serializer cannot
//! write faithfully (a script element whose text holds `</script>`, a
//! comment holding `-->`, children put under a void element), the string
//! reads as another tree; the content script sees it by the number of
//! elements ([`Read::elements`] against the live count) and then writes the
//! same format itself, node by node (`extension/ui/markup.js`).
//!
//! Each node is found again in the DOM by its [`Read::path_of`]: the index
//! of each ancestor among its parent's children, counting elements,
//! comments and runs of text (the serializer joins adjacent text nodes,
//! and writes nothing for an empty one).

use super::{NodeId, Page, PageBuilder};
use crate::substr::{self, part};
use std::borrow::Cow;

/// The elements whose text the serializer writes unescaped (HTML's
/// "serializing HTML fragments", with scripting enabled: `noscript` too).
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
    "noscript",
];

/// The elements the serializer writes without an end tag or children.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// The escapes the serializer writes, and what they stand for.
const ESCAPES: &[(&str, &str)] = &[
    ("&amp;", "&"),
    ("&lt;", "<"),
    ("&gt;", ">"),
    ("&quot;", "\""),
    ("&nbsp;", "\u{a0}"),
];

/// A page read from serialized markup, with the way back to its DOM nodes.
#[derive(Debug)]
pub struct Read {
    pub page: Page,
    /// The number of elements read, those in `<template>` contents left out:
    /// what the live document counts (`getElementsByTagName("*")`) when the
    /// string spelled out its tree faithfully.
    pub elements: u32,
    /// For every node id, the index of the markup node that made it.
    source_of_node: Vec<u32>,
    /// For every markup node (element or text run, in order): its parent
    /// markup node (`u32::MAX` for a root) and its index among the parent's
    /// children.
    places: Vec<(u32, u32)>,
}

impl Read {
    /// Writes to `out` the child indices that lead from the root element to
    /// node `id`'s DOM node (none for the root itself), and says how many;
    /// 0 for an unknown id.
    pub fn write_path(&self, id: NodeId, out: &mut Vec<u32>) -> usize {
        let start = out.len();
        let mut at = self
            .source_of_node
            .get(id.index())
            .copied()
            .unwrap_or(u32::MAX);
        while let Some(&(parent, index)) = self.places.get(at as usize) {
            if parent == u32::MAX {
                break;
            }
            out.push(index);
            at = parent;
        }
        out[start..].reverse();
        out.len() - start
    }

    /// The path [`Read::write_path`] writes, on its own.
    pub fn path_of(&self, id: NodeId) -> Vec<u32> {
        let mut path = Vec::new();
        self.write_path(id, &mut path);
        path
    }
}

/// Reads serialized markup (`outerHTML`, or the content script's own
/// writing of the same format) into a page.
pub fn read(markup: &str, url: Option<&str>) -> Read {
    let mut builder = PageBuilder::new();
    if let Some(url) = url {
        builder.set_url(url);
    }
    let mut source_of_node = Vec::new();
    let mut places: Vec<(u32, u32)> = Vec::new();
    // Open elements: their markup node, how many children they have so far,
    // and whether they are a `<template>`.
    let mut open: Vec<(u32, u32, bool)> = Vec::new();
    let mut elements = 0;
    let mut in_template = 0u32;
    for token in tokens(markup) {
        if let Token::Close = token {
            if let Some((_, _, template)) = open.pop() {
                builder.close();
                in_template -= u32::from(template);
            }
            continue;
        }
        // Every other token is the next child of the innermost open element.
        let parent = open
            .last_mut()
            .map_or((u32::MAX, 0), |(node, children, _)| {
                *children += 1;
                (*node, *children - 1)
            });
        let node = places.len() as u32;
        places.push(parent);
        let before = builder.node_count();
        match token {
            Token::Open { tag, attrs } => {
                builder.open(tag, attrs.iter().map(|(n, v)| (*n, v.as_ref())));
                elements += u32::from(in_template == 0);
                if VOID.contains(&tag) {
                    builder.close();
                } else {
                    let template = tag == "template";
                    in_template += u32::from(template);
                    open.push((node, 0, template));
                }
            }
            Token::Text(text) => builder.text(&text),
            Token::Comment | Token::Close => {}
        }
        if builder.node_count() > before {
            source_of_node.push(node);
        }
    }
    Read {
        page: builder.finish(),
        elements,
        source_of_node,
        places,
    }
}

/// One piece of serialized markup.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Open {
        tag: &'a str,
        attrs: Vec<(&'a str, Cow<'a, str>)>,
    },
    Text(Cow<'a, str>),
    Comment,
    Close,
}

/// The tokens of serialized markup, in order.
fn tokens(markup: &str) -> impl Iterator<Item = Token<'_>> {
    let bytes = markup.as_bytes();
    let mut at = 0;
    // The tag of a raw-text element just opened: its text comes next.
    let mut raw: Option<&str> = None;
    // Where `needle` (ASCII) next starts from `from`, or the end. Every cut
    // falls next to an ASCII byte, so on a char boundary.
    let find = move |from: usize, needle: &str| {
        substr::find(part(markup, from..), needle).map_or(bytes.len(), |p| from + p)
    };
    std::iter::from_fn(move || loop {
        if let Some(tag) = raw.take() {
            let end = raw_text_end(bytes, at, tag);
            let text = part(markup, at..end);
            at = end;
            if !text.is_empty() {
                return Some(Token::Text(Cow::Borrowed(text)));
            }
        }
        let rest = bytes.get(at..).filter(|r| !r.is_empty())?;
        if rest[0] != b'<' {
            let end = find(at, "<");
            let text = part(markup, at..end);
            at = end;
            return Some(Token::Text(unescape(text)));
        }
        match rest.get(1) {
            Some(b'/') => {
                at = find(at, ">") + 1;
                return Some(Token::Close);
            }
            Some(b'!') if rest.starts_with(b"<!--") => {
                at = find(at + 4, "-->") + 3;
                return Some(Token::Comment);
            }
            // A doctype, or what no serializer writes: passed over.
            Some(b'!' | b'?') => {
                at = find(at, ">") + 1;
                continue;
            }
            _ => {}
        }
        let name_end = at
            + 1
            + rest[1..]
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>')
                .unwrap_or(rest.len() - 1);
        let tag = part(markup, at + 1..name_end);
        at = name_end;
        let mut attrs = Vec::new();
        loop {
            while bytes
                .get(at)
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
            {
                at += 1;
            }
            match bytes.get(at) {
                None => break,
                Some(b'>') => {
                    at += 1;
                    break;
                }
                _ => {}
            }
            // A name may start with `=` (`<p =x>` in the source).
            let name_start = at;
            at += 1;
            while bytes
                .get(at)
                .is_some_and(|&b| !(b.is_ascii_whitespace() || b"/>=".contains(&b)))
            {
                at += 1;
            }
            let name = part(markup, name_start..at);
            let mut value = Cow::Borrowed("");
            if bytes.get(at) == Some(&b'=') && bytes.get(at + 1) == Some(&b'"') {
                let end = find(at + 2, "\"");
                value = unescape(part(markup, at + 2..end));
                at = end + 1;
            }
            attrs.push((name, value));
        }
        if RAW_TEXT.contains(&tag) {
            raw = Some(tag);
        }
        return Some(Token::Open { tag, attrs });
    })
}

/// Where the text of raw-text element `tag`, starting at `from`, ends: at
/// the first end tag of it that would end it in HTML's tokenizer, which
/// made the text in the first place. In a script that is not every
/// `</script>`: in a `<!--` section, one that follows a `<script` is part of
/// the text (`document.write('<script src=…></script>')` in an old page's
/// comment-wrapped script).
fn raw_text_end(bytes: &[u8], from: usize, tag: &str) -> usize {
    let script = tag == "script";
    let tag_at = |i: usize, end: bool| {
        let name = i + 1 + usize::from(end);
        bytes.get(i) == Some(&b'<')
            && (!end || bytes.get(i + 1) == Some(&b'/'))
            && bytes
                .get(name..name + tag.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(tag.as_bytes()))
            && bytes
                .get(name + tag.len())
                .is_some_and(|b| b" \t\n\x0c\r/>".contains(b))
    };
    // In a script: 0 plain, 1 in a `<!--` section, 2 after a `<script` in one.
    let mut state = 0;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'<' && tag_at(i, true) {
            if state < 2 {
                return i;
            }
            state = 1;
        } else if script && b == b'<' && state == 0 && bytes[i..].starts_with(b"<!--") {
            // On to the dashes: `<!-->` opens and closes at once.
            state = 1;
            i += 2;
            continue;
        } else if script && b == b'<' && state == 1 && tag_at(i, false) {
            state = 2;
        } else if script && b == b'-' && state > 0 && bytes[i..].starts_with(b"-->") {
            state = 0;
        }
        i += 1;
    }
    bytes.len()
}

/// Text or an attribute value with the serializer's escapes undone.
fn unescape(s: &str) -> Cow<'_, str> {
    if !substr::contains(s, "&") {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = substr::find(rest, "&") {
        out.push_str(part(rest, 0..i));
        rest = part(rest, i..rest.len());
        match ESCAPES.iter().find(|(e, _)| rest.starts_with(e)) {
            Some((e, c)) => {
                out.push_str(c);
                rest = part(rest, e.len()..rest.len());
            }
            None => {
                out.push('&');
                rest = part(rest, 1..rest.len());
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::NodeData;

    fn open<'a>(tag: &'a str, attrs: &[(&'a str, &'a str)]) -> Token<'a> {
        let attrs = attrs.iter().map(|&(n, v)| (n, Cow::Borrowed(v))).collect();
        Token::Open { tag, attrs }
    }

    #[test]
    fn reads_the_serializers_tokens() {
        let markup = concat!(
            r#"<p class="a b" title="&quot;x&quot; &amp; y &lt;z&gt;" hidden="">"#,
            "Fish &amp; chips&nbsp;&lt;3 &copy;<br><!-- a <p> -->",
            "<script>if (a < b && c) x = \"</p>\";</script>",
            "<style></style></p>"
        );
        let got: Vec<Token> = tokens(markup).collect();
        assert_eq!(
            got,
            [
                open(
                    "p",
                    &[("class", "a b"), ("title", "\"x\" & y <z>"), ("hidden", "")]
                ),
                Token::Text(Cow::Borrowed("Fish & chips\u{a0}<3 &copy;")),
                open("br", &[]),
                Token::Comment,
                open("script", &[]),
                Token::Text(Cow::Borrowed("if (a < b && c) x = \"</p>\";")),
                Token::Close,
                open("style", &[]),
                Token::Close,
                Token::Close,
            ]
        );
    }

    #[test]
    fn a_script_ends_where_htmls_tokenizer_ended_it() {
        let text = |markup| -> Vec<Token> { tokens(markup).collect() };
        let written = "<!-- document.write('<script src=x></script>'); -->";
        let page = format!("<script>{written}</script><p></p>");
        assert_eq!(
            text(&page),
            [
                open("script", &[]),
                Token::Text(Cow::Borrowed(written)),
                Token::Close,
                open("p", &[]),
                Token::Close,
            ]
        );
        // Not in a comment section, or in a style: the first end tag ends it.
        assert_eq!(
            text("<script>a('<script>')</script>")[1],
            Token::Text(Cow::Borrowed("a('<script>')"))
        );
        assert_eq!(text("<style><!--<script></style>").len(), 3);
        assert_eq!(text("<script><!--></script>").len(), 3);
        // `</scripts>` is not its end tag.
        assert_eq!(
            text("<script>a</scripts></script>")[1],
            Token::Text(Cow::Borrowed("a</scripts>"))
        );
    }

    #[test]
    fn odd_attribute_names_and_an_unclosed_end_read_without_panic() {
        let got: Vec<Token> = tokens(r#"<div =a="1" b"c="2"><x-y data-z="">t"#).collect();
        assert_eq!(
            got,
            [
                open("div", &[("=a", "1"), ("b\"c", "2")]),
                open("x-y", &[("data-z", "")]),
                Token::Text(Cow::Borrowed("t")),
            ]
        );
        for cut in ["<", "<p", "<p a=\"", "<!--", "<script>x", "</"] {
            let _ = tokens(cut).count();
        }
    }

    #[test]
    fn paths_count_elements_comments_and_text_runs() {
        let markup = concat!(
            "<html><head><title>T</title></head><body>",
            "<!-- c --><p>One <b>two</b> three</p>",
            "<template><p>not in the document</p></template>",
            "<div><br><img src=\"x\"><span>four</span></div>",
            "</body></html>"
        );
        let read = read(markup, None);
        let page = &read.page;
        let path = |tag: &str| {
            let id = (0..page.nodes.len() as u32)
                .map(NodeId)
                .find(|&id| page.tag(id) == tag)
                .unwrap();
            read.path_of(id)
        };
        assert_eq!(path("html"), Vec::<u32>::new());
        assert_eq!(path("body"), [1]);
        // After the comment.
        assert_eq!(path("p"), [1, 1]);
        assert_eq!(path("b"), [1, 1, 1]);
        // After the template, and two void elements with no end tags.
        assert_eq!(path("span"), [1, 3, 2]);
        let three = (0..page.nodes.len() as u32)
            .map(NodeId)
            .find(|&id| matches!(&page.node(id).data, NodeData::Text(t) if t == " three"))
            .unwrap();
        assert_eq!(read.path_of(three), [1, 1, 2]);
        // html head title body p b div br img span: not the template's p.
        assert_eq!(read.elements, 11);
        assert_eq!(page.meta.title.as_deref(), Some("T"));
        assert!(read.path_of(NodeId(9999)).is_empty());
    }
}
