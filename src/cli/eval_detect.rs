//! `dramatis eval detect CORPUS_DIR [--folds K] [--repeats N] [--errors]
//! [--scores FILE] [--roots FILE]`: how well the detector tells articles from other pages,
//! cross-validated by domain, next to the `isProbablyReaderable` and
//! `og:type` baselines on the same pages; how well it finds the article
//! root; and how fast it is.
//!
//! No figure comes from a page the model was trained on: for each of K
//! folds (all pages of a domain in one fold) a fresh model is trained on the
//! other folds with [`train_seeded`] (which tunes itself by an inner
//! cross-validation) and the real detector code runs with it on the held-out
//! pages; the tables pool those held-out verdicts.
//!
//! One cross-validation is one draw: which domains share a fold, and the
//! trees' subsampling, move recall by a few articles. `--repeats N` runs
//! the whole cross-validation N times, with seeds [`SEED`], [`SEED`] + 1, …
//! (fold assignment, inner folds and tree seeds all drawn afresh), and
//! prints each run's precision, recall and false-positive rates with their
//! mean, min and max; the other tables are the first run's (the default
//! seed's). A change to the detector is judged by the mean and the spread,
//! not by one run.

use super::detect_corpus::{self, domain_folds, mix, Labelled, ARTICLE};
use super::train_detect::{train_seeded, REJECT_ARTICLE_BUDGET, SEED};
use super::{out, outln};
use super::{Args, Outcome, Usage};
use crate::detect::{self, readerable, DecidedBy, Detection, Features};
use crate::page::{NodeId, Page};
use crate::upsell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

pub(super) const DEFAULT_FOLDS: usize = 5;

/// Page types in the order the tables list them.
const PAGE_TYPES: &[&str] = &[
    ARTICLE,
    "service",
    "product",
    "collection",
    "forum",
    "listing",
    "documentation",
];

/// A root is good when its text covers at least this share of the gold
/// main content …
const GOOD_COVERAGE: f64 = 0.8;
/// … and holds at most this share of the gold boilerplate snippets.
const GOOD_MAX_LEAK: f64 = 0.1;
/// Boilerplate snippets shorter than this many words ("Home", "Contact us")
/// count as leaked only when they stand as a whole paragraph of the root
/// text; longer ones count when they occur anywhere in it.
const SNIPPET_MIN_WORDS: usize = 4;

/// One page's held-out result.
struct Outcomes {
    detection: Detection,
    detect_time: Duration,
    readerable: bool,
    readerable_time: Duration,
    og_article: bool,
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(
        args,
        &["--folds", "--scores", "--repeats", "--roots"],
        &["--errors"],
    )?;
    let [corpus] = args.positional.as_slice() else {
        return Err(Usage("eval detect: give one CORPUS_DIR".into()));
    };
    let folds_k = match args.number::<usize>("--folds")? {
        None => DEFAULT_FOLDS,
        Some(k) if k >= 2 => k,
        Some(_) => return Err(Usage("eval detect: --folds needs a number ≥ 2".into())),
    };
    let repeats = match args.number::<u64>("--repeats")? {
        None => 1,
        Some(n) if n >= 1 => n,
        Some(_) => return Err(Usage("eval detect: --repeats needs a number ≥ 1".into())),
    };

    let started = Instant::now();
    let Some(loaded) = detect_corpus::load_reporting(Path::new(corpus)) else {
        return Ok(Outcome::SomeFailed);
    };
    let read_time = started.elapsed();
    let pages = &loaded.pages;
    if pages.is_empty() {
        eprintln!("{corpus}: no page could be read");
        return Ok(Outcome::SomeFailed);
    }

    let xs: Vec<Features> = pages.iter().map(|p| detect::features(&p.page)).collect();
    let labels: Vec<bool> = pages.iter().map(Labelled::is_article).collect();
    let domains: Vec<&str> = pages.iter().map(|p| p.domain.as_str()).collect();

    let detections = cross_validate(pages, &xs, &domains, folds_k, SEED);
    let results: Vec<Outcomes> = detections
        .into_iter()
        .zip(pages)
        .map(|((detection, detect_time), p)| {
            let t = Instant::now();
            let readerable = readerable::is_probably_readerable(&p.page);
            let readerable_time = t.elapsed();
            Outcomes {
                detection,
                detect_time,
                readerable,
                readerable_time,
                og_article: og_type_article(&p.page),
            }
        })
        .collect();

