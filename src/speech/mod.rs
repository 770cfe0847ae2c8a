//! Who said what: quotes, their speakers, and the actors of a story.
//!
//! Works on plain text; every offset counts chars (Unicode scalar values)
//! into that text, so it equals a Python string index. Rules and shipped
//! word lists only: no model, no regex, one pass per stage, linear in the
//! text.
//!
//! The stages, each in its own module, data flowing one way:
//! - `tokens`: words and punctuation with char offsets;
//! - `marks`: quotation marks paired into quoted spans (all the usual
//!   styles, nesting, quotations running over paragraphs);
//! - `sentences`: sentences that survive abbreviations and never cut a
//!   quotation, and paragraphs;
//! - `names`: name mentions with their titles, roles and affiliations,
//!   typed by the gazetteers of `lexicon`;
//! - `acronyms`: an acronym the text spells out takes its expansion's
//!   name and kind;
//! - `attribution`: cue, source and content of direct, mixed and reported
//!   speech, by pattern (see there), then across sentences;
//! - `actors`: mentions merged into actors, sources resolved to them
//!   (surnames, pronouns, role descriptions), anonymous sources kept as
//!   written, actors ranked.
//!
//! `dramatis eval quotes FILE.jsonl` measures it against annotated news.

mod acronyms;
mod actors;
mod attribution;
mod lexicon;
mod marks;
mod names;
mod sentences;
mod tokens;
mod wordset;

use crate::substr::part;
#[cfg(feature = "cli")]
pub(crate) use actors::is_generation;
use actors::Resolved;
pub use attribution::Pattern;
pub use lexicon::Lexicon;
use serde::Serialize;
use tokens::Tokens;

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
    #[serde(serialize_with = "crate::numbers::count")]
    pub start: usize,
    #[serde(serialize_with = "crate::numbers::count")]
    pub end: usize,
    pub kind: QuoteKind,
    /// The cue as written ("said", "according to").
    pub cue: String,
    /// The speaker's resolved name, or the source as written when it is not
    /// a named actor ("a source close to the talks"); `None` when unknown.
    pub speaker: Option<String>,
    /// Each actor's name when two speak together ("John McCain and Lindsey
    /// Graham said"), so that the panel lists the quote under both; empty
    /// otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<String>,
    /// Where the speaker is mentioned for this quote (may be a pronoun).
    #[serde(serialize_with = "crate::numbers::some_count")]
    pub speaker_start: Option<usize>,
    #[serde(serialize_with = "crate::numbers::some_count")]
    pub speaker_end: Option<usize>,
    /// Whether the speaker is a person or an organisation the story names
    /// ("Bashar al-Assad", "Human Rights Watch"), not a source as written
    /// ("experts", "media reports") or a pronoun left unresolved. On the
    /// web the named ones are more often right (`eval judged-quotes
    /// --pooled` says by how much); in news an unnamed source is as much a
    /// report ("a source with close knowledge of the negotiations"), so
    /// the panel shows both alike.
    #[serde(skip)]
    pub named: bool,
    /// Which pattern found the quote: for error analysis, and to tell a
    /// source given "according to" (see `is_weak_lone_report`).
    #[serde(skip)]
    pub pattern: Pattern,
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
    /// `[start, end)` char ranges of every mention. Not handed to the
    /// page's scripts, which show none of them: the command line and the
    /// evaluations read them.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub mentions: Vec<[usize; 2]>,
    /// How many times the text names it: `mentions.len()`, which the panel
    /// reads (`extension/ui/actors.js`) where the ranges do not cross.
    #[serde(serialize_with = "crate::numbers::count")]
    pub named: usize,
    /// Number of quotes attributed to this actor.
    #[serde(serialize_with = "crate::numbers::count")]
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
    speech_of(text, false)
}

/// Finds the actors and quotes of a web page's story, for its panel: those
/// of [`analyze_text`], less those given to no one and a lone weak report
/// (see `is_weak_lone_report`). A page that reports once, in its writer's own
/// words, rarely reports anyone; a text given on its own (a line pasted in
/// the playground, a test's sentence) is taken at its word.
pub fn analyze_story(text: &str) -> Speech {
    speech_of(text, true)
}

