//! Fixture tests: every `tests/fixtures/<name>/page.html` is analysed and
//! checked against its `expected.json`. All mismatches of all fixtures are
//! listed before the test fails.
//!
//! `expected.json` (every field optional except `is_article`):
//! - `url`: the address the page is analysed under;
//! - `is_article`: the verdict;
//! - `title`: the headline;
//! - `upsells`: snippets that must each lie inside a collapsed element;
//! - `no_upsells`: `true` when nothing at all may be collapsed;
//! - `upsell_count`: how many elements must be collapsed, no more (text-less
//!   elements such as figures and backdrops have no snippet to name them);
//! - `article`: snippets that must stay visible (not inside a collapsed element);
//! - `actors`: `{name, kind?, role?, affiliation?}` that must be found (role
//!   and affiliation compared case-insensitively);
//! - `not_actors`: names that must not be reported as actors;
//! - `quotes`: `{text, speaker?, speakers?, kind?, cue?}` that must be found:
//!   a quote matches when it covers more than half of the gold text
//!   (`speakers`: each actor of a source naming two together);
//! - `quotes_min`: how many of `quotes` must match (default: all);
//! - `root`: snippets the article root's text must contain;
//! - `not_root`: snippets the article root's text must not contain;
//! - `signals`: names of detection signals that must be among those reported;
//! - `speech_unread`: the page language the speech analysis does not read
//!   (then no actor or quote may be reported); absent, it must read the page.

use dramatis::native::read_html;
use dramatis::page::{NodeId, Page};
use dramatis::speech::Quote;
use dramatis::{analyze, Analysis};
use serde_json::Value;
use std::path::Path;

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str().map(collapse)).collect())
        .unwrap_or_default()
}

