//! In a real browser (wasm-bindgen-test, headless Chromium): the live-DOM
//! reader builds the same `Page` as the native html5ever reader for the same
//! HTML, and so does the content script's reading of the page's markup (the
//! browser's `outerHTML`, or the content script's own writing of it, of a
//! whole page, its head, or elements added after load) through
//! `page::markup`, with every node id leading back to its DOM node. Run by
//! `./build.sh test`.
#![cfg(target_arch = "wasm32")]

use dramatis::native::read_html;
use dramatis::page::markup::read as read_markup;
use dramatis::page::NodeId;
use dramatis::page::Page;
use dramatis::web::{read_attributes, read_page, skipped_content};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/extension/ui/markup.js")]
extern "C" {
    #[wasm_bindgen(js_name = addedMarkup)]
    fn added_markup(
        added: Vec<web_sys::Element>,
        skipped: Vec<String>,
        read: Vec<String>,
    ) -> JsValue;
    #[wasm_bindgen(js_name = pageMarkup)]
    fn page_markup(doc: &web_sys::Document, skipped: Vec<String>, read: Vec<String>) -> JsValue;
    #[wasm_bindgen(js_name = writtenPage)]
    fn written_page(doc: &web_sys::Document, skipped: Vec<String>, read: Vec<String>) -> JsValue;
    #[wasm_bindgen(js_name = earlyMarkup)]
    fn early_markup(doc: &web_sys::Document, skipped: Vec<String>, read: Vec<String>) -> String;
    fn located(result: &JsValue, root: &web_sys::Node, past: &JsValue, added: JsValue) -> JsValue;
    #[wasm_bindgen(js_name = watchChanges)]
    fn watch_changes(doc: &web_sys::Document) -> JsValue;
}

/// Elements inside `<noscript>`: a `DOMParser` document (scripting off)
/// holds its content as elements, a page in a tab as text, which is what
/// the markup's reader reads there.
fn in_noscript(root: &web_sys::Element) -> f64 {
    f64::from(root.query_selector_all("noscript *").unwrap().length())
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &key.into()).unwrap()
}

/// `{markup, elements}` from the JS as a string and a count.
fn markup_and_count(taken: &JsValue) -> (String, f64) {
    (
        get(taken, "markup").as_string().unwrap(),
        get(taken, "elements").as_f64().unwrap(),
    )
}