fn speech_of(text: &str, on_a_page: bool) -> Speech {
    let t = Tokens::new(text);
    let quoted = marks::pair(&t);
    let of = sentences::quote_of(&t, &quoted);
    let sents = sentences::split(&t, &quoted, &of);
    let mut starts = vec![false; t.len()];
    for s in &sents {
        starts[s.first] = true;
    }
    for q in &quoted {
        if q.open + 1 < t.len() {
            starts[q.open + 1] = true;
        }
    }
    let mut mentions = names::find(&t, &starts);
    acronyms::resolve(&t, Lexicon::get(), &mut mentions);
    let unnamed_opener = names::unnamed_openers(&t, &starts, &mentions);
    let atts = attribution::Finder::new(&t, &quoted, &of, &sents, &unnamed_opener).find();
    let mut cast = actors::Cast::new(&mentions);
    cast.fill_counterparts();
    let sentences: Vec<(usize, usize)> = sents.iter().map(|s| (s.first, s.end)).collect();
    let reported: Vec<(usize, usize)> = atts
        .iter()
        .flat_map(|a| a.content.iter().copied())
        .collect();
    cast.read_discourse(&t, &mentions, &of, &sentences, &reported);

    let mut quotes = Vec::with_capacity(atts.len());
    let mut resolved: Vec<Resolved> = Vec::with_capacity(atts.len());
    // The attribution of the last quote kept (of the only one, if one is all).
    let mut last_kept = 0;
    for (ai, a) in atts.iter().enumerate() {
        // A cue in capitals inside a line is title case: the line is a
        // headline or a heading ("Trump Says He Will Veto the Bill", "The
        // 14 Best Espresso Machines, According to Our Tests"), whose claim
        // the story's own sentences report, if anyone's. After a colon or
        // a bracket a capital opens a clause ("It has not gone unnoticed:
        // According to recent polls, …", "(According to the police, …)").
        let (cue, _) = a.cue;
        let titled = a.cue.1 > cue
            && t.is_cap(cue)
            && !starts[cue]
            && !t.toks[cue].newline
            && !matches!(t.punct(cue.wrapping_sub(1)), Some(':' | '(' | '['));
        let Some(content) = content(&t, &of, &quoted, &a.content).filter(|_| !titled) else {
            resolved.push(Resolved::default());
            continue;
        };
        let r = match a.follows {
            // A continuation keeps the speaker already resolved.
            Some(f) if f < ai => resolved[f].clone(),
            _ => match a.source {
                Some(src) => cast.resolve(
                    &t,
                    &mentions,
                    src,
                    sents[a.sentence].first,
                    (a.cue.0, &a.content),
                ),
                None => Resolved::default(),
            },
        };
        resolved.push(r.clone());
        let Resolved {
            actor,
            speaker,
            pair,
        } = r;
        // One word in the writer's own words is no report: a thing
        // continued or reported ("Season 2 continued that legacy", "The FDA
        // reports. However, …"), an addressee or a pronoun left after the
        // clause was cut ("told CNN", "notes she's"). Its source still
        // speaks for the attributions that follow it. (PolNeAR train has 19,
        // of which 4 overlap its annotators' longer spans; dev one,
        // overlapping none.)
        if content.kind == QuoteKind::Indirect && content.words <= 1 {
            continue;
        }
        // On a page, words given to no one tell no one who said them: a
        // review's line, a participle whose subject is the writer ("…,
        // telling …"). Of those judged on the tune samples, 9 of 9 were
        // wrong. So do words given to a "they" that stands for no group
        // the text quoted: readers in general, the writer's clients, a
        // thing ("they like about Rust", "They say they can revoke
        // status"): 20 of the 25 judged on the tune samples were wrong. A
        // text on its own keeps both, as PolNeAR scores them.
        let they = |s: &String| attribution::before_apostrophe(s).eq_ignore_ascii_case("they");
        if on_a_page && speaker.as_ref().is_none_or(they) {
            continue;
        }
        cast.count_quote(&resolved[ai], false);
        last_kept = ai;
        let (cue, speaker_span) = (
            if a.cue.1 > a.cue.0 {
                t.slice(withheld_from(&t, a.cue.0), a.cue.1 - 1).to_string()
            } else {
                String::new()
            },
            a.source.map(|(s, e)| (t.toks[s].start, t.toks[e - 1].end)),
        );
        let named = pair.is_some() || actor.is_some_and(|x| cast.names_someone(x));
        let speakers = match pair {
            Some([a, b]) => vec![cast.actors[a].name.clone(), cast.actors[b].name.clone()],
            None => Vec::new(),
        };
        quotes.push(Quote {
            named,
            text: content.text,
            start: content.start,
            end: content.end,
            kind: content.kind,
            cue,
            speaker,
            speakers,
            speaker_start: speaker_span.map(|s| s.0),
            speaker_end: speaker_span.map(|s| s.1),
            pattern: a.pattern,
        });
    }
    if on_a_page && quotes.len() == 1 && is_weak_lone_report(&quotes[0]) {
        cast.count_quote(&resolved[last_kept], true);
        quotes.clear();
    }
    crate::sort::sort_by_key(&mut quotes, |q| q.start);
    let chars = t.toks.last().map_or(0, |l| l.end);
    let actors = cast.finish(chars, on_a_page);
    Speech { actors, quotes }
}