/// Chars of `gold` covered by `quote`, by longest common substring of the
/// normalised texts: robust to the marks and commas either side.
fn covers(quote: &Quote, gold: &str) -> bool {
    let norm = |s: &str| -> Vec<char> {
        collapse(s)
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ')
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (q, g) = (norm(&quote.text), norm(gold));
    if g.is_empty() {
        return false;
    }
    // Longest common substring, O(n*m) on short strings.
    let mut best = 0;
    let mut prev = vec![0usize; g.len() + 1];
    for &qc in &q {
        let mut cur = vec![0usize; g.len() + 1];
        for (j, &gc) in g.iter().enumerate() {
            if qc == gc {
                cur[j + 1] = prev[j] + 1;
                best = best.max(cur[j + 1]);
            }
        }
        prev = cur;
    }
    best * 2 > g.len()
}

fn check(name: &str, page: &Page, a: &Analysis, exp: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    let mut fail = |msg: String| errors.push(format!("{name}: {msg}"));

    if let Some(want) = exp["is_article"].as_bool() {
        if a.detection.is_article != want {
            fail(format!(
                "is_article is {} (score {:.2}), expected {want}",
                a.detection.is_article, a.detection.score
            ));
        }
    }
    if let Some(want) = exp["title"].as_str() {
        if a.title.as_deref() != Some(want) {
            fail(format!("title is {:?}, expected {want:?}", a.title));
        }
    }

    let root_text = a
        .detection
        .article_root
        .map(|r| collapse(&page.text_map(r, |_| false).text))
        .unwrap_or_default();
    for snippet in strings(exp, "root") {
        if !root_text.contains(&snippet) {
            fail(format!("not in the article root: {snippet:?}"));
        }
    }
    for snippet in strings(exp, "not_root") {
        if root_text.contains(&snippet) {
            fail(format!("in the article root, should not be: {snippet:?}"));
        }
    }
    for name in strings(exp, "signals") {
        if !a.detection.signals.iter().any(|s| s.label() == name) {
            let got: Vec<String> = a.detection.signals.iter().map(|s| s.label()).collect();
            fail(format!("signal {name:?} not reported; got {got:?}"));
        }
    }

    let collapsed: Vec<String> = a
        .upsells
        .iter()
        .map(|u| page.visible_text(u.node))
        .collect();
    let is_collapsed = |id: NodeId| a.upsells.iter().any(|u| u.node == id);
    let body = page.body().expect("page has a body");
    let visible = collapse(&page.text_map(body, is_collapsed).text);
    for snippet in strings(exp, "upsells") {
        if !collapsed.iter().any(|c| c.contains(&snippet)) {
            fail(format!("upsell not collapsed: {snippet:?}"));
        }
    }
    if exp["no_upsells"].as_bool() == Some(true) {
        for text in &collapsed {
            fail(format!(
                "collapsed, expected nothing collapsed: {:.80?}",
                text
            ));
        }
    }
    if let Some(want) = exp["upsell_count"].as_u64() {
        if a.upsells.len() as u64 != want {
            fail(format!(
                "{} elements collapsed, expected {want}: {collapsed:.80?}",
                a.upsells.len()
            ));
        }
    }
    for snippet in strings(exp, "article") {
        if !visible.contains(&snippet) {
            fail(format!("article text hidden or missing: {snippet:?}"));
        }
    }

    let unread = exp["speech_unread"].as_str();
    if a.speech_unread.as_deref() != unread {
        fail(format!(
            "speech analysis left unread for {:?}, expected {unread:?}",
            a.speech_unread
        ));
    }
    if unread.is_some() && !(a.actors.is_empty() && a.quotes.is_empty()) {
        fail(format!(
            "{} actors and {} quotes on a page the speech analysis does not read",
            a.actors.len(),
            a.quotes.len()
        ));
    }

    for want in exp["actors"].as_array().into_iter().flatten() {
        let name = want["name"].as_str().unwrap_or_default();
        let Some(actor) = a.actors.iter().find(|x| x.name == name) else {
            fail(format!("actor missing: {name}"));
            continue;
        };
        let got_kind = serde_json::to_value(actor.kind).unwrap();
        if let Some(kind) = want.get("kind").filter(|k| **k != got_kind) {
            fail(format!("actor {name}: kind {got_kind}, expected {kind}"));
        }
        for (key, got) in [("role", &actor.role), ("affiliation", &actor.affiliation)] {
            if let Some(w) = want[key].as_str() {
                if !got.as_deref().is_some_and(|g| g.eq_ignore_ascii_case(w)) {
                    fail(format!("actor {name}: {key} {got:?}, expected {w:?}"));
                }
            }
        }
    }
    for bad in strings(exp, "not_actors") {
        if a.actors.iter().any(|x| x.name == bad) {
            fail(format!("invented actor: {bad}"));
        }
    }

    let gold_quotes = exp["quotes"].as_array().cloned().unwrap_or_default();
    let mut matched = 0;
    let mut misses = Vec::new();
    for want in &gold_quotes {
        let text = want["text"].as_str().unwrap_or_default();
        let Some(q) = a.quotes.iter().find(|q| covers(q, text)) else {
            misses.push(format!("quote not found: {text:.70?}"));
            continue;
        };
        let mut problems = Vec::new();
        if let Some(speaker) = want["speaker"].as_str() {
            if q.speaker.as_deref() != Some(speaker) {
                problems.push(format!("speaker {:?}, expected {speaker:?}", q.speaker));
            }
        }
        if let Some(speakers) = want["speakers"].as_array() {
            if serde_json::to_value(&q.speakers).unwrap() != want["speakers"] {
                problems.push(format!("speakers {:?}, expected {speakers:?}", q.speakers));
            }
        }
        if let Some(kind) = want["kind"].as_str() {
            let got = serde_json::to_value(q.kind).unwrap();
            if got != kind {
                problems.push(format!("kind {got}, expected {kind}"));
            }
        }
        if let Some(cue) = want["cue"].as_str() {
            if !q.cue.eq_ignore_ascii_case(cue) {
                problems.push(format!("cue {:?}, expected {cue:?}", q.cue));
            }
        }
        if problems.is_empty() {
            matched += 1;
        } else {
            misses.push(format!("quote {text:.50?}: {}", problems.join("; ")));
        }
    }
    let min = exp["quotes_min"]
        .as_u64()
        .map_or(gold_quotes.len(), |m| m as usize);
    if matched < min {
        fail(format!(
            "{matched}/{} quotes right, expected at least {min}",
            gold_quotes.len()
        ));
        for m in misses {
            fail(m);
        }
    }
    errors
}

#[test]
fn fixtures_match_their_expectations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("expected.json").exists())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no fixtures found in {}", dir.display());

    let mut errors = Vec::new();
    for name in &names {
        let case = dir.join(name);
        let html = std::fs::read_to_string(case.join("page.html"))
            .unwrap_or_else(|e| panic!("{name}/page.html: {e}"));
        let exp: Value =
            serde_json::from_str(&std::fs::read_to_string(case.join("expected.json")).unwrap())
                .unwrap_or_else(|e| panic!("{name}/expected.json: {e}"));
        let page = read_html(&html, exp["url"].as_str());
        errors.extend(check(name, &page, &analyze(&page), &exp));
    }
    assert!(
        errors.is_empty(),
        "{} mismatches in {} fixtures:\n{}",
        errors.len(),
        names.len(),
        errors.join("\n")
    );
}

