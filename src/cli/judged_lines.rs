//! Judged promo lines: how many of the promos on a page end up collapsed.
//!
//! Recall against the ground truth counts only the `without` snippets the
//! corpus happens to list, a few per page (33 refined snippets on the
//! held-out quarter's article pages). Every line of a page that carries an
//! upsell mark is a wider yardstick: a *marked line* is the smallest element
//! whose text is an upsell snippet by the ground truth's own test
//! ([`is_upsell_snippet`]: a mark such as subscribe, newsletter or free
//! trial, at least 12 characters), no child of which is one, and whose text
//! is at most [`MAX_LINE_CHARS`] long (longer is a story's paragraph that
//! names a subscription, never a call). Which lines exist depends on the
//! page alone, never on the classifier, so a judged line can be scored
//! against any later build.
//!
//! `eval upsells --sample-lines FILE [--sample-size N] [--seed S]` writes N
//! of the marked lines on the pages taken for articles, collapsed or not,
//! drawn by a seeded hash of page and text, as JSON lines with `"promo":
//! null` to be filled in: `{"sample", "page", "type", "path", "text",
//! "context", "promo", "note"}`, where `context` is the text of the largest
//! box around the line of at most [`CONTEXT_CHARS`]. The judge is not told
//! whether a line is collapsed. The rule the readers were given:
//!
//! - **promo** (`true`): the line is, or is part of, a box, button or
//!   banner that asks the reader to subscribe, sign up for a newsletter, a
//!   mailing list, email updates, an account or a free trial, become a
//!   member, pay for a plan, donate or support the site, or get its app:
//!   the call itself, its heading, price or list of plan features, its
//!   email field's label, its "already a subscriber? sign in" line, its
//!   confirmation message. A call inside the story counts ("Sign up for our
//!   newsletter to get stories like this"), and so does a single call as a
//!   menu or header entry, when the line is only that entry;
//! - **not a promo** (`false`, with a `note` saying what it is): the
//!   story's own prose that mentions subscriptions, memberships or prices;
//!   a line that mixes a call with other things the reader uses (a menu or
//!   footer with a subscribe link among "about · contact", a header's
//!   "Subscribe · Sign in", a log-in or comment form); a follow on a social
//!   platform or a podcast feed; a product's or plan's name in a shop;
//!   disclosures, pitches to advertisers, event or course registrations,
//!   contact forms; a comment thread's notifications; account links with
//!   no pitch. When unsure: would a reader be glad to see the line folded
//!   away as a pitch, losing nothing they came for?
//!
//! `eval upsells --judged-lines FILE` scores the current build on them, per
//! sample: of the promo lines, the share inside a collapsed element (recall
//! over every marked promo of the page, not only the listed ones), and how
//! many lines judged not a promo are collapsed.

use super::eval_upsells::is_upsell_snippet;
use super::{draw_sample, outln, read_judged, share};
use crate::page::{NodeId, Page};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// A marked element with more text than this is prose that names a
/// subscription (a story's paragraph, a whole section), not a promo's line.
pub const MAX_LINE_CHARS: usize = 400;

/// The judge sees the line inside the largest box around it with at most
/// this much text: enough to tell a newsletter box from a story's sentence.
pub const CONTEXT_CHARS: usize = 500;

/// One marked line of a page, and what the run did with it.
pub struct MarkedLine {
    /// The corpus file stem.
    pub page: String,
    /// The ground-truth page type.
    pub page_type: String,
    /// Where it is (`div.a > p#b`), for the judge.
    pub path: String,
    /// Its text, normalised as `eval upsells` reads page text.
    pub text: String,
    /// The text of the largest box around it of at most [`CONTEXT_CHARS`].
    pub context: String,
    /// Whether it lies inside an element the run collapsed.
    pub collapsed: bool,
    /// For tuning, when the run contradicts a judged verdict: the
    /// classifier's verdict on the line and its ancestors.
    pub why: String,
    /// When the line was judged a promo and stands: the classifier's
    /// reason, as the eval's breakdown of misses gives it.
    pub kept_because: &'static str,
}

/// A marked line as [`marked_lines`] finds it on one page.
pub struct PageLine {
    pub id: NodeId,
    pub text: String,
    pub context: String,
    pub collapsed: bool,
}

