//! `dramatis eval pronouns ANTECEDENTS.jsonl TEXTS.jsonl...`: whom the
//! panel names for a quote whose source is a pronoun ("he", "she",
//! "they").
//!
//! PolNeAR (`eval quotes`) scores a speaker by its span, so "he said" is
//! right for any "he" and the name the panel shows for it is never
//! checked. An antecedents file holds, for pronoun sources a person read
//! in context, the person the pronoun stands for: one JSON object a line,
//! `{"split", "id", "at", "pronoun", "antecedent"}`, `at` the char offset of
//! the pronoun in the text of article `id` (found in the TEXTS files, the
//! PolNeAR JSON Lines format) and `antecedent` the person's name as the
//! text gives it (or a list of the names the text gives the same person,
//! or null when the text names no one the pronoun stands for). The command
//! analyses each article once and reports, per split, how many of the
//! annotated pronouns are still read as a quote's source and how many of
//! those get the right name: a name is right when the antecedent's words
//! are a run of its words ("Clint Howard" in "Actor Clint Howard") or,
//! for a name of one word, when it is the antecedent's last word. A
//! speaker left as the pronoun itself ("they" unresolved) names no one.

use super::eval_judged_quotes::names_more_fully;
use super::{for_lines, guarded, Args, Outcome, Usage};
use super::{outln, share};
use crate::speech::analyze_text;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// One annotated pronoun.
#[derive(Deserialize)]
struct Annotated {
    split: String,
    id: String,
    at: usize,
    pronoun: String,
    antecedent: Antecedent,
}

/// Whom a pronoun stands for: one name, several names of one person, or
/// no one the text names.
#[derive(Deserialize)]
#[serde(untagged)]
enum Antecedent {
    Name(String),
    Names(Vec<String>),
    NoOne(()),
}

impl Antecedent {
    /// Whether the speaker a build named (or left unnamed) is this one.
    fn is(&self, speaker: Option<&str>) -> bool {
        let names: &[String] = match self {
            Antecedent::NoOne(()) => return speaker.is_none(),
            Antecedent::Name(name) => std::slice::from_ref(name),
            Antecedent::Names(names) => names,
        };
        speaker.is_some_and(|s| names.iter().any(|n| same_person(s, n)))
    }
}

/// Whether `speaker` names the person `name` names: `name` in full within
/// it, or its surname alone.
fn same_person(speaker: &str, name: &str) -> bool {
    names_more_fully(speaker, name)
        || !speaker.contains(' ') && name.split_whitespace().last() == Some(speaker)
}

/// An article of a TEXTS file (PolNeAR's JSON Lines): its id, a string or
/// a number, and its text.
#[derive(Deserialize)]
pub(super) struct Article {
    id: serde_json::Value,
    pub(super) text: String,
}

