//! `dramatis eval judged-quotes CORPUS_DIR JUDGED.jsonl`: the precision of
//! quotes on web pages, from quotes a person judged right or wrong.
//!
//! PolNeAR (`eval quotes`) is political news; the pages the extension
//! meets are also guides, reviews and company blogs, with no gold quotes.
//! A judged file holds quotes an earlier build found on corpus pages, each
//! marked right (someone's words, with their source as speaker) or wrong,
//! one JSON object a line: `{"sample", "page", "start", "end", "speaker",
//! "cue", "text", "right"}`, `page` the corpus file stem and `start..end`
//! the quote's char span in the page's article text. This command runs
//! the current build on those pages and reports, per sample, how many of
//! the judged quotes it still finds and how many of those are right. A
//! quote is still found when the build has one with the same cue and
//! speaker over at least half of the shorter of the two spans: a content
//! whose bounds moved (an addressee left out, a next clause cut off) is
//! the same attribution, judged as before. A speaker now named more fully
//! is the same speaker ("Dan" judged, "Dan Lieberman" now: the judged
//! name's words are a run of the new one's). New quotes it finds elsewhere
//! are not judged: the figure is the precision of what is kept, and the
//! right quotes lost count against the change.
//!
//! `--misses` lists, for tuning, the judged quotes of the tune samples
//! whose verdict the run contradicts: wrong ones still found, right ones
//! lost (with what the build finds over the same words instead). Samples
//! named `held-out-*` are scored, never listed.
//!
//! `--draw N --seed S [--part report|tune]` draws a new sample to judge:
//! N of the quotes the current build finds on the article pages (ground
//! truth) of one part of the corpus (the upsell evaluation's split by
//! domain; the held-out report quarter unless told), in a random order
//! fixed by the seed, as lines of the judged file with `"right": null`
//! and the article text around the quote (`context`, the quote between
//! `⟦ ⟧`) for the judge. A drawn quote that a line of JUDGED.jsonl already
//! judged (the same attribution, as above) keeps that verdict and says
//! so (`"reused"`). The command refuses to score a file with unjudged
//! lines: each is reported with its line number.

use super::detect_corpus::draw_order;
use super::eval_upsells::{read_truth, truth_files, Part};
use super::{for_lines, guarded, Args, Outcome, Usage};
use super::{outln, JudgedTally};
use crate::native::{read_document, read_html};
use crate::substr::part as text_part;
use crate::{analyze, Analysis};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
struct Judged {
    sample: String,
    page: String,
    start: usize,
    end: usize,
    cue: String,
    speaker: Option<String>,
    text: String,
    right: bool,
}

/// Samples whose names start so are held out: never listed by `--misses`.
pub(super) const HELD_OUT_PREFIX: &str = "held-out";

/// A quote the current build finds: its span, cue, speaker and words.
struct Found {
    start: usize,
    end: usize,
    cue: String,
    speaker: Option<String>,
    text: String,
}

impl Judged {
    /// Whether `f` is the attribution judged: same cue and speaker (or the
    /// judged speaker named more fully), over at least half of the shorter
    /// span. The cue is its last word: a cue now shown with the words that
    /// withhold it ("did not say" for a judged "say") is the same one.
    fn is(&self, f: &Found) -> bool {
        let overlap = self.end.min(f.end).saturating_sub(self.start.max(f.start));
        let shorter = self
            .end
            .saturating_sub(self.start)
            .min(f.end.saturating_sub(f.start));
        let same_speaker = match (&self.speaker, &f.speaker) {
            (Some(judged), Some(now)) => {
                let judged = without_open_paren(judged);
                names_more_fully(now, judged)
                    || without_role_word(now, judged)
                    || without_place(now, judged)
            }
            (judged, now) => judged == now,
        };
        let verb = |cue: &str| cue.rsplit(' ').next().unwrap_or_default().to_string();
        verb(&f.cue) == verb(&self.cue) && same_speaker && shorter > 0 && 2 * overlap >= shorter
    }
}

/// Whether `name` is `judged` or names it more fully: `judged`'s words are
/// a run of `name`'s ("Dan" in "Dan Lieberman", "Hoge" in "Elizabeth A.
/// Hoge"), not part of a word ("Dan" in "Danny Ortiz"), or `judged` is the
/// acronym `name` spells out ("ACSM" for "American College of Sports
/// Medicine", its capitalised words' initials). A share is the same with
/// its percent sign ("17%" for a judged "17").
pub(super) fn names_more_fully(name: &str, judged: &str) -> bool {
    let split = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.trim_end_matches('%').to_string())
            .collect()
    };
    let (words, want) = (split(name), split(judged));
    let initials: String = words
        .iter()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    let acronym = judged.len() >= 2 && judged.chars().all(|c| c.is_ascii_uppercase());
    (!want.is_empty() && words.windows(want.len()).any(|w| w == want.as_slice()))
        || (acronym && words.len() > 1 && initials == judged)
}

