//! The labelled corpus the detector is trained and evaluated on (WCXB
//! layout: `html/NNNN.html.gz` with `ground-truth/NNNN.json`), read into
//! pages, labels and domain groups.

use crate::native::{read_document, read_html};
use crate::page::{mojibake::repair, Page};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Threads for reading the corpus (parsing dominates; the machine is shared).
pub const THREADS: usize = 2;

/// The positive class.
pub const ARTICLE: &str = "article";

/// One labelled page.
pub struct Labelled {
    /// `NNNN`, the file stem.
    pub id: String,
    /// `_internal.page_type.primary`: article, service, product, …
    pub page_type: String,
    /// Registrable domain of the page's address, the unit of grouping.
    pub domain: String,
    pub page: Page,
    /// `ground_truth.main_content`: the article text, paragraphs on lines.
    pub main_content: String,
    /// `ground_truth.without`: boilerplate snippets that are not main content.
    pub without: Vec<String>,
}

impl Labelled {
    pub fn is_article(&self) -> bool {
        self.page_type == ARTICLE
    }
}

/// Training weights that make every kind of non-article page count alike:
/// articles weigh 1; the non-articles keep their total weight, shared
/// equally among their page types. The bar is a false-positive rate on
/// *each* type, and without this the most common type (service pages)
/// would pull the model away from the rarer ones (listings, docs).
pub fn type_weights(types: &[&str]) -> Vec<f64> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for &t in types.iter().filter(|&&t| t != ARTICLE) {
        match counts.iter_mut().find(|(name, _)| *name == t) {
            Some((_, n)) => *n += 1,
            None => counts.push((t, 1)),
        }
    }
    let others: usize = counts.iter().map(|(_, n)| n).sum();
    types
        .iter()
        .map(|&t| match counts.iter().find(|(name, _)| *name == t) {
            Some(&(_, n)) => others as f64 / (counts.len() * n) as f64,
            None => 1.0,
        })
        .collect()
}

/// The corpus, and the one-line errors of the files that could not be read.
pub struct Corpus {
    pub pages: Vec<Labelled>,
    pub errors: Vec<String>,
}

