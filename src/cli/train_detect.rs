//! `dramatis train detect CORPUS_DIR [--out FILE]`: fits the detector's two
//! logistic regressions on a labelled corpus and writes them as Rust
//! constants into `src/detect/model.rs`.
//!
//! Everything that is chosen is chosen by cross-validation grouped by
//! domain inside the data given: the ridge penalty of each stage (by held-out
//! log-loss) and the cheap stage's reject threshold (the highest that
//! rejects at most [`REJECT_ARTICLE_BUDGET`] of the held-out articles).
//! `eval detect` calls [`train`] once per fold, so its figures cover these
//! choices too.

use super::boosting::{self, Boosted, Packed, Params};
use super::detect_corpus::{self, domain_folds};
use super::logistic::{self, Fit};
use super::{Args, Outcome, Usage};
use crate::detect::{
    self, Feature, Features, Linear, Model, CHEAP_COUNT, FEATURE_COUNT, SLOTS_PER_TREE,
    SPLITS_PER_TREE, TREE_DEPTH,
};
use std::fmt::Write as _;
use std::path::Path;

/// How the full stage's trees are grown.
const TREES: Params = Params {
    depth: TREE_DEPTH,
    eta: 0.1,
    lambda: 1.0,
    min_leaf: 8,
    subsample: 0.8,
    colsample: 0.5,
    seed: SEED,
};

/// Most trees; the inner cross-validation picks how many to keep.
const MAX_TREES: usize = 300;

/// Penalties tried for the cheap stage.
const LAMBDAS: &[f64] = &[0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0];

/// Folds of the inner cross-validation.
const INNER_FOLDS: usize = 5;

/// Share of articles the cheap stage may turn away: each one is a
/// missed article, so the budget is small.
pub const REJECT_ARTICLE_BUDGET: f64 = 0.005;

/// The cheap stage never rejects a page it thinks more likely than this to
/// be an article, whatever the budget allows.
const MAX_REJECT_BELOW: f64 = 0.25;

/// Held-out precision the decision threshold must reach: a panel on a shop
/// or a docs page costs the reader's trust, a missed article only a click,
/// so the threshold is set for precision first (the product asks for 0.95;
/// the margin absorbs the noise of estimating it on a fifth of the data).
const TARGET_PRECISION: f64 = 0.97;

/// Thresholds considered, in steps of 0.01.
const THRESHOLD_RANGE: (f64, f64) = (0.3, 0.9);

/// Seed of the fold assignment; fixed so that runs are reproducible.
pub const SEED: u64 = 2024;

/// Where the generated model goes by default.
const MODEL_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/detect/model.rs");

/// A trained detector.
#[derive(Clone, Debug)]
pub struct Trained {
    pub cheap: Fit,
    pub full: Packed,
    pub full_linear: Fit,
    pub reject_below: f32,
    pub threshold: f32,
}

impl Trained {
    pub fn model(&self) -> Model<'_> {
        Model {
            cheap: Linear {
                bias: self.cheap.bias,
                weights: &self.cheap.weights,
            },
            reject_below: self.reject_below,
            full: self.full.forest(),
            full_linear: Linear {
                bias: self.full_linear.bias,
                weights: &self.full_linear.weights,
            },
            threshold: self.threshold,
        }
    }
}

/// Trains both stages on `xs` with `labels`; `domains` group the inner
/// cross-validation.
pub fn train(xs: &[Features], labels: &[bool], domains: &[&str]) -> Trained {
    let folds = domain_folds(domains, INNER_FOLDS, SEED);
    let rows: Vec<&[f32]> = xs.iter().map(|x| x.0.as_slice()).collect();
    let (cheap, cheap_held_out) = fit_tuned(&rows, labels, &folds, CHEAP_COUNT);
    let (trees, trees_held_out) = fit_trees(&rows, labels, &folds);
    let full = trees.packed();
    let (full_linear, linear_held_out) = fit_tuned(&rows, labels, &folds, FEATURE_COUNT);
    let logit = |p: f64| (p / (1.0 - p)).ln();
    let full_held_out: Vec<f64> = trees_held_out
        .iter()
        .zip(&linear_held_out)
        .map(|(&a, &b)| {
            logistic::sigmoid(
                0.5 * (logit(a.clamp(1e-9, 1.0 - 1e-9)) + logit(b.clamp(1e-9, 1.0 - 1e-9))),
            )
        })
        .collect();

    let mut article_scores: Vec<f64> = cheap_held_out
        .iter()
        .zip(labels)
        .filter(|(_, &y)| y)
        .map(|(&p, _)| p)
        .collect();
    article_scores.sort_by(f64::total_cmp);
    let allowed = (REJECT_ARTICLE_BUDGET * article_scores.len() as f64).floor() as usize;
    let reject_below = article_scores
        .get(allowed)
        .copied()
        .unwrap_or(0.0)
        .min(MAX_REJECT_BELOW);
    let rejected: Vec<bool> = cheap_held_out.iter().map(|&p| p < reject_below).collect();
    let threshold = choose_threshold(&full_held_out, &rejected, labels);
    Trained {
        cheap,
        full,
        full_linear,
        reject_below: reject_below as f32,
        threshold: threshold as f32,
    }
}