/// Whether `name` is `judged` without a role word the judged speaker
/// opened on, now read as the name's role ("Bianca Hall" for a judged
/// "Planner Bianca Hall"): a name of two words or more that ends it.
fn without_role_word(name: &str, judged: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let judged: Vec<&str> = judged.split_whitespace().collect();
    words.len() >= 2 && judged.len() > words.len() && judged.ends_with(&words)
}

/// Whether `name` is `judged` without the place or the employer an earlier
/// build read into it ("Ehsan Jazini" for a judged "Ehsan Jazini of VSI",
/// "Ted Cruz" for "Ted Cruz of Texas"): the person the verdict was on.
pub(super) fn without_place(name: &str, judged: &str) -> bool {
    name.contains(' ')
        && judged
            .split_once(" of ")
            .is_some_and(|(head, _)| head == name)
}

/// A judged speaker without the parenthesis an earlier build left open at
/// its end ("nearly half of all respondents (49.3", now shown without it).
fn without_open_paren(judged: &str) -> &str {
    match judged.rfind('(') {
        Some(open) if !judged[open..].contains(')') => judged[..open].trim_end(),
        _ => judged,
    }
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(
        args,
        &["--draw", "--seed", "--part"],
        &["--misses", "--pooled"],
    )?;
    let list_misses = args.has("--misses");
    let [corpus, judged_file] = args.positional[..] else {
        return Err(Usage(
            "eval judged-quotes: give CORPUS_DIR and JUDGED.jsonl".into(),
        ));
    };
    let mut outcome = Outcome::AllGood;
    let mut judged: Vec<Judged> = Vec::new();
    let opened = for_lines(judged_file, &mut outcome, |_, line| {
        serde_json::from_str(line).map(|j| judged.push(j))
    });
    if !opened {
        return Ok(outcome);
    }
    if let Some(size) = args.number::<usize>("--draw")? {
        let (wanted, seed) = draw_args(&args, "judged-quotes")?;
        let drawn = draw(Path::new(corpus), wanted, &judged, size, seed, &mut outcome);
        for line in drawn {
            outln!(
                "{}",
                serde_json::to_string(&line).expect("a drawn quote serialises")
            );
        }
        return Ok(outcome);
    }

    if args.has("--pooled") {
        print_pooled(Path::new(corpus), &judged, &mut outcome);
        return Ok(outcome);
    }

    // The quotes the current build finds on each judged page.
    let pages = judged.iter().map(|j| j.page.as_str());
    let spans = on_pages(Path::new(corpus), pages, &mut outcome, found_quotes);

    let mut tallies: BTreeMap<&str, JudgedTally> = BTreeMap::new();
    let mut misses = Vec::new();
    for j in &judged {
        // A page that could not be read was reported above.
        let Some(found) = spans.get(j.page.as_str()) else {
            continue;
        };
        let kept = found.iter().any(|f| j.is(f));
        tallies
            .entry(j.sample.as_str())
            .or_default()
            .count(j.right, kept);
        if list_misses && kept != j.right && !j.sample.starts_with(HELD_OUT_PREFIX) {
            misses.push(miss_line(j, found));
        }
    }
    print_table(&tallies);
    if !misses.is_empty() {
        outln!();
        for line in &misses {
            outln!("{line}");
        }
    }
    Ok(outcome)
}

/// One line of `--misses`: the judged quote, and for a right one lost,
/// the quotes the build now finds over its span.
fn miss_line(j: &Judged, found: &[Found]) -> String {
    let speaker = j.speaker.as_deref().unwrap_or("-");
    let mut line = if j.right {
        format!("{} {} (right, lost):", j.sample, j.page)
    } else {
        format!("{} {} (wrong, still found):", j.sample, j.page)
    };
    line.push_str(&format!(" {speaker} | {} | {}", j.cue, j.text));
    if j.right {
        for f in found.iter().filter(|f| f.start < j.end && j.start < f.end) {
            let speaker = f.speaker.as_deref().unwrap_or("-");
            line.push_str(&format!("\n    now: {speaker} | {} | {}", f.cue, f.text));
        }
    }
    line
}

