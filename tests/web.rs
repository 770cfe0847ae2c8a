//! In a real browser (wasm-bindgen-test, headless Chromium): the live-DOM
//! reader builds the same `Page` as the native html5ever reader for the same
//! HTML, and so does the JS walker of the strict-CSP fallback replayed
//! through `page::replay`. Run by `./build.sh test`.
#![cfg(target_arch = "wasm32")]

use dramatis::native::read_html;
use dramatis::page::Page;
use dramatis::web::{read_page, replay_calls};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/extension/ui/walk.js")]
extern "C" {
    #[wasm_bindgen(js_name = recordCalls)]
    fn record_calls(root: &web_sys::Node) -> JsValue;
}

/// Every fixture page, and markup chosen to trip readers up.
const FIXTURES: &[(&str, &str)] = &[
    ("detect-article-meta", include_str!("fixtures/detect-article-meta/page.html")),
    ("detect-article-plain", include_str!("fixtures/detect-article-plain/page.html")),
    ("detect-docs", include_str!("fixtures/detect-docs/page.html")),
    ("detect-forum", include_str!("fixtures/detect-forum/page.html")),
    ("detect-home", include_str!("fixtures/detect-home/page.html")),
    ("detect-listing", include_str!("fixtures/detect-listing/page.html")),
    ("detect-product", include_str!("fixtures/detect-product/page.html")),
    ("detect-service", include_str!("fixtures/detect-service/page.html")),
    ("product-page", include_str!("fixtures/product-page/page.html")),
    ("seed-article", include_str!("fixtures/seed-article/page.html")),
    ("upsell-footer-and-menus", include_str!("fixtures/upsell-footer-and-menus/page.html")),
    ("upsell-inline-promos", include_str!("fixtures/upsell-inline-promos/page.html")),
    ("upsell-membership-box", include_str!("fixtures/upsell-membership-box/page.html")),
    ("upsell-newsletter-subject", include_str!("fixtures/upsell-newsletter-subject/page.html")),
    ("upsell-paywall-body", include_str!("fixtures/upsell-paywall-body/page.html")),
    ("upsell-piano-modal", include_str!("fixtures/upsell-piano-modal/page.html")),
    ("upsell-product-review", include_str!("fixtures/upsell-product-review/page.html")),
    ("upsell-sticky-bar", include_str!("fixtures/upsell-sticky-bar/page.html")),
    ("upsell-substack-post", include_str!("fixtures/upsell-substack-post/page.html")),
    ("upsell-writers-note", include_str!("fixtures/upsell-writers-note/page.html")),
    ("xss-quotes", include_str!("fixtures/xss-quotes/page.html")),
    ("markup-edge-cases", include_str!("web/markup-edge-cases.html")),
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
    for (name, html) in FIXTURES {
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

#[wasm_bindgen_test]
fn js_walker_replayed_matches_live_dom_reader() {
    for (name, html) in FIXTURES {
        let doc = parse(html);
        let live = read_page(doc.as_ref(), None);
        let recorded = record_calls(doc.as_ref());
        let calls: js_sys::Array = js_sys::Reflect::get(&recorded, &"calls".into())
            .unwrap()
            .into();
        let replayed = replay_calls(&calls, None).unwrap().page;
        assert!(
            replayed == live,
            "{name}: {}",
            first_difference(&replayed, &live)
        );
    }
}