/// Picks the penalty with the best held-out log-loss over `folds`, then
/// fits all rows with it. Also returns the held-out probabilities at that
/// penalty.
fn fit_tuned(rows: &[&[f32]], labels: &[bool], folds: &[usize], dims: usize) -> (Fit, Vec<f64>) {
    // Strong to weak, so that each fit of a fold's path starts close.
    let mut lambdas = LAMBDAS.to_vec();
    lambdas.sort_by(|a, b| b.total_cmp(a));
    // held_out[l][i]: row i's held-out probability at penalty l.
    let mut held_out = vec![vec![0.0; rows.len()]; lambdas.len()];
    let k = folds.iter().max().map_or(0, |m| m + 1);
    for f in 0..k {
        let (train_rows, train_labels) = all_but_fold(rows, labels, folds, f);
        let fits = logistic::fit_path(&train_rows, &train_labels, dims, &lambdas);
        for (l, fit) in fits.iter().enumerate() {
            for (i, r) in rows.iter().enumerate() {
                if folds[i] == f {
                    held_out[l][i] = fit.probability(r);
                }
            }
        }
    }
    let best = (0..lambdas.len())
        .min_by(|&a, &b| {
            logistic::log_loss(&held_out[a], labels)
                .total_cmp(&logistic::log_loss(&held_out[b], labels))
        })
        .unwrap_or(0);
    let fit = logistic::fit(rows, labels, dims, lambdas[best]);
    (fit, held_out.swap_remove(best))
}

