//! `dramatis eval upsells CORPUS_DIR`: how well upsells are collapsed on a
//! WCXB-style corpus, beside a baseline of generic cosmetic filter rules.
//!
//! The corpus holds `html/NNNN.html.gz` and `ground-truth/NNNN.json` with
//! `url`, `_internal.page_type.primary` and `ground_truth.{main_content,
//! with, without}`. The figures:
//!
//! - **upsell recall**: of the `without` snippets that are upsells (see
//!   [`is_upsell_snippet`]) and occur in the page's visible text, the share
//!   that lies inside a collapsed element's text; printed twice: by the
//!   simple definition, and by the refined one that sets aside snippets with
//!   a mark that sell nothing to the reader (see [`refined_exclusion`]);
//! - **article-text loss**: pages where a `with` snippet or a main-content
//!   paragraph of at least [`LOSS_PARAGRAPH_CHARS`] lies inside a collapsed
//!   element, and the main-content characters so hidden.
//!
//! As in the product, promos are looked for only on pages the detector
//! takes for articles; that gate is the detector's held-out verdict (see
//! [`held_out_articles`]), never the shipped model's, which was trained on
//! these very pages.
//!
//! The pages are split by a hash of their domain into a tune part (three
//! quarters of the domains) and a report part (the last quarter, see
//! [`part`]); the classifier was tuned on the tune part only, and the
//! report part is what the command prints by default. `--misses` lists the
//! misses and losses of all pages for tuning (`--hits` adds the snippets
//! found), with the verdict on each ancestor of the element concerned, and
//! refuses to do so on the report part; `--collapses` adds every element
//! collapsed on an article page, to look for boxes that should stay, and
//! with `--judged` the judged collapses whose verdict the run contradicts.
//! `--sample-lines` and `--judged-lines` do the same for every line of a
//! page with an upsell mark, collapsed or not: recall over all the promos
//! of a page, not only those its ground truth lists (see [`judged_lines`]).
//! `--dump FILE` writes every page's
//! upsells as JSON lines, to check that a change meant to keep the results
//! (a speed-up) does.

use super::detect_corpus::{self, mix};
use super::eval_detect::{cross_validate, DEFAULT_FOLDS};
use super::judged_collapses::{self, Collapse};
use super::judged_lines::{self, MarkedLine};
use super::outln;
use super::train_detect::SEED;
use super::{Args, Outcome, Usage};
use crate::detect::{self, Features};
use crate::native::{element_ids, read_document, read_parsed};
use crate::page::{NodeId, Page};
use crate::upsell;
use scraper::{Html, Selector};
use serde_json::Value;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A ground-truth snippet shorter than this is a label, not a promo text.
const MIN_UPSELL_SNIPPET_CHARS: usize = 12;

/// What makes a `without` snippet an upsell: any of these (lower case), in
/// the four languages the classifier claims. Deliberately independent of the
/// classifier's own lexicon: this is the yardstick, not the model.
const UPSELL_SNIPPET_MARKS: &[&str] = &[
    "subscri",
    "newsletter",
    "free trial",
    "membership",
    "premium",
    "sign up",
    "sign-up",
    "signup",
    "per month",
    "/month",
    "a month",
    "abonn",
    "suscri",
    "infolettre",
    "boletín",
    "essai gratuit",
    "prueba gratis",
    "kostenlos testen",
    "pro monat",
    "par mois",
    "al mes",
];

/// Main-content paragraphs at least this long count for article-text loss.
const LOSS_PARAGRAPH_CHARS: usize = 80;

/// Where the baseline's rules live relative to the corpus directory (the
/// shared data layout), unless `--baseline FILE` says otherwise.
const DEFAULT_BASELINE: &str = "../../lexicon/fanboy-upsell-generic.txt";

/// Whether a ground-truth snippet is an upsell: long enough, and one of
/// [`UPSELL_SNIPPET_MARKS`] starts a word in it ("unsubscribe" is not one).
pub fn is_upsell_snippet(snippet: &str) -> bool {
    let s = snippet.to_lowercase();
    s.chars().count() >= MIN_UPSELL_SNIPPET_CHARS && marks(&s).next().is_some()
}

