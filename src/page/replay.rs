//! Building a page from a recorded stream of builder calls.
//!
//! In the browser the content script walks the DOM in plain JS and writes
//! the walk into one string of builder calls ([`decode`] reads it); the
//! wasm replays them into a [`PageBuilder`], in the content script or,
//! under a strict page CSP that stops Chromium from compiling wasm there,
//! in the background, from the same string. The recording is deliberately
//! dumb (elements, their attributes and text nodes, in order); all rules
//! about what to keep stay in the builder.

use super::{Page, PageBuilder};
use crate::substr::part;

/// One recorded builder call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Call<'a> {
    Open {
        tag: &'a str,
        attrs: Vec<(&'a str, &'a str)>,
    },
    Text(&'a str),
    Close,
}

/// A page built from recorded calls, and for each node of the page the index
/// of the recorded `Open` or `Text` call (counting only those) that made it,
/// so the recorder can find its DOM node for any [`super::NodeId`].
#[derive(Debug)]
pub struct Replayed {
    pub page: Page,
    pub source_of_node: Vec<u32>,
}

/// Replays `calls` into a fresh builder.
pub fn replay<'a>(url: Option<&str>, calls: impl IntoIterator<Item = Call<'a>>) -> Replayed {
    let mut builder = PageBuilder::new();
    if let Some(url) = url {
        builder.set_url(url);
    }
    let mut source_of_node = Vec::new();
    let mut recorded = 0u32;
    for call in calls {
        let before = builder.node_count();
        match call {
            Call::Open { tag, attrs } => {
                builder.open(tag, attrs);
            }
            Call::Text(t) => builder.text(t),
            Call::Close => {
                builder.close();
                continue;
            }
        }
        if builder.node_count() > before {
            source_of_node.push(recorded);
        }
        recorded += 1;
    }
    Replayed {
        page: builder.finish(),
        source_of_node,
    }
}

/// The markers of [`decode`]'s format. Control characters that HTML never
/// puts in names, and that the encoder replaces in text and values.
pub mod marker {
    pub const OPEN: u8 = 1;
    pub const ATTRIBUTE: u8 = 2;
    pub const VALUE: u8 = 3;
    pub const TEXT: u8 = 4;
    pub const CLOSE: u8 = 5;
}

/// Decodes calls encoded in one string, as the content script's JS walker
/// (`encodePage` in `extension/ui/walk.js`) writes them: one string crosses
/// into the wasm instead of several calls per node. Each call starts with a
/// marker: `\u{1}tag` then `\u{2}name\u{3}value` per attribute opens an
/// element, `\u{4}text` is text, `\u{5}` closes. Anything before the first
/// marker is ignored.
pub fn decode(encoded: &str) -> impl Iterator<Item = Call<'_>> {
    let bytes = encoded.as_bytes();
    let is_marker = |b: u8| (marker::OPEN..=marker::CLOSE).contains(&b);
    // The markers are ASCII, so every cut below falls on a char boundary.
    let field_end = move |from: usize| {
        bytes[from..]
            .iter()
            .position(|&b| is_marker(b))
            .map_or(bytes.len(), |p| from + p)
    };
    let mut at = field_end(0);
    std::iter::from_fn(move || {
        let kind = *bytes.get(at)?;
        let start = at + 1;
        let end = field_end(start);
        at = end;
        Some(match kind {
            marker::OPEN => {
                let mut attrs = Vec::new();
                while bytes.get(at) == Some(&marker::ATTRIBUTE) {
                    let name_end = field_end(at + 1);
                    let name = part(encoded, at + 1..name_end);
                    at = name_end;
                    let value = if bytes.get(at) == Some(&marker::VALUE) {
                        let value_end = field_end(at + 1);
                        let v = part(encoded, at + 1..value_end);
                        at = value_end;
                        v
                    } else {
                        ""
                    };
                    attrs.push((name, value));
                }
                Call::Open {
                    tag: part(encoded, start..end),
                    attrs,
                }
            }
            marker::TEXT => Call::Text(part(encoded, start..end)),
            // A stray attribute or value marker closes nothing; a close is a close.
            marker::CLOSE => Call::Close,
            _ => Call::Text(""),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::NodeId;

    #[test]
    fn decodes_the_walkers_string() {
        let encoded =
            "\u{1}html\u{1}p\u{2}class\u{3}a b\u{2}hidden\u{3}\u{4}Ünïcödé text\u{5}\u{4}\u{5}";
        let calls: Vec<Call> = decode(encoded).collect();
        assert_eq!(
            calls,
            [
                Call::Open {
                    tag: "html",
                    attrs: vec![]
                },
                Call::Open {
                    tag: "p",
                    attrs: vec![("class", "a b"), ("hidden", "")]
                },
                Call::Text("Ünïcödé text"),
                Call::Close,
                Call::Text(""),
                Call::Close,
            ]
        );
        assert_eq!(decode("").count(), 0);
    }

    #[test]
    fn nodes_point_back_to_their_calls() {
        let calls = vec![
            Call::Open {
                tag: "html",
                attrs: vec![],
            },
            Call::Open {
                tag: "script",
                attrs: vec![],
            },
            Call::Text("ignored();"),
            Call::Close,
            Call::Open {
                tag: "p",
                attrs: vec![("class", "x")],
            },
            Call::Text("kept"),
            Call::Close,
            Call::Close,
        ];
        let r = replay(Some("https://x.test/"), calls);
        // html, script, p, text; the script's text is call 2 and makes no node.
        assert_eq!(r.source_of_node, [0, 1, 3, 4]);
        assert_eq!(r.page.visible_text(NodeId(0)), "kept");
        assert_eq!(r.page.url.as_deref(), Some("https://x.test/"));
    }
}
