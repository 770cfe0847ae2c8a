//! Who said what: quotes, their speakers, and the actors of a story.
//!
//! Works on plain text; every offset counts chars (Unicode scalar values)
//! into that text, so it equals a Python string index.

use serde::Serialize;

/// Whether a quote is verbatim, reported, or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// All of the content is inside quotation marks.
    Direct,
    /// Reported speech with no quotation marks.
    Indirect,
    /// Reported speech with a quoted part.
    Mixed,
}

/// One attributed quote.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted or reported content, without the enclosing marks.
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// The cue as written ("said", "according to").
    pub cue: String,
    /// The speaker's resolved name, or the source as written when it is not
    /// a named actor ("a source close to the talks"); `None` when unknown.
    pub speaker: Option<String>,
    /// Where the speaker is mentioned for this quote (may be a pronoun).
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Country,
    Other,
}

/// Someone or something the story is about, merged over its mentions.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Actor {
    pub name: String,
    pub kind: ActorKind,
    /// Title or role as the story gives it ("Syrian President").
    pub role: Option<String>,
    /// Country or organisation the role belongs to ("Syria").
    pub affiliation: Option<String>,
    /// `[start, end)` char ranges of every mention.
    pub mentions: Vec<[usize; 2]>,
    /// Number of quotes attributed to this actor.
    pub quotes: usize,
}

/// Actors, ranked by prominence, and quotes in text order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Speech {
    pub actors: Vec<Actor>,
    pub quotes: Vec<Quote>,
}

/// Finds the actors and quotes of a text.
pub fn analyze_text(text: &str) -> Speech {
    let chars: Vec<char> = text.chars().collect();
    let names = find_names(&chars);
    let mut quotes = Vec::new();
    for (open, close) in quote_pairs(&chars) {
        let after = close + 1;
        let (cue, speaker) = attribution_after(&chars, after, &names)
            .or_else(|| attribution_before(&chars, open, &names))
            .map_or((None, None), |(c, s)| (Some(c), s));
        let Some(cue) = cue else { continue };
        let content = trim_range(&chars, open + 1, close);
        quotes.push(Quote {
            text: chars[content.0..content.1].iter().collect(),
            start: content.0,
            end: content.1,
            kind: QuoteKind::Direct,
            cue,
            speaker: speaker.map(|(s, e)| chars[s..e].iter().collect()),
            speaker_start: speaker.map(|s| s.0),
            speaker_end: speaker.map(|s| s.1),
        });
    }
    let actors = merge_actors(&chars, &names, &quotes);
    Speech { actors, quotes }
}

fn reporting_verbs() -> impl Iterator<Item = &'static str> {
    include_str!("lexicon/reporting-verbs.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn is_reporting_verb(word: &str) -> bool {
    reporting_verbs().any(|v| v == word)
}

/// Pairs of (open, close) indices of double quotation marks.
fn quote_pairs(chars: &[char]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate() {
        match (c, open) {
            ('“', _) | ('"', None) => open = Some(i),
            ('”' | '"', Some(o)) => {
                pairs.push((o, i));
                open = None;
            }
            ('\n', _) => open = None,
            _ => {}
        }
    }
    pairs
}

