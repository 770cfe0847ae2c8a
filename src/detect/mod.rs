//! Is this page an article, and which element holds its text?
//!
//! [`detect`] runs in two stages so that the common case, a page that is not
//! an article, costs almost nothing:
//!
//! 1. **Cheap stage.** Only the head and the address are read: `og:type`,
//!    `article:*` and other `<meta>`, the schema.org types of the JSON-LD
//!    (read by a small tolerant scanner, `jsonld`; `serde_json` stays out of
//!    the wasm), the CMS template named in `<body class>`, the headline and
//!    its words, and the shape of the address (dated path, slug, `/products/`,
//!    `/t/…/123`, `docs.` host, version segment, home page, search). A
//!    logistic regression turns these into a probability; a page below
//!    [`Model::reject_below`] is rejected there, before a single body node is
//!    visited.
//! 2. **Full stage.** Three linear passes over the nodes ([`census`]) count
//!    what the body shows: paragraphs of prose, their length and their runs,
//!    link density, text per element, the headline in the body (a
//!    sentence, or "News"), the dateline and byline under it, links to
//!    author pages, `<article>` and `<time>`, repeated cards and dated
//!    teasers under linked headings (listings, collections), prices and
//!    "Add to cart" (shops), code blocks and parameter tables (docs),
//!    repeated dated and signed posts with "Reply" and vote controls and
//!    links to user profiles (forums), calls to action, phone numbers,
//!    forms and grids of headed panels (service pages), and who the prose
//!    speaks for ("we offer", "she said"). The same passes pick the article root: the element whose
//!    subtree holds the most prose for the least boilerplate, links and other
//!    text. Gradient-boosted trees and a logistic regression over all
//!    features, averaged in log-odds, give the verdict.
//!
//! Every weight, split and threshold is learned offline from a labelled
//! corpus and written into [`model`] as Rust constants (the word lists the
//! features count are in `lexicon/words.txt`); no weight is set by hand.
//! The score is the model's probability, calibrated by its log-loss (the
//! evaluation prints a reliability table). Each [`Signal`] is one feature's
//! contribution to the log-odds (its weight for the regression, the change
//! along each tree's path at that feature's splits for the trees), so the
//! signals plus a constant add up to the verdict; a feature that counts by
//! its absence is named so ("no byline under the headline").
//!
//! # Retraining
//!
//! After changing a feature ([`Feature`], `census`, the word lists, …) the
//! model must be retrained, or the test `model_matches_features` fails:
//!
//! ```text
//! cargo run --release -- train detect ../shared/corpus/wcxb-dev   # rewrites src/detect/model.rs
//! cargo run --release -- eval detect ../shared/corpus/wcxb-dev    # cross-validated figures
//! ```
//!
//! `train detect` fits both stages on every page of the corpus and writes
//! `src/detect/model.rs`, with a header naming the corpus, the command and
//! what was chosen. Pages are weighted so that each non-article page type
//! counts alike (the bar is a false-positive rate per type), and the full
//! stage is refitted once with the types it confuses most with articles
//! weighing more (group-robust reweighting by held-out loss). Everything it
//! chooses is chosen by 5-fold cross-validation grouped by domain inside
//! the data it is given: the cheap regression's ridge penalty, the reject
//! threshold (at most 0.5% of held-out articles below it), the number of
//! trees, the full regression's penalty, and the decision threshold (the
//! lowest with held-out precision 0.97 and a held-out false-positive rate
//! of at most 5% on each non-article page type). `--features-csv FILE` also
//! writes every page's features.
//!
//! `eval detect` never reports a page the model was trained on: it trains a
//! fresh model for each of 5 folds grouped by domain, runs the real
//! [`detect_with`] with it on the held-out pages, and pools those verdicts,
//! printed beside Firefox's `isProbablyReaderable` ([`readerable`]) and
//! `og:type` on the same pages; then the article root against the gold main
//! content, and the detector's speed. `--errors` lists the held-out
//! mistakes with their address, title and strongest signals. `--repeats N`
//! runs the whole cross-validation again with N seeds (fold assignment,
//! inner folds, tree subsampling) and prints each run's figures with their
//! mean and range: one run's recall moves by a few articles with the seed,
//! so a change is judged by the mean.

