//! `dramatis eval roles POSTS.jsonl TEXTS.jsonl...`: whether the post the
//! panel shows beside a person is the one the story gives them.
//!
//! Neither PolNeAR (`eval quotes`) nor the judged samples of web pages
//! look at roles, and on news they are half of what the panel says of a
//! person. A posts file holds, for people a build listed, the post a reader
//! found for them in the text, written without looking at the panel: one
//! JSON object a line, `{"split", "id", "name", "post"}`, `id` an article
//! of the TEXTS files (the PolNeAR JSON Lines format), `post` the post as
//! the text gives it ("chief executive of Acme Corp"), a list of the forms
//! it takes, or null when the text gives this person none. The command
//! analyses each article once and reports, per split, how many of the
//! people are still listed, how many of those the text gives a post, how
//! many the panel shows a role for, and how many of those roles are right:
//! a role is right when it and one of the post's forms hold one another,
//! compared in lowercase with straight apostrophes ("chief executive" for
//! "chief executive of Acme Corp", "former press secretary to President
//! Ronald Reagan" for "press secretary to President Ronald Reagan").
//! Precision is over the roles shown (a role shown for a person the text
//! gives none is wrong), recall over the posts the text gives.
//!
//! `--draw N --seed S TEXTS.jsonl` draws N people the build lists from
//! one TEXTS file, in the seeded order of `eval judged-actors`, and prints
//! them as lines to fill in, with the passages around their first mentions
//! (not the role the panel shows, so that the reading is blind); the split
//! is the file's name.