fn found_quotes(analysis: Analysis) -> Vec<Found> {
    analysis
        .quotes
        .into_iter()
        .map(|q| Found {
            start: q.start,
            end: q.end,
            cue: q.cue,
            speaker: q.speaker,
            text: q.text,
        })
        .collect()
}

/// What `f` takes from the build's analysis of each of `pages` (corpus file
/// stems, each read once), by page; a page that cannot be read is reported
/// and left out, and the others still run.
pub(super) fn on_pages<'a, T>(
    corpus: &Path,
    pages: impl Iterator<Item = &'a str>,
    outcome: &mut Outcome,
    f: impl Fn(Analysis) -> T,
) -> BTreeMap<&'a str, T> {
    let pages: std::collections::BTreeSet<&str> = pages.collect();
    let mut found = BTreeMap::new();
    for page in pages {
        let file = corpus.join("html").join(format!("{page}.html.gz"));
        let file = file.to_string_lossy();
        let read = guarded(&file, || {
            let html = read_document(Path::new(&*file)).map_err(|e| e.to_string())?;
            let url = address_of(corpus, page);
            Ok(f(analyze(&read_html(&html, url.as_deref()))))
        });
        match read {
            Ok(t) => {
                found.insert(page, t);
            }
            Err(e) => {
                eprintln!("{e}");
                *outcome = Outcome::SomeFailed;
            }
        }
    }
    found
}

/// The address a page was fetched from (its ground truth's `url`), which
/// the extension reads the page with: the detector weighs it.
fn address_of(corpus: &Path, page: &str) -> Option<String> {
    let truth = corpus.join("ground-truth").join(format!("{page}.json"));
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(truth).ok()?).ok()?;
    v["url"].as_str().map(str::to_string)
}

/// A drawn quote to judge: a line of the judged file with no verdict yet
/// (or one reused from an earlier sample), and the text around it.
#[derive(Serialize)]
struct ToJudge {
    sample: String,
    page: String,
    start: usize,
    end: usize,
    speaker: Option<String>,
    cue: String,
    text: String,
    right: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reused: Option<String>,
    context: String,
    /// Whether its speaker is a named person or organisation (for the
    /// pooled breakdown; not shown to the judge).
    #[serde(skip)]
    named: bool,
}

/// Characters of article text shown on each side of a drawn quote.
const CONTEXT_CHARS: usize = 300;

/// `size` quotes drawn from those the build finds on the article pages of
/// `wanted`, in the order `seed` fixes, sorted by page; verdicts of
/// `judged` reused where they judged the same attribution.
fn draw(
    corpus: &Path,
    wanted: Part,
    judged: &[Judged],
    size: usize,
    seed: u64,
    outcome: &mut Outcome,
) -> Vec<ToJudge> {
    let sample = sample_name(wanted, seed);
    let mut all = Vec::new();
    each_article(corpus, wanted, outcome, |page, analysis| {
        let around = Around::new(&analysis.text.text);
        for q in analysis.quotes {
            let found = Found {
                start: q.start,
                end: q.end,
                cue: q.cue.clone(),
                speaker: q.speaker.clone(),
                text: q.text.clone(),
            };
            let earlier = judged.iter().find(|j| j.page == page && j.is(&found));
            all.push(ToJudge {
                sample: sample.clone(),
                page: page.to_string(),
                start: q.start,
                end: q.end,
                speaker: q.speaker,
                cue: q.cue,
                text: q.text,
                right: earlier.map(|j| j.right),
                reused: earlier.map(|j| j.sample.clone()),
                context: around.marked(q.start, q.end),
                named: q.named,
            });
        }
    });
    let mut drawn = take_drawn(all, size, seed, |q| format!("{}\n{}", q.page, q.start));
    drawn.sort_by(|a, b| a.page.cmp(&b.page).then(a.start.cmp(&b.start)));
    drawn
}

/// The part and seed of `--draw` (`--part`, the held-out report quarter
/// unless told; `--seed`, which fixes the draw).
pub(super) fn draw_args(args: &Args, command: &str) -> Result<(Part, u64), Usage> {
    let seed = args.number::<u64>("--seed")?.ok_or_else(|| {
        Usage(format!(
            "eval {command} --draw: give --seed S (the draw is fixed by it)"
        ))
    })?;
    let wanted = match args.value("--part").unwrap_or("report") {
        "report" => Part::Report,
        "tune" => Part::Tune,
        other => {
            return Err(Usage(format!(
                "eval {command} --part: report or tune, not {other:?}"
            )))
        }
    };
    Ok((wanted, seed))
}