pub mod census;
mod features;
mod flags;
mod jsonld;
mod lexicon;
#[rustfmt::skip]
pub mod model;
pub mod readerable;
mod schema;
mod scoring;
mod url;

pub use features::{Feature, Features, Stage, CHEAP_COUNT, COUNT as FEATURE_COUNT};
pub use scoring::{
    sigmoid, Forest, Linear, Model, LEAF, SLOTS_PER_TREE, SPLITS_PER_TREE, TREE_DEPTH,
};

use crate::page::{NodeId, Page};
use serde::Serialize;

/// One piece of evidence and how much it moved the verdict.
///
/// The page's scripts get the feature's number, its place in
/// [`Feature::ALL`] (`feature`: 0 for `OgArticle`), which
/// `extension/ui/features.js` turns into its stable identifier, to say it
/// in the reader's language (the extension's `signal_OgArticle` message);
/// [`Signal::label`] says it in English. A number, not the identifier: the
/// 149 identifiers' strings were 1.3 KB of the gzipped wasm.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Signal {
    #[serde(serialize_with = "feature_number")]
    pub feature: Feature,
    /// Whether the feature is there: a feature can count by its absence
    /// ("no byline under the headline").
    pub present: bool,
    /// Contribution to the log-odds of "article"; negative counts against.
    pub weight: f32,
}

impl Signal {
    /// Short English name: `og:type=article`, `long paragraphs`, `no byline`.
    pub fn label(&self) -> String {
        let label = self.feature.label();
        if self.present {
            label.to_string()
        } else {
            format!("no {label}")
        }
    }
}

// Every feature has a number a `u8` holds.
const _: () = assert!(Feature::ALL.len() <= u8::MAX as usize + 1);

fn feature_number<S: serde::Serializer>(f: &Feature, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u8(*f as u8)
}

/// The verdict on a page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Detection {
    pub is_article: bool,
    /// Probability that the page is an article, in [0, 1].
    pub score: f32,
    /// The signals that fired, strongest first.
    pub signals: Vec<Signal>,
    /// The element holding the main article text; `None` when the page was
    /// rejected by the cheap stage or has no prose at all.
    pub article_root: Option<NodeId>,
    /// The stage that decided.
    pub stage: DecidedBy,
}

impl Default for Detection {
    fn default() -> Self {
        Detection {
            is_article: false,
            score: 0.0,
            signals: Vec::new(),
            article_root: None,
            stage: DecidedBy::Cheap,
        }
    }
}

/// Which stage gave the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DecidedBy {
    /// Rejected from the head and address alone.
    Cheap,
    /// The body was examined.
    Full,
}

/// Contributions smaller than this (in log-odds) are not worth listing.
pub const MIN_SIGNAL_WEIGHT: f32 = 0.1;

/// Detects with the trained model.
pub fn detect(page: &Page) -> Detection {
    detect_with(page, &model::MODEL)
}

/// Detects with a given model (the evaluation passes one per fold).
pub fn detect_with(page: &Page, model: &Model<'_>) -> Detection {
    let mut x = Features::default();
    if let Some(rejected) = cheap_stage(page, model, &mut x) {
        return rejected;
    }
    let mut contributions = [0.0; FEATURE_COUNT];
    let census = census::take(page);
    x.fill_full(&census);
    let score = sigmoid(0.5 * (model.full.logit(&x.0) + model.full_linear.logit(&x.0)));
    let mut linear = [0.0; FEATURE_COUNT];
    model.full.contributions(&x.0, &mut contributions);
    model.full_linear.contributions(&x.0, &mut linear);
    for (c, l) in contributions.iter_mut().zip(linear) {
        *c = 0.5 * (*c + l);
    }
    Detection {
        is_article: score >= model.threshold,
        score,
        signals: signals(&contributions, &x),
        article_root: census.root,
        stage: DecidedBy::Full,
    }
}

