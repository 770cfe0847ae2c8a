//! In a real browser (wasm-bindgen-test, headless Chromium): the live-DOM
//! reader builds the same `Page` as the native html5ever reader for the same
//! HTML, and so does the content script's JS walker, whose encoded string
//! (of a whole page, or of elements added after load) is decoded through
//! `page::replay`. Run by `./build.sh test`.
#![cfg(target_arch = "wasm32")]

use dramatis::native::read_html;
use dramatis::page::Page;
use dramatis::web::{read_attributes, read_encoded, read_page, skipped_content};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/extension/ui/walk.js")]
extern "C" {
    #[wasm_bindgen(js_name = encodeAdded)]
    fn encode_added(
        body: &web_sys::Node,
        added: Vec<web_sys::Element>,
        skipped: Vec<String>,
        read: Vec<String>,
    ) -> JsValue;
    #[wasm_bindgen(js_name = encodePage)]
    fn encode_page(doc: &web_sys::Document, skipped: Vec<String>, read: Vec<String>) -> JsValue;
    #[wasm_bindgen(js_name = startEncoding)]
    fn start_encoding(doc: &web_sys::Document, skipped: Vec<String>, read: Vec<String>) -> JsValue;
}

/// Every fixture page (`tests/fixtures/NAME/page.html`); `tests/fixtures.rs`
/// checks that none is missing.
macro_rules! fixture_pages {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("fixtures/", $name, "/page.html")))),*]
    };
}

const FIXTURES: &[(&str, &str)] = fixture_pages![
    "detect-article-meta",
    "detect-article-plain",
    "detect-docs",
    "detect-forum",
    "detect-home",
    "detect-listing",
    "detect-product",
    "detect-service",
    "panel-many-people",
    "product-page",
    "seed-article",
    "upsell-footer-and-menus",
    "upsell-inline-promos",
    "upsell-membership-box",
    "upsell-newsletter-subject",
    "upsell-page-widgets",
    "upsell-paywall-body",
    "upsell-piano-modal",
    "upsell-product-review",
    "upsell-sticky-bar",
    "upsell-substack-post",
    "upsell-writers-note",
    "xss-quotes",
];

/// Pages that only this test reads.
const EXTRA_PAGES: &[(&str, &str)] = &[
    (
        "markup-edge-cases",
        include_str!("web/markup-edge-cases.html"),
    ),
    (
        "metadata-in-body",
        include_str!("web/metadata-in-body.html"),
    ),
];

fn parse(html: &str) -> web_sys::Document {
    web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(html, web_sys::SupportedType::TextHtml)
        .unwrap()
}

/// The first node where two pages differ, for a readable failure.
fn first_difference(a: &Page, b: &Page) -> String {
    if a.meta != b.meta {
        return format!("metadata: {:?}\n   vs {:?}", a.meta, b.meta);
    }
    for (i, (x, y)) in a.nodes.iter().zip(&b.nodes).enumerate() {
        if x != y {
            return format!("node {i}: {x:?}\n   vs {y:?}");
        }
    }
    format!("node counts {} vs {}", a.nodes.len(), b.nodes.len())
}

#[wasm_bindgen_test]
fn live_dom_reader_matches_native_reader() {
    for (name, html) in FIXTURES.iter().chain(EXTRA_PAGES) {
        let native = read_html(html, Some("https://example.test/a"));
        let doc = parse(html);
        let live = read_page(doc.as_ref(), Some("https://example.test/a"));
        assert!(
            live == native,
            "{name}: {}",
            first_difference(&live, &native)
        );
    }
}