/// Reads every `ground-truth/*.json` with its `html/*.html.gz`, on
/// `threads` threads. A missing directory is an error; a bad file is
/// reported in [`Corpus::errors`] and skipped.
pub fn load(dir: &Path, threads: usize) -> Result<Corpus, String> {
    let truth_dir = dir.join("ground-truth");
    let entries = std::fs::read_dir(&truth_dir).map_err(|e| {
        format!(
            "{}: not a corpus directory (expected ground-truth/ and html/): {e}",
            dir.display()
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{}: no *.json files", truth_dir.display()));
    }

    let chunk = files.len().div_ceil(threads.max(1));
    let results: Vec<Result<Labelled, String>> = std::thread::scope(|s| {
        let workers: Vec<_> = files
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(|f| read_one(dir, f)).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("corpus reader thread"))
            .collect()
    });
    let (mut pages, mut errors) = (Vec::new(), Vec::new());
    for r in results {
        match r {
            Ok(p) => pages.push(p),
            Err(e) => errors.push(e),
        }
    }
    Ok(Corpus { pages, errors })
}

/// [`load`] on [`THREADS`] threads, printing each error on its own line to
/// stderr; `None` when the corpus could not be read at all.
pub fn load_reporting(dir: &Path) -> Option<Corpus> {
    match load(dir, THREADS) {
        Ok(corpus) => {
            for e in &corpus.errors {
                eprintln!("{e}");
            }
            Some(corpus)
        }
        Err(e) => {
            eprintln!("{e}");
            None
        }
    }
}

fn read_one(dir: &Path, truth: &Path) -> Result<Labelled, String> {
    let name = truth.display();
    let text = std::fs::read_to_string(truth).map_err(|e| format!("{name}: cannot read: {e}"))?;
    let gt: Value = serde_json::from_str(&text).map_err(|e| format!("{name}: bad JSON: {e}"))?;
    let page_type = gt["_internal"]["page_type"]["primary"]
        .as_str()
        .ok_or_else(|| format!("{name}: no _internal.page_type.primary"))?
        .to_string();
    let id = truth
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let html_path = dir.join("html").join(format!("{id}.html.gz"));
    let html = read_document(&html_path).map_err(|e| e.to_string())?;
    let url = gt["url"].as_str();
    let page = read_html(&html, url);
    let address = url
        .map(str::to_string)
        .or_else(|| page.meta.canonical.clone())
        .unwrap_or_default();
    let g = &gt["ground_truth"];
    Ok(Labelled {
        domain: registrable_domain(&address).unwrap_or_else(|| format!("unknown-{id}")),
        id,
        page_type,
        page,
        // The ground truth keeps a page's double-encoded punctuation; the
        // article root's text has it read back.
        main_content: repair(g["main_content"].as_str().unwrap_or_default()).into_owned(),
        without: g["without"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(|s| repair(s).into_owned()))
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// Second-level labels under which registrations sit one level deeper
/// (`bbc.co.uk`, `abc.net.au`).
const SECOND_LEVELS: &[&str] = &["ac", "co", "com", "edu", "gov", "net", "org"];

/// `cooking.stackexchange.com` → `stackexchange.com`, `www.bbc.co.uk` →
/// `bbc.co.uk`: pages of one site share a fold.
pub fn registrable_domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?.split(':').next()?;
    let host = host.to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let keep = match labels.as_slice() {
        [.., second, tld] if tld.len() == 2 && SECOND_LEVELS.contains(second) => 3,
        _ => 2,
    };
    (!labels.is_empty()).then(|| labels[labels.len().saturating_sub(keep)..].join("."))
}

/// Assigns each page a fold in `0..k` so that all pages of a domain share a
/// fold and folds are about the same size: domains are taken largest first,
/// ties in a seeded pseudo-random order, each into the currently smallest fold.
pub fn domain_folds(domains: &[&str], k: usize, seed: u64) -> Vec<usize> {
    let mut groups: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, d) in domains.iter().enumerate() {
        groups.entry(d).or_default().push(i);
    }
    let mut order: Vec<(&str, Vec<usize>)> = groups.into_iter().collect();
    order.sort_by_key(|(d, members)| (std::cmp::Reverse(members.len()), mix(seed, d)));
    let mut sizes = vec![0usize; k];
    let mut fold = vec![0; domains.len()];
    for (_, members) in order {
        let smallest = (0..k).min_by_key(|&f| (sizes[f], f)).unwrap_or(0);
        sizes[smallest] += members.len();
        for m in members {
            fold[m] = smallest;
        }
    }
    fold
}

/// A seeded hash of a string (FNV-1a), for reproducible shuffles.
pub fn mix(seed: u64, s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A place in a seeded random order: [`mix`] with its bits stirred
/// (SplitMix64's finaliser). FNV-1a alone leaves its high bits to the
/// first bytes, so sorting by it grouped keys that differ only at the end:
/// pages "4202" … "4306" drew together. Draws sort by this; the splits
/// and folds keep [`mix`], which they read in ways the change would move.
pub fn draw_order(seed: u64, s: &str) -> u64 {
    let mut z = mix(seed, s);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Thirty of 1,500 page ids drawn at random fall in most of their 15
    /// hundreds; by FNV-1a's high bits alone they fell in two or three.
    #[test]
    fn a_draw_spreads_over_keys_that_differ_at_the_end() {
        for seed in [1, 202612341, 202612343] {
            let mut ids: Vec<String> = (0..1500).map(|i| format!("{i:04}")).collect();
            ids.sort_by_key(|id| draw_order(seed, id));
            let mut hundreds: Vec<&str> = ids[..30].iter().map(|id| &id[..2]).collect();
            hundreds.sort_unstable();
            hundreds.dedup();
            assert!(hundreds.len() >= 10, "seed {seed}: {hundreds:?}");
        }
    }

    #[test]
    fn domains() {
        for (url, want) in [
            (
                "https://cooking.stackexchange.com/questions/1",
                Some("stackexchange.com"),
            ),
            ("https://www.bbc.co.uk/news/x", Some("bbc.co.uk")),
            ("http://docs.mcneel.com:8080/rhino", Some("mcneel.com")),
            ("https://example.de", Some("example.de")),
            ("", None),
        ] {
            assert_eq!(registrable_domain(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn folds_keep_domains_together_and_balance() {
        let domains: Vec<String> = (0..100).map(|i| format!("d{}", i % 37)).collect();
        let refs: Vec<&str> = domains.iter().map(String::as_str).collect();
        let folds = domain_folds(&refs, 5, 7);
        for i in 0..refs.len() {
            for j in 0..refs.len() {
                if refs[i] == refs[j] {
                    assert_eq!(folds[i], folds[j]);
                }
            }
        }
        let mut sizes = [0; 5];
        folds.iter().for_each(|&f| sizes[f] += 1);
        assert!(sizes.iter().all(|&s| (17..=23).contains(&s)), "{sizes:?}");
    }

    #[test]
    fn type_weights_share_the_non_articles_equally_among_types() {
        let types = [
            "article", "service", "service", "service", "docs", "article",
        ];
        let w = type_weights(&types);
        // Four non-articles, two types: each type weighs 2 in all.
        let expect = [1.0, 2.0 / 3.0, 2.0 / 3.0, 2.0 / 3.0, 2.0, 1.0];
        for (got, want) in w.iter().zip(expect) {
            assert!((got - want).abs() < 1e-12, "{w:?}");
        }
        let non_articles: f64 = w
            .iter()
            .zip(types)
            .filter(|(_, t)| *t != ARTICLE)
            .map(|(w, _)| w)
            .sum();
        assert!((non_articles - 4.0).abs() < 1e-12);
    }

    #[test]
    fn missing_corpus_is_a_clear_error() {
        let err = load(Path::new("/nonexistent/corpus"), 1).err().unwrap();
        assert!(
            err.starts_with("/nonexistent/corpus: not a corpus directory"),
            "{err}"
        );
    }
}