/// The marked lines of a page: `text` gives an element's text as the eval
/// reads it, `collapsed` the elements the run collapsed.
pub fn marked_lines(
    page: &Page,
    text: impl Fn(NodeId) -> String,
    collapsed: &[NodeId],
) -> Vec<PageLine> {
    let n = page.nodes.len();
    // Children come after their parent in the page model's order, so one
    // pass from the end sees every child before its parent.
    let mut texts: Vec<Option<String>> = vec![None; n];
    let mut marked = vec![false; n]; // an upsell snippet at or below
    let mut lines = Vec::new();
    for i in (0..n).rev() {
        let id = NodeId(i as u32);
        if page.element(id).is_none() {
            continue;
        }
        let below = page.children(id).iter().any(|c| marked[c.0 as usize]);
        let t = text(id);
        let here = is_upsell_snippet(&t);
        marked[i] = below || here;
        if here && !below && t.chars().count() <= MAX_LINE_CHARS {
            lines.push(id);
        }
        if t.chars().count() <= CONTEXT_CHARS {
            texts[i] = Some(t);
        }
    }
    lines.reverse();
    lines
        .into_iter()
        .map(|id| {
            let line = texts[id.0 as usize].clone().unwrap_or_default();
            let context = page
                .ancestors(id)
                .map_while(|a| texts[a.0 as usize].clone())
                .last()
                .unwrap_or_else(|| line.clone());
            PageLine {
                id,
                text: line,
                context,
                collapsed: collapsed.iter().any(|&c| page.contains(c, id)),
            }
        })
        .collect()
}

/// One judged line (`type`, `path`, `context` and `note` are for people).
#[derive(Deserialize)]
struct Judged {
    sample: String,
    page: String,
    text: String,
    promo: bool,
    #[serde(default)]
    note: String,
}

#[derive(Serialize)]
struct ToJudge<'a> {
    sample: &'a str,
    page: &'a str,
    #[serde(rename = "type")]
    page_type: &'a str,
    path: &'a str,
    text: &'a str,
    context: &'a str,
    promo: Option<bool>,
    note: &'a str,
}

