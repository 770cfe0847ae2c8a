//! `dramatis eval named-actors CORPUS_DIR NAMED.jsonl`: the recall of the
//! panel's people and organisations on web pages, from pages whose every
//! person and organisation a person listed.
//!
//! `eval judged-actors` measures what the panel lists that it should not;
//! this measures what it leaves out. A named file holds one JSON object a
//! line, a page of the corpus and everyone its article text names:
//! `{"sample", "page", "actors": [{"kind", "names"}, …]}`, `kind`
//! "person" or "organization", `names` every form the text names them by
//! ("Anthony Fauci", "Fauci"; "Food and Drug Administration", "FDA"),
//! without a title or an honorific. The lists were written by readers
//! given the page's headline and main text (the corpus's ground truth),
//! not what any build lists. An actor is *listed* when the build lists one
//! of its kind under one of its names (case, spacing, curly quotes and a
//! possessive set aside); one listed under the other kind is counted apart,
//! since the panel shows it, in the wrong list.
//!
//! `--misses` lists, for tuning, the actors of the tune samples the run
//! leaves out, with what the page lists of that kind. Samples named
//! `held-out-*` are scored, never listed.
//!
//! `--draw N --seed S [--part report|tune]` draws N article pages (ground
//! truth) of one part of the corpus (the held-out report quarter unless
//! told), in a random order fixed by the seed, as lines of the named file
//! with `"actors": null` and the page's `title` and `text` for the reader
//! (left out of the committed file). Pages already in NAMED.jsonl are not
//! drawn again.

use super::eval_judged_quotes::{draw_args, on_pages, sample_name, take_drawn, HELD_OUT_PREFIX};
use super::eval_upsells::{read_truth, truth_files, Part};
use super::{outln, read_judged, share, Args, Outcome, Usage};
use crate::speech::{Actor, ActorKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// A page whose people and organisations a reader listed.
#[derive(Deserialize)]
struct NamedPage {
    sample: String,
    page: String,
    actors: Vec<Named>,
}

/// One person or organisation a page names, under every form it uses.
#[derive(Deserialize)]
struct Named {
    kind: Kind,
    names: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Kind {
    Person,
    Organization,
}

/// Where the panel shows an actor: in its people's or organisations' list,
/// or among the names of no known kind ("Also named", where one named
/// twice or quoted goes: `extension/ui/actors.js`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    As(Kind),
    AlsoNamed,
}

impl Shown {
    fn of(actor: &Actor) -> Option<Shown> {
        match actor.kind {
            ActorKind::Person => Some(Shown::As(Kind::Person)),
            ActorKind::Organization => Some(Shown::As(Kind::Organization)),
            ActorKind::Other if actor.named > 1 || actor.quotes > 0 => Some(Shown::AlsoNamed),
            ActorKind::Country | ActorKind::Other => None,
        }
    }
}

/// Whether, and how, the build lists a named actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Listing {
    Listed,
    /// Under one of its names, as the other kind.
    OtherKind,
    /// Under one of its names, among the names of no known kind.
    AlsoNamed,
    Left,
}

impl Named {
    fn listing(&self, listed: &[(Shown, String)]) -> Listing {
        // A place the text writes after a comma is the name's too
        // ("Museum of Fine Arts, Houston"), and the name is still listed
        // without it.
        let forms: Vec<String> = self
            .names
            .iter()
            .flat_map(|n| [Some(n.as_str()), n.split_once(", ").map(|(name, _)| name)])
            .flatten()
            .map(normalized)
            .collect();
        let under = |shown: Shown| {
            listed
                .iter()
                .any(|(s, name)| *s == shown && forms.contains(name))
        };
        let other = match self.kind {
            Kind::Person => Kind::Organization,
            Kind::Organization => Kind::Person,
        };
        if under(Shown::As(self.kind)) {
            Listing::Listed
        } else if under(Shown::As(other)) {
            Listing::OtherKind
        } else if under(Shown::AlsoNamed) {
            Listing::AlsoNamed
        } else {
            Listing::Left
        }
    }
}

/// A name as compared: lower case, whitespace collapsed, typographic
/// apostrophes and hyphens straightened, without an opening "the", a
/// possessive or a closing full stop ("Fauci's" is Fauci, "Acme Inc." is
/// "Acme Inc", "The Frost Art Museum" is "Frost Art Museum").
fn normalized(name: &str) -> String {
    let name = name
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace('\u{2011}', "-")
        .to_lowercase();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = name.strip_prefix("the ").unwrap_or(&name);
    let name = name.trim_end_matches('.');
    name.strip_suffix("'s").unwrap_or(name).to_string()
}

/// The counts of one sample, per kind.
#[derive(Default)]
struct Tally {
    pages: usize,
    /// Named, listed and listed as the other kind: people, organisations.
    named: [usize; 2],
    listed: [usize; 2],
    other_kind: [usize; 2],
    also_named: [usize; 2],
    /// Each page's recall, over the pages that name anyone: a page that
    /// names two hundred restaurants weighs as one.
    page_recalls: Vec<f64>,
}

