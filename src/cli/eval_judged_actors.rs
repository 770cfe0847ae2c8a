//! `dramatis eval judged-actors CORPUS_DIR JUDGED.jsonl`: the precision of
//! the panel's people and organisations on web pages, from actors a person
//! judged.
//!
//! The panel lists a story's people and organisations (countries on a line
//! of their own, other names only when quoted or named twice): a guide's
//! capitals ("Workflow Tip"), a product's acronym ("AES") or a heading's
//! words listed as an organisation misinform as a wrong quote does. A
//! judged file holds actors an earlier build listed on corpus pages, one
//! JSON object a line: `{"sample", "page", "name", "kind", "role",
//! "right"}`, `kind` "person" or "organization". *Right* when the page
//! names a person (an organisation) by that name and the role shown, if
//! any, is theirs; wrong for a thing, a product, a place, a heading's
//! words, a person listed as an organisation or the other way round, or a
//! role that is not theirs. This command runs the current build on those
//! pages and reports, per sample, how many of the judged actors it still
//! lists (same kind, the judged name or a fuller one: "Lieberman" judged,
//! "Dan Lieberman" now) and how many of those are right. A wrong entry
//! whose note says it is a fragment of a whole name ("fragment of
//! 'American College of Emergency Physicians'") is no longer listed when
//! that whole name is: the whole name is the fragment mended, not judged.
//!
//! `--misses` lists, for tuning, the judged actors of the tune samples
//! whose verdict the run contradicts: wrong ones still listed, right ones
//! no longer listed (with what the page lists now). Samples named
//! `held-out-*` are scored, never listed.
//!
//! `--draw N --seed S [--part report|tune]` draws a new sample to judge:
//! N of the people and organisations the build lists on the article pages
//! (ground truth) of one part of the corpus (the held-out report quarter
//! unless told), in a random order fixed by the seed, as lines of the
//! judged file with `"right": null` and the text around the actor's first
//! mention (`context`, the mention between `⟦ ⟧`). A drawn actor that a
//! line of JUDGED.jsonl already judged keeps that verdict (`"reused"`).

use super::eval_judged_quotes::{
    draw_args, each_article, names_more_fully, on_pages, sample_name, take_drawn, without_place,
    Around, HELD_OUT_PREFIX,
};
use super::eval_upsells::Part;
use super::{outln, read_judged, Args, JudgedTally, Outcome, Usage};
use crate::speech::{Actor, ActorKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Deserialize)]
struct Judged {
    sample: String,
    page: String,
    name: String,
    kind: String,
    right: bool,
    /// The judge's note, if any: "fragment of 'American Institute of
    /// Architects'" for a name cut short.
    note: Option<String>,
}

/// An actor as the panel lists it: its name, kind and role.
struct Listed {
    name: String,
    kind: &'static str,
    role: Option<String>,
}

impl Listed {
    /// The people and organisations of `actors`, as listed.
    fn of(actors: &[Actor]) -> impl Iterator<Item = (Listed, &Actor)> {
        actors.iter().filter_map(|a| {
            let kind = match a.kind {
                ActorKind::Person => "person",
                ActorKind::Organization => "organization",
                ActorKind::Country | ActorKind::Other => return None,
            };
            let role = a.role.clone();
            Some((
                Listed {
                    name: a.name.clone(),
                    kind,
                    role,
                },
                a,
            ))
        })
    }
}

impl Judged {
    /// Whether `l` is the actor judged: the same kind, and the judged name
    /// or one that names it more fully; but not the whole name a fragment
    /// was judged wrong as cut from, which is that fragment mended.
    fn is(&self, l: &Listed) -> bool {
        let mended = |full: &str| l.name.trim_end_matches('.') == full.trim_end_matches('.');
        self.kind == l.kind
            && (names_more_fully(&l.name, &self.name) || without_place(&l.name, &self.name))
            && !self.fragment_of().is_some_and(mended)
    }

    /// The whole name of a wrong entry that the judge's note calls a
    /// fragment of it ("fragment of 'National Academy of Sports
    /// Medicine'"); not of a thing's name ("fragment of product name
    /// 'Apple Watch'").
    fn fragment_of(&self) -> Option<&str> {
        let note = self.note.as_deref().filter(|_| !self.right)?;
        note.strip_prefix("fragment of '")?.strip_suffix('\'')
    }
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(args, &["--draw", "--seed", "--part"], &["--misses"])?;
    let list_misses = args.has("--misses");
    let [corpus, judged_file] = args.positional[..] else {
        return Err(Usage(
            "eval judged-actors: give CORPUS_DIR and JUDGED.jsonl".into(),
        ));
    };
    let mut outcome = Outcome::AllGood;
    let Some(judged) = read_judged::<Judged>(judged_file, &mut outcome) else {
        return Ok(outcome);
    };
    if let Some(size) = args.number::<usize>("--draw")? {
        let (wanted, seed) = draw_args(&args, "judged-actors")?;
        for line in draw(Path::new(corpus), wanted, &judged, size, seed, &mut outcome) {
            outln!(
                "{}",
                serde_json::to_string(&line).expect("a drawn actor serialises")
            );
        }
        return Ok(outcome);
    }

