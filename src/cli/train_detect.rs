//! `dramatis train detect CORPUS_DIR [--out FILE] [--features-csv FILE]`:
//! fits the detector's model (the cheap stage's logistic regression, the
//! full stage's boosted trees and logistic regression) on a labelled corpus
//! and writes it as Rust constants into `src/detect/model.rs`.
//!
//! Pages are weighted by [`detect_corpus::type_weights`], so that each
//! non-article page type counts alike; the full stage is then fitted again
//! with each non-article type reweighted by how badly the first fit told it
//! from articles on held-out folds ([`group_weights`], group-robust
//! training: the bar is the worst type's false-positive rate). Everything
//! that is chosen is chosen
//! by cross-validation grouped by domain inside the data given: the ridge
//! penalty of each stage (by held-out log-loss), the number of trees, the
//! cheap stage's reject threshold (the highest that rejects at most
//! [`REJECT_ARTICLE_BUDGET`] of the held-out articles) and the decision
//! threshold (see [`TARGET_PRECISION`], [`TARGET_FALSE_POSITIVES`]; on the
//! held-out scores of [`THRESHOLD_DRAWS`] draws of the inner folds).
//! `eval detect` calls [`train`] once per fold, so its figures cover these
//! choices too.

use super::boosting::{self, Boosted, Packed, Params};
use super::detect_corpus::{self, domain_folds, ARTICLE};
use super::logistic::{self, Fit};
use super::outln;
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

/// Draws of the inner folds whose held-out scores, pooled, the decision
/// threshold is chosen on ([`choose_threshold`]). The threshold is the
/// lowest at which the *worst* page type's false-positive rate is on
/// target: a maximum over six rates of a few dozen pages each, which one
/// draw's unlucky fold is enough to push up (the maximum of noisy rates
/// is biased upwards), so from one draw the threshold tends to come out
/// high. Over `eval detect
/// --repeats 5`, one draw found 726.2 of 793 articles on average and three
/// 728.0 (728.8 with other seeds for the draws; two draws 728.6), the
/// worst held-out false-positive rate being 0.040 and 0.044 on average,
/// under 0.05 in every run.
const THRESHOLD_DRAWS: usize = 3;

/// Spreads the draws' seeds apart (2⁶⁴ over the golden ratio), so that a
/// draw's folds are not those of a neighbouring seed of `--repeats`.
const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

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

/// Held-out false-positive rate the decision threshold must keep to on
/// each non-article page type (the product asks for 5%; the margin is for
/// the noise of estimating it on a few dozen pages of a type).
const TARGET_FALSE_POSITIVES: f64 = 0.05;

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

/// Trains both stages on `xs` of pages of `types` (article or another
/// page type), each page weighted by [`detect_corpus::type_weights`];
/// `domains` group the inner cross-validation. [`train_seeded`] with
/// [`SEED`].
pub fn train(xs: &[Features], types: &[&str], domains: &[&str]) -> Trained {
    train_seeded(xs, types, domains, SEED)
}

/// [`train`] with `seed` for everything random in it: the inner folds'
/// assignment of domains and the trees' row and feature subsampling (`eval
/// detect --repeats` varies it to show how much of a figure is the draw).
pub fn train_seeded(xs: &[Features], types: &[&str], domains: &[&str], seed: u64) -> Trained {
    let labels: &[bool] = &types.iter().map(|&t| t == ARTICLE).collect::<Vec<_>>();
    let weights = &detect_corpus::type_weights(types);
    let folds = domain_folds(domains, INNER_FOLDS, seed);
    let rows: Vec<&[f32]> = xs.iter().map(|x| x.0.as_slice()).collect();
    let data = Data {
        rows: &rows,
        labels,
        weights,
        folds: &folds,
    };
    let (cheap, cheap_held_out) = fit_tuned(&data, CHEAP_COUNT);
    let params = Params { seed, ..TREES };
    let (mut full, mut full_linear, mut full_held_out) = fit_full(&data, &params);
    let mut reweighted = weights.to_vec();
    for _ in 0..GROUP_STEPS {
        reweighted = group_weights(&reweighted, types, &full_held_out);
        let data = Data {
            weights: &reweighted,
            ..data
        };
        (full, full_linear, full_held_out) = fit_full(&data, &params);
    }

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
    // Each page's held-out score once per draw of the inner folds, the
    // first draw being the one the models above were tuned on.
    let mut scores = full_held_out;
    for draw in 1..THRESHOLD_DRAWS {
        let folds = domain_folds(
            domains,
            INNER_FOLDS,
            seed ^ (draw as u64).wrapping_mul(GOLDEN),
        );
        let data = Data {
            weights: &reweighted,
            folds: &folds,
            ..data
        };
        scores.extend(fit_full(&data, &params).2);
    }
    let draws = THRESHOLD_DRAWS;
    let threshold = choose_threshold(&scores, &rejected.repeat(draws), &types.repeat(draws));
    Trained {
        cheap,
        full,
        full_linear,
        reject_below: reject_below as f32,
        threshold: threshold as f32,
    }
}