/// The verdict of the cheap stage when it rejects the page, `None` when the
/// body must be examined. It reads only what the cheap stage reads (the
/// metadata, the classes of `<html>` and `<body>`, the address), so a
/// driver can build a page of just those and stop there on most pages that
/// are not articles (see `earlyMarkup` in `extension/ui/markup.js`).
pub fn reject_early(page: &Page) -> Option<Detection> {
    cheap_stage(page, &model::MODEL, &mut Features::default())
}

/// The probability the cheap stage gives (what [`reject_early`] compares
/// with the model's threshold).
pub fn cheap_score(page: &Page) -> f32 {
    let mut x = Features::default();
    x.fill_cheap(page);
    sigmoid(model::MODEL.cheap.logit(&x.0))
}

/// The cheap stage: fills in the cheap features and gives the verdict when
/// it rejects the page, `None` when the full stage must decide.
fn cheap_stage(page: &Page, model: &Model<'_>, x: &mut Features) -> Option<Detection> {
    x.fill_cheap(page);
    let cheap = sigmoid(model.cheap.logit(&x.0));
    if cheap >= model.reject_below {
        return None;
    }
    let mut contributions = [0.0; FEATURE_COUNT];
    model.cheap.contributions(&x.0, &mut contributions);
    Some(Detection {
        is_article: false,
        score: cheap,
        signals: signals(&contributions, x),
        article_root: None,
        stage: DecidedBy::Cheap,
    })
}

/// All features of a page, both stages, whatever the cheap stage would say
/// (for training).
pub fn features(page: &Page) -> Features {
    let mut x = Features::default();
    x.fill_cheap(page);
    x.fill_full(&census::take(page));
    x
}

/// The article root as the full stage finds it, whatever the verdict.
pub fn article_root(page: &Page) -> Option<NodeId> {
    census::take(page).root
}

/// The features that moved the verdict, strongest first. A feature that
/// counts by its absence is named so: "no byline".
fn signals(contributions: &[f32], x: &Features) -> Vec<Signal> {
    let mut out: Vec<Signal> = contributions
        .iter()
        .zip(Feature::ALL)
        .filter(|(c, _)| c.abs() >= MIN_SIGNAL_WEIGHT)
        .map(|(&c, &f)| Signal {
            feature: f,
            present: x.get(f) != 0.0,
            weight: c,
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `extension/ui/features.js` must hold: the identifiers of
    /// [`Feature::ALL`], in order.
    fn features_js() -> String {
        let mut js = String::from(
            "// GENERATED from src/detect/features.rs: do not edit by hand. The\n\
             // detector's features in the order of `Feature::ALL`: a signal's\n\
             // `feature` is a number, its place here (src/detect/mod.rs `Signal`).\n\
             // The test `features_js_matches_the_features` says what to write.\n\
             export const FEATURES = [\n",
        );
        for f in Feature::ALL {
            js.push_str(&format!("  \"{}\",\n", f.name()));
        }
        js.push_str("];\n");
        js
    }

    #[test]
    fn features_js_matches_the_features() {
        let expected = features_js();
        assert!(
            include_str!("../../extension/ui/features.js") == expected,
            "extension/ui/features.js is stale; it must read:\n{expected}"
        );
        for (i, f) in Feature::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i, "{f:?} is not numbered by its place");
        }
    }

    #[test]
    fn model_matches_features() {
        let names: Vec<&str> = Feature::ALL.iter().map(|f| f.name()).collect();
        let stale = "src/detect/model.rs is stale: retrain (see the detect module docs)";
        assert_eq!(model::FEATURE_NAMES.len(), names.len(), "{stale}");
        for (m, f) in model::FEATURE_NAMES.iter().zip(&names) {
            assert_eq!(m, f, "{stale}");
        }
        assert_eq!(model::MODEL.cheap.weights.len(), CHEAP_COUNT);
        let full = model::MODEL.full;
        assert_eq!(full.features.len(), full.trees() * SPLITS_PER_TREE);
        assert_eq!(full.thresholds.len(), full.features.len());
        assert_eq!(full.values.len(), full.trees() * SLOTS_PER_TREE);
        assert!(full
            .features
            .iter()
            .all(|&f| f == LEAF || (f as usize) < FEATURE_COUNT));
        assert!((0.0..=1.0).contains(&model::MODEL.reject_below));
    }
}