use super::eval_judged_quotes::{names_more_fully, take_drawn};
use super::eval_pronouns::Article;
use super::{for_lines, guarded, Args, Outcome, Usage};
use super::{outln, share};
use crate::speech::{analyze_text, Actor, ActorKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Mentions whose passages a drawn line shows.
const PASSAGES: usize = 4;
/// Chars of text either side of a mention in its passage.
const PASSAGE_CHARS: usize = 160;

/// One person whose post a reader wrote down.
#[derive(Deserialize)]
struct Annotated {
    split: String,
    id: String,
    name: String,
    post: Post,
}

/// The post the text gives a person: one form, several, or none.
#[derive(Deserialize)]
#[serde(untagged)]
enum Post {
    Form(String),
    Forms(Vec<String>),
    None(()),
}

impl Post {
    fn forms(&self) -> &[String] {
        match self {
            Post::Form(form) => std::slice::from_ref(form),
            Post::Forms(forms) => forms,
            Post::None(()) => &[],
        }
    }

    /// Whether `role`, shown by the panel, is this post.
    fn is(&self, role: &str) -> bool {
        let role = plain(role);
        self.forms()
            .iter()
            .map(|f| plain(f))
            .any(|form| !form.is_empty() && (role.contains(&form) || form.contains(&role)))
    }
}

/// A role or post as compared: lowercase, straight apostrophes, single
/// spaces.
fn plain(s: &str) -> String {
    s.replace('’', "'")
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The counts of one split.
#[derive(Default)]
struct Tally {
    annotated: usize,
    listed: usize,
    /// Listed people the text gives a post.
    with_post: usize,
    shown: usize,
    right: usize,
}

/// A drawn person to read: a line of the posts file with no post yet.
#[derive(Serialize)]
struct Drawn {
    split: String,
    id: String,
    name: String,
    passages: Vec<String>,
    post: Option<String>,
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(args, &["--draw", "--seed"], &[])?;
    if let Some(size) = args.number::<usize>("--draw")? {
        let seed = args.number::<u64>("--seed")?.ok_or_else(|| {
            Usage("eval roles --draw: give --seed S (the draw is fixed by it)".into())
        })?;
        let [texts] = args.positional[..] else {
            return Err(Usage("eval roles --draw: give one TEXTS.jsonl".into()));
        };
        return Ok(draw(texts, size, seed));
    }
    let Some((annotations, texts)) = args.positional.split_first() else {
        return Err(Usage("eval roles: give POSTS.jsonl and TEXTS.jsonl".into()));
    };
    if texts.is_empty() {
        return Err(Usage(
            "eval roles: give the TEXTS.jsonl the people are in".into(),
        ));
    }
    let mut outcome = Outcome::AllGood;
    let mut annotated: Vec<(String, Annotated)> = Vec::new();
    for_lines(annotations, &mut outcome, |at, line| {
        serde_json::from_str::<Annotated>(line).map(|a| annotated.push((at, a)))
    });
    let wanted: HashSet<&str> = annotated.iter().map(|(_, a)| a.id.as_str()).collect();
    let mut people: HashMap<String, Vec<Actor>> = HashMap::new();
    let mut failed = Vec::new();
    for file in texts {
        for_lines(file, &mut outcome, |_, line| {
            let article = serde_json::from_str::<Article>(line)?;
            let id = article.id();
            if wanted.contains(id.as_str()) {
                match guarded(&id, || Ok(persons(&article.text))) {
                    Ok(listed) => {
                        people.insert(id, listed);
                    }
                    Err(e) => failed.push(e),
                }
            }
            Ok(())
        });
    }
    for e in &failed {
        eprintln!("{e}");
        outcome = Outcome::SomeFailed;
    }

    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    for (at, a) in &annotated {
        let Some(listed) = people.get(&a.id) else {
            eprintln!("{at}: no article `{}` in the texts given", a.id);
            outcome = Outcome::SomeFailed;
            continue;
        };
        let t = tallies.entry(a.split.as_str()).or_default();
        t.annotated += 1;
        let Some(person) = listed
            .iter()
            .find(|p| p.name == a.name)
            .or_else(|| listed.iter().find(|p| names_more_fully(&p.name, &a.name)))
        else {
            continue;
        };
        t.listed += 1;
        t.with_post += usize::from(!a.post.forms().is_empty());
        if let Some(role) = &person.role {
            t.shown += 1;
            t.right += usize::from(a.post.is(role));
        }
    }
    print_table(&tallies);
    Ok(outcome)
}

/// The people the panel lists for a text.
fn persons(text: &str) -> Vec<Actor> {
    analyze_text(text)
        .actors
        .into_iter()
        .filter(|a| a.kind == ActorKind::Person)
        .collect()
}

/// Prints `size` people drawn from the articles of `texts`.
fn draw(texts: &str, size: usize, seed: u64) -> Outcome {
    let split = Path::new(texts)
        .file_stem()
        .map_or(texts.to_string(), |s| s.to_string_lossy().into_owned());
    let mut outcome = Outcome::AllGood;
    let mut all: Vec<Drawn> = Vec::new();
    for_lines(texts, &mut outcome, |_, line| {
        let article = serde_json::from_str::<Article>(line)?;
        let id = article.id();
        let chars: Vec<char> = article.text.chars().collect();
        for person in persons(&article.text) {
            let passages = person
                .mentions
                .iter()
                .take(PASSAGES)
                .map(|&[from, to]| {
                    let a = from.saturating_sub(PASSAGE_CHARS);
                    let b = (to + PASSAGE_CHARS).min(chars.len());
                    chars[a..b].iter().collect::<String>().replace('\n', " ")
                })
                .collect();
            all.push(Drawn {
                split: split.clone(),
                id: id.clone(),
                name: person.name,
                passages,
                post: None,
            });
        }
        Ok(())
    });
    let mut drawn = take_drawn(all, size, seed, |d| format!("{} {}", d.id, d.name));
    drawn.sort_by(|a, b| (&a.id, &a.name).cmp(&(&b.id, &b.name)));
    for line in drawn {
        outln!(
            "{}",
            serde_json::to_string(&line).expect("a drawn person serialises")
        );
    }
    outcome
}

fn print_table(tallies: &BTreeMap<&str, Tally>) {
    outln!("| split | people | still listed | text gives a post | role shown | right | precision | recall |");
    outln!("|---|---|---|---|---|---|---|---|");
    for (split, t) in tallies {
        outln!(
            "| {split} | {} | {} | {} | {} | {} | {} | {} |",
            t.annotated,
            t.listed,
            t.with_post,
            t.shown,
            t.right,
            share(t.right, t.shown),
            share(t.right, t.with_post),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(json: &str) -> Post {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_role_is_right_when_it_and_a_form_of_the_post_hold_one_another() {
        let ceo = post(r#""chief executive of Acme Corp""#);
        assert!(ceo.is("chief executive of Acme Corp"));
        assert!(ceo.is("Chief Executive"));
        assert!(!ceo.is("chairman of Acme Corp"));
        let brady =
            post(r#"["press secretary to President Ronald Reagan", "Reagan’s press secretary"]"#);
        assert!(brady.is("former press secretary to President Ronald Reagan"));
        assert!(brady.is("Reagan's press secretary"));
        assert!(!brady.is("spokeswoman"));
    }

    #[test]
    fn no_role_is_right_for_a_person_the_text_gives_no_post() {
        let none = post("null");
        assert!(none.forms().is_empty());
        assert!(!none.is("senator"));
        assert!(!none.is(""));
    }
}