/// The DOM node the content script finds for each node id of `read`
/// (`located` in markup.js, handed every node's path).
fn located_nodes(
    read: &dramatis::page::markup::Read,
    root: &web_sys::Node,
    added: JsValue,
) -> Vec<JsValue> {
    let nodes = js_sys::Array::new();
    let ids = 0..read.page.nodes.len() as u32;
    for id in ids.clone() {
        let path = read.path_of(NodeId(id));
        let element = read.page.element(NodeId(id)).is_some();
        for n in [id, u32::from(element), path.len() as u32]
            .into_iter()
            .chain(path)
        {
            nodes.push(&n.into());
        }
    }
    let result = js_sys::Array::of2(&JsValue::NULL, &nodes);
    // The page as it was when the markup was taken (nothing changed since).
    let watch = watch_changes(&root.owner_document().unwrap());
    let stop: js_sys::Function = get(&watch, "stop").into();
    let past = stop.call0(&watch).unwrap();
    let found = located(&result, root, &past, added);
    let node_of: js_sys::Function = get(&found, "nodeOf").into();
    ids.map(|id| node_of.call1(&JsValue::NULL, &id.into()).unwrap())
        .collect()
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
    "speech-double-encoded",
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

/// The analysis reaches the page's scripts as serde-wasm-bindgen's
/// JSON-compatible serializer writes it (objects, arrays, a unit variant's
/// name, `null` for `None`), though `web::to_js` keeps out its cache of
/// field names.
#[wasm_bindgen_test]
fn results_reach_js_as_serde_wasm_bindgen_writes_them() {
    use serde::Serialize;
    let json = |v: &JsValue| js_sys::JSON::stringify(v).unwrap().as_string().unwrap();
    for (name, html) in FIXTURES {
        let analysis = dramatis::analyze(&read_html(html, Some("https://example.test/a")));
        let sent = (&analysis, [3u32, 1], "tail");
        let theirs = sent
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap();
        let ours = dramatis::web::to_js(&sent);
        assert_eq!(json(&ours), json(&theirs), "{name}");
        assert!(json(&ours).contains("\"is_article\""), "{name}");
    }
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

/// Elements a page adds after load go to the wasm as the markup of a
/// stand-in `<body>` holding them: the body's children of every page,
/// taken so, read as the web-sys reader reads a bare `<body>` holding the
/// same children, and every node id leads back to the added element's own
/// node.
#[wasm_bindgen_test]
fn added_elements_markup_matches_live_dom_reader() {
    for (name, html) in FIXTURES.iter().chain(EXTRA_PAGES) {
        let doc = parse(html);
        let body = doc.body().unwrap();
        let children = body.child_nodes();
        let added: Vec<web_sys::Element> = (0..children.length())
            .filter_map(|i| children.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .collect();
        let (markup, elements) = markup_and_count(&added_markup(
            added.clone(),
            skipped_content(),
            read_attributes(),
        ));
        let read = read_markup(&markup, None);
        let hidden: f64 = added.iter().map(in_noscript).sum();
        assert_eq!(
            f64::from(read.elements),
            elements + 1.0 - hidden,
            "{name}: elements"
        );
        let list: js_sys::Array = added.iter().cloned().map(JsValue::from).collect();
        let nodes = located_nodes(&read, body.as_ref(), list.into());

        // The reference: a bare <body> of another document holding the
        // same elements (moved there, so the nodes are the same ones).
        let other = parse("<!doctype html><html><head></head><body></body></html>");
        let bare = other.create_element("body").unwrap();
        for el in &added {
            bare.append_child(el).unwrap();
        }
        let (page, live_nodes) = dramatis::web::read_page_with_nodes(bare.as_ref(), None);
        assert!(
            read.page == page,
            "{name}: {}",
            first_difference(&read.page, &page)
        );
        for (id, node) in nodes.iter().enumerate().skip(1) {
            assert!(
                JsValue::from(live_nodes[id].clone()) == *node,
                "{name}: node {id} leads to another DOM node"
            );
        }
        assert!(JsValue::from(body) == nodes[0]);
    }
}

/// The head-only markup that lets most non-articles stop early
/// (`earlyMarkup`) finds the same metadata and `<html>`/`<body>` classes as
/// the whole read, so the cheap stage decides the same way on it.
#[wasm_bindgen_test]
fn head_only_read_gives_the_cheap_stage_what_the_whole_read_gives() {
    let url = Some("https://example.test/a");
    for (name, html) in FIXTURES.iter().chain(EXTRA_PAGES) {
        let doc = parse(html);
        let whole = read_page(doc.as_ref(), url);
        let early = early_markup(&doc, skipped_content(), read_attributes());
        let head = read_markup(&early, url).page;
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

/// The content script's reading: the page's markup, as the browser
/// serializes it or as the content script writes it itself, read in the
/// wasm, builds the same page as the web-sys reader, and every node id
/// leads back to the DOM node the reader would have kept.
#[wasm_bindgen_test]
fn page_markup_matches_live_dom_reader() {
    for (name, html) in FIXTURES.iter().chain(EXTRA_PAGES) {
        let doc = parse(html);
        let url = Some("https://example.test/a");
        let (page, live_nodes) = dramatis::web::read_page_with_nodes(doc.as_ref(), url);
        let root = doc.document_element().unwrap();
        let serialized = page_markup(&doc, skipped_content(), read_attributes());
        let written = written_page(&doc, skipped_content(), read_attributes());
        for (how, taken) in [("outerHTML", serialized), ("written", written)] {
            let (markup, elements) = markup_and_count(&taken);
            let read = read_markup(&markup, url);
            assert!(
                read.page == page,
                "{name} ({how}): {}",
                first_difference(&read.page, &page)
            );
            if how == "outerHTML" {
                let hidden = in_noscript(&root);
                assert_eq!(
                    f64::from(read.elements),
                    elements - hidden,
                    "{name}: elements"
                );
            }
            let nodes = located_nodes(&read, root.as_ref(), JsValue::NULL);
            for (id, node) in nodes.iter().enumerate() {
                assert!(
                    JsValue::from(live_nodes[id].clone()) == *node,
                    "{name} ({how}): node {id} leads to another DOM node"
                );
            }
        }
    }
}