impl Tally {
    fn count(&mut self, kind: Kind, listing: Listing) {
        let k = kind as usize;
        self.named[k] += 1;
        self.listed[k] += usize::from(listing == Listing::Listed);
        self.other_kind[k] += usize::from(listing == Listing::OtherKind);
        self.also_named[k] += usize::from(listing == Listing::AlsoNamed);
    }

    fn cells(&self) -> String {
        let [p, o] = [0, 1].map(|k| {
            format!(
                "{} | {} | {}",
                self.named[k],
                self.listed[k],
                share(self.listed[k], self.named[k])
            )
        });
        let all = |v: &[usize; 2]| v[0] + v[1];
        format!(
            "{} | {p} | {o} | {} | {} | {} | {} | {} | {}",
            self.pages,
            all(&self.named),
            all(&self.listed),
            share(all(&self.listed), all(&self.named)),
            mean(&self.page_recalls),
            all(&self.other_kind),
            all(&self.also_named),
        )
    }
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(args, &["--draw", "--seed", "--part"], &["--misses"])?;
    let [corpus, named_file] = args.positional[..] else {
        return Err(Usage(
            "eval named-actors: give CORPUS_DIR and NAMED.jsonl".into(),
        ));
    };
    let corpus = Path::new(corpus);
    let mut outcome = Outcome::AllGood;
    let Some(named) = read_judged::<NamedPage>(named_file, &mut outcome) else {
        return Ok(outcome);
    };
    if let Some(size) = args.number::<usize>("--draw")? {
        let (wanted, seed) = draw_args(&args, "named-actors")?;
        for line in draw(corpus, wanted, &named, size, seed, &mut outcome) {
            outln!(
                "{}",
                serde_json::to_string(&line).expect("a drawn page serialises")
            );
        }
        return Ok(outcome);
    }

    let listed = on_pages(
        corpus,
        named.iter().map(|p| p.page.as_str()),
        &mut outcome,
        |analysis| {
            analysis
                .actors
                .iter()
                .filter_map(|a| Some((Shown::of(a)?, normalized(&a.name))))
                .collect::<Vec<_>>()
        },
    );
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for page in &named {
        // A page that could not be read was reported above.
        let Some(found) = listed.get(page.page.as_str()) else {
            continue;
        };
        let tally = tallies.entry(page.sample.as_str()).or_default();
        tally.pages += 1;
        let mut left = Vec::new();
        for actor in &page.actors {
            let listing = actor.listing(found);
            tally.count(actor.kind, listing);
            if listing != Listing::Listed {
                left.push((actor, listing));
            }
        }
        if !page.actors.is_empty() {
            let listed = page.actors.len() - left.len();
            tally
                .page_recalls
                .push(listed as f64 / page.actors.len() as f64);
        }
        if args.has("--misses") && !left.is_empty() && !page.sample.starts_with(HELD_OUT_PREFIX) {
            misses.push(miss_lines(page, &left, found));
        }
    }
    outln!("| sample | pages | people named | listed | recall | organisations named | listed | recall | all named | listed | recall | mean of pages' recall | listed as the other kind | also named |");
    outln!("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (name, t) in &tallies {
        outln!("| {name} | {} |", t.cells());
    }
    for lines in &misses {
        outln!();
        outln!("{lines}");
    }
    Ok(outcome)
}

/// The mean of `v` to three places, "-" when it is empty.
fn mean(v: &[f64]) -> String {
    if v.is_empty() {
        "-".to_string()
    } else {
        format!("{:.3}", v.iter().sum::<f64>() / v.len() as f64)
    }
}

/// A page's lines of `--misses`: the actors left out (or listed as the
/// other kind), and what the page lists of each kind.
fn miss_lines(page: &NamedPage, left: &[(&Named, Listing)], found: &[(Shown, String)]) -> String {
    let mut lines = format!("{} {}", page.sample, page.page);
    for (actor, listing) in left {
        let how = match listing {
            Listing::OtherKind => " (listed as the other kind)",
            Listing::AlsoNamed => " (also named)",
            _ => "",
        };
        lines.push_str(&format!(
            "\n  {:?}: {}{how}",
            actor.kind,
            actor.names.join(" / ")
        ));
    }
    for (shown, what) in [
        (Shown::As(Kind::Person), "people"),
        (Shown::As(Kind::Organization), "organisations"),
        (Shown::AlsoNamed, "also named"),
    ] {
        let names: Vec<&str> = found
            .iter()
            .filter(|(s, _)| *s == shown)
            .map(|(_, n)| n.as_str())
            .collect();
        lines.push_str(&format!("\n  listed, {what}: {}", names.join(", ")));
    }
    lines
}

/// A drawn page to list: a line of the named file with no actors yet, and
/// the headline and text the reader lists them from.
#[derive(Serialize)]
struct ToName {
    sample: String,
    page: String,
    actors: Option<()>,
    title: String,
    text: String,
}