/// A drawn sample's name: held-out samples are named so that `--misses`
/// never lists them.
pub(super) fn sample_name(wanted: Part, seed: u64) -> String {
    let prefix = match wanted {
        Part::Report => HELD_OUT_PREFIX,
        Part::Tune => "tune",
    };
    format!("{prefix}-{seed}")
}

/// `size` of `all` in the random order `seed` fixes, each placed by the
/// hash of its `key` (so the same items draw the same whatever else the
/// build finds).
pub(super) fn take_drawn<T>(
    mut all: Vec<T>,
    size: usize,
    seed: u64,
    key: impl Fn(&T) -> String,
) -> Vec<T> {
    all.sort_by_cached_key(|item| draw_order(seed, &key(item)));
    all.truncate(size);
    all
}

/// Calls `f` with each article page (ground truth) of `wanted`, by its
/// file stem, and the build's analysis of it; a page that cannot be read is
/// reported, and the others still run.
pub(super) fn each_article(
    corpus: &Path,
    wanted: Part,
    outcome: &mut Outcome,
    mut f: impl FnMut(&str, Analysis),
) {
    let files = match truth_files(corpus) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("{e}");
            *outcome = Outcome::SomeFailed;
            return;
        }
    };
    for gt in files {
        let (page, url) = match read_truth(&gt) {
            Ok(t) if t.article && t.part == wanted => (t.file, t.url),
            Ok(_) => continue,
            Err(e) => {
                eprintln!("{e}");
                *outcome = Outcome::SomeFailed;
                continue;
            }
        };
        let file = corpus.join("html").join(format!("{page}.html.gz"));
        let file = file.to_string_lossy();
        let read = guarded(&file, || {
            let html = read_document(Path::new(&*file)).map_err(|e| e.to_string())?;
            let url = (!url.is_empty()).then_some(url.as_str());
            Ok(analyze(&read_html(&html, url)))
        });
        match read {
            Ok(analysis) => f(&page, analysis),
            Err(e) => {
                eprintln!("{e}");
                *outcome = Outcome::SomeFailed;
            }
        }
    }
}

/// A page's article text, for showing a judge a span with the text around
/// it.
pub(super) struct Around<'a> {
    text: &'a str,
    /// The byte offset of each char, and the text's length.
    bytes: Vec<usize>,
}

impl<'a> Around<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        Around { text, bytes }
    }

    /// The chars `start..end` between `⟦ ⟧`, with [`CONTEXT_CHARS`] of
    /// text on each side.
    pub fn marked(&self, start: usize, end: usize) -> String {
        let at = |c: usize| self.bytes[c.min(self.bytes.len() - 1)];
        let before = text_part(
            self.text,
            at(start.saturating_sub(CONTEXT_CHARS))..at(start),
        );
        let inside = text_part(self.text, at(start)..at(end));
        let after = text_part(self.text, at(end)..at(end + CONTEXT_CHARS));
        format!("{before}⟦{inside}⟧{after}")
    }
}

/// Precision of all the quotes the build finds on each part's article
/// pages that some sample judged (the same attribution, as `is` matches
/// it): a larger, if not a random, sample than one draw of a hundred, and
/// the same pool of verdicts for every build compared.
fn print_pooled(corpus: &Path, judged: &[Judged], outcome: &mut Outcome) {
    outln!(
        "| part | speakers | quotes found | judged in some sample | right | precision among them |"
    );
    outln!("|---|---|---|---|---|---|");
    for (name, part) in [
        ("held-out quarter", Part::Report),
        ("tune part", Part::Tune),
    ] {
        let all = draw(corpus, part, judged, usize::MAX, 0, outcome);
        // The panel lists the quotes of named people and organisations
        // first and folds the rest: each kind's precision, and both's.
        for (speakers, named) in [
            ("all", None),
            ("named", Some(true)),
            ("not named", Some(false)),
        ] {
            let some: Vec<&ToJudge> = all
                .iter()
                .filter(|q| named.is_none_or(|n| q.named == n))
                .collect();
            let (with_verdict, right) = pooled(&some);
            outln!(
                "| {name} | {speakers} | {} | {with_verdict} | {right} | {:.3} |",
                some.len(),
                right as f64 / with_verdict.max(1) as f64
            );
        }
    }
}