/// The marks of [`UPSELL_SNIPPET_MARKS`] that start a word of `s` (lower
/// case), with where they start.
fn marks(s: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    let starts_word = |i: usize| {
        !s[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    UPSELL_SNIPPET_MARKS.iter().flat_map(move |m| {
        s.match_indices(m)
            .filter(move |&(i, _)| starts_word(i))
            .map(move |(i, _)| (i, *m))
    })
}

/// The refined yardstick: an upsell snippet (by [`is_upsell_snippet`]) that
/// none of the rules below sets aside. The simple definition counts every
/// snippet with a mark; reading the tune part's snippets (never the report
/// part's) showed marks in texts that sell nothing to the reader. Each rule
/// is general (it looks at the snippet's words only, never at a site) and the
/// eval prints the simple definition's figures beside the refined ones.
pub fn refined_exclusion(snippet: &str) -> Option<&'static str> {
    let s = snippet.to_lowercase();
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    // A free follow: subscribing to a feed or a channel on another platform
    // ("Subscribe on YouTube", "Subscribe via RSS") sells nothing.
    if has(FOLLOW_CHANNELS) {
        return Some("a free follow");
    }
    // A pitch to advertisers ("Sponsor this newsletter"), not to readers.
    if has(ADVERTISER_WORDS) {
        return Some("a pitch to advertisers");
    }
    // A review site's disclosure ("we independently recommend the best
    // subscriptions and products") tells how it earns, and sells nothing.
    if has(DISCLOSURE_WORDS) {
        return Some("a disclosure");
    }
    // "Premium" that describes goods ("our premium workout gear", "Premium
    // login") is not a paid tier: it is one when a tier's noun follows
    // within two words ("premium membership", "premium investing
    // services"), when it ends a phrase ("Go premium", "… with premium,
    // guaranteed"), or after a call ("upgrade to premium").
    let only_premium = marks(&s).all(|(_, m)| m == "premium");
    if only_premium && !marks(&s).any(|(i, _)| premium_is_a_tier(&s, i)) {
        return Some("premium goods, not a paid tier");
    }
    // An account link ("Sign up or log in") offers a log-in beside the
    // sign-up: a site's registration, not a subscription.
    let only_sign_up = marks(&s).all(|(_, m)| SIGN_UP_MARKS.contains(&m));
    let logs_in = s.contains("log in") || s.contains("login") || s.contains("sign in");
    if only_sign_up && logs_in && words.len() <= NAME_MAX_WORDS + 1 {
        return Some("an account link");
    }
    // A name, not a pitch: a short noun phrase headed by the product's noun
    // and asking nothing names a category, a section or a product, as menu
    // entries and headings do ("Best coffee subscriptions", "Print
    // subscriptions", "Email newsletter").
    let is_name = words.len() <= NAME_MAX_WORDS
        && !s.contains(['.', '!', '?', ':', ';'])
        && words.last().is_some_and(|w| NAME_HEADS.contains(w))
        && !has(CALL_WORDS);
    if is_name {
        return Some("a name, not a pitch");
    }
    None
}

/// Whether the "premium" at byte `at` of `s` names a paid tier (see
/// [`refined_exclusion`]).
fn premium_is_a_tier(s: &str, at: usize) -> bool {
    let after = &s[at + "premium".len()..];
    let ends_phrase = after
        .chars()
        .find(|c| !c.is_whitespace())
        .is_none_or(|c| !c.is_alphanumeric());
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let next = words(after);
    let before = words(&s[..at]);
    ends_phrase
        || next
            .iter()
            .take(2)
            .any(|w| PREMIUM_TIERS.contains(&w.as_str()))
        || before
            .last()
            .is_some_and(|w| CALL_WORDS.contains(&w.as_str()) || w == "to" || w == "go")
}

/// Nouns that make "premium" a paid tier.
const PREMIUM_TIERS: &[&str] = &[
    "membership",
    "memberships",
    "member",
    "members",
    "subscription",
    "subscriptions",
    "subscriber",
    "subscribers",
    "plan",
    "plans",
    "access",
    "content",
    "article",
    "articles",
    "account",
    "accounts",
    "version",
    "tier",
    "service",
    "services",
    "edition",
    "features",
    "trial",
];

/// The marks that only say "sign up".
const SIGN_UP_MARKS: &[&str] = &["sign up", "sign-up", "signup"];

/// Words of a review site's disclosure.
const DISCLOSURE_WORDS: &[&str] = &["affiliate", "commission", "independently"];

/// Names are at most this many words.
const NAME_MAX_WORDS: usize = 5;

/// The nouns that head a name of what is sold, in the four languages.
const NAME_HEADS: &[&str] = &[
    "subscription",
    "subscriptions",
    "newsletter",
    "newsletters",
    "membership",
    "memberships",
    "abonnement",
    "abonnements",
    "abo",
    "abos",
    "infolettre",
    "infolettres",
    "suscripción",
    "suscripciones",
    "boletín",
    "boletines",
];

/// Words that make a text ask something of the reader.
const CALL_WORDS: &[&str] = &[
    "subscribe",
    "sign",
    "join",
    "get",
    "try",
    "start",
    "become",
    "support",
    "register",
    "donate",
    "upgrade",
    "unlock",
    "read",
    "continue",
    "claim",
    "buy",
    "give",
    "renew",
    "abonnieren",
    "bestellen",
    "testen",
    "anmelden",
    "abonnez",
    "abonner",
    "inscrivez",
    "essayez",
    "rejoignez",
    "suscríbete",
    "suscribirse",
    "únete",
    "regístrate",
    "hazte",
];

/// Feeds and other platforms' channels.
const FOLLOW_CHANNELS: &[&str] = &[
    "rss", "feed", "feeds", "atom", "youtube", "podcast", "podcasts", "itunes", "spotify",
    "telegram", "whatsapp", "calendar", "ical",
];

/// Words of a pitch to advertisers.
const ADVERTISER_WORDS: &[&str] = &[
    "sponsor",
    "sponsors",
    "sponsorship",
    "advertise",
    "advertising",
    "advertisers",
];

/// Which part of the corpus a page belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Part {
    /// Three quarters of the domains, for tuning rules and lexicons.
    Tune,
    /// The last quarter, held out: never listed, only counted.
    Report,
}