/// Reweighting steps of the full stage (see [`group_weights`]).
const GROUP_STEPS: usize = 1;

/// The weights of the next fit, group-robust fashion (group DRO): the bar
/// is the false-positive rate of the *worst* page type, so each non-article
/// type's weight is multiplied by its mean held-out log-loss over the mean
/// of all types' (the total weight of the non-articles does not change in
/// expectation; articles keep theirs). The types the model confuses most
/// with articles (service pages, listings, docs) then weigh more than those
/// it already tells apart (shops), and the trees spend their splits there.
fn group_weights(weights: &[f64], types: &[&str], held_out: &[f64]) -> Vec<f64> {
    // (type, summed loss, pages)
    let mut losses: Vec<(&str, f64, usize)> = Vec::new();
    for (&p, &t) in held_out.iter().zip(types) {
        if t == ARTICLE {
            continue;
        }
        let loss = -(1.0 - p).max(1e-9).ln();
        match losses.iter_mut().find(|(name, _, _)| *name == t) {
            Some(e) => {
                e.1 += loss;
                e.2 += 1;
            }
            None => losses.push((t, loss, 1)),
        }
    }
    let mean = |(_, loss, n): &(&str, f64, usize)| loss / *n as f64;
    let average = losses.iter().map(mean).sum::<f64>() / losses.len().max(1) as f64;
    weights
        .iter()
        .zip(types)
        .map(|(&w, &t)| match losses.iter().find(|l| l.0 == t) {
            Some(l) if average > 0.0 => w * mean(l) / average,
            _ => w,
        })
        .collect()
}

/// The full stage's trees and regression fitted to `d`, and the held-out
/// probabilities of their mean log-odds.
fn fit_full(d: &Data<'_>, params: &Params) -> (Packed, Fit, Vec<f64>) {
    let (trees, trees_held_out) = fit_trees(d, params);
    let full = trees.packed();
    let (full_linear, linear_held_out) = fit_tuned(d, FEATURE_COUNT);
    let logit = |p: f64| {
        let p = p.clamp(1e-9, 1.0 - 1e-9);
        (p / (1.0 - p)).ln()
    };
    let full_held_out: Vec<f64> = trees_held_out
        .iter()
        .zip(&linear_held_out)
        .map(|(&a, &b)| logistic::sigmoid(0.5 * (logit(a) + logit(b))))
        .collect();

    (full, full_linear, full_held_out)
}

/// The training data as the fitting functions take it.
struct Data<'a> {
    rows: &'a [&'a [f32]],
    labels: &'a [bool],
    weights: &'a [f64],
    /// Inner fold of each row.
    folds: &'a [usize],
}

impl<'a> Data<'a> {
    /// The rows, labels and weights outside fold `f`.
    fn all_but_fold(&self, f: usize) -> (Vec<&'a [f32]>, Vec<bool>, Vec<f64>) {
        let keep = |i: &usize| self.folds[*i] != f;
        let idx: Vec<usize> = (0..self.rows.len()).filter(keep).collect();
        (
            idx.iter().map(|&i| self.rows[i]).collect(),
            idx.iter().map(|&i| self.labels[i]).collect(),
            idx.iter().map(|&i| self.weights[i]).collect(),
        )
    }

    fn folds(&self) -> usize {
        self.folds.iter().max().map_or(0, |m| m + 1)
    }

    fn log_loss(&self, probabilities: &[f64]) -> f64 {
        logistic::weighted_log_loss(probabilities, self.labels, self.weights)
    }
}