    let distinct_domains = {
        let mut d = domains.clone();
        d.sort_unstable();
        d.dedup();
        d.len()
    };
    outln!(
        "corpus: {} pages ({} articles) from {} domains; {folds_k}-fold cross-validation grouped by domain; read in {:.1} s",
        pages.len(),
        labels.iter().filter(|&&y| y).count(),
        distinct_domains,
        read_time.as_secs_f64()
    );
    outln!();
    let systems: Vec<(&str, Vec<bool>)> = vec![
        (
            "dramatis detector (held-out)",
            results.iter().map(|r| r.detection.is_article).collect(),
        ),
        (
            "isProbablyReaderable",
            results.iter().map(|r| r.readerable).collect(),
        ),
        (
            "og:type=article",
            results.iter().map(|r| r.og_article).collect(),
        ),
        (
            "og:type=article OR readerable",
            results
                .iter()
                .map(|r| r.og_article || r.readerable)
                .collect(),
        ),
        (
            "og:type=article AND readerable",
            results
                .iter()
                .map(|r| r.og_article && r.readerable)
                .collect(),
        ),
    ];
    print_overall(&systems, &labels);
    outln!();
    print_per_type(&systems, pages);
    outln!();
    print_operating_points(&results, pages);
    outln!();
    print_cheap_stage(&results, &labels);
    outln!();
    print_calibration(&results, &labels);
    outln!();
    let roots = print_roots(pages);
    outln!();
    print_speed(&results, pages.len(), read_time);
    let mut runs = vec![results
        .iter()
        .map(|r| Verdict::of(&r.detection))
        .collect::<Vec<_>>()];
    if repeats > 1 {
        outln!();
        print_repeats(pages, &xs, &domains, folds_k, repeats, &mut runs);
    }
    if args.has("--errors") {
        outln!();
        print_errors(pages, &results);
    }
    if let Some(file) = args.value("--roots") {
        if let Err(e) = std::fs::write(file, &roots) {
            eprintln!("{file}: cannot write: {e}");
            return Ok(Outcome::SomeFailed);
        }
    }
    if let Some(file) = args.value("--scores") {
        // One score, stage and verdict per run: the default seed's first.
        let mut csv = String::from("id,page_type");
        for r in 0..runs.len() as u64 {
            let seed = SEED + r;
            let _ = write!(csv, ",score_{seed},stage_{seed},is_article_{seed}");
        }
        csv.push('\n');
        for (i, p) in pages.iter().enumerate() {
            let _ = write!(csv, "{},{}", p.id, p.page_type);
            for run in &runs {
                let v = &run[i];
                let _ = write!(csv, ",{:.4},{:?},{}", v.score, v.stage, v.is_article);
            }
            csv.push('\n');
        }
        if let Err(e) = std::fs::write(file, csv) {
            eprintln!("{file}: cannot write: {e}");
            return Ok(Outcome::SomeFailed);
        }
    }
    Ok(if loaded.errors.is_empty() {
        Outcome::AllGood
    } else {
        Outcome::SomeFailed
    })
}

/// The `og:type=article` baseline (case-insensitive, as sites write
/// `Article` too).
fn og_type_article(page: &Page) -> bool {
    page.meta("og:type")
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("article"))
}