/// The `size` lines with the lowest seeded hash of page and text, in page
/// order (see [`draw_sample`]), as JSON lines to fill in (without whether
/// each is collapsed).
pub fn write_sample(
    out: &mut impl Write,
    lines: &[MarkedLine],
    sample: &str,
    size: usize,
    seed: u64,
) -> std::io::Result<()> {
    for l in draw_sample(lines, size, seed, |l| (&l.page, &l.text)) {
        let line = ToJudge {
            sample,
            page: &l.page,
            page_type: &l.page_type,
            path: &l.path,
            text: &l.text,
            context: &l.context,
            promo: None,
            note: "",
        };
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    Ok(())
}

/// Reads a judged file (see [`read_judged`]).
pub fn load(file: &str, outcome: &mut super::Outcome) -> Option<JudgedLines> {
    read_judged(file, outcome).map(JudgedLines)
}

/// The judged lines of one file.
pub struct JudgedLines(Vec<Judged>);

impl JudgedLines {
    /// The verdict on the line of `page` with `text`, if it was judged.
    pub fn promo(&self, page: &str, text: &str) -> Option<bool> {
        self.0
            .iter()
            .find(|j| j.page == page && j.text == text)
            .map(|j| j.promo)
    }
}

/// The counts of one sample.
#[derive(Default, Debug, PartialEq)]
struct Tally {
    judged: usize,
    /// Judged lines the page no longer has (its reading changed).
    gone: usize,
    promos: usize,
    promos_collapsed: usize,
    others_collapsed: usize,
}

/// What the run did with a judged line: `None` when the page read has no
/// such line any more.
type Fate = Option<bool>;

impl JudgedLines {
    /// Each judged line on a page the run read, with its fate.
    fn fates<'a>(
        &'a self,
        run_pages: &BTreeSet<&str>,
        lines: &[MarkedLine],
    ) -> Vec<(&'a Judged, Fate)> {
        // A text can stand on a page more than once (a header drawn for
        // wide and narrow screens): the judged line is collapsed when any
        // of them is, as a ground-truth snippet is found in any collapse.
        let mut now: BTreeMap<(&str, &str), bool> = BTreeMap::new();
        for l in lines {
            *now.entry((l.page.as_str(), l.text.as_str())).or_default() |= l.collapsed;
        }
        self.0
            .iter()
            .filter(|j| run_pages.contains(j.page.as_str()))
            .map(|j| (j, now.get(&(j.page.as_str(), j.text.as_str())).copied()))
            .collect()
    }

    fn tally<'a>(fates: &[(&'a Judged, Fate)]) -> BTreeMap<&'a str, Tally> {
        let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
        for &(j, fate) in fates {
            let t = tallies.entry(j.sample.as_str()).or_default();
            t.judged += 1;
            match fate {
                None => t.gone += 1,
                Some(collapsed) if j.promo => {
                    t.promos += 1;
                    t.promos_collapsed += usize::from(collapsed);
                }
                Some(collapsed) => t.others_collapsed += usize::from(collapsed),
            }
        }
        tallies
    }

    /// Prints, per sample, the promo lines and the share of them collapsed
    /// now; with `list` (tuning, the tune part only), the judged lines whose
    /// fate is not their verdict's: promos standing, others collapsed.
    pub fn report(&self, run_pages: &BTreeSet<&str>, lines: &[MarkedLine], list: bool) {
        let fates = self.fates(run_pages, lines);
        let why: BTreeMap<(&str, &str), &str> = lines
            .iter()
            .map(|l| ((l.page.as_str(), l.text.as_str()), l.why.as_str()))
            .collect();
        outln!("judged marked lines (recall: the share of the lines judged a promo that lie in a collapsed element)");
        outln!("| sample | judged | no longer on the page | promo lines | collapsed | recall | other lines collapsed |");
        outln!("|---|---|---|---|---|---|---|");
        for (name, t) in &Self::tally(&fates) {
            outln!(
                "| {name} | {} | {} | {} | {} | {} | {} |",
                t.judged,
                t.gone,
                t.promos,
                t.promos_collapsed,
                share(t.promos_collapsed, t.promos),
                t.others_collapsed
            );
        }
        outln!();
        // Why the promo lines stand, summed over the samples: the reasons
        // alone, so the held-out samples can be read without their texts.
        let mut reasons: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for &(j, _) in fates
            .iter()
            .filter(|&&(j, fate)| j.promo && fate == Some(false))
        {
            let why = lines
                .iter()
                .find(|l| l.page == j.page && l.text == j.text)
                .map_or("", |l| l.kept_because);
            *reasons.entry((j.sample.as_str(), why)).or_default() += 1;
        }
        outln!("| sample | why a promo line stands | lines |");
        outln!("|---|---|---:|");
        for ((sample, why), n) in &reasons {
            outln!("| {sample} | {why} | {n} |");
        }
        outln!();
        if list {
            for &(j, fate) in &fates {
                let what = match fate {
                    Some(false) if j.promo => "promo, standing",
                    Some(true) if !j.promo => "not a promo, collapsed",
                    _ => continue,
                };
                let text: String = j.text.chars().take(160).collect();
                outln!("{} {} ({what}): {text} | {}", j.sample, j.page, j.note);
                if let Some(why) = why.get(&(j.page.as_str(), j.text.as_str())) {
                    outln!("{why}");
                }
            }
            outln!();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::native::read_parsed;
    use scraper::Html;

    #[test]
    fn a_marked_line_is_the_smallest_element_with_a_mark() {
        let html = r#"<html><body>
            <p>The company said its subscription business grew by a third last year.</p>
            <div class="promo"><h3>Get our newsletter</h3><button>Subscribe</button></div>
            </body></html>"#;
        let page = read_parsed(&Html::parse_document(html), None);
        let boxed = (0..page.nodes.len() as u32)
            .map(NodeId)
            .find(|&id| page.element(id).is_some_and(|e| e.tag == "div"))
            .unwrap();
        let text = |id| page.visible_text(id);
        let lines = marked_lines(&page, text, &[boxed]);
        let got: Vec<(&str, &str, bool)> = lines
            .iter()
            .map(|l| (l.text.as_str(), l.context.as_str(), l.collapsed))
            .collect();
        // The story's sentence is a line (the judge says it is no promo); the
        // heading is one; "Subscribe" alone is too short to be one, so the
        // box holding it is not a second line above the heading's.
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].0.starts_with("The company said"));
        assert!(!got[0].2);
        assert_eq!(got[1].0, "Get our newsletter");
        assert!(got[1].1.contains("Subscribe"), "the box is the context");
        assert!(got[1].2, "inside the collapsed box");
    }

    #[test]
    fn judged_lines_are_scored_by_page_and_text() {
        let judged = |page: &str, text: &str, promo| Judged {
            sample: "s".into(),
            page: page.into(),
            text: text.into(),
            promo,
            note: String::new(),
        };
        let set = JudgedLines(vec![
            judged("0001", "Get our newsletter", true),
            judged("0001", "Subscribe to our podcast feed", true),
            judged("0002", "its subscription business grew", false),
            judged("0003", "Sign up for alerts", true),
            judged("0009", "Sign up", true),
        ]);
        let line = |page: &str, text: &str, collapsed| MarkedLine {
            page: page.into(),
            page_type: "article".into(),
            path: "div".into(),
            text: text.into(),
            context: String::new(),
            collapsed,
            why: String::new(),
            kept_because: "",
        };
        let now = [
            line("0001", "Get our newsletter", true),
            line("0001", "Subscribe to our podcast feed", false),
            line("0002", "its subscription business grew", true),
        ];
        // 0003's line is gone; 0009 is outside the run.
        let pages = BTreeSet::from(["0001", "0002", "0003"]);
        let t = &JudgedLines::tally(&set.fates(&pages, &now))["s"];
        assert_eq!(
            *t,
            Tally {
                judged: 4,
                gone: 1,
                promos: 2,
                promos_collapsed: 1,
                others_collapsed: 1
            }
        );
    }

    #[test]
    fn the_judged_file_is_complete() {
        let file = include_str!("../../tests/upsells/lines-judged.jsonl");
        let judged: Vec<Judged> = file
            .lines()
            .map(|l| serde_json::from_str(l).expect(l))
            .collect();
        assert!(judged.len() >= 300);
        // A line judged no promo says what it is.
        for j in judged.iter().filter(|j| !j.promo) {
            assert!(!j.note.is_empty(), "{} {}: no note", j.page, j.text);
        }
    }
}