impl Article {
    /// The id as the annotation files write it.
    pub(super) fn id(&self) -> String {
        match &self.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

/// The counts of one split.
#[derive(Default)]
struct Tally {
    annotated: usize,
    /// Still a quote's source.
    found: usize,
    right: usize,
    /// Named someone else.
    other: usize,
    /// Named no one where the text names someone.
    unnamed: usize,
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(args, &[], &[])?;
    let Some((annotations, texts)) = args.positional.split_first() else {
        return Err(Usage(
            "eval pronouns: give ANTECEDENTS.jsonl and TEXTS.jsonl".into(),
        ));
    };
    if texts.is_empty() {
        return Err(Usage(
            "eval pronouns: give the TEXTS.jsonl the antecedents are in".into(),
        ));
    }
    let mut outcome = Outcome::AllGood;
    let mut annotated: Vec<(String, Annotated)> = Vec::new();
    for_lines(annotations, &mut outcome, |at, line| {
        serde_json::from_str::<Annotated>(line).map(|a| annotated.push((at, a)))
    });
    let wanted: HashMap<&str, ()> = annotated.iter().map(|(_, a)| (a.id.as_str(), ())).collect();
    let mut articles: HashMap<String, String> = HashMap::new();
    for file in texts {
        for_lines(file, &mut outcome, |_, line| {
            serde_json::from_str::<Article>(line).map(|a| {
                let id = a.id();
                if wanted.contains_key(id.as_str()) {
                    articles.insert(id, a.text);
                }
            })
        });
    }

    // Each article's quotes, by the char offset of their source.
    let mut sources: HashMap<&str, HashMap<usize, Option<String>>> = HashMap::new();
    for (at, a) in &annotated {
        if sources.contains_key(a.id.as_str()) {
            continue;
        }
        let Some(text) = articles.get(&a.id) else {
            eprintln!("{at}: no article `{}` in the texts given", a.id);
            outcome = Outcome::SomeFailed;
            continue;
        };
        let analysed = guarded(&a.id, || {
            Ok(analyze_text(text)
                .quotes
                .into_iter()
                .filter_map(|q| Some((q.speaker_start?, q.speaker)))
                .collect())
        });
        match analysed {
            Ok(found) => {
                sources.insert(a.id.as_str(), found);
            }
            Err(e) => {
                eprintln!("{e}");
                outcome = Outcome::SomeFailed;
            }
        }
    }

    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    for (at, a) in &annotated {
        let Some(found) = sources.get(a.id.as_str()) else {
            continue;
        };
        let text = &articles[&a.id];
        let written: String = text
            .chars()
            .skip(a.at)
            .take(a.pronoun.chars().count())
            .collect();
        if written != a.pronoun {
            eprintln!(
                "{at}: `{}` at {} of `{}` reads `{written}`",
                a.pronoun, a.at, a.id
            );
            outcome = Outcome::SomeFailed;
            continue;
        }
        let t = tallies.entry(a.split.as_str()).or_default();
        t.annotated += 1;
        let Some(speaker) = found.get(&a.at) else {
            continue;
        };
        t.found += 1;
        let speaker = named(speaker.as_deref(), &a.pronoun);
        if a.antecedent.is(speaker) {
            t.right += 1;
        } else if speaker.is_some() {
            t.other += 1;
        } else {
            t.unnamed += 1;
        }
    }
    print_table(&tallies);
    Ok(outcome)
}

/// The name a build gave a pronoun source, if any: a pronoun left as
/// written ("they", "They") names no one.
fn named<'a>(speaker: Option<&'a str>, pronoun: &str) -> Option<&'a str> {
    speaker.filter(|s| !s.eq_ignore_ascii_case(pronoun))
}

fn print_table(tallies: &BTreeMap<&str, Tally>) {
    outln!(
        "| split | annotated | still a source | right name | someone else | no one | accuracy |"
    );
    outln!("|---|---|---|---|---|---|---|");
    for (split, t) in tallies {
        outln!(
            "| {split} | {} | {} | {} | {} | {} | {} |",
            t.annotated,
            t.found,
            t.right,
            t.other,
            t.unnamed,
            share(t.right, t.found),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn antecedent(json: &str) -> Antecedent {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_name_is_right_in_full_or_as_a_lone_surname() {
        let clint = antecedent(r#""Clint Howard""#);
        assert!(clint.is(Some("Actor Clint Howard")));
        assert!(clint.is(Some("Howard")));
        assert!(!clint.is(Some("Ron Howard")));
        assert!(!clint.is(None));
        let jeb = antecedent(r#"["Jeb Bush", "John Ellis Bush"]"#);
        assert!(jeb.is(Some("John Ellis Bush")));
        assert!(!jeb.is(Some("George W. Bush")));
        let no_one = antecedent("null");
        assert!(no_one.is(None));
        assert!(!no_one.is(Some("Donald Trump")));
    }

    #[test]
    fn a_pronoun_left_as_written_names_no_one() {
        assert_eq!(named(Some("they"), "They"), None);
        assert_eq!(named(Some("They"), "they"), None);
        assert_eq!(
            named(Some("Democratic officials"), "they"),
            Some("Democratic officials")
        );
        assert_eq!(named(None, "they"), None);
        let officials = antecedent(r#"["Democratic officials", "officials"]"#);
        assert!(officials.is(named(Some("Many Democratic officials"), "they")));
        assert!(!officials.is(named(Some("they"), "they")));
    }
}