/// The held-out verdict and time of every page: for each of `k` folds of
/// the domains (assigned with `seed`), a model trained on the other folds
/// (its inner cross-validation and trees seeded with `seed` too) runs the
/// real detector on the fold's pages.
pub(super) fn cross_validate(
    pages: &[Labelled],
    xs: &[Features],
    domains: &[&str],
    k: usize,
    seed: u64,
) -> Vec<(Detection, Duration)> {
    let folds = domain_folds(domains, k, seed);
    let mut out: Vec<Option<(Detection, Duration)>> = (0..pages.len()).map(|_| None).collect();
    for fold in 0..k {
        let train_idx: Vec<usize> = (0..pages.len()).filter(|&i| folds[i] != fold).collect();
        let types: Vec<&str> = train_idx
            .iter()
            .map(|&i| pages[i].page_type.as_str())
            .collect();
        let trained = train_seeded(
            &train_idx.iter().map(|&i| xs[i].clone()).collect::<Vec<_>>(),
            &types,
            &train_idx.iter().map(|&i| domains[i]).collect::<Vec<_>>(),
            seed,
        );
        let model = trained.model();
        for i in (0..pages.len()).filter(|&i| folds[i] == fold) {
            let t = Instant::now();
            let detection = detect::detect_with(&pages[i].page, &model);
            out[i] = Some((detection, t.elapsed()));
        }
    }
    out.into_iter()
        .map(|r| r.expect("every page is in a fold"))
        .collect()
}

/// What a run said of one page (for `--scores`).
struct Verdict {
    score: f32,
    stage: DecidedBy,
    is_article: bool,
}

impl Verdict {
    fn of(d: &Detection) -> Verdict {
        Verdict {
            score: d.score,
            stage: d.stage,
            is_article: d.is_article,
        }
    }
}

/// The figures that make the bar, of one cross-validation.
struct Bar {
    precision: f64,
    recall: f64,
    /// False-positive rate of each non-article type, in [`PAGE_TYPES`] order.
    false_positives: Vec<f64>,
}

impl Bar {
    fn of(predicted: &[bool], pages: &[Labelled]) -> Bar {
        let labels: Vec<bool> = pages.iter().map(Labelled::is_article).collect();
        let s = scores(predicted, &labels);
        let false_positives = PAGE_TYPES[1..]
            .iter()
            .map(|&ty| {
                let idx: Vec<usize> = (0..pages.len())
                    .filter(|&i| pages[i].page_type == ty)
                    .collect();
                let yes = idx.iter().filter(|&&i| predicted[i]).count();
                yes as f64 / idx.len().max(1) as f64
            })
            .collect();
        Bar {
            precision: s.precision,
            recall: s.recall,
            false_positives,
        }
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision, self.recall);
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    fn worst(&self) -> (f64, &'static str) {
        self.false_positives
            .iter()
            .zip(&PAGE_TYPES[1..])
            .map(|(&r, &ty)| (r, ty))
            .fold((0.0, "-"), |a, b| if b.0 > a.0 { b } else { a })
    }

    fn met(&self) -> bool {
        self.precision >= BAR_PRECISION
            && self.recall >= BAR_RECALL
            && self.worst().0 <= BAR_FALSE_POSITIVES
    }
}

/// The bars.
const BAR_PRECISION: f64 = 0.95;
const BAR_RECALL: f64 = 0.92;
const BAR_FALSE_POSITIVES: f64 = 0.05;

