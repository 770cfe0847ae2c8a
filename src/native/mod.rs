//! The native driver: HTML files into the page model (html5ever via
//! `scraper`). Used by the tests and the `dramatis` command; never in wasm.

mod input;

pub use input::{read_document, InputError};

use crate::page::{Descend, NodeId, Page, PageBuilder};
use scraper::node::Node as HtmlNode;
use scraper::Html;
use std::collections::HashMap;

/// Parses an HTML document into a [`Page`], the way a browser would build
/// its DOM from the same bytes.
pub fn read_html(html: &str, url: Option<&str>) -> Page {
    read_parsed(&Html::parse_document(html), url)
}

/// Builds the [`Page`] of a document already parsed by `scraper`, for tools
/// that also query the parsed tree (CSS selectors in evaluations).
pub fn read_parsed(doc: &Html, url: Option<&str>) -> Page {
    let mut builder = PageBuilder::new();
    if let Some(url) = url {
        builder.set_url(url);
    }
    for child in doc.tree.root().children() {
        feed(&mut builder, child);
    }
    builder.finish()
}

/// Maps the elements of a parsed document to the [`Page`] elements that
/// [`read_parsed`] built from them. Elements the builder left out (the
/// content of `<script>`, `<svg>`, …) have no entry.
pub fn element_ids(doc: &Html, page: &Page) -> HashMap<ego_tree::NodeId, NodeId> {
    let mut map = HashMap::new();
    let first = doc.tree.root().children().find(|c| c.value().is_element());
    if let (Some(first), Some(root)) = (first, page.root()) {
        pair(first, page, root, &mut map);
    }
    map
}

fn pair(
    dom: ego_tree::NodeRef<'_, HtmlNode>,
    page: &Page,
    id: NodeId,
    map: &mut HashMap<ego_tree::NodeId, NodeId>,
) {
    map.insert(dom.id(), id);
    // The builder keeps every element child of a kept element (or none, when
    // the parent's content is skipped), so pairing children by tag in order
    // lines the two trees up.
    let mut kept = page
        .children(id)
        .iter()
        .copied()
        .filter(|&c| page.element(c).is_some())
        .peekable();
    for child in dom.children() {
        let HtmlNode::Element(e) = child.value() else {
            continue;
        };
        if let Some(&next) = kept.peek() {
            if page.tag(next) == e.name().to_ascii_lowercase() {
                kept.next();
                pair(child, page, next, map);
            }
        }
    }
}

fn feed(builder: &mut PageBuilder, node: ego_tree::NodeRef<'_, HtmlNode>) {
    match node.value() {
        HtmlNode::Element(e) => {
            if builder.open(e.name(), e.attrs()) == Descend::Children {
                for child in node.children() {
                    feed(builder, child);
                }
            }
            builder.close();
        }
        HtmlNode::Text(t) => builder.text(t),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::NodeData;

    #[test]
    fn parses_like_a_browser() {
        // Implied <html>, <head>, <body>, <tbody>; the unclosed <p> ends at <div>.
        let page = read_html(
            "<title>T</title><p>one<div>two</div><table><tr><td>x</table><!-- c -->",
            Some("https://x.test/"),
        );
        let tags: Vec<&str> = page
            .nodes
            .iter()
            .filter_map(|n| match &n.data {
                NodeData::Element(e) => Some(e.tag.as_str()),
                NodeData::Text(_) => None,
            })
            .collect();
        assert_eq!(
            tags,
            ["html", "head", "title", "body", "p", "div", "table", "tbody", "tr", "td"]
        );
        assert_eq!(page.meta.title.as_deref(), Some("T"));
        assert_eq!(page.url.as_deref(), Some("https://x.test/"));
    }

    #[test]
    fn dom_elements_map_to_page_ids() {
        let doc = Html::parse_document(
            "<p class=a>x<script><b>no</b></script><svg><title>t</title></svg>\
             <span class=b>y</span></p><div class=c><i>z</i></div>",
        );
        let page = read_parsed(&doc, None);
        let map = element_ids(&doc, &page);
        for class in ["a", "b", "c"] {
            let sel = scraper::Selector::parse(&format!(".{class}")).unwrap();
            let el = doc.select(&sel).next().unwrap();
            let id = map[&el.id()];
            assert!(page.element(id).unwrap().has_class(class), "{class}");
        }
        let svg_title = scraper::Selector::parse("svg title").unwrap();
        assert!(!map.contains_key(&doc.select(&svg_title).next().unwrap().id()));
        let elements = page
            .nodes
            .iter()
            .filter(|n| matches!(n.data, NodeData::Element(_)));
        assert_eq!(map.len(), elements.count());
    }
}