/// Picks the number of trees with the best held-out log-loss over `folds`
/// (following each fold's loss tree by tree), then fits all rows. Also
/// returns the held-out probabilities at that number of trees.
fn fit_trees(rows: &[&[f32]], labels: &[bool], folds: &[usize]) -> (Boosted, Vec<f64>) {
    let k = folds.iter().max().map_or(0, |m| m + 1);
    // held_out[t][i]: logit of row i, held out, after t + 1 trees.
    let mut held_out = vec![vec![0.0f64; rows.len()]; MAX_TREES];
    for f in 0..k {
        let (train_rows, train_labels) = all_but_fold(rows, labels, folds, f);
        let held: Vec<usize> = (0..rows.len()).filter(|&i| folds[i] == f).collect();
        let mut logits = vec![0.0f64; held.len()];
        boosting::fit(
            &train_rows,
            &train_labels,
            FEATURE_COUNT,
            MAX_TREES,
            &TREES,
            |m| {
                let t = m.roots.len() - 1;
                let base = if t == 0 { m.base } else { 0.0 };
                for (l, &i) in logits.iter_mut().zip(&held) {
                    *l += (base + m.tree_logit(t, rows[i])) as f64;
                    held_out[t][i] = *l;
                }
            },
        );
    }
    let probabilities =
        |t: usize| -> Vec<f64> { held_out[t].iter().map(|&l| logistic::sigmoid(l)).collect() };
    let best = (0..MAX_TREES)
        .map(|t| (t, logistic::log_loss(&probabilities(t), labels)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(0, |(t, _)| t);
    let model = boosting::fit(rows, labels, FEATURE_COUNT, best + 1, &TREES, |_| {});
    (model, probabilities(best))
}

/// The decision threshold: the lowest whose held-out precision reaches
/// [`TARGET_PRECISION`] (the most articles found while at most that share
/// of verdicts is wrong), else the most precise one. Pages rejected by the
/// cheap stage count as "not an article".
fn choose_threshold(probabilities: &[f64], rejected: &[bool], labels: &[bool]) -> f64 {
    let precision = |t: f64| {
        let (mut tp, mut fp) = (0.0, 0.0);
        for ((&p, &r), &y) in probabilities.iter().zip(rejected).zip(labels) {
            if !r && p >= t {
                if y {
                    tp += 1.0;
                } else {
                    fp += 1.0;
                }
            }
        }
        if tp + fp > 0.0 {
            tp / (tp + fp)
        } else {
            0.0
        }
    };
    let steps = ((THRESHOLD_RANGE.1 - THRESHOLD_RANGE.0) * 100.0).round() as usize;
    let thresholds = || (0..=steps).map(|s| THRESHOLD_RANGE.0 + s as f64 / 100.0);
    thresholds()
        .find(|&t| precision(t) >= TARGET_PRECISION)
        .unwrap_or_else(|| {
            thresholds()
                .max_by(|a, b| precision(*a).total_cmp(&precision(*b)))
                .unwrap_or(0.5)
        })
}

/// The rows and labels outside fold `f`.
fn all_but_fold<'a>(
    rows: &[&'a [f32]],
    labels: &[bool],
    folds: &[usize],
    f: usize,
) -> (Vec<&'a [f32]>, Vec<bool>) {
    rows.iter()
        .zip(labels)
        .zip(folds)
        .filter(|(_, &g)| g != f)
        .map(|((r, &y), _)| (*r, y))
        .unzip()
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    // `--features-csv FILE` also writes every page's features.
    let args = Args::parse(args, &["--out", "--features-csv"], &[])?;
    let [corpus] = args.positional.as_slice() else {
        return Err(Usage("train detect: give one CORPUS_DIR".into()));
    };
    let out = args.value("--out").unwrap_or(MODEL_FILE);
    let Some(loaded) = detect_corpus::load_reporting(Path::new(corpus)) else {
        return Ok(Outcome::SomeFailed);
    };
    let pages = &loaded.pages;
    let xs: Vec<Features> = pages.iter().map(|p| detect::features(&p.page)).collect();
    let labels: Vec<bool> = pages.iter().map(|p| p.is_article()).collect();
    let domains: Vec<&str> = pages.iter().map(|p| p.domain.as_str()).collect();
    if let Some(csv) = args.value("--features-csv") {
        if let Err(e) = std::fs::write(csv, features_csv(pages, &xs)) {
            eprintln!("{csv}: cannot write: {e}");
            return Ok(Outcome::SomeFailed);
        }
    }
    let trained = train(&xs, &labels, &domains);
    let articles = labels.iter().filter(|&&y| y).count();
    let source = generate(&trained, corpus, pages.len(), articles);
    if let Err(e) = std::fs::write(out, source) {
        eprintln!("{out}: cannot write: {e}");
        return Ok(Outcome::SomeFailed);
    }
    println!(
        "trained on {} pages ({articles} articles) from {corpus}: cheap λ={}, reject below {:.3}, {} trees ({} slots), threshold {:.2}; wrote {out}",
        pages.len(),
        trained.cheap.lambda,
        trained.reject_below,
        trained.full.forest().trees(),
        trained.full.forest().trees() * SLOTS_PER_TREE,
        trained.threshold
    );
    Ok(if loaded.errors.is_empty() {
        Outcome::AllGood
    } else {
        Outcome::SomeFailed
    })
}

/// One line per page: id, page type, domain, then every feature (for
/// looking at the data with other tools).
fn features_csv(pages: &[detect_corpus::Labelled], xs: &[Features]) -> String {
    let mut s = String::from("id,page_type,domain");
    for f in Feature::ALL {
        let _ = write!(s, ",{}", f.name());
    }
    s.push('\n');
    for (p, x) in pages.iter().zip(xs) {
        let _ = write!(s, "{},{},{}", p.id, p.page_type, p.domain);
        for v in &x.0 {
            let _ = write!(s, ",{v}");
        }
        s.push('\n');
    }
    s
}

/// A [`Linear`] field of the generated model, one weight per line, named.
fn write_linear(s: &mut String, field: &str, fit: &Fit) {
    let _ = writeln!(
        s,
        "    {field}: Linear {{\n        bias: {:?},\n        weights: &[",
        fit.bias
    );
    for (w, f) in fit.weights.iter().zip(Feature::ALL) {
        let _ = writeln!(s, "            {w:?}, // {}", f.name());
    }
    s.push_str("        ],\n    },\n");
}

/// The source text of `src/detect/model.rs`.
fn generate(t: &Trained, corpus: &str, pages: usize, articles: usize) -> String {
    let mut s = String::new();
    let corpus_name = Path::new(corpus)
        .file_name()
        .map_or(corpus.to_string(), |n| n.to_string_lossy().into_owned());
    let _ = write!(
        s,
        "\
//! The detector's trained model. GENERATED by `dramatis train detect`: do
//! not edit by hand, retrain (see [`super`]).
//!
//! Trained on {pages} pages ({articles} articles) of the `{corpus_name}` corpus
//! with `dramatis train detect {corpus}`.
//!
//! - Cheap stage: logistic regression on the first {CHEAP_COUNT} features, ridge
//!   penalty λ = {} chosen by {INNER_FOLDS}-fold cross-validation grouped by
//!   domain; pages below {:.4} are rejected (at most {:.1}% of the held-out
//!   articles fell below).
//! - Full stage: the mean log-odds of {} gradient-boosted trees of depth at most
//!   {} ({} slots, count chosen by the same cross-validation) and a logistic
//!   regression on all {FEATURE_COUNT} features (λ = {}); a page is an article from
//!   probability {:.2} (the lowest threshold with held-out precision
//!   {TARGET_PRECISION} or more).

// Learned thresholds can land near ln 2 and the like.
#![allow(clippy::approx_constant)]

use super::scoring::{{Forest, Linear, Model, LEAF}};

/// The features the weights and splits refer to, in order (checked by a
/// test against [`super::Feature::ALL`]).
pub const FEATURE_NAMES: [&str; {FEATURE_COUNT}] = [
",
        t.cheap.lambda,
        t.reject_below,
        REJECT_ARTICLE_BUDGET * 100.0,
        t.full.forest().trees(),
        TREES.depth,
        t.full.forest().trees() * SLOTS_PER_TREE,
        t.full_linear.lambda,
        t.threshold,
    );
    for f in Feature::ALL {
        let _ = writeln!(s, "    {:?},", f.name());
    }
    s.push_str("];\n\npub const MODEL: Model<'static> = Model {\n");
    write_linear(&mut s, "cheap", &t.cheap);
    let _ = writeln!(s, "    reject_below: {:?},", t.reject_below);
    write_linear(&mut s, "full_linear", &t.full_linear);
    let forest = t.full.forest();
    let _ = writeln!(
        s,
        "    full: Forest {{\n        base: {:?},\n        features: FEATURES,\n        thresholds: THRESHOLDS,\n        values: VALUES,\n        scale: {:?},\n    }},",
        forest.base, forest.scale
    );
    let _ = writeln!(s, "    threshold: {:?},\n}};\n", t.threshold);
    let rows = |s: &mut String, name: &str, doc: &str, ty: &str, per: usize, items: Vec<String>| {
        let _ = writeln!(s, "/// {doc}\n#[rustfmt::skip]\nconst {name}: &[{ty}] = &[");
        for tree in items.chunks(per) {
            let _ = writeln!(s, "    {},", tree.join(", "));
        }
        s.push_str("];\n\n");
    };
    rows(
        &mut s,
        "FEATURES",
        "Per tree, the feature each inner slot tests (an index into [`FEATURE_NAMES`]).",
        "u8",
        SPLITS_PER_TREE,
        forest
            .features
            .iter()
            .map(|&f| {
                if f == detect::LEAF {
                    "L".into()
                } else {
                    f.to_string()
                }
            })
            .collect(),
    );
    rows(
        &mut s,
        "THRESHOLDS",
        "Per tree, each inner slot's threshold.",
        "f32",
        SPLITS_PER_TREE,
        forest.thresholds.iter().map(|v| format!("{v:?}")).collect(),
    );
    rows(
        &mut s,
        "VALUES",
        "Per tree, each slot's value in units of the forest's scale.",
        "i8",
        SLOTS_PER_TREE,
        forest.values.iter().map(|v| v.to_string()).collect(),
    );
    s.push_str("/// An inner slot where a tree does not split.\nconst L: u8 = LEAF;\n");
    s
}