fn trim_range(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

type Span = (usize, usize);

/// Words of a text region as (start, end) spans.
fn words(chars: &[char], from: usize, to: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if chars[i].is_alphabetic() {
            let s = i;
            while i < to && (chars[i].is_alphanumeric() || chars[i] == '-') {
                i += 1;
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
    out
}

/// `"…," X said` or `"…," said X`, up to the end of the sentence.
fn attribution_after(
    chars: &[char],
    from: usize,
    names: &[Span],
) -> Option<(String, Option<Span>)> {
    let end = sentence_end(chars, from);
    let ws = words(chars, from, end);
    let cue = ws
        .iter()
        .take(6)
        .find(|w| is_reporting_verb(&word(chars, **w)))?;
    let speaker = names.iter().find(|n| n.0 >= from && n.1 <= end).copied();
    Some((word(chars, *cue), speaker))
}

/// `X said: "…"`, in the sentence before the opening mark.
fn attribution_before(
    chars: &[char],
    open: usize,
    names: &[Span],
) -> Option<(String, Option<Span>)> {
    let start = sentence_start(chars, open);
    let ws = words(chars, start, open);
    let cue = ws
        .iter()
        .rev()
        .take(4)
        .find(|w| is_reporting_verb(&word(chars, **w)))?;
    let speaker = names
        .iter()
        .rev()
        .find(|n| n.0 >= start && n.1 <= cue.0)
        .copied();
    Some((word(chars, *cue), speaker))
}

fn word(chars: &[char], (s, e): Span) -> String {
    chars[s..e].iter().collect::<String>().to_lowercase()
}

fn sentence_end(chars: &[char], from: usize) -> usize {
    (from..chars.len())
        .find(|&i| matches!(chars[i], '.' | '!' | '?' | '\n' | '“' | '"'))
        .unwrap_or(chars.len())
}

fn sentence_start(chars: &[char], before: usize) -> usize {
    (0..before)
        .rev()
        .find(|&i| matches!(chars[i], '.' | '!' | '?' | '\n' | '”'))
        .map_or(0, |i| i + 1)
}

/// Runs of two or more capitalised words (the first simple name finder).
fn find_names(chars: &[char]) -> Vec<Span> {
    let mut names = Vec::new();
    let mut run: Option<Span> = None;
    for w in words(chars, 0, chars.len()) {
        let capitalised = chars[w.0].is_uppercase() && w.1 - w.0 > 1;
        let adjacent = run.is_some_and(|r| chars[r.1..w.0].iter().all(|c| *c == ' '));
        match run {
            Some(r) if capitalised && adjacent => run = Some((r.0, w.1)),
            _ => {
                if let Some(r) = run.take() {
                    if words(chars, r.0, r.1).len() >= 2 {
                        names.push(r);
                    }
                }
                if capitalised {
                    run = Some(w);
                }
            }
        }
    }
    if let Some(r) = run {
        if words(chars, r.0, r.1).len() >= 2 {
            names.push(r);
        }
    }
    names
}

fn merge_actors(chars: &[char], names: &[Span], quotes: &[Quote]) -> Vec<Actor> {
    let mut actors: Vec<Actor> = Vec::new();
    for &(s, e) in names {
        let name: String = chars[s..e].iter().collect();
        match actors.iter_mut().find(|a| a.name == name) {
            Some(a) => a.mentions.push([s, e]),
            None => actors.push(Actor {
                name,
                kind: ActorKind::Other,
                role: None,
                affiliation: None,
                mentions: vec![[s, e]],
                quotes: 0,
            }),
        }
    }
    for q in quotes {
        if let Some(a) = actors
            .iter_mut()
            .find(|a| Some(&a.name) == q.speaker.as_ref())
        {
            a.quotes += 1;
            a.kind = ActorKind::Person;
        }
    }
    actors.sort_by_key(|a| std::cmp::Reverse((a.quotes, a.mentions.len())));
    actors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_with_trailing_attribution() {
        let s = analyze_text("“We are happy,” Hossein Amir said. Other text.");
        assert_eq!(s.quotes.len(), 1);
        let q = &s.quotes[0];
        assert_eq!(q.text, "We are happy,");
        assert_eq!((q.start, q.end), (1, 14));
        assert_eq!(q.speaker.as_deref(), Some("Hossein Amir"));
        assert_eq!(q.cue, "said");
        assert_eq!(s.actors[0].name, "Hossein Amir");
        assert_eq!(s.actors[0].quotes, 1);
    }

    #[test]
    fn offsets_count_chars_not_bytes() {
        let text = "Ünïcödé first. Jane Doe said: “Ça va.”";
        let s = analyze_text(text);
        let q = &s.quotes[0];
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[q.start..q.end].iter().collect::<String>(), "Ça va.");
        assert_eq!(q.speaker.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn unattributed_marks_are_not_quotes() {
        assert!(analyze_text("The so-called “deal” fell apart.")
            .quotes
            .is_empty());
    }
}