/// Whether `quote`, the only one a text gives, is too weak to show: one
/// report on a whole text, in the writer's own words (no quotation marks),
/// from no named person or organisation and not sourced "according to"
/// someone, is weak evidence that the text reports anyone at all. On the
/// web it is mostly the writer's own phrasing around a cue verb ("Recent
/// data suggests …", "The report describes how …", "They say the older you
/// get …"): of the 27 such quotes judged on the tune samples, 11 were
/// right, and 9 of those were sourced "according to" or named a person or
/// an organisation. A news story that quotes anyone quotes more than once
/// (applied to PolNeAR train, the rule would drop 4 of its 8,615 matches).
fn is_weak_lone_report(quote: &Quote) -> bool {
    quote.kind == QuoteKind::Indirect && quote.pattern != Pattern::AccordingTo && !quote.named
}

/// Where the words that withhold what the cue at token `cue` reports
/// begin: the cue shown keeps them ("declined to say", "refused to say",
/// "did not say", "have not said", "never said"), or the panel would show
/// what someone would not say as said.
fn withheld_from(t: &Tokens, cue: usize) -> usize {
    // The auxiliaries, adverbs or "to" before the cue, if one of them
    // withholds.
    let mut k = cue;
    let mut withheld = false;
    while k > 0 {
        let w = t.low(k - 1);
        let withholds =
            matches!(w, "not" | "never") || w.starts_with("declin") || w.starts_with("refus");
        if !(withholds || w == "to" || Lexicon::get().function_word_is(w, b'a')) {
            break;
        }
        k -= 1;
        withheld |= withholds;
    }
    if withheld {
        k
    } else {
        cue
    }
}

/// A quote's content in chars, with its kind.
struct Content {
    text: String,
    start: usize,
    end: usize,
    kind: QuoteKind,
    /// Words in it (numbers and punctuation aside).
    words: usize,
}

/// Trims the content parts and reads their kind: all quoted is direct,
/// partly quoted is mixed, unquoted is indirect.
fn content(
    t: &Tokens,
    of: &[Option<u32>],
    quoted: &[marks::Quoted],
    parts: &[(usize, usize)],
) -> Option<Content> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let (mut framed, mut quotes) = (0usize, 0usize);
    let mut trimmed = Vec::new();
    for &(mut a, mut b) in parts {
        let edge = |k: usize| {
            of[k].is_none()
                && matches!(
                    t.punct(k),
                    Some(',' | ':' | ';' | '—' | '–' | '-' | '.' | '(' | ')')
                )
        };
        while a < b && (edge(a) || (of[a].is_none() && t.low(a) == "that" && t.is_word(a))) {
            a += 1;
        }
        while b > a && edge(b - 1) {
            b -= 1;
        }
        if a < b {
            trimmed.push((a, b));
        }
    }
    for &(a, b) in &trimmed {
        for (k, q) in of.iter().enumerate().take(b).skip(a) {
            if q.is_some() {
                quotes += 1;
            } else if t.is_word(k) || t.toks[k].kind == tokens::Kind::Number {
                framed += 1;
            }
        }
    }
    if trimmed.is_empty() {
        return None;
    }
    let kind = match (framed, quotes) {
        (0, q) if q > 0 => QuoteKind::Direct,
        (_, q) if q > 0 => QuoteKind::Mixed,
        _ => QuoteKind::Indirect,
    };
    // A headline in title case reported as content is no one's words:
    // "The 14 Best Espresso Machines for Every Budget, According to Our
    // Tests", "These Are The Best Noise Cancelling Headphones". Names are
    // capitalised too, so it takes function words capitalised inside it;
    // a quotation is someone's words whatever its case ("What a Super
    // Tuesday!").
    let lex = Lexicon::get();
    let (mut words, mut long, mut capitalised, mut common) = (0, 0, 0, 0);
    for &(a, b) in &trimmed {
        for k in (a..b).filter(|&k| t.is_word(k)) {
            words += 1;
            let cap = t.is_cap(k);
            common += usize::from(k > a && cap && lex.is_common(t.low(k)));
            if crate::substr::char_count(t.s(k)) >= 4 {
                long += 1;
                capitalised += usize::from(cap);
            }
        }
    }
    if kind == QuoteKind::Indirect && long >= 3 && common >= 2 && capitalised * 5 >= long * 4 {
        return None;
    }
    for &(a, b) in &trimmed {
        if kind == QuoteKind::Direct {
            // Punctuation outside the marks may stand at either edge.
            let first = (a..b).find_map(|k| of[k]).unwrap_or_default();
            let last = (a..b).rev().find_map(|k| of[k]).unwrap_or(first);
            let (qa, qb) = (&quoted[first as usize], &quoted[last as usize]);
            spans.push((qa.content(t).0, qb.content(t).1));
        } else {
            spans.push((t.toks[a].start, t.toks[b - 1].end));
        }
    }
    let mut text = String::new();
    let byte = char_to_byte(t);
    for (i, &(s, e)) in spans.iter().enumerate() {
        if i > 0 {
            text.push_str(" … ");
        }
        text.push_str(part(t.text, byte(s)..byte(e)));
    }
    Some(Content {
        text,
        start: spans[0].0,
        end: spans[spans.len() - 1].1,
        kind,
        words,
    })
}

