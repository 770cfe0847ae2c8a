//! [`analyze`]: from a [`Page`] to everything the panel shows.

use crate::detect::{self, Detection};
use crate::page::{NodeId, Page, Span, TextMap};
use crate::speech::{self, Actor, Quote};
use crate::upsell::{self, Upsell};
use serde::Serialize;

/// The result of analysing one page. Node ids refer to the analysed [`Page`].
#[derive(Clone, Debug, Default, Serialize)]
pub struct Analysis {
    pub detection: Detection,
    /// The article's headline: `og:title`, else `<title>`.
    pub title: Option<String>,
    /// Elements to collapse, outermost only, in document order.
    pub upsells: Vec<Upsell>,
    /// The article text that quote and mention offsets count into (chars),
    /// with the map back to the page's text nodes; empty on non-articles.
    pub text: TextMap,
    pub actors: Vec<Actor>,
    pub quotes: Vec<Quote>,
    /// Where each quote (same index) lies in the page's text nodes.
    pub quote_spans: Vec<Option<Span>>,
    /// The language the page declares (`<html lang>`) when the speech
    /// analysis cannot read it: actors and quotes are then left empty rather
    /// than guessed (see `reads_speech`).
    pub speech_unread: Option<String>,
}

/// Whether the speech analysis can read a page in `lang` (its `<html lang>`):
/// its reporting verbs, roles, name rules and gazetteers are English, and on
/// a German page, whose nouns are all capitalised, it would list
/// "Nachtzüge von Berlin" as a person. A page that declares no language is
/// read (most such pages are English).
pub fn reads_speech(lang: Option<&str>) -> bool {
    let primary = lang
        .unwrap_or("")
        .trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("");
    primary.is_empty() || primary.eq_ignore_ascii_case("en")
}

/// Class, id and `itemprop`/`rel` tokens of the elements that sign and date
/// a story: the writer is not one of its actors, and a byline read as prose
/// turns "Staff January 13" into a name.
const BYLINE_TOKENS: &[&str] = &["byline", "author", "dateline", "timestamp"];

/// Whether `id` is a byline or a date line (matched on whole `-`/`_`
/// separated parts of its class and id: `byline__author`, `article-author`).
fn is_byline(page: &Page, id: NodeId) -> bool {
    let Some(e) = page.element(id) else {
        return false;
    };
    if matches!(e.tag.as_str(), "time" | "address") {
        return true;
    }
    let names = e.classes.iter().map(String::as_str).chain([e.id.as_str()]);
    let marks = [e.attr("itemprop"), e.attr("rel")].into_iter().flatten();
    names.chain(marks).any(|value| {
        value
            .split(['-', '_', ' '])
            .any(|part| BYLINE_TOKENS.iter().any(|t| part.eq_ignore_ascii_case(t)))
    })
}

/// Whether `id` is a block of code (`<pre>`): program text has no
/// speakers, and its capitalised keywords (`GROUP BY`, `NOT NULL`) read
/// as organisations.
fn is_code_block(page: &Page, id: NodeId) -> bool {
    page.element(id).is_some_and(|e| e.tag == "pre")
}

/// The text quotes and actors are read from: the root's, without the
/// upsells to collapse, bylines and code blocks.
fn article_text(page: &Page, root: NodeId, upsells: &[Upsell]) -> TextMap {
    let skipped = |id: NodeId| {
        upsells.iter().any(|u| u.node == id) || is_byline(page, id) || is_code_block(page, id)
    };
    page.text_map(root, skipped)
}

/// The headline the panel shows: `og:title`, else `<title>`.
fn title(page: &Page) -> Option<String> {
    page.meta("og:title")
        .map(str::to_string)
        .or_else(|| page.meta.title.clone())
}

/// The analysis of a page that its head and address already rule out (see
/// [`detect::reject_early`]): what [`analyze`] gives for the whole page,
/// from a page of only its metadata. `None` when the body must be read.
pub fn reject_early(page: &Page) -> Option<Analysis> {
    detect::reject_early(page).map(|detection| Analysis {
        detection,
        title: title(page),
        ..Analysis::default()
    })
}

/// Analyses a page. A page that is not an article gets its verdict and
/// nothing else: no upsell is collapsed and no text is read.
pub fn analyze(page: &Page) -> Analysis {
    let detection = detect::detect(page);
    let title = title(page);
    let Some(root) = detection.article_root.filter(|_| detection.is_article) else {
        return Analysis {
            detection,
            title,
            ..Analysis::default()
        };
    };
    let upsells = upsell::find(page, root);
    let text = article_text(page, root, &upsells);
    let lang = page.meta.lang.as_deref();
    if !reads_speech(lang) {
        return Analysis {
            detection,
            title,
            upsells,
            text,
            speech_unread: lang.map(|l| l.trim().to_string()),
            ..Analysis::default()
        };
    }
    let speech = speech::analyze_story(&text.text);
    let quote_spans = speech
        .quotes
        .iter()
        .map(|q| text.span(q.start, q.end))
        .collect();
    Analysis {
        detection,
        title,
        upsells,
        text,
        actors: speech.actors,
        quotes: speech.quotes,
        quote_spans,
        speech_unread: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageBuilder;

    #[test]
    fn article_text_leaves_out_bylines_and_code() {
        let mut b = PageBuilder::new();
        b.open("article", []);
        b.open("p", [("class", "byline")]);
        b.text("By Jane Doe");
        b.close();
        b.open("p", []);
        b.text("The query groups readings by sensor.");
        b.close();
        b.open("pre", []);
        b.open("code", []);
        b.text("SELECT sensor FROM readings GROUP BY sensor;");
        b.close();
        b.close();
        b.close();
        let page = b.finish();
        let text = article_text(&page, NodeId(0), &[]).text;
        assert_eq!(text.trim(), "The query groups readings by sensor.");
    }
}