/// How many of `found` carry an earlier verdict, and how many of those are
/// right.
fn pooled(found: &[&ToJudge]) -> (usize, usize) {
    let verdicts = found.iter().filter_map(|q| q.right);
    let (judged, right) = verdicts.fold((0, 0), |(n, r), v| (n + 1, r + usize::from(v)));
    (judged, right)
}

fn print_table(tallies: &BTreeMap<&str, JudgedTally>) {
    outln!("| sample | judged | right | precision when judged | still found | right among them | precision now | right lost |");
    outln!("|---|---|---|---|---|---|---|---|");
    for (name, t) in tallies {
        outln!("| {name} | {} | {} |", t.cells(), t.right - t.kept_right);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(speaker: Option<&str>) -> Judged {
        Judged {
            sample: "t".into(),
            page: "0001".into(),
            start: 100,
            end: 200,
            cue: "says".into(),
            speaker: speaker.map(str::to_string),
            text: String::new(),
            right: true,
        }
    }

    fn found(speaker: Option<&str>, start: usize, end: usize) -> Found {
        Found {
            start,
            end,
            cue: "says".into(),
            speaker: speaker.map(str::to_string),
            text: format!("words {start}..{end}"),
        }
    }

    #[test]
    fn a_speaker_named_more_fully_is_the_same_attribution() {
        let j = judged(Some("Dan"));
        assert!(j.is(&found(Some("Dan"), 100, 200)));
        assert!(j.is(&found(Some("Dan Lieberman"), 120, 200)));
        assert!(!j.is(&found(Some("Danny Ortiz"), 100, 200)));
        assert!(judged(Some("17")).is(&found(Some("17%"), 100, 200)));
        let open = judged(Some("nearly half of all respondents (49.3"));
        assert!(open.is(&found(Some("nearly half of all respondents"), 100, 200)));
        assert!(!open.is(&found(Some("all respondents of the poll"), 100, 200)));
        let titled = judged(Some("Planner Bianca Hall"));
        assert!(titled.is(&found(Some("Bianca Hall"), 100, 200)));
        assert!(!titled.is(&found(Some("Hall"), 100, 200)));
        let placed = judged(Some("Ehsan Jazini of VSI"));
        assert!(placed.is(&found(Some("Ehsan Jazini"), 100, 200)));
        assert!(!placed.is(&found(Some("VSI"), 100, 200)));
        let acronym = judged(Some("ACSM"));
        assert!(acronym.is(&found(
            Some("American College of Sports Medicine"),
            100,
            200
        )));
        assert!(!acronym.is(&found(Some("American College of Medicine"), 100, 200)));
        assert!(!judged(Some("17")).is(&found(Some("170%"), 100, 200)));
        assert!(!j.is(&found(Some("Lieberman"), 100, 200)));
        assert!(!j.is(&found(None, 100, 200)));
        assert!(judged(None).is(&found(None, 100, 200)));
        assert!(!judged(None).is(&found(Some("Dan"), 100, 200)));
        // Less than half of the shorter span in common: another quote.
        assert!(!j.is(&found(Some("Dan"), 160, 400)));
    }

    #[test]
    fn pooled_precision_counts_only_quotes_with_a_verdict() {
        let quote = |right: Option<bool>| ToJudge {
            sample: "held-out-1".into(),
            page: "0001".into(),
            start: 0,
            end: 10,
            speaker: None,
            cue: "said".into(),
            text: "words".into(),
            right,
            reused: None,
            context: String::new(),
            named: false,
        };
        let found = [
            quote(Some(true)),
            quote(None),
            quote(Some(false)),
            quote(Some(true)),
        ];
        assert_eq!(pooled(&found.iter().collect::<Vec<_>>()), (3, 2));
        assert_eq!(pooled(&[]), (0, 0));
    }

    #[test]
    fn a_lost_right_quote_is_listed_with_what_was_found_instead() {
        let mut j = judged(Some("Dan"));
        j.text = "the plan works".into();
        let found = [
            found(Some("The plan"), 150, 250),
            found(Some("Dan"), 300, 400),
        ];
        let line = miss_line(&j, &found);
        assert!(
            line.starts_with("t 0001 (right, lost): Dan | says | the plan works"),
            "{line}"
        );
        assert!(
            line.contains("now: The plan | says | words 150..250"),
            "{line}"
        );
        assert!(
            !line.contains("300..400"),
            "only quotes over its span: {line}"
        );
        j.right = false;
        assert_eq!(
            miss_line(&j, &found),
            "t 0001 (wrong, still found): Dan | says | the plan works"
        );
    }
}
