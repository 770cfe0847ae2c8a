//! Is this page an article, and which element holds its text?

use crate::page::{NodeData, NodeId, Page};
use serde::Serialize;

/// One piece of evidence and how much it moved the verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Signal {
    /// Short stable name (`og:type=article`, `paragraphs`).
    pub name: String,
    /// Contribution to the log-odds of "article"; negative counts against.
    pub weight: f32,
}

/// The verdict on a page.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Detection {
    pub is_article: bool,
    /// Probability that the page is an article, in [0, 1].
    pub score: f32,
    /// The signals that fired, strongest first.
    pub signals: Vec<Signal>,
    /// The element holding the main article text.
    pub article_root: Option<NodeId>,
}

/// Paragraphs shorter than this many chars are captions, labels or buttons.
const MIN_PARAGRAPH_CHARS: usize = 80;

pub fn detect(page: &Page) -> Detection {
    let root = article_root(page);
    let paragraphs = root.map_or(0, |r| long_paragraphs(page, r));
    let mut signals = Vec::new();
    let mut add = |name: &str, weight: f32| {
        signals.push(Signal {
            name: name.into(),
            weight,
        })
    };
    if page.meta("og:type") == Some("article") {
        add("og:type=article", 1.5);
    }
    if page
        .meta
        .json_ld
        .iter()
        .any(|j| j.contains("Article") || j.contains("BlogPosting"))
    {
        add("json-ld article", 1.5);
    }
    if page.meta("article:published_time").is_some() {
        add("article:published_time", 1.0);
    }
    add("paragraphs", (paragraphs as f32 - 4.0) * 0.5);
    let logit: f32 = -1.0 + signals.iter().map(|s| s.weight).sum::<f32>();
    signals.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    let score = 1.0 / (1.0 + (-logit).exp());
    Detection {
        is_article: score >= 0.5,
        score,
        signals,
        article_root: root,
    }
}

/// Number of `<p>` children of `id` with at least [`MIN_PARAGRAPH_CHARS`].
fn long_paragraphs(page: &Page, id: NodeId) -> usize {
    page.children(id)
        .iter()
        .filter(|&&c| page.tag(c) == "p" && !page.is_hidden(c))
        .filter(|&&c| page.visible_text(c).chars().count() >= MIN_PARAGRAPH_CHARS)
        .count()
}

/// The element whose `<p>` children hold the most text: the classic
/// Readability heuristic, a first approximation of the article body.
fn article_root(page: &Page) -> Option<NodeId> {
    let mut best: Option<(usize, NodeId)> = None;
    for (i, node) in page.nodes.iter().enumerate() {
        let NodeData::Element(e) = &node.data else {
            continue;
        };
        if e.hidden || e.tag == "p" {
            continue;
        }
        let chars: usize = node
            .children
            .iter()
            .filter(|&&c| page.tag(c) == "p")
            .map(|&c| page.visible_text(c).chars().count())
            .sum();
        if chars > 0 && best.is_none_or(|(b, _)| chars > b) {
            best = Some((chars, NodeId(i as u32)));
        }
    }
    best.map(|(_, id)| id)
}
