//! Building a page from a recorded stream of builder calls.
//!
//! Under a strict page CSP, Chromium will not compile wasm in a content
//! script. The content script then walks the DOM in plain JS, records the
//! walk as a flat list of builder calls and sends it to the background,
//! where the same wasm replays it into a [`PageBuilder`]. The recording is
//! deliberately dumb (every element, every text node, in order); all rules
//! about what to keep stay in the builder.

use super::{Page, PageBuilder};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::NodeId;

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