/// The part of a page, from a hash of its domain, so that pages of one site
/// never end up on both sides.
///
/// Until 2026-12 the split was in halves (`h % 2`); the tune half's lessons
/// were exhausted (its remaining misses are menu entries the product keeps
/// on purpose), so one half of the report half (`h % 4 == 1`) joined the
/// tuning data, after the report half's last figures had been published
/// (`src/upsell/NOTES.md`), and the other (`h % 4 == 3`) stays held out.
pub(super) fn part(url: &str) -> Part {
    let host = url
        .split_once("://")
        .map_or(url, |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    // FNV-1a (unseeded): stable across Rust versions, unlike the std hasher.
    if mix(0, host) % 4 == REPORT_QUARTER {
        Part::Report
    } else {
        Part::Tune
    }
}

impl Part {
    pub(super) fn name(self) -> &'static str {
        match self {
            Part::Tune => "tune",
            Part::Report => "report",
        }
    }
}

/// How many collapsed elements `--sample` draws to be judged by default.
const DEFAULT_SAMPLE_SIZE: usize = 100;

/// The quarter of the domain hashes held out for reporting.
const REPORT_QUARTER: u64 = 3;

/// Figures of one system over a set of pages.
#[derive(Default)]
struct Tally {
    pages: usize,
    snippets: usize,
    found: usize,
    /// The same two counts by the refined yardstick ([`refined_exclusion`]).
    refined_snippets: usize,
    refined_found: usize,
    /// Pages the detector does not take for articles (or finds no article
    /// root in): nothing is collapsed there (the baseline's rules apply
    /// anyway).
    no_root: usize,
    /// Upsell snippets visible on those pages: misses whatever the
    /// classifier does (detection's to win back).
    no_root_snippets: usize,
    pages_lost: usize,
    chars_hidden: usize,
    collapsed: usize,
    /// Misses by why they stay (see [`upsell::why_kept`]): how many, and
    /// how many of those the refined yardstick counts.
    kept_because: Vec<(&'static str, usize, usize)>,
    /// Whether to fill in `kept_because` (for dramatis, not the baseline).
    break_down_misses: bool,
    time: Duration,
}

impl Tally {
    fn recall(&self) -> f64 {
        if self.snippets == 0 {
            0.0
        } else {
            self.found as f64 / self.snippets as f64
        }
    }

