//! The browser driver (wasm32 only): takes the page as the content script's
//! JS walker encoded it (`extension/ui/walk.js`) into the page model and
//! hands the analysis back.
//!
//! One wire format serves every path: the analysis worker the content
//! script starts (`extension/ui/worker.js`, handed the encoded bytes), the
//! content script itself where the page's CSP refuses that worker, the
//! elements a page adds after load, and the strict-CSP fallback, where
//! Chromium will not compile wasm in the content script and the same
//! encoded string goes to the background to be read by this same wasm.
//! The content script's JS applies the results (collapse bars, the panel)
//! on every path. Everything that decides lives in the Rust core; this
//! module only moves data across the boundary.

mod reader;

use crate::page::replay::{decode, replay};
use crate::page::Page;
use crate::{analyze, speech, upsell};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Talc rather than the standard library's dlmalloc: the same job for
/// 2.3 KB less of the gzipped wasm (src/web/NOTES.md).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Results go to JS as plain objects (`null` for `None`, objects for maps).
fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or_else(|e| wasm_bindgen::throw_val(e.into()))
}

/// Reads a document or an element into the page model through web-sys, the
/// reference the JS walker is checked against in the browser
/// (`tests/web.rs`): the content script and the playground read pages with
/// [`Session::read_encoded`], so this is in no shipped entry point.
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

/// A page decoded from the JS walker's string (see [`Session::read_encoded`]).
pub fn read_encoded(encoded: &str, url: Option<&str>) -> crate::page::replay::Replayed {
    replay(url, decode(encoded))
}

/// The walker's string as the content script hands it over: UTF-8 from
/// `TextEncoder.encode`, copied into the wasm's memory in one go. (A `&str`
/// argument would have the glue copy a page's worth of ASCII one character
/// at a time in JS, the slowest part of reading a page.)
fn utf8(encoded: &[u8]) -> &str {
    // `TextEncoder` writes only valid UTF-8; anything else reads as an
    // empty page rather than a panic.
    std::str::from_utf8(encoded).unwrap_or_default()
}

/// The analysis of a document that its head and address already rule out
/// as an article, from its metadata alone; `null` when the body must be
/// read. `encoded_head` is what the content script's walker wrote of the
/// head and the body's metadata elements (`startEncoding(…).early` in
/// `extension/ui/walk.js`), UTF-8 encoded; most pages that are not
/// articles stop here.
#[wasm_bindgen(js_name = rejectEarly)]
pub fn reject_early(encoded_head: &[u8], url: Option<String>) -> JsValue {
    match crate::reject_early(&read_encoded(utf8(encoded_head), url.as_deref()).page) {
        Some(analysis) => to_js(&analysis),
        None => JsValue::NULL,
    }
}

/// A page decoded from the JS walker's string, kept while the content
/// script finds the DOM nodes the analysis names.
#[wasm_bindgen]
pub struct Session {
    page: Page,
    /// For every node id, the walker's node index
    /// ([`crate::page::replay::Replayed`]).
    source_of_node: Vec<u32>,
}

#[wasm_bindgen]
impl Session {
    /// A document walked by the content script's JS and handed over as one
    /// string (`encodePage` in `extension/ui/walk.js`, format in
    /// [`crate::page::replay::decode`]), UTF-8 encoded: the page at a
    /// fraction of the calls across the boundary that reading it through
    /// web-sys takes, which cost more than the building itself. Node ids
    /// map back with [`Session::source_of`]. The playground (`www/`) reads
    /// its `DOMParser` documents the same way.
    #[wasm_bindgen(js_name = readEncoded)]
    pub fn read_encoded(encoded: &[u8], url: Option<String>) -> Session {
        let replayed = read_encoded(utf8(encoded), url.as_deref());
        Session {
            page: replayed.page,
            source_of_node: replayed.source_of_node,
        }
    }

    /// The index, among the nodes the walker listed, of node `id`'s DOM node.
    #[wasm_bindgen(js_name = sourceOf)]
    pub fn source_of(&self, id: u32) -> Option<u32> {
        self.source_of_node.get(id as usize).copied()
    }

    /// The full analysis of a document read with [`Session::read_encoded`].
    pub fn analyze(&self) -> JsValue {
        to_js(&analyze(&self.page))
    }
}

/// A result for an encoded page or fragment, with the way back to the
/// walker's nodes.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ForEncoded<'a, T: Serialize> {
    #[serde(flatten)]
    result: T,
    /// For each node id, the index of the walker's node that made it.
    source_of_node: &'a [u32],
}

#[derive(Serialize)]
struct AnalysisResult<'a> {
    analysis: &'a crate::Analysis,
}

#[derive(Serialize)]
struct UpsellsResult<'a> {
    upsells: &'a [upsell::Upsell],
}

/// The analysis of a page the content script encoded (`encodePage` in
/// `extension/ui/walk.js`) and handed to its analysis worker, or, under a
/// strict CSP, sent to the background, where this wasm runs instead:
/// `{analysis, sourceOfNode}`.
#[wasm_bindgen(js_name = analyzeEncoded)]
pub fn analyze_encoded(encoded: &[u8], url: Option<String>) -> JsValue {
    let replayed = read_encoded(utf8(encoded), url.as_deref());
    to_js(&ForEncoded {
        result: AnalysisResult {
            analysis: &analyze(&replayed.page),
        },
        source_of_node: &replayed.source_of_node,
    })
}

/// Upsells in elements added to a page together after load (an overlay and
/// its backdrop), encoded by the walker as one fragment under a stand-in
/// for `body` (`encodeAdded` in `extension/ui/walk.js`), wherever the
/// analysis runs: `{upsells, sourceOfNode}`. There is
/// no article root in a fragment, so only promo-only markup qualifies.
#[wasm_bindgen(js_name = upsellsFromEncoded)]
pub fn upsells_from_encoded(encoded: &[u8]) -> JsValue {
    let replayed = read_encoded(utf8(encoded), None);
    to_js(&ForEncoded {
        result: UpsellsResult {
            upsells: &upsell::find_in_fragment(&replayed.page),
        },
        source_of_node: &replayed.source_of_node,
    })
}

/// Actors and quotes of plain text (the playground).
#[wasm_bindgen(js_name = analyzeText)]
pub fn analyze_text(text: &str) -> JsValue {
    to_js(&speech::analyze_text(text))
}
