//! The page the wasm reads from a page's serialized markup (`outerHTML`,
//! `dramatis::page::markup`) is the page the native reader builds from the
//! same document: html5ever parses each test page and serializes it as a
//! browser's `outerHTML` does, and the markup reader reads that back.
//! (`tests/web.rs` checks the same in a real browser, against the browser's
//! own serializer.)
#![cfg(feature = "cli")]

use dramatis::native::read_html;
use dramatis::page::markup;
use scraper::Html;
use std::fs;
use std::path::Path;

fn pages() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut pages = Vec::new();
    for entry in fs::read_dir(root.join("fixtures")).unwrap() {
        let page = entry.unwrap().path().join("page.html");
        if page.exists() {
            pages.push((
                page.display().to_string(),
                fs::read_to_string(&page).unwrap(),
            ));
        }
    }
    for entry in fs::read_dir(root.join("web")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "html") {
            pages.push((
                path.display().to_string(),
                fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    assert!(pages.len() > 20, "the test pages were not found");
    pages
}

#[test]
fn serialized_markup_reads_as_the_native_reader_reads_the_page() {
    let url = Some("https://example.test/a");
    for (name, html) in pages() {
        let serialized = Html::parse_document(&html).root_element().html();
        let read = markup::read(&serialized, url);
        let native = read_html(&html, url);
        assert!(read.page == native, "{name}: the pages differ");
        // What the live document counts: scraper keeps `<template>`
        // contents in the tree, a browser beside it.
        let parsed = Html::parse_document(&html);
        let in_template = |n: &ego_tree::NodeRef<scraper::Node>| {
            n.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| e.name() == "template")
            })
        };
        let elements = parsed
            .tree
            .nodes()
            .filter(|n| n.value().is_element() && !in_template(n))
            .count();
        assert_eq!(read.elements as usize, elements, "{name}: elements");
    }
}