/// Maps a char offset at a token edge to its byte offset.
fn char_to_byte<'a>(t: &'a Tokens) -> impl Fn(usize) -> usize + 'a {
    move |c: usize| {
        let k = t.toks.partition_point(|tok| tok.end <= c);
        match t.toks.get(k) {
            Some(tok) if tok.start >= c => {
                if tok.start == c {
                    tok.from()
                } else {
                    // Between tokens: just after the previous one.
                    k.checked_sub(1).map_or(0, |p| t.toks[p].to())
                }
            }
            Some(tok) => {
                tok.from()
                    + part(t.text, tok.from()..)
                        .char_indices()
                        .nth(c - tok.start)
                        .map_or(0, |(b, _)| b)
            }
            None => t.text.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kind `s` lists `name` as, if it lists it.
    fn kind(s: &Speech, name: &str) -> Option<ActorKind> {
        s.actors.iter().find(|a| a.name == name).map(|a| a.kind)
    }

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
    fn a_page_lists_a_bare_acronym_as_a_body_only_when_known_or_speaking() {
        let text = "Pick a sunscreen with an SPF of 30. The FDA tests SPF claims. \
                    The SPF rating matters, and the AHA said so in its guide.";
        let page = analyze_story(text);
        assert_eq!(kind(&page, "SPF"), Some(ActorKind::Other));
        // Listed by a gazetteer, or speaking: a body.
        assert_eq!(kind(&page, "FDA"), Some(ActorKind::Organization));
        assert_eq!(kind(&page, "AHA"), Some(ActorKind::Organization));
        // A text on its own keeps news's reading.
        assert_eq!(
            kind(&analyze_text(text), "SPF"),
            Some(ActorKind::Organization)
        );
    }

    #[test]
    fn a_page_lists_no_category_in_capitals_as_a_body() {
        let text = "How to Choose a Moving Company\n\
                    A good moving company plans ahead. We asked a moving expert.\n\
                    The Department of Labor counts the jobs; the labor department of each state helps.\n\
                    The Museum of Modern Art sent an art handler to the museum's modern wing.\n\
                    Digital Marketing Agency\n\
                    Any digital marketing agency will tell you so.";
        let page = analyze_story(text);
        // Every word also in lowercase: a heading's capitals, no name.
        assert_eq!(kind(&page, "Moving Company"), None);
        assert_eq!(kind(&page, "Digital Marketing Agency"), None);
        // Public bodies and institutions are named in common words too.
        assert_eq!(
            kind(&page, "Department of Labor"),
            Some(ActorKind::Organization)
        );
        assert_eq!(
            kind(&page, "Museum of Modern Art"),
            Some(ActorKind::Organization)
        );
        // A text on its own keeps news's reading.
        assert_eq!(
            kind(&analyze_text(text), "Moving Company"),
            Some(ActorKind::Organization)
        );
    }

    #[test]
    fn a_page_lists_a_makers_line_of_products_as_no_people() {
        let text = "Apache Kafka and Apache Flink lead the field. Kafka stores \
                    events; Flink processes them. Paul McCartney and Paul Simon \
                    wrote songs. McCartney toured, and Simon recorded.";
        let page = analyze_story(text);
        assert_eq!(kind(&page, "Apache Kafka"), Some(ActorKind::Other));
        assert_eq!(kind(&page, "Apache Flink"), Some(ActorKind::Other));
        // A shared given name is two people.
        assert_eq!(kind(&page, "Paul McCartney"), Some(ActorKind::Person));
        assert_eq!(kind(&page, "Paul Simon"), Some(ActorKind::Person));
        // A text on its own keeps news's reading.
        assert_eq!(
            kind(&analyze_text(text), "Apache Kafka"),
            Some(ActorKind::Person)
        );
    }

    #[test]
    fn a_page_shows_no_words_of_a_they_that_stands_for_no_group() {
        let text = "“It will last,” Jane Doe said. They say the mat is built to last decades.";
        let speakers = |s: &Speech| -> Vec<String> {
            s.quotes.iter().filter_map(|q| q.speaker.clone()).collect()
        };
        assert_eq!(speakers(&analyze_story(text)), ["Jane Doe"]);
        // A text on its own keeps them, as PolNeAR scores them.
        assert_eq!(speakers(&analyze_text(text)), ["Jane Doe", "They"]);
    }

    #[test]
    fn a_page_that_reports_once_weakly_shows_no_quote() {
        let weak = "Guides abound. Recent data suggests prices will keep rising in the city.";
        let speakers = |s: &Speech| -> Vec<Option<String>> {
            s.quotes.iter().map(|q| q.speaker.clone()).collect()
        };
        assert_eq!(
            speakers(&analyze_text(weak)),
            [Some("Recent data".to_string())]
        );
        assert!(
            analyze_story(weak).quotes.is_empty(),
            "{:?}",
            analyze_story(weak)
        );
        for kept in [
            // Sourced, named, quoted, or one report of several.
            "Guides abound. According to the survey, prices will keep rising in the city.",
            "Guides abound. Jane Doe suggests prices will keep rising in the city.",
            "Guides abound. Recent data suggests “prices will keep rising” in the city.",
            "Recent data suggests prices will rise. The mayor said the city would act.",
        ] {
            assert_eq!(
                speakers(&analyze_story(kept)),
                speakers(&analyze_text(kept)),
                "{kept}"
            );
            assert!(!analyze_story(kept).quotes.is_empty(), "{kept}");
        }
    }

    #[test]
    fn a_page_shows_no_quote_given_to_no_one() {
        let text = "And here I am, telling you that I have essentially automated away \
                    the act of reading newsletters. Jane Doe said the city would act.";
        let speakers = |s: &Speech| -> Vec<Option<String>> {
            s.quotes.iter().map(|q| q.speaker.clone()).collect()
        };
        assert_eq!(
            speakers(&analyze_text(text)),
            [None, Some("Jane Doe".to_string())]
        );
        assert_eq!(
            speakers(&analyze_story(text)),
            [Some("Jane Doe".to_string())]
        );
    }

    #[test]
    fn the_actor_of_a_report_not_shown_has_no_quote() {
        // A country's lone report goes, and with it the country's count.
        let text = "Guides abound. France says the rules will change in the spring.";
        let count = |s: &Speech| {
            s.actors
                .iter()
                .find(|a| a.name == "France")
                .map(|a| a.quotes)
        };
        assert_eq!(count(&analyze_text(text)), Some(1));
        assert_eq!(count(&analyze_story(text)), Some(0));
    }

    #[test]
    fn a_quote_says_whether_its_speaker_is_named() {
        let text =
            "Maria Lopez, the city's planning director, said the bridge would reopen in May. \
                    Engineers say the repairs took longer than planned. \
                    The ministry said the budget had been met.";
        let named: Vec<(bool, Option<String>)> = analyze_text(text)
            .quotes
            .into_iter()
            .map(|q| (q.named, q.speaker))
            .collect();
        assert_eq!(
            named,
            [
                (true, Some("Maria Lopez".into())),
                (false, Some("Engineers".into())),
                (false, Some("The ministry".into())),
            ]
        );
    }

    #[test]
    fn unattributed_marks_are_not_quotes() {
        assert!(analyze_text("The so-called “deal” fell apart.")
            .quotes
            .is_empty());
    }
}