    fn refined_recall(&self) -> f64 {
        if self.refined_snippets == 0 {
            0.0
        } else {
            self.refined_found as f64 / self.refined_snippets as f64
        }
    }
}

/// The ground truth of one page, normalised for matching.
pub(super) struct Truth {
    /// The page's file stem (`0001`).
    pub(super) file: String,
    pub(super) article: bool,
    /// The ground-truth page type (`article`, `product`, ...), for notes.
    page_type: String,
    pub(super) part: Part,
    /// The address the page was fetched from.
    pub(super) url: String,
    upsells: Vec<String>,
    /// `with` snippets and long main-content paragraphs.
    keep: Vec<String>,
    /// All main-content paragraphs, for the hidden-character count.
    paragraphs: Vec<String>,
}

/// The corpus's ground-truth files (`ground-truth/*.json`), in name order.
pub(super) fn truth_files(corpus: &Path) -> Result<Vec<PathBuf>, String> {
    let dir = corpus.join("ground-truth");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: cannot read the corpus: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Lower case, whitespace collapsed: how snippets and page text are compared
/// (case-insensitively, since CSS `text-transform` changes what annotators
/// saw), with double-encoded punctuation read back as the page's text map
/// reads it (the ground truth keeps it as the page spells it).
fn norm(s: &str) -> String {
    crate::page::mojibake::repair(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

pub(super) fn read_truth(path: &Path) -> Result<Truth, String> {
    let raw = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let v: Value =
        serde_json::from_str(&raw).map_err(|e| format!("{}: invalid JSON: {e}", path.display()))?;
    let gt = &v["ground_truth"];
    let list = |key: &str| -> Vec<String> {
        gt[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(norm)
            .filter(|s| !s.is_empty())
            .collect()
    };
    let paragraphs: Vec<String> = gt["main_content"]
        .as_str()
        .unwrap_or("")
        .split('\n')
        .map(norm)
        .filter(|p| !p.is_empty())
        .collect();
    let mut keep = list("with");
    keep.extend(
        paragraphs
            .iter()
            .filter(|p| p.chars().count() >= LOSS_PARAGRAPH_CHARS)
            .cloned(),
    );
    Ok(Truth {
        file: path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned(),
        article: v["_internal"]["page_type"]["primary"] == "article",
        page_type: v["_internal"]["page_type"]["primary"]
            .as_str()
            .unwrap_or("unknown")
            .to_string(),
        part: part(v["url"].as_str().unwrap_or("")),
        url: v["url"].as_str().unwrap_or("").to_string(),
        upsells: list("without")
            .into_iter()
            .filter(|s| is_upsell_snippet(s))
            .collect(),
        keep,
        paragraphs,
    })
}

/// The generic-rule baseline: every `##SELECTOR` line that parses, as one
/// selector list.
struct Baseline {
    selector: Selector,
    rules: usize,
    unparsed: usize,
}

fn load_baseline(path: &Path) -> Result<Baseline, String> {
    let raw = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let mut good = Vec::new();
    let mut unparsed = 0;
    for line in raw.lines() {
        let Some(rule) = line.trim().strip_prefix("##") else {
            continue;
        };
        if Selector::parse(rule).is_ok() {
            good.push(rule);
        } else {
            unparsed += 1;
        }
    }
    let rules = good.len();
    let selector = Selector::parse(&good.join(", "))
        .map_err(|e| format!("{}: combined selector fails: {e:?}", path.display()))?;
    Ok(Baseline {
        selector,
        rules,
        unparsed,
    })
}

/// Drops elements nested in another listed one.
fn outermost(page: &Page, mut ids: Vec<NodeId>) -> Vec<NodeId> {
    ids.sort();
    ids.dedup();
    let mut out: Vec<NodeId> = Vec::new();
    for id in ids {
        if out.last().is_none_or(|&o| !page.contains(o, id)) {
            out.push(id);
        }
    }
    out
}

/// Scores one system's collapsed elements on one page.
fn score(
    page: &Page,
    root: Option<NodeId>,
    truth: &Truth,
    visible: &str,
    collapsed: &[NodeId],
    tally: &mut Tally,
    misses: Option<&mut Notes>,
) {
    let breakdown = tally.break_down_misses;
    let texts: Vec<String> = collapsed.iter().map(|&id| rendered(page, id)).collect();
    let inside = |s: &str| texts.iter().any(|t| t.contains(s));
    let mut notes = Vec::new();
    tally.pages += 1;
    tally.no_root += usize::from(root.is_none());
    tally.collapsed += collapsed.len();
    for s in truth
        .upsells
        .iter()
        .filter(|s| visible.contains(s.as_str()))
    {
        let excluded = refined_exclusion(s);
        let aside = excluded.map_or(String::new(), |why| format!(" [refined: {why}]"));
        let found = inside(s);
        tally.snippets += 1;
        tally.found += usize::from(found);
        tally.no_root_snippets += usize::from(root.is_none());
        if excluded.is_none() {
            tally.refined_snippets += 1;
            tally.refined_found += usize::from(found);
        }
        if found {
            if misses.as_ref().is_some_and(|m| m.hits) {
                notes.push(format!(
                    "{} ({}): hit {s:?}{aside}",
                    truth.file, truth.page_type
                ));
            }
        } else {
            let at = smallest_holding(page, s);
            let why = match (root, at) {
                _ if !breakdown => "",
                (None, _) => "page not taken for an article",
                (_, None) => "no one element holds it",
                (Some(_), Some(id)) => upsell::why_kept(page, root, id),
            };
            let counted = usize::from(excluded.is_none());
            match tally.kept_because.iter_mut().find(|(w, _, _)| *w == why) {
                _ if !breakdown => {}
                Some((_, n, r)) => {
                    *n += 1;
                    *r += counted;
                }
                None => tally.kept_because.push((why, 1, counted)),
            }
            // The verdicts below are what the classifier would say; on a
            // page not taken for an article the product collapses nothing.
            let gated = if root.is_none() {
                " [page not taken for an article: nothing collapsed; verdicts as if it were]"
            } else {
                ""
            };
            notes.push(format!(
                "{} ({}): missed {s:?}{aside}{gated}{}",
                truth.file,
                truth.page_type,
                at.map_or(String::new(), |id| format!(
                    " at {}\n{}",
                    path(page, id),
                    upsell::explain(page, root, id)
                ))
            ));
        }
    }
    if misses.as_ref().is_some_and(|m| m.collapses) && truth.article {
        for (&id, text) in collapsed.iter().zip(&texts) {
            notes.push(format!(
                "{} ({}): COLLAPSED {text:.120?} at {}\n{}",
                truth.file,
                truth.page_type,
                path(page, id),
                upsell::explain(page, root, id)
            ));
        }
    }
    let lost: Vec<&String> = truth
        .keep
        .iter()
        .filter(|s| visible.contains(s.as_str()) && inside(s))
        .collect();
    if !lost.is_empty() {
        tally.pages_lost += 1;
        // One note per collapsed element that hides article text.
        let mut by: Vec<(NodeId, Vec<&String>)> = Vec::new();
        for s in lost {
            let Some(i) = texts.iter().position(|t| t.contains(s.as_str())) else {
                continue;
            };
            match by.iter_mut().find(|(id, _)| *id == collapsed[i]) {
                Some((_, v)) => v.push(s),
                None => by.push((collapsed[i], vec![s])),
            }
        }
        for (id, snippets) in by {
            notes.push(format!(
                "{} ({}): LOST {} snippet(s), first {:.100?}, in {}\n{}",
                truth.file,
                truth.page_type,
                snippets.len(),
                snippets[0],
                path(page, id),
                upsell::explain(page, root, id)
            ));
        }
    }
    // A paragraph is hidden when it is inside a collapsed element and
    // nowhere else on the page: a one-word paragraph ("Services") occurs in
    // many texts.
    let mut sorted = collapsed.to_vec();
    sorted.sort();
    let remaining = page.body().map_or(String::new(), |body| {
        norm(
            &page
                .text_map(body, |id| sorted.binary_search(&id).is_ok())
                .text,
        )
    });
    for p in truth
        .paragraphs
        .iter()
        .filter(|p| visible.contains(p.as_str()) && inside(p) && !remaining.contains(p.as_str()))
    {
        tally.chars_hidden += p.chars().count();
        // Short ones too: they are not a loss by the measure, but
        // they are the story's.
        notes.push(format!(
            "{} ({}): HIDDEN main-content paragraph {p:.100?}",
            truth.file, truth.page_type
        ));
    }
    if let Some(m) = misses {
        m.lines.extend(notes);
    }
}

/// Tuning notes: misses and losses with the verdicts that explain them,
/// and with `--hits` the snippets found too.
#[derive(Default)]
struct Notes {
    lines: Vec<String>,
    hits: bool,
    /// List every element collapsed on an article page too (`--collapses`),
    /// to look for boxes that should have stayed.
    collapses: bool,
}

/// The text of an element as the page's text is read for matching: blocks
/// apart (a heading and the paragraph after it do not run together, as they
/// do in [`Page::visible_text`]), normalised.
fn rendered(page: &Page, id: NodeId) -> String {
    norm(&page.text_map(id, |_| false).text)
}

/// The smallest element holding a snippet.
fn smallest_holding(page: &Page, snippet: &str) -> Option<NodeId> {
    let mut best: Option<(usize, NodeId)> = None;
    for i in 0..page.nodes.len() {
        let id = NodeId(i as u32);
        if page.element(id).is_none() {
            continue;
        }
        let t = rendered(page, id);
        if t.contains(snippet) && best.is_none_or(|(l, _)| t.len() < l) {
            best = Some((t.len(), id));
        }
    }
    best.map(|(_, id)| id)
}

/// `div.a.b > section#x` style path of an element and a few ancestors.
fn path(page: &Page, id: NodeId) -> String {
    let mut parts: Vec<String> = std::iter::once(id)
        .chain(page.ancestors(id))
        .take(5)
        .filter_map(|a| {
            let e = page.element(a)?;
            let mut s = e.tag.clone();
            if !e.id.is_empty() {
                s.push('#');
                s.push_str(&e.id);
            }
            for c in e.classes.iter().take(3) {
                s.push('.');
                s.push_str(c);
            }
            Some(s)
        })
        .collect();
    parts.reverse();
    parts.join(" > ")
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(
        args,
        &[
            "--split",
            "--baseline",
            "--dump",
            "--sample",
            "--sample-size",
            "--seed",
            "--judged",
            "--sample-lines",
            "--judged-lines",
        ],
        &[
            "--misses",
            "--hits",
            "--collapses",
            "--no-baseline",
            "--every-page",
        ],
    )?;
    let [corpus] = args.positional.as_slice() else {
        return Err(Usage("eval upsells: give exactly one CORPUS_DIR".into()));
    };
    let split = match args.value("--split").unwrap_or("report") {
        "report" => Some(Part::Report),
        "tune" => Some(Part::Tune),
        "all" => None,
        other => {
            return Err(Usage(format!(
                "eval upsells: --split is report, tune or all, not `{other}`"
            )))
        }
    };
    if args.has("--misses") && split != Some(Part::Tune) {
        return Err(Usage(
            "eval upsells: --misses only with --split tune (the report part stays unseen)".into(),
        ));
    }
    let sample_size = args.number("--sample-size")?.unwrap_or(DEFAULT_SAMPLE_SIZE);
    let seed = args.number("--seed")?.unwrap_or(SEED);
    let corpus = Path::new(corpus);
    let files = match truth_files(corpus) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("{e}");
            return Ok(Outcome::SomeFailed);
        }
    };
    let baseline_path = args
        .value("--baseline")
        .map_or_else(|| corpus.join(DEFAULT_BASELINE), PathBuf::from);
    let baseline = match load_baseline(&baseline_path) {
        _ if args.has("--no-baseline") => None,
        Ok(b) => Some(b),
        Err(e) => {
            eprintln!("{e} (baseline skipped)");
            None
        }
    };

    // As in the product (`analyze`), nothing is collapsed on a page the
    // detector does not take for an article; `--every-page` lifts that gate,
    // for tuning on more promos than the tune part's articles hold.
    let gate = if args.has("--every-page") {
        None
    } else {
        match held_out_articles(corpus) {
            Some(gate) => Some(gate),
            None => return Ok(Outcome::SomeFailed),
        }
    };

    let mut outcome = Outcome::AllGood;
    // [article pages, all pages] × [dramatis, baseline]
    let mut tallies: [[Tally; 2]; 2] = Default::default();
    for scope in &mut tallies {
        scope[0].break_down_misses = true;
    }
    let mut misses = args.has("--misses").then(|| Notes {
        lines: Vec::new(),
        hits: args.has("--hits"),
        collapses: args.has("--collapses"),
    });
    let mut dump = match args.value("--dump").map(std::fs::File::create) {
        None => None,
        Some(Ok(f)) => Some(std::io::BufWriter::new(f)),
        Some(Err(e)) => {
            eprintln!(
                "{}: cannot create: {e}",
                args.value("--dump").unwrap_or_default()
            );
            return Ok(Outcome::SomeFailed);
        }
    };
    let judged = match args.value("--judged") {
        Some(file) => match judged_collapses::load(file, &mut outcome) {
            Some(j) => Some(j),
            None => return Ok(outcome),
        },
        None => None,
    };
    let judged_lines = match args.value("--judged-lines") {
        Some(file) => match judged_lines::load(file, &mut outcome) {
            Some(j) => Some(j),
            None => return Ok(outcome),
        },
        None => None,
    };
    // Every marked line on a page taken for an article, collapsed or not,
    // for the judged lines (`--sample-lines`, `--judged-lines`).
    let keep_lines = judged_lines.is_some() || args.has("--sample-lines");
    let mut lines: Vec<MarkedLine> = Vec::new();
    // Every element collapsed on a page taken for an article, for the
    // judged sample (`--sample`, `--judged`).
    let keep_collapses = judged.is_some() || args.has("--sample");
    let mut collapses: Vec<Collapse> = Vec::new();
    let mut run_pages: Vec<String> = Vec::new();
    let mut in_split = 0;
    for file in &files {
        let truth = match read_truth(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                outcome = Outcome::SomeFailed;
                continue;
            }
        };
        if split.is_some_and(|h| h != truth.part) {
            continue;
        }
        in_split += 1;
        let html_path = corpus.join("html").join(format!("{}.html.gz", truth.file));
        let html = match read_document(&html_path) {
            Ok(h) => h,
            Err(e) => {
                eprintln!("{e}");
                outcome = Outcome::SomeFailed;
                continue;
            }
        };
        let doc = Html::parse_document(&html);
        let page = read_parsed(&doc, None);
        let Some(body) = page.body() else { continue };
        let visible = norm(&page.text_map(body, |_| false).text);

        let taken = gate
            .as_ref()
            .is_none_or(|g| g.get(&truth.file).copied().unwrap_or(false));
        let root = detect::article_root(&page).filter(|_| taken);
        let t = Instant::now();
        let found = root.map(|r| upsell::find(&page, r)).unwrap_or_default();
        let ours_time = t.elapsed();
        if let Some(out) = dump.as_mut() {
            let line = serde_json::json!({"file": truth.file, "root": root, "upsells": found});
            if let Err(e) = writeln!(out, "{line}") {
                eprintln!(
                    "{}: cannot write: {e}",
                    args.value("--dump").unwrap_or_default()
                );
                return Ok(Outcome::SomeFailed);
            }
        }
        let ours: Vec<NodeId> = found.into_iter().map(|u| u.node).collect();
        if keep_lines && root.is_some() {
            let found = judged_lines::marked_lines(&page, |id| rendered(&page, id), &ours);
            let judged =
                |l: &judged_lines::PageLine| judged_lines.as_ref()?.promo(&truth.file, &l.text);
            lines.extend(found.into_iter().map(|l| MarkedLine {
                why: match judged(&l) {
                    Some(promo) if misses.is_some() && promo != l.collapsed => {
                        upsell::explain(&page, root, l.id)
                    }
                    _ => String::new(),
                },
                kept_because: match judged(&l) {
                    Some(true) if !l.collapsed => upsell::why_kept(&page, root, l.id),
                    _ => "",
                },
                page: truth.file.clone(),
                page_type: truth.page_type.clone(),
                path: path(&page, l.id),
                text: l.text,
                context: l.context,
                collapsed: l.collapsed,
            }));
        }
        if keep_collapses || keep_lines {
            run_pages.push(truth.file.clone());
        }
        if keep_collapses {
            collapses.extend(ours.iter().map(|&id| Collapse {
                page: truth.file.clone(),
                page_type: truth.page_type.clone(),
                path: path(&page, id),
                text: rendered(&page, id),
            }));
        }
        let theirs = baseline.as_ref().map(|b| {
            let t = Instant::now();
            let ids = element_ids(&doc, &page);
            let hits = doc
                .select(&b.selector)
                .filter_map(|e| ids.get(&e.id()).copied())
                .collect();
            (outermost(&page, hits), t.elapsed())
        });

        for (scope, wanted) in [(0, truth.article), (1, true)] {
            if !wanted {
                continue;
            }
            // Notes once per page, from the all-pages pass.
            let m = if scope == 1 { misses.as_mut() } else { None };
            let tally = &mut tallies[scope][0];
            tally.time += ours_time;
            score(&page, root, &truth, &visible, &ours, tally, m);
            if let Some((ids, time)) = &theirs {
                let tally = &mut tallies[scope][1];
                tally.time += *time;
                score(&page, root, &truth, &visible, ids, tally, None);
            }
        }
    }

    if let Some(m) = &misses {
        for line in &m.lines {
            outln!("{line}");
        }
        outln!();
    }
    print_report(
        corpus,
        split,
        in_split,
        gate.is_some(),
        &tallies,
        baseline.as_ref(),
    );
    if let Some(judged) = &judged {
        judged.report(
            &run_pages.iter().map(String::as_str).collect(),
            &collapses,
            misses.is_some(),
        );
    }
    if let Some(judged) = &judged_lines {
        judged.report(
            &run_pages.iter().map(String::as_str).collect(),
            &lines,
            misses.is_some(),
        );
    }
    for (option, what) in [("--sample", "collapses"), ("--sample-lines", "lines")] {
        let Some(file) = args.value(option) else {
            continue;
        };
        let part = split.map_or("all", Part::name);
        let name = if what == "lines" {
            format!("lines-{part}-{seed}")
        } else {
            format!("{part}-{seed}")
        };
        let written = std::fs::File::create(file).and_then(|f| {
            let mut out = std::io::BufWriter::new(f);
            if what == "lines" {
                judged_lines::write_sample(&mut out, &lines, &name, sample_size, seed)?;
            } else {
                judged_collapses::write_sample(&mut out, &collapses, &name, sample_size, seed)?;
            }
            out.flush()
        });
        if let Err(e) = written {
            eprintln!("{file}: cannot write the sample: {e}");
            outcome = Outcome::SomeFailed;
        }
    }
    Ok(outcome)
}

/// Whether the detector takes each page of the corpus (by file stem) for an
/// article, held out: every verdict comes from a model trained, as in `eval
/// detect`, on the other folds' domains (5-fold cross-validation grouped by
/// domain, default seed). The shipped model was trained on every page, so
/// its own verdicts on these pages would flatter the figures.
fn held_out_articles(corpus: &Path) -> Option<HashMap<String, bool>> {
    let loaded = detect_corpus::load_reporting(corpus)?;
    let pages = &loaded.pages;
    let xs: Vec<Features> = pages.iter().map(|p| detect::features(&p.page)).collect();
    let domains: Vec<&str> = pages.iter().map(|p| p.domain.as_str()).collect();
    let verdicts = cross_validate(pages, &xs, &domains, DEFAULT_FOLDS, SEED);
    Some(
        pages
            .iter()
            .zip(verdicts)
            .map(|(p, (detection, _))| (p.id.clone(), detection.is_article))
            .collect(),
    )
}

fn print_report(
    corpus: &Path,
    split: Option<Part>,
    in_split: usize,
    gated: bool,
    tallies: &[[Tally; 2]; 2],
    baseline: Option<&Baseline>,
) {
    outln!("dramatis eval upsells {}", corpus.display());
    outln!(
        "split: {} ({in_split} pages; parts by FNV-1a hash of the domain, classifier tuned on the tune part only)",
        match split {
            Some(Part::Report) => "report part (a quarter of the domains), held out",
            Some(Part::Tune) => "TUNE part (not for reporting)",
            None => "whole corpus (includes the tune part)",
        }
    );
    outln!(
        "detection gate: {}",
        if gated {
            "pages the detector takes for articles, held out (5-fold cross-validation grouped by domain, as in eval detect)"
        } else {
            "none (--every-page): every page's promos are looked for"
        }
    );
    match baseline {
        Some(b) => outln!(
            "baseline: {} generic hide rules as CSS selectors ({} did not parse, skipped)",
            b.rules,
            b.unparsed
        ),
        None => outln!("baseline: not run"),
    }
    for (scope, name) in [
        (0, "article pages (ground-truth page_type=article)"),
        (1, "all pages"),
    ] {
        let [ours, theirs] = &tallies[scope];
        outln!();
        outln!("{name}: {}", ours.pages);
        outln!("| {:<34} | {:>12} | {:>12} |", "", "dramatis", "baseline");
        outln!("|{:-<36}|{:->14}|{:->14}|", "", "", "");
        let row = |label: &str, figure: &dyn Fn(&Tally) -> String| {
            let b = if baseline.is_some() {
                figure(theirs)
            } else {
                "-".into()
            };
            outln!("| {label:<34} | {:>12} | {b:>12} |", figure(ours));
        };
        row("upsell snippets visible", &|t| t.snippets.to_string());
        row("upsell recall", &|t| format!("{:.3}", t.recall()));
        row("upsell snippets visible (refined)", &|t| {
            t.refined_snippets.to_string()
        });
        row("upsell recall (refined)", &|t| {
            format!("{:.3}", t.refined_recall())
        });
        row("pages with article text lost", &|t| {
            t.pages_lost.to_string()
        });
        row("share of pages with loss", &|t| {
            format!("{:.4}", t.pages_lost as f64 / t.pages.max(1) as f64)
        });
        row("main-content chars hidden", &|t| t.chars_hidden.to_string());
        row("collapsed elements", &|t| t.collapsed.to_string());
        // The baseline's rules do not need the root.
        outln!(
            "| {:<34} | {:>12} | {:>12} |",
            "pages not taken for articles",
            ours.no_root,
            "-"
        );
        outln!(
            "| {:<34} | {:>12} | {:>12} |",
            "upsell snippets on those pages",
            ours.no_root_snippets,
            "-"
        );
        row("pages/s (upsell::find | selectors)", &|t| {
            format!("{:.0}", t.pages as f64 / t.time.as_secs_f64().max(1e-9))
        });
        if !ours.kept_because.is_empty() {
            outln!();
            outln!("why dramatis kept the missed snippets ({name}): the verdict on the innermost element holding each that the classifier weighed");
            outln!("| {:<52} | {:>6} | {:>7} |", "verdict", "missed", "refined");
            outln!("|{:-<54}|{:->8}|{:->9}|", "", "", "");
            let mut rows = ours.kept_because.clone();
            rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            for (why, n, refined) in rows {
                outln!("| {why:<52} | {n:>6} | {refined:>7} |");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upsell_snippets_are_recognised() {
        let cases = [
            ("Sign up for our newsletter", true),
            ("Subscribe now", true),
            ("Jetzt abonnieren und weiterlesen", true),
            ("Suscríbete al boletín", true),
            ("Premium", false),
            ("Here's the unsubscribe link", false),
            ("$5 a month, billed yearly", true),
            ("Related articles", false),
            ("Share this story on Twitter", false),
        ];
        for (s, want) in cases {
            assert_eq!(is_upsell_snippet(s), want, "{s}");
        }
    }

    #[test]
    fn the_refined_yardstick_sets_aside_names_follows_and_advertisers() {
        let cases = [
            ("Best coffee subscriptions", Some("a name, not a pitch")),
            ("Print subscriptions", Some("a name, not a pitch")),
            ("Email newsletter", Some("a name, not a pitch")),
            ("Subscribe on YouTube", Some("a free follow")),
            ("Subscribe via RSS here", Some("a free follow")),
            ("Sponsor this newsletter", Some("a pitch to advertisers")),
            (
                "Our reviewers research, test, and recommend the best subscriptions and products independently",
                Some("a disclosure"),
            ),
            (
                "See why thousands of athletes trust our premium workout gear",
                Some("premium goods, not a paid tier"),
            ),
            ("Premium login", Some("premium goods, not a paid tier")),
            ("Sign up or log in", Some("an account link")),
            ("Log in or sign up", Some("an account link")),
            // Paid tiers, and sign-ups that sell, stay upsells.
            ("Premium members get every story", None),
            ("Pass with premium, guaranteed", None),
            ("Upgrade to Premium", None),
            ("Sign up for our newsletter or log in", None),
            // Names that ask, and pitches, stay upsells.
            ("Get the newsletter", None),
            ("Join our newsletter", None),
            ("Sign up for our newsletter", None),
            ("Start your free trial", None),
            ("Premium investing services", None),
            ("Unlock this article with a digital subscription.", None),
            ("The best of our journalism in one weekly newsletter", None),
        ];
        for (s, want) in cases {
            assert!(is_upsell_snippet(s), "{s}");
            assert_eq!(refined_exclusion(s), want, "{s}");
        }
    }

    #[test]
    fn parts_follow_the_domain() {
        let a = part("https://www.example.com/a");
        assert_eq!(a, part("http://example.com/b?x"));
        assert_eq!(a, part("https://EXAMPLE.com"));
        let parts: Vec<Part> = (0..400)
            .map(|i| part(&format!("https://site{i}.test/")))
            .collect();
        let report = parts.iter().filter(|&&p| p == Part::Report).count();
        // About a quarter of the domains are held out.
        assert!((70..130).contains(&report), "{report} of 400 held out");
    }
}