    // What the current build lists on each judged page.
    let pages = judged.iter().map(|j| j.page.as_str());
    let listed = on_pages(Path::new(corpus), pages, &mut outcome, |analysis| {
        Listed::of(&analysis.actors)
            .map(|(l, _)| l)
            .collect::<Vec<_>>()
    });
    let mut tallies: BTreeMap<&str, JudgedTally> = BTreeMap::new();
    let mut misses = Vec::new();
    for j in &judged {
        // A page that could not be read was reported above.
        let Some(found) = listed.get(j.page.as_str()) else {
            continue;
        };
        let kept = found.iter().any(|l| j.is(l));
        tallies
            .entry(j.sample.as_str())
            .or_default()
            .count(j.right, kept);
        if list_misses && kept != j.right && !j.sample.starts_with(HELD_OUT_PREFIX) {
            misses.push(miss_line(j, found));
        }
    }
    outln!("| sample | judged | right | precision when judged | still listed | right among them | precision now |");
    outln!("|---|---|---|---|---|---|---|");
    for (name, t) in &tallies {
        outln!("| {name} | {} |", t.cells());
    }
    if !misses.is_empty() {
        outln!();
        for line in &misses {
            outln!("{line}");
        }
    }
    Ok(outcome)
}

/// One line of `--misses`: the judged actor, and for a right one no longer
/// listed, what the page's list holds of the same kind.
fn miss_line(j: &Judged, found: &[Listed]) -> String {
    let verdict = if j.right {
        "right, gone"
    } else {
        "wrong, still listed"
    };
    let mut line = format!(
        "{} {} ({verdict}): {} ({})",
        j.sample, j.page, j.name, j.kind
    );
    if j.right {
        let same_kind: Vec<&str> = found
            .iter()
            .filter(|l| l.kind == j.kind)
            .map(|l| l.name.as_str())
            .collect();
        line.push_str(&format!("\n    now: {}", same_kind.join(", ")));
    }
    line
}

/// A drawn actor to judge: a line of the judged file with no verdict yet
/// (or one reused from an earlier sample), and the text around it.
#[derive(Serialize)]
struct ToJudge {
    sample: String,
    page: String,
    name: String,
    kind: &'static str,
    role: Option<String>,
    right: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reused: Option<String>,
    context: String,
}

/// `size` actors drawn from the people and organisations the build lists
/// on the article pages of `wanted`, in the order `seed` fixes, sorted by
/// page; verdicts of `judged` reused where they judged the same actor.
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
        for (l, actor) in Listed::of(&analysis.actors) {
            let earlier = judged.iter().find(|j| j.page == page && j.is(&l));
            let [start, end] = actor.mentions.first().copied().unwrap_or_default();
            all.push(ToJudge {
                sample: sample.clone(),
                page: page.to_string(),
                context: around.marked(start, end),
                name: l.name,
                kind: l.kind,
                role: l.role,
                right: earlier.map(|j| j.right),
                reused: earlier.map(|j| j.sample.clone()),
            });
        }
    });
    let mut drawn = take_drawn(all, size, seed, |a| {
        format!("{}\n{}\n{}", a.page, a.kind, a.name)
    });
    drawn.sort_by(|a, b| a.page.cmp(&b.page).then(a.name.cmp(&b.name)));
    drawn
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(name: &str, kind: &str) -> Judged {
        Judged {
            sample: "tune-1".into(),
            page: "0001".into(),
            name: name.into(),
            kind: kind.into(),
            right: true,
            note: None,
        }
    }

    fn listed(name: &str, kind: &'static str) -> Listed {
        Listed {
            name: name.into(),
            kind,
            role: None,
        }
    }

    #[test]
    fn an_actor_is_still_listed_under_its_kind_and_a_fuller_name() {
        let j = judged("Lieberman", "person");
        assert!(j.is(&listed("Lieberman", "person")));
        assert!(j.is(&listed("Dan Lieberman", "person")));
        // Another kind is another verdict; a longer word is another name.
        assert!(!j.is(&listed("Lieberman", "organization")));
        assert!(!j.is(&listed("Liebermann", "person")));
        // A person judged with a place read into the name is still listed
        // without it, but not as the place.
        let j = judged("Marguerita M. Cheng of Annuity.org", "person");
        assert!(j.is(&listed("Marguerita M. Cheng", "person")));
        assert!(!j.is(&listed("Annuity.org", "person")));
        assert!(!judged("Bank of England", "organization").is(&listed("Bank", "organization")));
    }

    #[test]
    fn a_fragment_judged_wrong_is_mended_by_its_whole_name_only() {
        let j = Judged {
            right: false,
            note: Some("fragment of 'American College of Emergency Physicians'".into()),
            ..judged("College of Emergency Physicians", "organization")
        };
        assert!(j.is(&listed("College of Emergency Physicians", "organization")));
        let whole = listed("American College of Emergency Physicians", "organization");
        assert!(!j.is(&whole));
        // Another fuller name is still the judged fragment's.
        assert!(j.is(&listed(
            "Chicago College of Emergency Physicians",
            "organization"
        )));
        // A right entry's whole name is still that entry.
        let right = Judged { right: true, ..j };
        assert!(right.is(&whole));
    }
}