/// `tests/web.rs` compares the browser's reading of every fixture page with
/// the native one; its list is written out (the wasm test cannot list a
/// folder), so a new fixture must be added there too.
#[test]
fn every_fixture_is_read_in_the_browser_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let web = std::fs::read_to_string(root.join("web.rs")).unwrap();
    let missing: Vec<String> = std::fs::read_dir(root.join("fixtures"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !web.contains(&format!("    \"{name}\",\n")))
        .collect();
    assert!(
        missing.is_empty(),
        "add to FIXTURES in tests/web.rs: {missing:?}"
    );
}

/// What a page cut short must still give: every node an analysis names is
/// in the page (upsells are elements, spans start and end in text nodes
/// within their lengths), and every quote and mention lies in the text.
fn check_cut(page: &Page, a: &Analysis) -> Vec<String> {
    let mut errors = Vec::new();
    let text_len = a.text.text.chars().count();
    let text_node = |id: NodeId| match page.nodes.get(id.index()).map(|n| &n.data) {
        Some(dramatis::page::NodeData::Text(t)) => Some(t.chars().count()),
        _ => None,
    };
    for u in &a.upsells {
        if page.nodes.get(u.node.index()).is_none() || page.element(u.node).is_none() {
            errors.push(format!("upsell names no element: {:?}", u.node));
        }
    }
    for (q, span) in a.quotes.iter().zip(&a.quote_spans) {
        if q.start >= q.end || q.end > text_len {
            errors.push(format!(
                "quote {}..{} outside the text ({text_len})",
                q.start, q.end
            ));
        }
        let Some(s) = span else { continue };
        match (text_node(s.start_node), text_node(s.end_node)) {
            (Some(a), Some(b)) if s.start_offset < a && s.end_offset <= b => {}
            _ => errors.push(format!("quote span outside its text nodes: {s:?}")),
        }
    }
    for actor in &a.actors {
        for &[start, end] in &actor.mentions {
            if start >= end || end > text_len {
                errors.push(format!(
                    "{}: mention {start}..{end} outside the text",
                    actor.name
                ));
            }
        }
    }
    if a.quotes.len() != a.quote_spans.len() {
        errors.push("a quote without its span entry".into());
    }
    errors
}

/// A page may reach the analysis cut short: a connection that drops, a
/// script that stops writing, the live DOM read while it still loads. Every
/// fixture, cut at sixty points, is analysed whole (detection, upsells,
/// actors and quotes) without a panic, which in the wasm would cost the page
/// its analysis, and with every offset in range.
#[test]
fn every_cut_of_every_fixture_is_analysed() {
    const CUTS: usize = 60;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut errors = Vec::new();
    let mut pages = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/fixtures exists") {
        let case = entry.unwrap().path();
        let Ok(html) = std::fs::read_to_string(case.join("page.html")) else {
            continue;
        };
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let exp: Value = std::fs::read_to_string(case.join("expected.json"))
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or(Value::Null);
        let bounds: Vec<usize> = html.char_indices().map(|(i, _)| i).collect();
        for k in 1..CUTS {
            let cut = bounds[bounds.len() * k / CUTS];
            let prefix = &html[..cut];
            pages += 1;
            match std::panic::catch_unwind(|| {
                let page = read_html(prefix, exp["url"].as_str());
                let a = analyze(&page);
                check_cut(&page, &a)
            }) {
                Ok(found) => errors.extend(
                    found
                        .into_iter()
                        .map(|e| format!("{name} cut at byte {cut}: {e}")),
                ),
                Err(_) => errors.push(format!("{name}: panicked when cut at byte {cut}")),
            }
        }
    }
    assert!(pages > 0, "no fixture pages in {}", dir.display());
    assert!(
        errors.is_empty(),
        "{} problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
