//! The live DOM into a [`PageBuilder`], keeping the DOM node of every node id.

use crate::page::{Descend, Page, PageBuilder};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// Reads `root` (a document or an element) and everything below it.
pub fn read(root: &Node, url: Option<&str>) -> (Page, Vec<Node>) {
    let mut builder = PageBuilder::new();
    if let Some(url) = url {
        builder.set_url(url);
    }
    let mut nodes = Vec::new();
    let mut stack: Vec<Option<Node>> = Vec::new();
    push_children(&mut stack, root, root.node_type() != Node::DOCUMENT_NODE);
    walk(&mut builder, &mut nodes, stack);
    (builder.finish(), nodes)
}

/// Opens `element` with its attributes, leaving its children unread.
fn open(builder: &mut PageBuilder, element: &Element) -> Descend {
    let attrs = attributes(element);
    builder.open(
        &element.local_name(),
        attrs.iter().map(|(n, v)| (n.as_str(), v.as_str())),
    )
}

/// Feeds the nodes on `stack` (popped in document order) and their subtrees
/// to the builder, recording the DOM node of every node it keeps.
fn walk(builder: &mut PageBuilder, nodes: &mut Vec<Node>, mut stack: Vec<Option<Node>>) {
    // An explicit stack: page depth is unbounded, the wasm stack is not.
    // `None` marks the close of the element opened before it.
    while let Some(entry) = stack.pop() {
        let Some(node) = entry else {
            builder.close();
            continue;
        };
        let before = builder.node_count();
        match node.node_type() {
            Node::ELEMENT_NODE => {
                let descend = open(builder, node.unchecked_ref());
                stack.push(None);
                if descend == Descend::Children {
                    push_children(&mut stack, &node, false);
                }
            }
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                builder.text(&node.node_value().unwrap_or_default());
            }
            _ => {}
        }
        if builder.node_count() > before {
            nodes.push(node);
        }
    }
}

/// Pushes the children of `parent` (or `parent` itself) so they pop in
/// document order.
fn push_children(stack: &mut Vec<Option<Node>>, parent: &Node, itself: bool) {
    if itself {
        stack.push(Some(parent.clone()));
        return;
    }
    let start = stack.len();
    let mut child = parent.first_child();
    while let Some(c) = child {
        child = c.next_sibling();
        stack.push(Some(c));
    }
    stack[start..].reverse();
}

fn attributes(element: &Element) -> Vec<(String, String)> {
    // Most elements have none: one call saves three.
    if !element.has_attributes() {
        return Vec::new();
    }
    let map = element.attributes();
    (0..map.length())
        .filter_map(|i| map.item(i))
        .map(|a| (a.name(), a.value()))
        .collect()
}