/// `size` article pages of `wanted` not yet in `named`, in the order
/// `seed` fixes, sorted by page.
fn draw(
    corpus: &Path,
    wanted: Part,
    named: &[NamedPage],
    size: usize,
    seed: u64,
    outcome: &mut Outcome,
) -> Vec<ToName> {
    let files = match truth_files(corpus) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("{e}");
            *outcome = Outcome::SomeFailed;
            return Vec::new();
        }
    };
    let sample = sample_name(wanted, seed);
    let mut all = Vec::new();
    for file in files {
        let read = read_truth(&file).and_then(|truth| {
            let fresh = truth.article
                && truth.part == wanted
                && !named.iter().any(|p| p.page == truth.file);
            fresh
                .then(|| headline_and_text(&file))
                .transpose()
                .map(|t| (truth.file, t))
        });
        match read {
            Ok((page, Some((title, text)))) => all.push(ToName {
                sample: sample.clone(),
                page,
                actors: None,
                title,
                text,
            }),
            Ok(_) => {}
            Err(e) => {
                eprintln!("{e}");
                *outcome = Outcome::SomeFailed;
            }
        }
    }
    let mut drawn = take_drawn(all, size, seed, |p| p.page.clone());
    drawn.sort_by(|a, b| a.page.cmp(&b.page));
    drawn
}

/// The ground truth's headline and main text of a page.
fn headline_and_text(file: &Path) -> Result<(String, String), String> {
    let raw = std::fs::read_to_string(file)
        .map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
    let v: Value =
        serde_json::from_str(&raw).map_err(|e| format!("{}: invalid JSON: {e}", file.display()))?;
    let field = |key: &str| {
        v["ground_truth"][key]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    Ok((field("title"), field("main_content")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(kind: Kind, names: &[&str]) -> Named {
        Named {
            kind,
            names: names.iter().map(|n| n.to_string()).collect(),
        }
    }

    fn listed(entries: &[(Kind, &str)]) -> Vec<(Shown, String)> {
        entries
            .iter()
            .map(|(k, n)| (Shown::As(*k), normalized(n)))
            .collect()
    }

    #[test]
    fn an_actor_is_listed_under_any_of_its_names_and_its_kind() {
        let fauci = named(Kind::Person, &["Anthony Fauci", "Fauci"]);
        let page = listed(&[(Kind::Person, "Fauci"), (Kind::Organization, "NIH")]);
        assert_eq!(fauci.listing(&page), Listing::Listed);
        // Case, spacing, a curly possessive and a full stop set aside.
        let page = listed(&[(Kind::Person, "anthony  Fauci\u{2019}s.")]);
        assert_eq!(fauci.listing(&page), Listing::Listed);
        // Another person of the same surname is not him; a name that holds
        // one of his forms is another name.
        let page = listed(&[(Kind::Person, "Fauci Jr"), (Kind::Person, "Dr Fauci")]);
        assert_eq!(fauci.listing(&page), Listing::Left);
        // An opening "the" and a place after a comma set aside.
        let museum = named(
            Kind::Organization,
            &["The Museum of Fine Arts, Houston", "MFAH"],
        );
        let page = listed(&[(Kind::Organization, "Museum of Fine Arts")]);
        assert_eq!(museum.listing(&page), Listing::Listed);
        let page = listed(&[(Kind::Organization, "Museum of Fine")]);
        assert_eq!(museum.listing(&page), Listing::Left);
        // Listed, but as an organisation: counted apart.
        let page = listed(&[(Kind::Organization, "Fauci")]);
        assert_eq!(fauci.listing(&page), Listing::OtherKind);
        // Among the names of no known kind.
        let page = vec![(Shown::AlsoNamed, normalized("Fauci"))];
        assert_eq!(fauci.listing(&page), Listing::AlsoNamed);
    }

    #[test]
    fn a_sample_counts_each_kind_and_both() {
        let mut t = Tally {
            pages: 1,
            ..Tally::default()
        };
        t.count(Kind::Person, Listing::Listed);
        t.count(Kind::Person, Listing::Left);
        t.count(Kind::Organization, Listing::OtherKind);
        t.count(Kind::Organization, Listing::AlsoNamed);
        assert_eq!(
            t.cells(),
            "1 | 2 | 1 | 0.500 | 2 | 0 | 0.000 | 4 | 1 | 0.250 | - | 1 | 1"
        );
        // Pages weigh alike in the mean, however many they name.
        t.page_recalls = vec![0.5, 1.0];
        assert!(t.cells().contains("| 0.250 | 0.750 |"));
    }

    #[test]
    fn a_line_without_a_known_kind_does_not_parse() {
        let line =
            r#"{"sample":"tune-1","page":"0001","actors":[{"kind":"place","names":["Paris"]}]}"#;
        assert!(serde_json::from_str::<NamedPage>(line).is_err());
        let line =
            r#"{"sample":"tune-1","page":"0001","actors":[{"kind":"person","names":["Ann Lee"]}]}"#;
        assert!(serde_json::from_str::<NamedPage>(line).is_ok());
    }
}