/// Elements a page adds after load go to the wasm as one fragment under a
/// stand-in `<body>`: the body's children of every page, encoded so, read
/// as the web-sys reader reads a bare `<body>` holding the same children,
/// and every node id leads back to the added element's own node.
#[wasm_bindgen_test]
fn encoded_added_elements_match_live_dom_reader() {
    for (name, html) in FIXTURES.iter().chain(EXTRA_PAGES) {
        let doc = parse(html);
        let body = doc.body().unwrap();
        let children = body.child_nodes();
        let added: Vec<web_sys::Element> = (0..children.length())
            .filter_map(|i| children.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .collect();
        let walked = encode_added(
            body.as_ref(),
            added.clone(),
            skipped_content(),
            read_attributes(),
        );
        let encoded = js_sys::Reflect::get(&walked, &"encoded".into())
            .unwrap()
            .as_string()
            .unwrap();
        let nodes: js_sys::Array = js_sys::Reflect::get(&walked, &"nodes".into())
            .unwrap()
            .into();
        let decoded = read_encoded(&encoded, None);

        // The reference: a bare <body> of another document holding the
        // same elements (moved there, so the nodes are the same ones).
        let other = parse("<!doctype html><html><head></head><body></body></html>");
        let bare = other.create_element("body").unwrap();
        for el in &added {
            bare.append_child(el).unwrap();
        }
        let (page, live_nodes) = dramatis::web::read_page_with_nodes(bare.as_ref(), None);
        assert!(
            decoded.page == page,
            "{name}: {}",
            first_difference(&decoded.page, &page)
        );
        for (id, &source) in decoded.source_of_node.iter().enumerate().skip(1) {
            assert!(
                JsValue::from(live_nodes[id].clone()) == nodes.get(source),
                "{name}: node {id} leads to another DOM node"
            );
        }
        assert!(JsValue::from(body) == nodes.get(decoded.source_of_node[0]));
    }
}

/// The head-only walk that lets most non-articles stop early (the walker's
/// `early` string) finds the same metadata and `<html>`/`<body>` classes as
/// the whole read, so the cheap stage decides the same way on it.
#[wasm_bindgen_test]
fn head_only_read_gives_the_cheap_stage_what_the_whole_read_gives() {
    let url = Some("https://example.test/a");
    for (name, html) in FIXTURES.iter().chain(EXTRA_PAGES) {
        let doc = parse(html);
        let whole = read_page(doc.as_ref(), url);
        let early = js_sys::Reflect::get(
            &start_encoding(&doc, skipped_content(), read_attributes()),
            &"early".into(),
        )
        .unwrap()
        .as_string()
        .unwrap();
        let head = read_encoded(&early, url).page;
        assert_eq!(head.meta, whole.meta, "{name}: metadata");
        let classes = |page: &Page, id: Option<_>| {
            id.and_then(|i| page.element(i)).map(|e| e.classes.clone())
        };
        assert_eq!(
            classes(&head, head.root()),
            classes(&whole, whole.root()),
            "{name}: <html> classes"
        );
        assert_eq!(
            classes(&head, head.body()),
            classes(&whole, whole.body()),
            "{name}: <body> classes"
        );
        assert_eq!(
            dramatis::detect::cheap_score(&head),
            dramatis::detect::cheap_score(&whole),
            "{name}: cheap score"
        );
        let full = dramatis::detect::detect(&whole);
        let early = dramatis::reject_early(&head).map(|a| a.detection);
        let expected = (full.stage == dramatis::detect::DecidedBy::Cheap).then_some(full);
        assert_eq!(early, expected, "{name}: early verdict");
    }
}

/// The content script's fast path: the JS walk written into one string and
/// decoded in the wasm builds the same page as the web-sys reader, and every
/// node id leads back to the DOM node the reader would have kept.
#[wasm_bindgen_test]
fn encoded_js_walk_matches_live_dom_reader() {
    for (name, html) in FIXTURES.iter().chain(EXTRA_PAGES) {
        let doc = parse(html);
        let url = Some("https://example.test/a");
        let (_, live_nodes) = dramatis::web::read_page_with_nodes(doc.as_ref(), url);
        let walked = encode_page(&doc, skipped_content(), read_attributes());
        let encoded = js_sys::Reflect::get(&walked, &"encoded".into())
            .unwrap()
            .as_string()
            .unwrap();
        let nodes: js_sys::Array = js_sys::Reflect::get(&walked, &"nodes".into())
            .unwrap()
            .into();
        let decoded = read_encoded(&encoded, url);
        let page = read_page(doc.as_ref(), url);
        assert!(
            decoded.page == page,
            "{name}: {}",
            first_difference(&decoded.page, &page)
        );
        for (id, &source) in decoded.source_of_node.iter().enumerate() {
            let node = &live_nodes[id];
            assert!(
                JsValue::from(node.clone()) == nodes.get(source),
                "{name}: node {id} leads to another DOM node"
            );
        }
    }
}