/// The whole cross-validation again with other seeds (the domains' fold
/// assignment, the inner folds and the trees' subsampling all change), one
/// row each and their mean, min and max: how much of a figure is the draw.
/// `runs` holds the verdicts of the default seed's run, already made; the
/// other runs' are added to it.
fn print_repeats(
    pages: &[Labelled],
    xs: &[Features],
    domains: &[&str],
    k: usize,
    repeats: u64,
    runs: &mut Vec<Vec<Verdict>>,
) {
    outln!(
        "Repeated cross-validation: {repeats} runs of {k} folds, seeds {SEED}..{} (fold assignment, inner folds and tree subsampling all drawn afresh)",
        SEED + repeats - 1
    );
    out!(
        "{:<8} {:>9} {:>7} {:>7} {:>20}",
        "seed",
        "precision",
        "recall",
        "F1",
        "worst false-positive"
    );
    for ty in &PAGE_TYPES[1..] {
        out!(" {:>8}", &ty[..ty.len().min(8)]);
    }
    outln!(" {:>4}", "bar");
    let row =
        |name: &str, [precision, recall, f1]: [f64; 3], fps: &[f64], worst: String, met: &str| {
            out!("{name:<8} {precision:>9.3} {recall:>7.3} {f1:>7.3} {worst:>20}");
            for r in fps {
                out!(" {r:>8.3}");
            }
            outln!(" {met:>4}");
        };
    let mut bars = Vec::new();
    for r in 0..repeats {
        let seed = SEED + r;
        if r > 0 {
            let run = cross_validate(pages, xs, domains, k, seed);
            runs.push(run.iter().map(|(d, _)| Verdict::of(d)).collect());
        }
        let predicted: Vec<bool> = runs[r as usize].iter().map(|v| v.is_article).collect();
        let bar = Bar::of(&predicted, pages);
        let (worst, ty) = bar.worst();
        row(
            &seed.to_string(),
            [bar.precision, bar.recall, bar.f1()],
            &bar.false_positives,
            format!("{worst:.3} {ty:<8}"),
            if bar.met() { "met" } else { "no" },
        );
        bars.push(bar);
    }
    let n = bars.len() as f64;
    let types = PAGE_TYPES.len() - 1;
    type Pick = fn(&Bar) -> f64;
    type Stat = fn(&[f64]) -> f64;
    let stats: [(&str, Stat); 3] = [
        ("mean", |v| v.iter().sum::<f64>() / v.len() as f64),
        ("min", |v| v.iter().copied().fold(f64::INFINITY, f64::min)),
        ("max", |v| {
            v.iter().copied().fold(f64::NEG_INFINITY, f64::max)
        }),
    ];
    for (name, stat) in stats {
        let of = |pick: Pick| stat(&bars.iter().map(pick).collect::<Vec<_>>());
        let fps: Vec<f64> = (0..types)
            .map(|t| {
                stat(
                    &bars
                        .iter()
                        .map(|b| b.false_positives[t])
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        row(
            name,
            [of(|b| b.precision), of(|b| b.recall), of(Bar::f1)],
            &fps,
            format!("{:.3}         ", of(|b| b.worst().0)),
            "",
        );
    }
    let met = bars.iter().filter(|b| b.met()).count();
    outln!(
        "bar (precision ≥ {BAR_PRECISION}, recall ≥ {BAR_RECALL}, every false-positive rate ≤ {BAR_FALSE_POSITIVES}) met in {met} of {} runs; mean articles found {:.1} of {}",
        bars.len(),
        bars.iter().map(|b| b.recall).sum::<f64>() / n * pages.iter().filter(|p| p.is_article()).count() as f64,
        pages.iter().filter(|p| p.is_article()).count()
    );
}

struct Scores {
    precision: f64,
    recall: f64,
    f1: f64,
    accuracy: f64,
}

fn scores(predicted: &[bool], labels: &[bool]) -> Scores {
    let count = |p: bool, y: bool| {
        predicted
            .iter()
            .zip(labels)
            .filter(|&(&a, &b)| a == p && b == y)
            .count() as f64
    };
    let (tp, fp, fn_, tn) = (
        count(true, true),
        count(true, false),
        count(false, true),
        count(false, false),
    );
    let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Scores {
        precision,
        recall,
        f1,
        accuracy: (tp + tn) / labels.len().max(1) as f64,
    }
}

fn print_overall(systems: &[(&str, Vec<bool>)], labels: &[bool]) {
    outln!("Article detection: pooled held-out verdicts, all pages");
    outln!(
        "{:<32} {:>9} {:>7} {:>7} {:>9}",
        "system",
        "precision",
        "recall",
        "F1",
        "accuracy"
    );
    for (name, predicted) in systems {
        let s = scores(predicted, labels);
        outln!(
            "{:<32} {:>9.3} {:>7.3} {:>7.3} {:>9.3}",
            name,
            s.precision,
            s.recall,
            s.f1,
            s.accuracy
        );
    }
}

fn print_per_type(systems: &[(&str, Vec<bool>)], pages: &[Labelled]) {
    outln!("Per page type: share called \"article\" (recall on article, false-positive rate on the others)");
    out!("{:<14} {:>6}", "page type", "pages");
    let short = [
        "dramatis",
        "readerable",
        "og:type",
        "og OR rdr",
        "og AND rdr",
    ];
    for name in short.iter().take(systems.len()) {
        out!(" {name:>10}");
    }
    outln!();
    for &ty in PAGE_TYPES {
        let idx: Vec<usize> = (0..pages.len())
            .filter(|&i| pages[i].page_type == ty)
            .collect();
        if idx.is_empty() {
            continue;
        }
        out!("{:<14} {:>6}", ty, idx.len());
        for (_, predicted) in systems {
            let yes = idx.iter().filter(|&&i| predicted[i]).count();
            out!(" {:>10.3}", yes as f64 / idx.len() as f64);
        }
        outln!();
    }
}

/// The held-out trade-off: what other decision thresholds would give.
fn print_operating_points(results: &[Outcomes], pages: &[Labelled]) {
    outln!(
        "Held-out trade-off at other thresholds (each fold's model, its own threshold replaced)"
    );
    outln!(
        "{:<10} {:>9} {:>7} {:>7} {:>22}",
        "threshold",
        "precision",
        "recall",
        "F1",
        "worst false-positive"
    );
    let labels: Vec<bool> = pages.iter().map(Labelled::is_article).collect();
    for t in [0.3, 0.4, 0.5, 0.6, 0.7, 0.8] {
        let predicted: Vec<bool> = results
            .iter()
            .map(|r| r.detection.stage == DecidedBy::Full && r.detection.score >= t)
            .collect();
        let s = scores(&predicted, &labels);
        let worst = Bar::of(&predicted, pages)
            .false_positives
            .into_iter()
            .zip(&PAGE_TYPES[1..])
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map_or((0.0, "-"), |(rate, &ty)| (rate, ty));
        outln!(
            "{:<10.1} {:>9.3} {:>7.3} {:>7.3} {:>14.3} {:<8}",
            t,
            s.precision,
            s.recall,
            s.f1,
            worst.0,
            worst.1
        );
    }
}

fn print_cheap_stage(results: &[Outcomes], labels: &[bool]) {
    let cheap = |want: bool| {
        let of: Vec<&Outcomes> = results
            .iter()
            .zip(labels)
            .filter(|(_, &y)| y == want)
            .map(|(r, _)| r)
            .collect();
        let rejected = of
            .iter()
            .filter(|r| r.detection.stage == DecidedBy::Cheap)
            .count();
        (rejected, of.len())
    };
    let (non_rejected, non_total) = cheap(false);
    let (art_rejected, art_total) = cheap(true);
    outln!(
        "Cheap stage (head and address only, reject budget {:.1}% of articles): rejected {non_rejected} of {non_total} non-articles ({:.1}%) and {art_rejected} of {art_total} articles ({:.1}%) before reading the body",
        REJECT_ARTICLE_BUDGET * 100.0,
        100.0 * non_rejected as f64 / non_total.max(1) as f64,
        100.0 * art_rejected as f64 / art_total.max(1) as f64,
    );
}

fn print_calibration(results: &[Outcomes], labels: &[bool]) {
    outln!("Calibration of the held-out score");
    outln!(
        "{:<10} {:>6} {:>11} {:>14}",
        "score",
        "pages",
        "mean score",
        "article share"
    );
    let bins = 10;
    for b in 0..bins {
        let (lo, hi) = (b as f32 / bins as f32, (b + 1) as f32 / bins as f32);
        let members: Vec<(f32, bool)> = results
            .iter()
            .zip(labels)
            .map(|(r, &y)| (r.detection.score, y))
            .filter(|&(s, _)| s >= lo && (s < hi || (b == bins - 1 && s <= hi)))
            .collect();
        if members.is_empty() {
            continue;
        }
        let mean = members.iter().map(|m| m.0 as f64).sum::<f64>() / members.len() as f64;
        let share = members.iter().filter(|m| m.1).count() as f64 / members.len() as f64;
        outln!(
            "{:<10} {:>6} {:>11.3} {:>14.3}",
            format!("{lo:.1}–{hi:.1}"),
            members.len(),
            mean,
            share
        );
    }
    let n = results.len().max(1) as f64;
    let brier = results
        .iter()
        .zip(labels)
        .map(|(r, &y)| (r.detection.score as f64 - if y { 1.0 } else { 0.0 }).powi(2))
        .sum::<f64>()
        / n;
    let probabilities: Vec<f64> = results.iter().map(|r| r.detection.score as f64).collect();
    outln!(
        "Brier score {:.4}, log-loss {:.4}",
        brier,
        super::logistic::log_loss(&probabilities, labels)
    );
}

/// Which article pages a row of the root table covers.
type DomainFilter = fn(&Labelled) -> bool;

/// The half of the domains that article-root fixes may be read off; the
/// other half is held out.
fn in_tuning_half(p: &Labelled) -> bool {
    mix(SEED, &p.domain).is_multiple_of(2)
}

/// Root quality on one page.
struct RootQuality {
    coverage: f64,
    leak: f64,
}

/// Prints the root table; returns one line per article page (id, half,
/// cover, leak; `-` without a root) for `--roots`.
fn print_roots(pages: &[Labelled]) -> String {
    outln!("Article root on article pages: share of the gold main content its text covers (words), share of the gold boilerplate snippets it holds");
    outln!(
        "{:<34} {:>6} {:>10} {:>9} {:>9} {:>9} {:>11}",
        "",
        "pages",
        "no root",
        "cover≥0.8",
        "mean cov",
        "mean leak",
        "good root"
    );
    let articles: Vec<&Labelled> = pages.iter().filter(|p| p.is_article()).collect();
    let halves: [(&str, DomainFilter); 3] = [
        ("all article pages", |_| true),
        ("  tuning half of the domains", in_tuning_half),
        ("  held-out half of the domains", |p| !in_tuning_half(p)),
    ];
    let roots: Vec<Option<NodeId>> = articles
        .iter()
        .map(|p| detect::article_root(&p.page))
        .collect();
    let found: Vec<Option<RootQuality>> = articles
        .iter()
        .zip(&roots)
        .map(|(p, root)| root.map(|r| root_quality(&p.page.text_map(r, |_| false).text, p)))
        .collect();
    // What quote extraction reads: the root minus the upsells collapsed in it.
    let read: Vec<Option<RootQuality>> = articles
        .iter()
        .zip(&roots)
        .map(|(p, root)| {
            root.map(|r| {
                let upsells = upsell::find(&p.page, r);
                let collapsed = |id: NodeId| upsells.iter().any(|u| u.node == id);
                root_quality(&p.page.text_map(r, collapsed).text, p)
            })
        })
        .collect();
    let body: Vec<RootQuality> = articles
        .iter()
        .map(|p| {
            let text = p
                .page
                .body()
                .map(|b| p.page.text_map(b, |_| false).text)
                .unwrap_or_default();
            root_quality(&text, p)
        })
        .collect();
    for (name, keep) in &halves {
        let idx: Vec<usize> = (0..articles.len()).filter(|&i| keep(articles[i])).collect();
        let roots: Vec<Option<&RootQuality>> = idx.iter().map(|&i| found[i].as_ref()).collect();
        print_root_row(name, &roots);
    }
    let all_read: Vec<Option<&RootQuality>> = read.iter().map(Option::as_ref).collect();
    print_root_row("root with its upsells collapsed", &all_read);
    let all_body: Vec<Option<&RootQuality>> = body.iter().map(Some).collect();
    print_root_row("whole <body>, for reference", &all_body);
    // The half says which pages root fixes may be read off ("tune").
    let mut lines = String::from("id,half,cover,leak\n");
    for (p, q) in articles.iter().zip(&found) {
        let half = if in_tuning_half(p) {
            "tune"
        } else {
            "held-out"
        };
        let _ = match q {
            Some(q) => writeln!(lines, "{},{half},{:.3},{:.3}", p.id, q.coverage, q.leak),
            None => writeln!(lines, "{},{half},-,-", p.id),
        };
    }
    lines
}

fn print_root_row(name: &str, roots: &[Option<&RootQuality>]) {
    let n = roots.len().max(1) as f64;
    let missing = roots.iter().filter(|r| r.is_none()).count();
    let found: Vec<&RootQuality> = roots.iter().flatten().copied().collect();
    let covered = found.iter().filter(|r| r.coverage >= GOOD_COVERAGE).count();
    let good = found
        .iter()
        .filter(|r| r.coverage >= GOOD_COVERAGE && r.leak <= GOOD_MAX_LEAK)
        .count();
    let mean = |f: &dyn Fn(&RootQuality) -> f64| found.iter().map(|r| f(r)).sum::<f64>() / n;
    outln!(
        "{:<34} {:>6} {:>10} {:>9.3} {:>9.3} {:>9.3} {:>11.3}",
        name,
        roots.len(),
        missing,
        covered as f64 / n,
        mean(&|r| r.coverage),
        mean(&|r| r.leak),
        good as f64 / n
    );
}

/// Lower-case words (runs of letters and digits).
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

fn collapse_lower(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn root_quality(root_text: &str, page: &Labelled) -> RootQuality {
    let mut have: HashMap<String, usize> = HashMap::new();
    for w in words(root_text) {
        *have.entry(w).or_default() += 1;
    }
    let (mut total, mut hit) = (0usize, 0usize);
    for w in words(&page.main_content) {
        total += 1;
        if let Some(n) = have.get_mut(&w).filter(|n| **n > 0) {
            *n -= 1;
            hit += 1;
        }
    }
    let text = collapse_lower(root_text);
    let paragraphs: Vec<String> = root_text.split('\n').map(collapse_lower).collect();
    let snippets: Vec<String> = page
        .without
        .iter()
        .map(|s| collapse_lower(s))
        .filter(|s| !s.is_empty())
        .collect();
    let leaked = snippets
        .iter()
        .filter(|s| {
            if s.split(' ').count() >= SNIPPET_MIN_WORDS {
                text.contains(s.as_str())
            } else {
                paragraphs.iter().any(|p| p == *s)
            }
        })
        .count();
    RootQuality {
        coverage: if total == 0 {
            0.0
        } else {
            hit as f64 / total as f64
        },
        leak: if snippets.is_empty() {
            0.0
        } else {
            leaked as f64 / snippets.len() as f64
        },
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn print_speed(results: &[Outcomes], pages: usize, read_time: Duration) {
    outln!("Speed (native, this build, one thread; page already parsed; the detector is timed with each fold's model)");
    outln!(
        "{:<34} {:>6} {:>10} {:>10} {:>10}",
        "",
        "pages",
        "pages/s",
        "median µs",
        "p95 µs"
    );
    let row = |name: &str, times: Vec<Duration>| {
        let mut times = times;
        times.sort();
        let total: Duration = times.iter().sum();
        outln!(
            "{:<34} {:>6} {:>10.0} {:>10.0} {:>10.0}",
            name,
            times.len(),
            times.len() as f64 / total.as_secs_f64().max(1e-9),
            percentile(&times, 0.5).as_secs_f64() * 1e6,
            percentile(&times, 0.95).as_secs_f64() * 1e6
        );
    };
    row(
        "detector, all pages",
        results.iter().map(|r| r.detect_time).collect(),
    );
    row(
        "  rejected by the cheap stage",
        results
            .iter()
            .filter(|r| r.detection.stage == DecidedBy::Cheap)
            .map(|r| r.detect_time)
            .collect(),
    );
    row(
        "  decided by the full stage",
        results
            .iter()
            .filter(|r| r.detection.stage == DecidedBy::Full)
            .map(|r| r.detect_time)
            .collect(),
    );
    row(
        "isProbablyReaderable port",
        results.iter().map(|r| r.readerable_time).collect(),
    );
    outln!(
        "(reading and parsing the corpus: {:.0} pages/s on {} threads)",
        pages as f64 / read_time.as_secs_f64().max(1e-9),
        detect_corpus::THREADS
    );
}

fn print_errors(pages: &[Labelled], results: &[Outcomes]) {
    outln!("Held-out errors");
    for (p, r) in pages.iter().zip(results) {
        if r.detection.is_article == p.is_article() {
            continue;
        }
        let signals: Vec<String> = r
            .detection
            .signals
            .iter()
            .take(6)
            .map(|s| format!("{} {:+.2}", s.label(), s.weight))
            .collect();
        let title = p.page.meta.title.as_deref().unwrap_or("-");
        outln!(
            "{} {:<13} score {:.2} {:?} {} \"{}\" | {}",
            p.id,
            p.page_type,
            r.detection.score,
            r.detection.stage,
            p.page.url.as_deref().unwrap_or("-"),
            title.split_whitespace().collect::<Vec<_>>().join(" "),
            signals.join(", ")
        );
    }
}