/// Picks the penalty with the best held-out log-loss over the inner folds,
/// then fits all rows with it. Also returns the held-out probabilities at
/// that penalty.
fn fit_tuned(d: &Data<'_>, dims: usize) -> (Fit, Vec<f64>) {
    let (rows, labels, folds) = (d.rows, d.labels, d.folds);
    // Strong to weak, so that each fit of a fold's path starts close.
    let mut lambdas = LAMBDAS.to_vec();
    lambdas.sort_by(|a, b| b.total_cmp(a));
    // held_out[l][i]: row i's held-out probability at penalty l.
    let mut held_out = vec![vec![0.0; rows.len()]; lambdas.len()];
    for f in 0..d.folds() {
        let (train_rows, train_labels, train_weights) = d.all_but_fold(f);
        let fits = logistic::fit_path(&train_rows, &train_labels, &train_weights, dims, &lambdas);
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
            d.log_loss(&held_out[a])
                .total_cmp(&d.log_loss(&held_out[b]))
        })
        .unwrap_or(0);
    let fit = logistic::fit(rows, labels, d.weights, dims, lambdas[best]);
    (fit, held_out.swap_remove(best))
}

/// Picks the number of trees with the best held-out log-loss over the inner
/// folds (following each fold's loss tree by tree), then fits all rows.
/// Also returns the held-out probabilities at that number of trees.
fn fit_trees(d: &Data<'_>, params: &Params) -> (Boosted, Vec<f64>) {
    let (rows, labels, folds) = (d.rows, d.labels, d.folds);
    // held_out[t][i]: logit of row i, held out, after t + 1 trees.
    let mut held_out = vec![vec![0.0f64; rows.len()]; MAX_TREES];
    for f in 0..d.folds() {
        let (train_rows, train_labels, train_weights) = d.all_but_fold(f);
        let held: Vec<usize> = (0..rows.len()).filter(|&i| folds[i] == f).collect();
        let mut logits = vec![0.0f64; held.len()];
        boosting::fit(
            &train_rows,
            &train_labels,
            &train_weights,
            FEATURE_COUNT,
            MAX_TREES,
            params,
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
        .map(|t| (t, d.log_loss(&probabilities(t))))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map_or(0, |(t, _)| t);
    let model = boosting::fit(
        rows,
        labels,
        d.weights,
        FEATURE_COUNT,
        best + 1,
        params,
        |_| {},
    );
    (model, probabilities(best))
}

/// The decision threshold: the lowest (the most articles found) whose
/// held-out precision reaches [`TARGET_PRECISION`] and whose held-out
/// false-positive rate on every non-article page type is at most
/// [`TARGET_FALSE_POSITIVES`]; else the lowest meeting the precision
/// alone; else the most precise. Pages rejected by the cheap stage count
/// as "not an article".
fn choose_threshold(probabilities: &[f64], rejected: &[bool], types: &[&str]) -> f64 {
    // (precision, worst false-positive rate of a type) at threshold t.
    let rates = |t: f64| {
        let (mut tp, mut fp) = (0.0, 0.0);
        let mut per_type: Vec<(&str, f64, f64)> = Vec::new();
        for ((&p, &r), &ty) in probabilities.iter().zip(rejected).zip(types) {
            let called = !r && p >= t;
            if ty == ARTICLE {
                tp += called as u8 as f64;
                continue;
            }
            fp += called as u8 as f64;
            let i = match per_type.iter().position(|(name, _, _)| *name == ty) {
                Some(i) => i,
                None => {
                    per_type.push((ty, 0.0, 0.0));
                    per_type.len() - 1
                }
            };
            per_type[i].1 += called as u8 as f64;
            per_type[i].2 += 1.0;
        }
        let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let worst = per_type
            .iter()
            .map(|(_, called, n)| called / n)
            .fold(0.0, f64::max);
        (precision, worst)
    };
    let steps = ((THRESHOLD_RANGE.1 - THRESHOLD_RANGE.0) * 100.0).round() as usize;
    let thresholds = || (0..=steps).map(|s| THRESHOLD_RANGE.0 + s as f64 / 100.0);
    thresholds()
        .find(|&t| {
            let (precision, worst) = rates(t);
            precision >= TARGET_PRECISION && worst <= TARGET_FALSE_POSITIVES
        })
        .or_else(|| thresholds().find(|&t| rates(t).0 >= TARGET_PRECISION))
        .unwrap_or_else(|| {
            thresholds()
                .max_by(|a, b| rates(*a).0.total_cmp(&rates(*b).0))
                .unwrap_or(0.5)
        })
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
    let types: Vec<&str> = pages.iter().map(|p| p.page_type.as_str()).collect();
    if let Some(csv) = args.value("--features-csv") {
        if let Err(e) = std::fs::write(csv, features_csv(pages, &xs)) {
            eprintln!("{csv}: cannot write: {e}");
            return Ok(Outcome::SomeFailed);
        }
    }
    let trained = train(&xs, &types, &domains);
    let articles = labels.iter().filter(|&&y| y).count();
    let source = generate(&trained, corpus, pages.len(), articles);
    if let Err(e) = std::fs::write(out, source) {
        eprintln!("{out}: cannot write: {e}");
        return Ok(Outcome::SomeFailed);
    }
    outln!(
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
//! - Full stage: the mean log-odds of {} gradient-boosted trees of depth at
//!   most {} ({} slots, count chosen by the same cross-validation) and a
//!   logistic regression on all {FEATURE_COUNT} features (λ = {}); a page
//!   is an article from probability {:.2} (the lowest threshold with held-out
//!   precision {TARGET_PRECISION} or more and a false-positive rate of at
//!   most {TARGET_FALSE_POSITIVES} on each non-article page type).

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_weights_favour_the_type_told_apart_worst() {
        let types = ["article", "service", "service", "product", "product"];
        let weights = [1.0, 0.5, 0.5, 0.5, 0.5];
        // Held-out probabilities of "article": services look like articles,
        // products do not.
        let held_out = [0.9, 0.6, 0.4, 0.05, 0.05];
        let w = group_weights(&weights, &types, &held_out);
        assert_eq!(w[0], 1.0, "articles keep their weight: {w:?}");
        assert!(w[1] > 0.5 && w[1] == w[2], "{w:?}");
        assert!(w[3] < 0.5 && w[3] == w[4], "{w:?}");
        // The mean type's weight is kept: the two types sum to what they had.
        assert!((w[1..].iter().sum::<f64>() - 2.0).abs() < 1e-9, "{w:?}");
    }

    /// 100 articles with held-out scores spread over 0.5..0.9.
    fn articles_scored_half_to_nine_tenths() -> (Vec<f64>, Vec<&'static str>) {
        (0..100).map(|i| (0.5 + i as f64 / 250.0, ARTICLE)).unzip()
    }

    #[test]
    fn threshold_keeps_every_page_type_under_its_false_positive_target() {
        // 100 articles scored 0.5..0.9; 25 service pages all low; 25 docs
        // pages of which two score high (0.8 and 0.7): the precision target
        // alone would allow 0.5, but 2/25 docs is 8%, so the threshold
        // rises past the docs page at 0.7 (1/25 is 4%).
        let (mut probabilities, mut types) = articles_scored_half_to_nine_tenths();
        for _ in 0..25 {
            probabilities.push(0.1);
            types.push("service");
        }
        for i in 0..25 {
            probabilities.push(match i {
                0 => 0.8,
                1 => 0.7,
                _ => 0.2,
            });
            types.push("documentation");
        }
        let rejected = vec![false; types.len()];
        let t = choose_threshold(&probabilities, &rejected, &types);
        assert!((t - 0.71).abs() < 1e-9, "{t}");
        // Rejected by the cheap stage, the docs page at 0.8 is no longer a
        // false positive whatever the threshold: one in 25 is allowed, so
        // the lowest threshold considered will do.
        let mut rejected = rejected;
        rejected[125] = true;
        let t = choose_threshold(&probabilities, &rejected, &types);
        assert!((t - THRESHOLD_RANGE.0).abs() < 1e-9, "{t}");
    }

    #[test]
    fn pooled_draws_do_not_let_one_unlucky_draw_set_the_threshold() {
        // 100 articles scored 0.5..0.9 and 25 docs pages, twice (two draws
        // of the inner folds). In the first draw two docs pages score 0.8
        // and 0.7: alone, 2/25 is 8% and the threshold must pass 0.7. In the
        // second draw both score 0.2. Pooled, 2/50 is 4%: the threshold
        // is the lowest considered.
        let draw = |docs: [f64; 2]| {
            let (mut probabilities, mut types) = articles_scored_half_to_nine_tenths();
            for i in 0..25 {
                probabilities.push(docs.get(i).copied().unwrap_or(0.2));
                types.push("documentation");
            }
            (probabilities, types)
        };
        let (unlucky, types) = draw([0.8, 0.7]);
        let (lucky, _) = draw([0.2, 0.2]);
        let rejected = vec![false; types.len()];
        let alone = choose_threshold(&unlucky, &rejected, &types);
        assert!((alone - 0.71).abs() < 1e-9, "{alone}");
        let pooled: Vec<f64> = unlucky.iter().chain(&lucky).copied().collect();
        let t = choose_threshold(&pooled, &rejected.repeat(2), &types.repeat(2));
        assert!((t - THRESHOLD_RANGE.0).abs() < 1e-9, "{t}");
    }
}
