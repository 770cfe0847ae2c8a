//! The browser driver (wasm32 only): reads the page's markup, as the
//! browser serialized it (`outerHTML`, see [`crate::page::markup`]), into the
//! page model and hands the analysis back, with the way to each DOM node it
//! names.
//!
//! One wire format serves every path: the analysis worker the content
//! script starts (`extension/ui/worker.js`, handed the markup's bytes), the
//! content script itself where the page's CSP refuses that worker, the
//! elements a page adds after load, and the strict-CSP fallback, where
//! Chromium will not compile wasm in the content script and the same
//! markup goes to the background to be read by this same wasm. The content
//! script's JS applies the results (collapse bars, the panel) on every
//! path. Everything that decides lives in the Rust core; this module only
//! moves data across the boundary.

mod plain;
mod reader;

use crate::page::{markup, NodeId, Page};
use crate::{analyze, speech, upsell};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Talc rather than the standard library's dlmalloc: the same job for
/// 2.3 KB less of the gzipped wasm (src/web/NOTES.md).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Results go to JS as plain objects (`null` for `None`, objects for
/// maps): what serde-wasm-bindgen's JSON-compatible serializer gives, but
/// for the cache it keeps of field names (`src/web/plain.rs`).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    plain::to_js(value).unwrap_or_else(|e| wasm_bindgen::throw_val(e.into()))
}

/// Reads a document or an element into the page model through web-sys, the
/// reference the reading of a page's markup is checked against in the browser
/// (`tests/web.rs`): the content script and the playground read pages with
/// [`analyze_markup`], so this is in no shipped entry point.
pub fn read_page(root: &web_sys::Node, url: Option<&str>) -> Page {
    reader::read(root, url).0
}

/// [`read_page`] with the DOM node of every node id.
pub fn read_page_with_nodes(root: &web_sys::Node, url: Option<&str>) -> (Page, Vec<web_sys::Node>) {
    reader::read(root, url)
}

/// The elements whose content the page model never reads
/// ([`crate::page::SKIPPED_CONTENT`]): the JS walker need not walk it.
#[wasm_bindgen(js_name = skippedContent)]
pub fn skipped_content() -> Vec<String> {
    crate::page::SKIPPED_CONTENT
        .iter()
        .map(|t| t.to_string())
        .collect()
}

/// The attributes the page model reads ([`crate::page::KEPT_ATTRIBUTES`]
/// and [`crate::page::READ_ATTRIBUTES`]), besides `data-*` ones of at most
/// [`crate::page::MAX_DATA_ATTRIBUTE_LEN`] bytes: the JS walker need not
/// write any other.
#[wasm_bindgen(js_name = readAttributes)]
pub fn read_attributes() -> Vec<String> {
    let page = crate::page::KEPT_ATTRIBUTES.iter();
    page.chain(crate::page::READ_ATTRIBUTES)
        .map(|a| a.to_string())
        .collect()
}

/// Markup as the content script hands it over: UTF-8 from
/// `TextEncoder.encode`, copied into the wasm's memory in one go. (A `&str`
/// argument would have the glue copy a page's worth of ASCII one character
/// at a time in JS.)
fn utf8(markup: &[u8]) -> &str {
    // `TextEncoder` writes only valid UTF-8; anything else reads as an
    // empty page rather than a panic.
    std::str::from_utf8(markup).unwrap_or_default()
}

/// The analysis of a document that its head and address already rule out
/// as an article, from its metadata alone; `null` when the body must be
/// read. `head` is the markup of `<html>` with its head and the body's
/// metadata elements (`earlyMarkup` in `extension/ui/markup.js`), UTF-8
/// encoded; most pages that are not articles stop here.
#[wasm_bindgen(js_name = rejectEarly)]
pub fn reject_early(head: &[u8], url: Option<String>) -> JsValue {
    match crate::reject_early(&markup::read(utf8(head), url.as_deref()).page) {
        Some(analysis) => to_js(&analysis),
        None => JsValue::NULL,
    }
}

/// For each node a result names, one after the other: its id, 1 for an
/// element or 0 for text (which the content script checks the node it
/// finds against), the length of its path and the path, the child indices
/// from the markup's root to its DOM node ([`markup::Read::write_path`]).
/// Flat, as one array of numbers.
fn paths(read: &markup::Read, named: impl Iterator<Item = NodeId>) -> Vec<u32> {
    let mut nodes = Vec::new();
    for id in named {
        let head = nodes.len();
        let element = read.page.element(id).is_some();
        nodes.extend([id.0, u32::from(element), 0]);
        nodes[head + 2] = read.write_path(id, &mut nodes) as u32;
    }
    nodes
}

/// The analysis of a page from its markup (`document.documentElement.outerHTML`
/// or the content script's writing of it, UTF-8 encoded), wherever the
/// analysis runs: the content script's worker, the content script itself,
/// or the background. `[analysis, nodes, elements]`: the way back to the
/// nodes it names (see [`paths`]), and how many elements the markup held,
/// for the content script to set against the live document's count
/// ([`markup::Read::elements`]).
#[wasm_bindgen(js_name = analyzeMarkup)]
pub fn analyze_markup(markup: &[u8], url: Option<String>) -> JsValue {
    let read = markup::read(utf8(markup), url.as_deref());
    let analysis = analyze(&read.page);
    let spans = analysis.quote_spans.iter().flatten();
    let named = analysis.upsells.iter().map(|u| u.node);
    let named = named.chain(spans.flat_map(|s| [s.start_node, s.end_node]));
    to_js(&(&analysis, paths(&read, named), read.elements))
}

/// Upsells in elements added to a page together after load (an overlay and
/// its backdrop), as the markup of a stand-in `<body>` holding them
/// (`addedMarkup` in `extension/ui/markup.js`), wherever the analysis runs:
/// `[upsells, nodes, elements]`, as [`analyze_markup`] gives them. There is
/// no article root in a fragment, so only promo-only markup qualifies.
#[wasm_bindgen(js_name = upsellsInMarkup)]
pub fn upsells_in_markup(markup: &[u8]) -> JsValue {
    let read = markup::read(utf8(markup), None);
    let upsells = upsell::find_in_fragment(&read.page);
    let named = upsells.iter().map(|u| u.node);
    to_js(&(&upsells, paths(&read, named), read.elements))
}

/// Actors and quotes of plain text (the playground).
#[wasm_bindgen(js_name = analyzeText)]
pub fn analyze_text(text: &str) -> JsValue {
    to_js(&speech::analyze_text(text))
}
