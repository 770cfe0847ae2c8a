//! The native driver: HTML files into the page model (html5ever via
//! `scraper`). Used by the tests and the `dramatis` command; never in wasm.

mod input;

pub use input::{read_document, InputError};

use crate::page::{Descend, Page, PageBuilder};
use scraper::node::Node as HtmlNode;
use scraper::Html;

/// Parses an HTML document into a [`Page`], the way a browser would build
/// its DOM from the same bytes.
pub fn read_html(html: &str, url: Option<&str>) -> Page {
    let doc = Html::parse_document(html);
    let mut builder = PageBuilder::new();
    if let Some(url) = url {
        builder.set_url(url);
    }
    for child in doc.tree.root().children() {
        feed(&mut builder, child);
    }
    builder.finish()
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
}
