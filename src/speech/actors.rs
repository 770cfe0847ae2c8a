//! The cast of a story: name mentions merged into actors (a surname joins
//! the full name it abbreviates), and sources resolved to them (names,
//! pronouns, role descriptions), anonymous sources kept as written.

use super::acronyms::written_acronym;
use super::attribution::before_apostrophe;
use super::lexicon::{key, singular, Lexicon, Role};
use super::names::{Gender, Mention, APPOSITION_BREAKS};
use super::tokens::Tokens;
use crate::speech::{Actor, ActorKind};
use crate::substr::part;

/// Sentences a pronoun may look back for its speaker.
const PRONOUN_REACH: usize = 4;

pub struct Cast {
    pub actors: Vec<Building>,
    /// Each actor's name as [`key`] writes it, with the actor, sorted by
    /// name (a sorted `Vec`, not a hash map, for the wasm's size).
    by_name: Vec<(String, usize)>,
    /// For each mention, its actor, if it has one yet.
    of_mention: Vec<Option<usize>>,
    /// Every mention of an actor as `(token, actor)`, in text order, for
    /// looking back from a pronoun or a role description.
    marks: Vec<(usize, usize)>,
    /// Tokens of the mentions a pronoun outside quotation marks does not
    /// stand for, in order: names inside a quotation ("“… the Trump
    /// campaign …,” he said" is not Trump speaking).
    background: Vec<usize>,
    /// Names a sentence opens on, as `(token, actor, sentence's first
    /// token)` in text order; the first person among a sentence's is the
    /// topic the next sentences' "he" or "she" goes on with (see
    /// [`Cast::read_discourse`]).
    topics: Vec<(usize, usize, usize)>,
    /// For each token, whether it is inside a quotation.
    quoted: Vec<bool>,
    /// Tokens of the possessives that do not open their sentence, in
    /// order: whose something is, not who acts ("after Mr. Vander Plaats's
    /// introduction", "Obama's recent campaign"), which a pronoun does not
    /// stand for.
    possessives: Vec<usize>,
    /// The first token of each sentence, in order.
    sentence_starts: Vec<usize>,
    /// The last resolved speaker and the token of its source.
    pub last_speaker: Option<(usize, usize)>,
    /// The last source that was a group ("Democratic officials", an
    /// organisation): the token of its source, the speaker as shown, and
    /// its actor, for a "they" after it.
    last_group: Option<(usize, String, Option<usize>)>,
}

/// Mentions a role description ("the minister") may look back over.
const ROLE_REACH: usize = 400;

pub struct Building {
    pub name: String,
    pub kind: Option<ActorKind>,
    pub role: Option<String>,
    pub affiliation: Option<&'static str>,
    pub mentions: Vec<[usize; 2]>,
    /// Token of each mention, in order.
    pub tokens: Vec<usize>,
    pub quotes: usize,
    pub gender: Option<Gender>,
    pub words: usize,
    /// Named only in words the text also writes in lowercase (see
    /// [`Mention::common_words`]).
    pub common_words: bool,
    /// See [`Mention::some_common_word`].
    pub some_common_word: bool,
    /// Mentions by the last word alone, and how many of them follow a
    /// determiner ("the Ultra").
    pub by_surname: usize,
    pub by_surname_determined: usize,
}

/// Whether token `k` is "in", "on" or "at", which open a fronted time or
/// place before a source ("In July", "At the rally Clinton said").
fn opens_on_time_or_place(t: &Tokens, k: usize) -> bool {
    matches!(t.low(k), "in" | "on" | "at")
}

/// The last word of a name, as a surname to match: "Bashar al-Assad" and
/// "Assad" both give "assad", "Joseph R. Biden Jr" and "Biden" "biden".
pub fn surname(name: &str) -> String {
    // Before a generational suffix: "Joseph R. Biden Jr" is Biden.
    let name = match crate::substr::rsplit_once(name, b' ') {
        Some((before, last)) if is_generation(last) => before,
        _ => name,
    };
    let last = crate::substr::after_last(name, b' ');
    let k = key(last);
    for p in ["al-", "el-", "ad-", "as-", "bin-", "ben-"] {
        if let Some(rest) = k.strip_prefix(p) {
            return rest.to_string();
        }
    }
    k
}

/// Suffixes after a surname that tell a father from a son. Not "II",
/// which as often numbers a product's model ("Rodecaster Pro II").
const GENERATIONS: &[&str] = &["jr", "sr", "iii", "iv"];

/// Whether `word` is a generational suffix ("Jr.", "III"), in any case.
pub fn is_generation(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    GENERATIONS.iter().any(|g| g.eq_ignore_ascii_case(word))
}

/// A source resolved for one quote.
#[derive(Clone, Default)]
pub struct Resolved {
    /// The actor, when the source is one.
    pub actor: Option<usize>,
    /// The speaker as the quote shows it: the actor's name, or the source
    /// as written.
    pub speaker: Option<String>,
    /// Two people or organisations speaking together, in the text's
    /// order ("John McCain and Lindsey Graham said"): `actor` is then
    /// none, and the speaker names both. (Two names of which one is a
    /// place or a thing also make a joint speaker, "Brunei and Taiwan",
    /// with no pair: neither is counted.)
    pub pair: Option<[usize; 2]>,
}

/// A source that is "he" or "she", to resolve.
struct PronounSource<'a> {
    /// The sex the pronoun says.
    gender: Option<Gender>,
    /// The pronoun's token.
    at: usize,
    /// The first token of the sentence the attribution is read in.
    sentence_first: usize,
    /// What the source is reported to say, as token ranges.
    said: &'a [(usize, usize)],
}

impl Cast {
    pub fn new(mentions: &[Mention]) -> Cast {
        let mut cast = Cast {
            actors: Vec::new(),
            by_name: Vec::new(),
            of_mention: vec![None; mentions.len()],
            marks: Vec::new(),
            background: Vec::new(),
            topics: Vec::new(),
            quoted: Vec::new(),
            possessives: Vec::new(),
            sentence_starts: Vec::new(),
            last_speaker: None,
            last_group: None,
        };
        // (surname, token, mention) of every person's full name, in text
        // order, then sorted by surname, stably: each surname's names stay
        // in text order.
        let mut by_surname: Vec<(String, usize, usize)> = Vec::new();
        for (mi, m) in mentions.iter().enumerate() {
            if m.words >= 2 && !matches!(m.kind, Some(ActorKind::Country | ActorKind::Organization))
            {
                by_surname.push((surname(&m.name), m.first, mi));
            }
        }
        crate::sort::sort_by(&mut by_surname, |x, y| x.0.cmp(&y.0));
        // Full names, countries and organisations first; a shorter name
        // under the fuller one it stands for.
        for (mi, m) in mentions.iter().enumerate() {
            if m.words >= 2 || matches!(m.kind, Some(ActorKind::Country | ActorKind::Organization))
            {
                let name = fuller_name(m, &by_surname, mentions).unwrap_or(&m.name);
                cast.of_mention[mi] = Some(cast.actor_named(name, m));
            }
        }
        // Now (surname, token, actor).
        for entry in &mut by_surname {
            entry.2 = cast.of_mention[entry.2].unwrap_or_default();
        }
        // Then surnames: the nearest full name before, else the first after,
        // of a sex that fits ("Mrs. Clinton" is not "Bill Clinton").
        for (mi, m) in mentions.iter().enumerate() {
            if cast.of_mention[mi].is_some() {
                continue;
            }
            let fits = |a: usize| {
                let g = cast.actors[a].gender;
                m.gender.is_none() || g.is_none() || g == m.gender
            };
            let target = {
                let list = under_surname(&by_surname, &surname(&m.name));
                let k = list.partition_point(|&(_, tok, _)| tok < m.first);
                let (before, after) = list.split_at(k);
                before
                    .iter()
                    .rev()
                    .chain(after)
                    .map(|&(_, _, a)| a)
                    .find(|&a| fits(a))
            };
            let target = target.filter(|&a| {
                !matches!(
                    cast.actors[a].kind,
                    Some(ActorKind::Organization | ActorKind::Country)
                )
            });
            if let Some(a) = target {
                cast.add_mention(a, m);
                cast.actors[a].by_surname += 1;
                cast.actors[a].by_surname_determined += usize::from(m.determined);
                // A surname repeated alone marks a person, unless the word
                // is a common one ("Microsoft Excel" … "Excel" is, "Google
                // Shopping" … "Shopping" is not).
                if !m.common_last && !is_product_name(&cast.actors[a].name) {
                    cast.actors[a].kind = Some(ActorKind::Person);
                }
                cast.of_mention[mi] = Some(a);
            } else if let Some(a) = cast.by_given_name(m) {
                // "Kevin recommends …" after "Kevin Cureghian".
                cast.add_mention(a, m);
                cast.of_mention[mi] = Some(a);
            } else {
                // A titled person, or a lone capitalised word kept as a
                // candidate: an actor only if it turns out to speak.
                let a = cast.actor_named(&m.name, m);
                cast.of_mention[mi] = Some(a);
            }
        }
        cast.marks = cast
            .actors
            .iter()
            .enumerate()
            .flat_map(|(x, a)| a.tokens.iter().map(move |&tok| (tok, x)))
            .collect();
        crate::sort::sort_by(&mut cast.marks, |a, b| a.cmp(b));
        cast
    }

    /// Reads which mentions a pronoun can stand for, given for each token
    /// the quotation holding it (`quote_of`), the sentences as `[first,
    /// end)` token ranges in order, and the token ranges of what the
    /// text reports as said.
    ///
    /// Centering, simply: the person a sentence opens on is what the next
    /// sentences are about. "Ted Cruz is drawing sharp contrasts with
    /// Donald Trump. He said …" is Cruz, though Trump was named last and
    /// another senator spoke last; "Singh, 47, voted for the Republican
    /// nominees. He said …" is Singh. A name that opens what someone is
    /// reported to say is no topic: "Trump, he said, is a liar."
    pub fn read_discourse(
        &mut self,
        t: &Tokens,
        mentions: &[Mention],
        quote_of: &[Option<u32>],
        sentences: &[(usize, usize)],
        reported: &[(usize, usize)],
    ) {
        self.quoted = quote_of.iter().map(Option::is_some).collect();
        self.sentence_starts = sentences.iter().map(|&(first, _)| first).collect();
        for (mi, m) in mentions.iter().enumerate() {
            let Some(x) = self.of_mention[mi] else {
                continue;
            };
            if self.quoted.get(m.first).copied().unwrap_or(false) {
                self.background.push(m.first);
                continue;
            }
            // A name given an age is a person's: "Amadou Magassa, 13, of
            // Philadelphia sold water".
            if self.actors[x].kind.is_none() && m.words >= 2 && aged(t, m.end) {
                self.actors[x].kind = Some(ActorKind::Person);
            }
            let s = sentences.partition_point(|&(first, _)| first <= m.post_first);
            let Some(&(first, end)) = s.checked_sub(1).map(|s| &sentences[s]) else {
                continue;
            };
            let leads = |fronted| m.first < end && lead_in(t, first, m.post_first, fronted);
            // A possessive is whose something is, not who acts, unless it
            // opens the sentence: "Suu Kyi's fate is unclear, but she
            // said …" is Suu Kyi; it opens on the fate all the same.
            if m.possessive {
                if !leads(false) {
                    self.possessives.push(m.first);
                }
                continue;
            }
            if leads(true) && !reported.iter().any(|&(a, b)| a <= m.first && m.first < b) {
                self.topics.push((m.first, x, first));
            }
        }
    }

    /// The one full name that a given name alone stands for: guides and
    /// interviews call "Kevin Cureghian" "Kevin" after naming him. None
    /// when two full names open on it. A word in no list of given names
    /// stands for a full name only when a post comes with that name: "Xi"
    /// for "Chinese President Xi Jinping", "Ban" for "Ban Ki-moon, the
    /// secretary general", where a brand or a place opens names of things
    /// too ("Peabody" … "Peabody Energy", "Ford" … "Ford Motor"); and
    /// never when the text writes the word in lowercase or gives it a
    /// post of its own ("President Obama" … "Obama White House").
    fn by_given_name(&self, m: &Mention) -> Option<usize> {
        if m.words != 1 {
            return None;
        }
        let listed = Lexicon::get().is_given_name(&m.name);
        if !listed && (m.common_last || m.role.is_some()) {
            return None;
        }
        let mut named = (0..self.actors.len()).filter(|&a| {
            let full = &self.actors[a];
            full.words >= 2
                && match full.kind {
                    Some(ActorKind::Organization | ActorKind::Country) => false,
                    _ if listed => true,
                    _ => full.role.is_some() && !full.some_common_word,
                }
                && full.name.split(' ').next() == Some(m.name.as_str())
        });
        let a = named.next()?;
        named.next().is_none().then_some(a)
    }

    /// Gives "his Syrian counterpart" the role of the person set against
    /// it: the nearest actor with a role named before.
    pub fn fill_counterparts(&mut self) {
        for x in 0..self.actors.len() {
            let Some(role) = self.actors[x].role.clone() else {
                continue;
            };
            if !is_counterpart(&role) {
                continue;
            }
            let at = self.actors[x].tokens[0];
            let other = (0..self.actors.len())
                .filter(|&y| y != x)
                .filter_map(|y| {
                    let a = &self.actors[y];
                    let r = a.role.as_deref()?;
                    if is_counterpart(r) {
                        return None;
                    }
                    let tok = a.tokens.iter().rev().find(|&&k| k < at)?;
                    Some((*tok, y))
                })
                .max();
            if let Some((_, y)) = other {
                let theirs = self.actors[y].role.clone().unwrap_or_default();
                if let Some(r) = counterpart_role(&role, &theirs) {
                    self.actors[x].role = Some(r);
                }
            }
        }
    }

    fn actor_named(&mut self, name: &str, m: &Mention) -> usize {
        let name_key = key(name);
        let a = match self
            .by_name
            .binary_search_by(|(k, _)| k.as_str().cmp(&name_key))
        {
            Ok(i) => self.by_name[i].1,
            Err(i) => {
                self.by_name.insert(i, (name_key, self.actors.len()));
                self.actors.push(Building {
                    name: name.to_string(),
                    kind: m.kind,
                    role: None,
                    affiliation: None,
                    mentions: Vec::new(),
                    tokens: Vec::new(),
                    quotes: 0,
                    gender: None,
                    words: m.words,
                    common_words: m.common_words,
                    some_common_word: m.some_common_word,
                    by_surname: 0,
                    by_surname_determined: 0,
                });
                self.actors.len() - 1
            }
        };
        self.add_mention(a, m);
        a
    }

    fn add_mention(&mut self, a: usize, m: &Mention) {
        let actor = &mut self.actors[a];
        actor.mentions.push([m.start, m.stop]);
        actor.tokens.push(m.first);
        if actor.kind.is_none() {
            actor.kind = m.kind;
        }
        if actor.role.is_none() {
            actor.role = m.role.clone();
            if m.role.is_some() {
                actor.affiliation = m.affiliation;
            }
        }
        if actor.affiliation.is_none() {
            actor.affiliation = m.affiliation;
        }
        if actor.gender.is_none() {
            actor.gender = m.gender;
        }
    }

    /// Resolves the source written at tokens `[a, b)` (in sentence
    /// `sentence`, which starts at token `sentence_first`), said by a cue
    /// that opens at token `cue`, saying what tokens `said` hold.
    pub fn resolve(
        &mut self,
        t: &Tokens,
        mentions: &[Mention],
        source: (usize, usize),
        sentence_first: usize,
        (cue, said): (usize, &[(usize, usize)]),
    ) -> Resolved {
        let last_speaker = self.last_speaker;
        if let Some(group) = self.group_for_they(t, source) {
            return group;
        }
        let resolved = self.resolve_source(t, mentions, source, sentence_first, said);
        self.note_group(source.0, &resolved);
        // A relative clause's speaker is no one the next "he said" goes on
        // with: "Rubio refrained from attacking Christie, who says he lacks
        // experience. He dismissed …" is Rubio. (Not "…, said Gov. Terry
        // Branstad, who used Mr. Ailes as a consultant. He added …".)
        let relative =
            (source.1..cue).any(|k| t.is_word(k) && matches!(t.low(k), "who" | "which" | "that"));
        if relative {
            self.last_speaker = last_speaker;
        }
        resolved
    }

    /// A source that is "they" alone stands for the last group that spoke
    /// near it: "Democratic officials said … They added …". Else it stays
    /// "they" as written.
    fn group_for_they(&self, t: &Tokens, (a, b): (usize, usize)) -> Option<Resolved> {
        let mut words = (a..b).filter(|&k| t.is_word(k));
        // Not a saying: "as they say".
        let they = words.next().is_some_and(|k| {
            before_apostrophe(t.low(k)) == "they" && !(k > 0 && t.low(k - 1) == "as")
        }) && words.next().is_none();
        let (tok, speaker, actor) = self.last_group.as_ref().filter(|_| they)?;
        // In its sentence or the one before: further back, another group
        // the text did not quote may have come between.
        let sentence = |k: usize| self.sentence_starts.partition_point(|&first| first <= k);
        let near = sentence(a) <= sentence(*tok) + 1;
        near.then(|| Resolved {
            actor: *actor,
            speaker: Some(speaker.clone()),
            pair: None,
        })
    }

    /// Remembers a source that is a group for a "they" after it: an
    /// organisation, or an unnamed source whose last word is a plural
    /// ("officials", "72% of respondents", "the police").
    fn note_group(&mut self, at: usize, r: &Resolved) {
        let Some(speaker) = &r.speaker else { return };
        let group = match r.actor {
            Some(x) => self.actors[x].kind == Some(ActorKind::Organization),
            None => {
                let lex = Lexicon::get();
                let low = crate::case::lower_str(speaker);
                let words: Vec<&str> = low.split(' ').map(before_apostrophe).collect();
                // The head is the word before a phrase that qualifies it
                // ("a person close to the Clintons", "members within both
                // unions"), unless it counts a share of the group after it
                // ("72% of respondents", "Six of the studies", not "One of
                // our participants").
                let qualified = words
                    .iter()
                    .skip(1)
                    .position(|w| lex.function_word_is(w, b'p'));
                let head = match qualified {
                    Some(i) => {
                        let h = words[i];
                        let share = h.ends_with('%')
                            || crate::substr::starts_with_digit(h)
                            || matches!(h, "percent" | "most" | "many" | "some" | "half" | "all")
                            || lex.function_word_is(h, b'r')
                            || (h != "one" && lex.function_word_is(h, b'u'));
                        if share {
                            words[words.len() - 1]
                        } else {
                            h
                        }
                    }
                    None => words[words.len() - 1],
                };
                // Not a title's abbreviation ("Ms").
                (head.len() > 3 && head.ends_with('s') && !head.ends_with("ss"))
                    || lex.function_word_is(head, b'n')
            }
        };
        if group {
            self.last_group = Some((at, speaker.clone(), r.actor));
        }
    }

    fn resolve_source(
        &mut self,
        t: &Tokens,
        mentions: &[Mention],
        (a, b): (usize, usize),
        sentence_first: usize,
        said: &[(usize, usize)],
    ) -> Resolved {
        let lex = Lexicon::get();
        // A post set off before the name it belongs to: the name speaks
        // ("one of the organizers, Ana Lima", "a former spokesman for
        // Ukraine's Foreign Ministry, Oleg Voloshyn").
        let a = match (a..b).rev().find(|&k| t.is_punct(k, ',')) {
            Some(c) if mentions.iter().any(|m| m.first > c && m.end == b) => c + 1,
            _ => a,
        };
        // A name heading the phrase: not after a preposition ("a spokesman
        // for Trump", "Mark Lee of Harvard University"), not a possessive
        // ("Clinton’s campaign"); the "of" inside "Bank of England" is the
        // name's own.
        // A capitalised preposition opens a fronted time or place, not a
        // phrase after the name: "In a Bloomberg interview Trump declared".
        let fronted = usize::from(t.is_cap(a) && opens_on_time_or_place(t, a));
        let head_end = (a + fronted..b)
            .find(|&k| {
                t.is_punct(k, '(')
                    || t.is_word(k)
                        && matches!(
                            t.low(k),
                            "for"
                                | "with"
                                | "at"
                                | "from"
                                | "of"
                                | "to"
                                | "in"
                                | "who"
                                | "which"
                                | "that"
                                | "on"
                        )
                        && !(t.low(k) == "of" && inside_a_name(mentions, k))
            })
            .unwrap_or(b);
        let from = mentions.partition_point(|m| m.first < a);
        let head = mentions[from..]
            .iter()
            .enumerate()
            .take_while(|(_, m)| m.first < head_end)
            // A name set before an owner's ("The U.S. Copyright Office's
            // report") is part of the owner's name, the report the source.
            .filter(|&(k, m)| {
                let owners = mentions.get(from + k + 1).is_some_and(|n| {
                    n.possessive
                        && n.first < head_end
                        && (m.end..n.first).all(|j| t.is_punct(j, '.'))
                });
                m.end <= head_end && !m.possessive && !owners
            })
            .last()
            .map(|(k, m)| (from + k, m));
        // One capitalised word opening the sentence before a lowercase
        // word of the same phrase has the sentence's capital, not a name's:
        // "Recent research suggests", "Leading health authorities say",
        // "Nearly three in five employers say". Not a name the text gives
        // elsewhere ("Clinton aides said" after "Hillary Clinton"), not
        // "Clinton herself said", not a clause's subject.
        let head = head.filter(|&(mi, m)| {
            let next = m.end;
            let opener_adjective = m.words == 1
                && m.kind.is_none()
                && self.of_mention[mi].is_none_or(|x| {
                    let known = &self.actors[x];
                    known.kind.is_none() && known.tokens.len() == 1
                })
                && m.first == sentence_first
                && next < head_end
                && t.is_word(next)
                && t.s(next).starts_with(char::is_lowercase)
                && !t.low(next).ends_with("self")
                && !t.low(next).ends_with("selves")
                // A participle's source is its clause: "Clinton defended
                // the plan, saying …".
                && !t.low(next).ends_with("ed");
            // "Research suggests", "Experts say", "Remember saying": one
            // word that the text also writes in lowercase, and that names
            // no one the text names in full, is a word, not a speaker.
            let common_word = m.words == 1
                && m.kind.is_none()
                && m.common_words
                && self.of_mention[mi].is_none_or(|x| self.actors[x].words == 1);
            !opener_adjective && !common_word
        });
        if let Some((_, m)) = head {
            // "A Biden aide", "the Clinton campaign": the aide speaks, not
            // Biden. Kept as written, like an unnamed source.
            if let Some(end) = noun_after_name(t, lex, m.end, head_end, b) {
                // From its determiner: "But a Homeland Security Department
                // official" is "a Homeland Security Department official".
                let start = (a..m.first)
                    .rev()
                    .find(|&k| t.is_word(k) && DETERMINERS.contains(&t.low(k)))
                    .or_else(|| {
                        (a..m.first).find(|&k| t.is_word(k) && !OPENERS.contains(&t.low(k)))
                    })
                    .unwrap_or(m.first);
                // Another name before it: "Gary Hart started winning Senate
                // campaigns" is Gary Hart's clause.
                let alone = !mentions
                    .iter()
                    .any(|o| o.first >= start && o.end <= m.first);
                if let Some(x) = self.holder_of_role(t, (start, end)).filter(|_| alone) {
                    return self.speaker(x, a);
                }
                if alone {
                    return Resolved {
                        actor: None,
                        speaker: Some(t.slice(start, end - 1).to_string()),
                        pair: None,
                    };
                }
            }
        }
        if let Some((mi, m)) = head {
            let actor = self.speaking_actor(t, mi, m);
            // Two names joined by "and" speak together ("John McCain and
            // Lindsey Graham said in a statement"): the quote is both
            // theirs, shown as written with each one's name in full.
            let partner = mi
                .checked_sub(1)
                .map(|p| (p, &mentions[p]))
                .filter(|(_, p)| {
                    p.first >= a
                        && p.end + 1 == m.first
                        && t.is_word(p.end)
                        && t.low(p.end) == "and"
                });
            if let Some((pi, p)) = partner {
                let other = self.speaking_actor(t, pi, p);
                if other != actor {
                    let names = [self.actors[other].name.as_str(), &self.actors[actor].name];
                    return Resolved {
                        actor: None,
                        speaker: Some(crate::substr::join(&names, " and ")),
                        // Both named, not a place, nor a body cut in two
                        // at its "and", whose halves the name finder could
                        // not class before they spoke ("Food and Water
                        // Watch", "Engineering and Medicine").
                        pair: Some([other, actor]).filter(|_| {
                            let known = |x: usize, m: &Mention| {
                                self.names_someone(x)
                                    && (m.kind.is_some() || self.actors[x].words > 1)
                            };
                            known(actor, m) && known(other, p)
                        }),
                    };
                }
            }
            return self.speaker(actor, a);
        }
        // "She’d" is "she".
        let words: Vec<&str> = (a..b)
            .filter(|&k| t.is_word(k))
            .map(|k| before_apostrophe(t.low(k)))
            .collect();
        // "he", or "she points out" before a participle ("…, noting that"):
        // the pronoun is the clause's subject. Not "she and her husband".
        let pronoun_subject = match words.as_slice() {
            [_] => true,
            [first, second, ..] => {
                matches!(*first, "he" | "she") && !matches!(*second, "and" | "or")
            }
            [] => false,
        };
        if pronoun_subject {
            let gender = match words[0] {
                "he" | "him" => Some(Some(Gender::Male)),
                "she" | "her" => Some(Some(Gender::Female)),
                _ => None,
            };
            if let Some(g) = gender {
                if let Some(x) = self.pronoun(
                    &PronounSource {
                        gender: g,
                        at: a,
                        sentence_first,
                        said,
                    },
                    t,
                ) {
                    if self.actors[x].gender.is_none() {
                        self.actors[x].gender = g;
                    }
                    return self.speaker(x, a);
                }
                return Resolved {
                    actor: None,
                    speaker: None,
                    pair: None,
                };
            }
        }
        if let Some(x) = self.holder_of_role(t, (a, head_end)) {
            return self.speaker(x, a);
        }
        // An anonymous or unnamed source, as written, up to a relative
        // clause and after a conjunction that opens it ("But the same
        // polling", "As the report").
        let a = (a..b)
            .find(|&k| {
                !(k + 1 < b && matches!(t.low(k), "but" | "and" | "as" | "so" | "yet" | "or"))
            })
            .unwrap_or(a);
        // After a fronted time or place: "In 2012 analysts", "In the film
        // a teenage girl" are the analysts and the girl.
        let a = if opens_on_time_or_place(t, a) {
            (a + 2..b)
                .find(|&k| {
                    DETERMINERS.contains(&t.low(k))
                        || t.toks[k - 1].kind == super::tokens::Kind::Number
                })
                .unwrap_or(a)
        } else {
            a
        };
        let end = (a..b)
            .find(|&k| t.is_word(k) && matches!(t.low(k), "who" | "which" | "that"))
            .unwrap_or(b);
        let mut end = (a..end)
            .rev()
            .find(|&k| t.is_word(k) || t.toks[k].kind == super::tokens::Kind::Number)
            .map_or(a, |k| k + 1);
        // "17%" is a share, not the number 17.
        if end > a && end < b && t.is_punct(end, '%') {
            end += 1;
        }
        // "nearly half of all respondents (49.3%)" ends at its parenthesis,
        // which the closing one has left: not "… respondents (49.3%".
        if let Some(open) = (a + 1..end).rfind(|&k| t.is_punct(k, '(')) {
            if !(open..end).any(|k| t.is_punct(k, ')')) {
                end = open;
            }
        }
        Resolved {
            actor: None,
            speaker: (end > a).then(|| t.slice(a, end - 1).to_string()),
            pair: None,
        }
    }

    /// "the minister", "the Syrian president", "the Florida senator" at
    /// tokens `[a, head_end)`: the actor named before with that role.
    fn holder_of_role(&self, t: &Tokens, (a, head_end): (usize, usize)) -> Option<usize> {
        let lex = Lexicon::get();
        let h = (a..head_end).rev().find(|&k| t.is_word(k))?;
        let starts_definite = t.low(a) == "the";
        let role = lex.role(t.low(h));
        if !(starts_definite && matches!(role, Some(Role::Title | Role::Noun))) {
            return None;
        }
        let demonym = (a..h).find_map(|k| lex.demonym(t.s(k)));
        // "the Florida senator" is not any senator: the state or city
        // before a post that has one must be in the holder's role too
        // ("Florida Sen. Marco Rubio"); an aide or a leader is named by
        // whom they serve ("the Sanders aide").
        let placed = PLACED_POSTS.contains(&t.low(h));
        let qualifiers: Vec<String> = (a + 1..h)
            .filter(|&k| placed && t.is_word(k) && t.is_cap(k) && lex.demonym(t.s(k)).is_none())
            .map(|k| t.low(k).to_string())
            .collect();
        let want = t.low(h).to_string();
        let before = self.marks.partition_point(|&(tok, _)| tok < a);
        self.marks[..before]
            .iter()
            .rev()
            .take(ROLE_REACH)
            .map(|&(_, x)| x)
            .find(|&x| {
                let act = &self.actors[x];
                act.role.as_deref().is_some_and(|r| {
                    let r = crate::case::lower_str(r);
                    // The post's own words, not what it is of: "adviser to
                    // Mr. Sanders and past president of the union" is no
                    // president, "president and chief executive of Acme"
                    // is both.
                    let words = || post_words(&r).map(|w| w.trim_end_matches('.'));
                    words().any(|w| w == want || spelt_out(w) == Some(want.as_str()))
                        && qualifiers.iter().all(|q| words().any(|w| w == q))
                }) && demonym.is_none_or(|d| act.affiliation == Some(d))
            })
    }

    /// Counts one more quote (or, `back`, one fewer) for the actors a
    /// quote is given to: its actor, or each of a pair speaking together.
    pub fn count_quote(&mut self, r: &Resolved, back: bool) {
        let mut count = |x: usize| {
            let n = &mut self.actors[x].quotes;
            *n = if back { *n - 1 } else { *n + 1 };
        };
        match (r.actor, r.pair) {
            (_, Some([a, b])) => {
                count(a);
                count(b);
            }
            (Some(x), None) => count(x),
            (None, None) => {}
        }
    }

    /// Whether actor `x` is a person or an organisation the story names: a
    /// source whose quote counts as named (see `Quote::named`).
    pub fn names_someone(&self, x: usize) -> bool {
        matches!(
            self.actors[x].kind,
            Some(ActorKind::Person | ActorKind::Organization)
        )
    }

    /// The actor of mention `mi`, `m`, which speaks: an unclassed name
    /// that speaks is a person, unless it is one word written as a brand
    /// ("DesignRush", "SafeBreach"), which surnames are not ("McDonald",
    /// "DeSantis", "DiMugno"), or it speaks as an acronym (a body's "LOT"
    /// spelled out as a name the analysis could not class).
    fn speaking_actor(&mut self, t: &Tokens, mi: usize, m: &Mention) -> usize {
        let actor = match self.of_mention[mi] {
            Some(x) => x,
            None => self.actor_named(&m.name, m),
        };
        if self.actors[actor].kind.is_none() {
            let acronym =
                m.end == m.first + 1 && written_acronym(t.without_possessive(m.first).0).is_some();
            self.actors[actor].kind = Some(if acronym || is_brand_word(&m.name) {
                ActorKind::Organization
            } else {
                ActorKind::Person
            });
        }
        actor
    }

    fn speaker(&mut self, x: usize, at: usize) -> Resolved {
        self.last_speaker = Some((x, at));
        Resolved {
            actor: Some(x),
            speaker: Some(self.actors[x].name.clone()),
            pair: None,
        }
    }

    /// The person a pronoun source stands for: a person named earlier in
    /// its sentence; else the last speaker or the person a later sentence
    /// opened on, whichever came last; else the nearest person named
    /// before.
    fn pronoun(&self, p: &PronounSource, t: &Tokens) -> Option<usize> {
        self.pronoun_among(p, t, false)
            .or_else(|| self.pronoun_among(p, t, true))
    }

    /// The actor a pronoun source refers to: a person; or, `unclassed`, a
    /// full name not yet classed whose given name says the pronoun's sex
    /// ("Maria Lopez runs the shop. When asked, she said …": a name is
    /// classed when it speaks or holds a role), which is looked for only
    /// when no person fits.
    fn pronoun_among(&self, p: &PronounSource, t: &Tokens, unclassed: bool) -> Option<usize> {
        let &PronounSource {
            gender,
            at,
            sentence_first,
            said,
        } = p;
        let eligible = |x: usize| {
            let a = &self.actors[x];
            if unclassed {
                a.kind.is_none()
                    && a.words >= 2
                    && gender.is_some()
                    && a.gender == gender
                    // "Max G2" is a model's name.
                    && !a.name.contains(|c: char| c.is_ascii_digit())
            } else {
                a.kind == Some(ActorKind::Person)
            }
        };
        // A name not yet classed that opens on a given name and opens a
        // sentence is a person's ("Debbie Kepler, the organist at the
        // church, remembered …"), unless a word of it is also written in
        // lowercase ("Sandy Hook").
        let lex = Lexicon::get();
        let full_name = |x: usize| {
            let a = &self.actors[x];
            !unclassed
                && a.kind.is_none()
                && (2..=4).contains(&a.words)
                && !a.some_common_word
                && a.name
                    .split(' ')
                    .next()
                    .is_some_and(|w| lex.is_given_name(&crate::case::lower_str(w)))
        };
        let sex_fits = |x: usize| {
            let g = self.actors[x].gender;
            gender.is_none() || g.is_none() || g == gender
        };
        let fits = |x: usize| eligible(x) && sex_fits(x);
        let topic_fits = |x: usize| (eligible(x) || full_name(x)) && sex_fits(x);
        // A name a pronoun can stand for: not inside a quotation unless
        // the pronoun is too.
        let quoted_pronoun = self.quoted.get(at).copied().unwrap_or(false);
        let foreground =
            |tok: usize| quoted_pronoun || self.background.binary_search(&tok).is_err();
        let near =
            |tok: usize| t.toks[at].start.saturating_sub(t.toks[tok].start) < PRONOUN_REACH * 250;
        // The sentence the pronoun is written in: an attribution's is the
        // last of a quotation it spans.
        let sentence_first = self.sentence_starts
            [..self.sentence_starts.partition_point(|&first| first <= at)]
            .last()
            .copied()
            .unwrap_or(sentence_first);
        // In its own sentence, the nearest person before the pronoun, but
        // not past the same pronoun earlier in the sentence, which stands
        // for the same one: "He is backing Hillary Clinton, and he says
        // …"; "Clinton said she called Sanders to congratulate him on what
        // she called …".
        let same_pronoun = (sentence_first..at)
            .rev()
            .find(|&k| t.is_word(k) && gender.is_some() && pronoun_gender(t.low(k)) == gender);
        // Nor inside what the pronoun's own source says in quotation marks,
        // which are the words it speaks of others in: "Choosing between
        // Clinton and Sanders is a “false choice …,” she said."
        let quoting = said
            .iter()
            .any(|&(a, b)| (a..b).any(|k| self.quoted.get(k) == Some(&true)));
        let own_words = |tok: usize| quoting && said.iter().any(|&(a, b)| a <= tok && tok < b);
        let in_sentence = self.nearest_before(same_pronoun.unwrap_or(at), |tok, x| {
            tok >= sentence_first
                && foreground(tok)
                && !own_words(tok)
                && self.possessives.binary_search(&tok).is_err()
                && fits(x)
        });
        if in_sentence.is_some() {
            return in_sentence;
        }
        // A sentence's topic is the first person it opens on ("Cruz, Rubio
        // and Kasich all said" is about Cruz); the latest topic that fits.
        let topic = {
            // Backwards: a sentence's first person is the last one seen
            // before the scan leaves the sentence.
            let mut k = self
                .topics
                .partition_point(|&(tok, _, _)| tok < sentence_first);
            let mut found = None;
            let mut first_person: Option<(usize, usize, usize)> = None;
            while found.is_none() {
                let next = k
                    .checked_sub(1)
                    .map(|j| self.topics[j])
                    .filter(|t| near(t.0));
                if let Some(p) = first_person.filter(|p| next.is_none_or(|t| t.2 != p.2)) {
                    found = Some((p.0, p.1)).filter(|_| topic_fits(p.1));
                    first_person = None;
                }
                let Some(t) = next else { break };
                k -= 1;
                if eligible(t.1) || full_name(t.1) {
                    first_person = Some(t);
                }
            }
            found
        };
        let speaker = self.last_speaker.filter(|&(x, tok)| near(tok) && fits(x));
        match (speaker, topic) {
            (Some((x, spoke)), Some((opened, y))) => {
                return Some(if opened > spoke { y } else { x })
            }
            (Some((x, _)), None) | (None, Some((_, x))) => return Some(x),
            (None, None) => {}
        }
        self.nearest_before(at, |tok, x| {
            near(tok) && foreground(tok) && self.possessives.binary_search(&tok).is_err() && fits(x)
        })
    }

    /// The actor of the nearest mention before token `at` that `ok`
    /// accepts, given the mention's token and actor.
    fn nearest_before(&self, at: usize, ok: impl Fn(usize, usize) -> bool) -> Option<usize> {
        let before = self.marks.partition_point(|&(tok, _)| tok < at);
        self.marks[..before]
            .iter()
            .rev()
            .take(ROLE_REACH)
            .find(|&&(tok, x)| ok(tok, x))
            .map(|&(_, x)| x)
    }

    /// The actors, ranked by prominence: quotes, then mentions, then how
    /// early they appear. `on_a_page`: the story of a web page, whose bare
    /// acronyms are held to more (see [`names_a_thing`]).
    pub fn finish(mut self, text_chars: usize, on_a_page: bool) -> Vec<Actor> {
        for a in &mut self.actors {
            if on_a_page && a.kind == Some(ActorKind::Organization) && names_a_category(a) {
                a.kind = None;
            }
        }
        self.actors
            .retain(|a| a.kind.is_some() || (a.words >= 2 && !a.common_words) || a.quotes > 0);
        if on_a_page {
            drop_product_lines(&mut self.actors);
        }
        let mut actors: Vec<(f32, Actor)> = self
            .actors
            .into_iter()
            .map(|a| {
                let first = a.mentions.first().map_or(0, |m| m[0]);
                let early = 1.0 - first as f32 / text_chars.max(1) as f32;
                let kind = match a.kind {
                    Some(ActorKind::Person) if !shows_a_person(&a) => ActorKind::Other,
                    Some(ActorKind::Organization) if on_a_page && names_a_thing(&a) => {
                        ActorKind::Other
                    }
                    None if named_with_a_given_name(&a) => ActorKind::Person,
                    kind => kind.unwrap_or(ActorKind::Other),
                };
                let weight = if kind == ActorKind::Other { 0.5 } else { 1.0 };
                let score = (4.0 * a.quotes as f32 + a.mentions.len() as f32 + early) * weight;
                let mut mentions = a.mentions;
                crate::sort::sort_by(&mut mentions, |a, b| a.cmp(b));
                mentions.dedup();
                (
                    score,
                    Actor {
                        name: a.name,
                        kind,
                        // Role words before a body's name are not its
                        // role ("the seven member Federal Council").
                        role: a.role.filter(|_| kind == ActorKind::Person),
                        affiliation: a.affiliation.map(str::to_string),
                        named: mentions.len(),
                        mentions,
                        quotes: a.quotes,
                    },
                )
            })
            .collect();
        crate::sort::sort_by(&mut actors, |x, y| y.0.total_cmp(&x.0));
        actors.into_iter().map(|(_, a)| a).collect()
    }
}

/// The entries of `by_surname`, sorted by surname, under `name`.
fn under_surname<'s>(
    by_surname: &'s [(String, usize, usize)],
    name: &str,
) -> &'s [(String, usize, usize)] {
    let from = by_surname.partition_point(|x| x.0.as_str() < name);
    let to = by_surname.partition_point(|x| x.0.as_str() <= name);
    by_surname.get(from..to).unwrap_or_default()
}

/// The one longer name that `m` is short for: a surname of two words
/// ("Wasserman Schultz", "Le Pen" after "Debbie Wasserman Schultz",
/// "Marine Le Pen") or a full name without its middle ("Loretta Lynch" and
/// "Loretta E. Lynch", "Hillary Clinton" and "Hillary Rodham Clinton"): one
/// person, whom the panel lists once. None when two longer names fit
/// ("George Bush": "George W. Bush", "George H.W. Bush"). `by_surname`
/// holds (surname, token, mention) of the full names, sorted by surname.
fn fuller_name<'m>(
    m: &Mention,
    by_surname: &[(String, usize, usize)],
    mentions: &'m [Mention],
) -> Option<&'m str> {
    if m.words < 2 || !matches!(m.kind, None | Some(ActorKind::Person)) {
        return None;
    }
    let lex = Lexicon::get();
    let opens_on_given_name =
        |name: &str| lex.is_given_name(name.split(' ').next().unwrap_or_default());
    let short = m.name.as_str();
    let (first, rest) = short.split_once(' ')?;
    let mut found: Option<&str> = None;
    for &(_, _, y) in under_surname(by_surname, &surname(short)) {
        let full = &mentions[y];
        let long = full.name.as_str();
        // The longer name opens on a given name or is a person's by a
        // post: not "Hold Melania Trump", a heading, nor "Microsoft Power
        // BI". It is the same name with a middle ("Loretta E. Lynch"), or
        // the short one is a surname of two words after a first name.
        let fits = full.words > m.words
            && (full.kind == Some(ActorKind::Person)
                || full.kind.is_none() && opens_on_given_name(long))
            && (m.words == 2
                && long
                    .strip_prefix(first)
                    .and_then(|r| r.strip_suffix(rest))
                    .is_some_and(|mid| {
                        mid.len() > 2 && mid.starts_with(' ') && mid.ends_with(' ')
                    })
                || full.words == m.words + 1
                    && !opens_on_given_name(short)
                    && long
                        .strip_suffix(short)
                        .is_some_and(|head| head.ends_with(' ')));
        if fits {
            if found.is_some_and(|f| f != long) {
                return None;
            }
            found = Some(long);
        }
    }
    found
}

/// Whether an organisation is, on a web page, more likely a thing: a bare
/// acronym ("SPF", "OEM", "VPS", "AML") that no gazetteer lists, that the
/// text never spells out (spelled out, it goes by its expansion, see
/// `acronyms`) and that speaks nowhere. News names bodies so ("the FDA
/// said"), but a guide, a review or a company's blog names the things it
/// is about: of the 30 bare acronyms listed as organisations in a judged
/// sample of the tune part's pages, 22 were things. It is then listed as
/// any other name ("Also named", when named twice); a text on its own
/// keeps them as organisations.
fn names_a_thing(a: &Building) -> bool {
    a.quotes == 0
        && written_acronym(&a.name) == Some(a.name.as_str())
        && !Lexicon::get().is_org(&a.name)
}

/// Takes away the person's kind from a maker's line of products on a web
/// page: two or more "people" whose names open with the same word, no
/// given name ("Apache Kafka", "Apache Flink", "Apache Beam"; "Garmin
/// Forerunner", "Garmin Fenix"; "Discover Honolulu", "Discover
/// Charleston"), each taken for a person by its form (its last word
/// recurring alone, as a surname would) and with nothing else to show
/// one: no quote, role, sex or initial.
/// They are then listed as other names. People who share a first word
/// mostly share a given name ("Paul McCartney", "Paul Thomas Anderson");
/// those the list lacks often speak or carry an initial ("Viktor F.
/// Yanukovych", "Viktor A. Yushchenko"), but not always: read as pages,
/// PolNeAR's texts would lose two Egyptians named Mohamed, and "AG
/// Lynch", against one golf resort ("Trump National Doral"), so a text on
/// its own keeps news's reading. On the corpus's article pages 13 lines,
/// 30 names, all things.
fn drop_product_lines(actors: &mut [Building]) {
    for i in 0..actors.len() {
        let (before, after) = actors.split_at_mut(i + 1);
        let a = &mut before[i];
        let Some(m) = maker(a) else { continue };
        let mut line = false;
        // `m` is no given name: the others need not be looked up again.
        let same_maker = |b: &Building| unproven(b) && first_word(b) == Some(m);
        for b in after.iter_mut().filter(|b| same_maker(b)) {
            b.kind = None;
            line = true;
        }
        if line {
            a.kind = None;
        }
    }
}

/// The first word of a "person" with nothing but its form to show one,
/// when that word is no given name (see [`drop_product_lines`]).
fn maker(a: &Building) -> Option<&str> {
    first_word(a).filter(|&first| unproven(a) && !Lexicon::get().is_given_name(first))
}

/// Whether `a` is a "person" with nothing but its form to show one.
fn unproven(a: &Building) -> bool {
    a.kind == Some(ActorKind::Person)
        && a.quotes == 0
        && a.role.is_none()
        && a.gender.is_none()
        && !crate::substr::contains(&a.name, ".")
}

/// The first word of a name of two or more.
fn first_word(a: &Building) -> Option<&str> {
    crate::substr::split_once(&a.name, " ").map(|(first, _)| first)
}

/// Head words of institutions whose names say what they do or hold, in
/// words a story also uses in lowercase (see [`names_a_category`]).
const INSTITUTION_HEADS: &[&str] = &["Association", "Museum", "Party"];

/// Whether an organisation is, on a web page, a category in a heading's
/// capitals, not a body's name: it ends in a head word, the text also
/// writes every word of it in lowercase, no gazetteer lists it and it
/// speaks nowhere ("Moving Company", "Data Analytics", "Keyword Research",
/// "Terms of Service"). It is then no name at all, as such a name without
/// a head word is not. Public bodies and institutions are named in common
/// words too ("Department of Labor", "Rules Committee", "Democratic
/// Party", "Museum of Modern Art"), so a head word that names a body on
/// its own ("Department", "Committee", see `organizations.txt`), or
/// [`INSTITUTION_HEADS`], keeps the name; but not "Agency", which on the
/// web is a marketing or creative agency far more often than a
/// government's ("Digital Marketing Agency", "Social Media Agency").
fn names_a_category(a: &Building) -> bool {
    let lex = Lexicon::get();
    let public_body =
        |w: &str| INSTITUTION_HEADS.contains(&w) || (w != "Agency" && lex.is_lone_org_head(w));
    a.quotes == 0 && a.common_words && !lex.is_org(&a.name) && !a.name.split(' ').any(public_body)
}

/// Whether an actor the analysis took for a person (a capitalised name
/// that recurs by its last word or speaks) is shown as one. On guides and
/// reviews most such names that are no one are in doubt by their form:
/// - a capitalised word of it is also written in lower case in the text
///   ("Use Housecall Pro", "Tips for Beginners");
/// - a known body's name opens it ("Google Pixel", "Intel Core": a product
///   or a division);
/// - it is an address ("W. Portland St");
/// - its last word stands alone only after a determiner ("the Arlo Ultra
///   … the Ultra");
/// - "for" joins its words ("Java for Android", "Patriots for Trump"),
///   where a person's name has only particles ("Marco Rubio of Florida",
///   "Ludwig van Beethoven").
///
/// An award named after someone ([`AWARDS`]) is never one.
///
/// A name in doubt is still a person with a role or title ("Judge Bibas"),
/// unless the title comes before one word the text also writes in lowercase
/// and nothing it says is quoted ("Chief Diversity", "King Mattresses"),
/// a post written into it ("Secretary of State John Kerry"), a given name
/// first ("Jeff Wall", `given-names.txt`), an initial first or in the
/// middle ("J. K. Rowling", "Frederic S. Durbin"), or when it speaks in
/// words never written in lower case. A name not in doubt needs none of
/// these: most people in the news are in no list of given names ("Newt
/// Gingrich", "Merrick Garland"). Attribution has already used the guess
/// (a pronoun looks back for a person); this decides only the group the
/// reader sees the name in.
fn shows_a_person(a: &Building) -> bool {
    let lex = Lexicon::get();
    let words: Vec<&str> = a.name.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(first) = words.first() else {
        return false;
    };
    // Nor does a digit, whatever post it comes with: "Mr. Coffee 12-Cup
    // Drip Coffee Maker", "REP Fitness AB-3000 Adjustable Bench" ("50
    // Cent" is the cost).
    if words
        .last()
        .is_some_and(|w| AWARDS.contains(w) || is_a_things_acronym(w))
        || a.name.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let is_initial = |w: &str| {
        let letters = w.trim_end_matches('.');
        crate::substr::char_count(letters) == 1 && letters.chars().all(char::is_uppercase)
    };
    let address = words
        .iter()
        .any(|w| ADDRESS_WORDS.contains(&key(w.trim_end_matches('.')).as_str()));
    // A body's name opens it, known ("Google Pixel") or an acronym of
    // three letters or more before words in lowercase letters ("NZXT
    // Lift", "JAMA Psychiatry", "RTL Info"; a byline in capitals is
    // all acronyms).
    let acronym = written_acronym(first).is_some_and(|w| w.len() >= 3)
        && a.name.bytes().any(|b| b.is_ascii_lowercase());
    let of_a_body = words.len() >= 2 && (lex.is_org(first) || acronym);
    // A place's first word: "Northwest Houston", "Las Vegas", "UK
    // Midlands" (a country's name that is no given name: "Chad", "Georgia"
    // are).
    let of_a_place = words.len() >= 2
        && (PLACE_OPENERS.contains(&key(first).as_str())
            || lex.country(first).is_some() && !lex.is_given_name(first));
    let a_thing = a.by_surname > 0 && a.by_surname == a.by_surname_determined;
    // A lone word the text never gives with a fuller name, and no "he" or
    // "she" refers to: news writers name a person in full before the
    // surname alone; guides let brands and products speak ("Strava said").
    // A surname's own prefix still shows a person ("DeSantis said").
    let lone_word = words.len() == 1 && a.gender.is_none() && !prefixed_surname(first);
    let in_doubt = a.some_common_word
        || of_a_body
        || of_a_place
        || address
        || a_thing
        || lone_word
        || words.contains(&"for");
    // One word before "of" or "for" that is no given name heads a group,
    // a work or a place, not a person's name ("Attorneys for Clinton",
    // "Settlers of Catan", "Part of Hachette", "City of Liverpool"); a
    // person named so is given a name of their own elsewhere ("Altman of
    // Evercore" after "Roger Altman"), and a given name still names one
    // ("Nicholas of Cusa").
    let headed_by_a_noun =
        words.len() >= 3 && matches!(words[1], "of" | "for") && !lex.is_given_name(first);
    if headed_by_a_noun {
        return false;
    }
    // A title before one word the text also writes in lowercase is a
    // heading's, a product's or a place's capitals, not a person's post
    // ("Chief Diversity, Equity and Inclusion Officer", "General
    // Contractor", "King Mattresses", "Queen City"); a title's gender
    // proves nothing then.
    let title_before_a_word = words.len() == 1 && a.common_words && a.quotes == 0;
    if !in_doubt || a.role.is_some() && !title_before_a_word {
        return true;
    }
    let post_in_name = words.iter().any(|w| {
        let w = key(w.trim_end_matches('.'));
        [w.as_str(), &*singular(&w)]
            .iter()
            .any(|x| matches!(lex.role(x), Some(Role::Title | Role::Noun)))
    });
    let given_name = first
        .split('-')
        .next()
        .is_some_and(|g| lex.is_given_name(g));
    let initial = (is_initial(first) && words.len() >= 2 && !address)
        || (words.len() == 3 && words[1].ends_with('.') && is_initial(words[1]));
    let speaks = a.quotes > 0 && !a.common_words && !lone_word;
    post_in_name || (!of_a_body && !of_a_place && (given_name || initial || speaks))
}

/// An acronym's plural ("GPUs", "LLCs", "EVs") or a common noun's acronym
/// ("AI", "API", "FAQ"; not a Roman numeral): the last word of a kind of
/// thing or a firm ("Advanced GPUs", "Roth IRAs", "Mistral AI", "Claude
/// API"), never of a person's name ("Joe Manchin III").
fn is_a_things_acronym(word: &str) -> bool {
    let acronym = |a: &str| a.len() >= 2 && a.bytes().all(|b| b.is_ascii_uppercase());
    word.strip_suffix('s').is_some_and(acronym)
        || (Lexicon::get().is_common_acronym(word) && !word.bytes().all(|b| b"IVX".contains(&b)))
}

/// Last words of an award named after someone ("James Beard Award", "W.
/// Eugene Smith Memorial Foundation Award", "J. Paul Getty Medal"): the
/// name's initial or recurring surname made it a person.
const AWARDS: &[&str] = &["Award", "Awards", "Fellowship", "Medal", "Prize"];

/// Whether a name the text gives once, without a role, a title or words
/// of its own, shows a person by its form alone: two or three capitalised
/// words, a given name first ("Sergio Martínez-Beltrán", "Thomas Kennedy"
/// in a byline or a list of guests), none of them also written in lower
/// case ("Jeff Wall" beside "a wall of text" stays in doubt), with none of
/// the other doubts of [`shows_a_person`] and no body's head word last
/// ("Jordan Bank").
fn named_with_a_given_name(a: &Building) -> bool {
    let lex = Lexicon::get();
    let words: Vec<&str> = a.name.split(' ').collect();
    (2..=3).contains(&words.len())
        && !a.some_common_word
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words[0]
            .split('-')
            .next()
            .is_some_and(|g| lex.is_given_name(g))
        && !words.last().is_some_and(|w| lex.is_org_head(w))
        && shows_a_person(a)
}

/// First words of places' names, never of a person's: compass points and
/// the heads of cities, mountains and lakes ("Southeast Asia", "Western
/// Oklahoma", "Los Angeles", "Mount Fuji").
const PLACE_OPENERS: &[&str] = &[
    "central",
    "east",
    "eastern",
    "fort",
    "greater",
    "lake",
    "las",
    "los",
    "lower",
    "mount",
    "mt",
    "new",
    "north",
    "northeast",
    "northeastern",
    "northern",
    "northwest",
    "northwestern",
    "port",
    "san",
    "santa",
    "south",
    "southeast",
    "southeastern",
    "southern",
    "southwest",
    "southwestern",
    "upper",
    "west",
    "western",
];

/// Words of a street address, which an initial may open ("W. Adams St.
/// Suite C103").
const ADDRESS_WORDS: &[&str] = &[
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "dr",
    "drive",
    "hwy",
    "lane",
    "ln",
    "rd",
    "road",
    "st",
    "street",
    "suite",
];

/// Nouns after a name whose holder speaks for it: "a Google spokesman
/// said" is Google speaking.
pub(super) const SPEAKS_FOR: &[&str] = &[
    "representative",
    "representatives",
    "spokesman",
    "spokesmen",
    "spokespeople",
    "spokesperson",
    "spokeswoman",
    "spokeswomen",
];

/// Nouns for groups, bodies and sources that a name may modify, beside
/// the role nouns of the lexicon (`roles.txt`): "the Clinton campaign",
/// "Sanders supporters", "the major U.S. banks".
const GROUP_NOUNS: &[&str] = &[
    "administration",
    "ally",
    "bank",
    "backer",
    "businessman",
    "businesswoman",
    "camp",
    "campaign",
    "company",
    "database",
    "employee",
    "family",
    "firm",
    "government",
    "group",
    "panel",
    "poll",
    "report",
    "staff",
    "staffer",
    "study",
    "survey",
    "team",
    "voter",
    "worker",
];

/// Words that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "both", "few", "her", "his", "its", "many", "most", "one",
    "other", "several", "some", "the", "their", "three", "two",
];

/// Words before a source's noun phrase that are not part of it: "yet
/// Vatican officials", "among likely GOP voters".
const OPENERS: &[&str] = &["among", "and", "but", "so", "while", "yet"];

/// When the name ending at token `after` modifies the noun after it in the
/// head of a source ("a Biden aide", "the Clinton campaign", "Sanders
/// supporters", "a senior U.S. official", "the major U.S. banks"), the
/// token after that noun; the noun's holder speaks, not the name. `None`
/// when the name heads the source itself, or the noun speaks for it ("a
/// Google spokesman").
fn noun_after_name(
    t: &Tokens,
    lex: &Lexicon,
    after: usize,
    head_end: usize,
    b: usize,
) -> Option<usize> {
    // The full stop of "U.S." is the name's.
    let after = if t.is_punct(after, '.') {
        after + 1
    } else {
        after
    };
    // Words right after the name, up to any punctuation: "Joe Biden, the
    // president" is an apposition, not a noun the name modifies.
    let words = (after..head_end).take_while(|&k| t.is_word(k));
    let noun = words.last()?;
    // A noun phrase, not a verb's ("Clinton defended the plan, saying"):
    // lower case, no article or pronoun, no past tense.
    let modifier_words = (after..=noun).all(|k| {
        let w = t.low(k);
        t.s(k).starts_with(char::is_lowercase)
            && !w.ends_with("ed")
            && !NOT_IN_A_NOUN_PHRASE.contains(&w)
    });
    let w = t.low(noun);
    // Only a noun known to name people or a body: "Trump spoke", "Blige
    // sings" are a clause's subject and verb.
    let people = is_people_noun(lex, w);
    // "A Google spokesman" speaks for Google; "a Trump campaign
    // spokesman" for the campaign, not for Trump.
    let spokesperson = noun == after && SPEAKS_FOR.contains(&w);
    // The noun ends the source, or its head before a phrase ("several
    // GOP leaders on the ground"): in "Trump spoke to a gathering,
    // promising …" the words after the name are a clause's verb.
    let ends_source =
        (noun + 1 == head_end && head_end < b) || (noun + 1..b).all(|k| !t.is_word(k));
    let names_another = modifier_words && ends_source && people && !spokesperson;
    names_another.then_some(noun + 1)
}

/// Whether lowercase `w` (or its singular) is a role noun or title of the
/// lexicon or one of the [`GROUP_NOUNS`]: a noun for people or a body
/// that a name before it may modify ("a Biden aide", "the Sanders
/// campaign").
pub(super) fn is_people_noun(lex: &Lexicon, w: &str) -> bool {
    let one = singular(w);
    [w, &*one]
        .iter()
        .any(|x| matches!(lex.role(x), Some(Role::Noun | Role::Title)) || GROUP_NOUNS.contains(x))
}

/// Words that start a verb's object rather than continue a noun after a
/// name.
const NOT_IN_A_NOUN_PHRASE: &[&str] = &[
    "a", "an", "her", "him", "his", "it", "its", "last", "my", "next", "our", "that", "the",
    "their", "them", "these", "this", "those", "us", "your",
];

/// A role given as another's counterpart ("his Turkish counterpart").
fn is_counterpart(role: &str) -> bool {
    crate::case::lower_str(role).ends_with("counterpart")
}

/// The words of a post before what it is of or for ("senior adviser" of
/// "senior adviser to Mr. Sanders"), through "and" ("president and chief
/// executive of Acme").
fn post_words(role: &str) -> impl Iterator<Item = &str> {
    role.split(' ')
        .take_while(|w| *w == "and" || !APPOSITION_BREAKS.contains(w))
}

/// "his Syrian counterpart Faisal Mekdad": the counterpart holds the role
/// of the person it is set against, for another country.
pub fn counterpart_role(role: &str, other: &str) -> Option<String> {
    let lex = Lexicon::get();
    let stem = role.strip_suffix("counterpart")?.trim_end();
    let core: Vec<&str> = post_words(other)
        .filter(|w| lex.demonym(w).is_none() && !w.ends_with("'s"))
        .collect();
    if core.is_empty() {
        return None;
    }
    Some(
        crate::substr::join(
            &[
                stem,
                " ",
                &crate::case::lower_str(&crate::substr::join(&core, " ")),
            ],
            "",
        )
        .trim()
        .to_string(),
    )
}

/// Words that may come before a sentence's subject: "But Trump said",
/// "And then she …".
const CONNECTIVES: &[&str] = &[
    "and",
    "but",
    "so",
    "yet",
    "still",
    "then",
    "now",
    "also",
    "meanwhile",
];

/// Whether tokens `[first, upto)` only lead in to a name opening a
/// sentence: with `fronted`, a phrase up to a comma ("Speaking to CBS on
/// Monday, Rubio refrained …", "Then, Bill Clinton …"); connectives; and the
/// capitalised words of a title or a post ("But Florida Sen. Marco
/// Rubio", "Ms. Suu Kyi"), not common words such as a phrase's opener
/// ("Unlike Trump, Cruz …" opens on Cruz).
fn lead_in(t: &Tokens, first: usize, upto: usize, fronted: bool) -> bool {
    let lex = Lexicon::get();
    let from = (first..upto)
        .rfind(|&k| fronted && t.is_punct(k, ','))
        .map_or(first, |c| c + 1);
    (from..upto).all(|k| {
        if !t.is_word(k) {
            return t.is_punct(k, '.');
        }
        let w = t.low(k);
        CONNECTIVES.contains(&w) || t.is_cap(k) && (!lex.is_common(w) || lex.is_abbreviation(w))
    })
}

/// Whether tokens from `k` give an age: ", 47,".
fn aged(t: &Tokens, k: usize) -> bool {
    k + 2 < t.len()
        && t.is_punct(k, ',')
        && t.toks[k + 1].kind == super::tokens::Kind::Number
        && t.s(k + 1).len() <= 3
        && t.is_punct(k + 2, ',')
}

/// The sex a subject pronoun says, if it is "he" or "she".
fn pronoun_gender(word: &str) -> Option<Gender> {
    match before_apostrophe(word) {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// Whether token `k` lies inside one of the `mentions` (sorted by start), or
/// in the post written into its run ("Secretary of State Hillary Clinton").
fn inside_a_name(mentions: &[Mention], k: usize) -> bool {
    let before = mentions.partition_point(|m| m.first < k);
    (before > 0 && mentions[before - 1].end > k)
        || mentions.get(before).is_some_and(|m| m.post_first < k)
}

/// Titles written short before a name, spelt out as a later mention
/// writes them ("Sen. Marco Rubio" … "the Florida senator").
const SHORT_TITLES: &[(&str, &str)] = &[
    ("sen", "senator"),
    ("rep", "representative"),
    ("gov", "governor"),
    ("pres", "president"),
    ("gen", "general"),
    ("lt", "lieutenant"),
    ("col", "colonel"),
    ("sgt", "sergeant"),
    ("capt", "captain"),
    ("cmdr", "commander"),
    ("adm", "admiral"),
    ("prof", "professor"),
    ("sec", "secretary"),
    ("atty", "attorney"),
    ("amb", "ambassador"),
    ("supt", "superintendent"),
];

/// Posts held for a state or a city, which a description names ("the
/// Florida senator", "the Ohio governor").
const PLACED_POSTS: &[&str] = &[
    "senator",
    "governor",
    "representative",
    "congressman",
    "congresswoman",
    "mayor",
    "lawmaker",
];

fn spelt_out(short: &str) -> Option<&'static str> {
    SHORT_TITLES
        .iter()
        .find(|(s, _)| *s == short)
        .map(|&(_, long)| long)
}

/// Surname prefixes written with a capital inside the name.
const SURNAME_PREFIXES: &[&str] = &[
    "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Ja", "Van", "Von", "O'", "O’",
];

/// Whether `name` is one word spelt as a prefixed surname: a prefix of
/// [`SURNAME_PREFIXES`], then a capital and no other ("McDonald",
/// "DeSantis", "O’Rourke").
fn prefixed_surname(name: &str) -> bool {
    SURNAME_PREFIXES.iter().any(|p| {
        name.strip_prefix(p).is_some_and(|rest| {
            let mut chars = rest.chars();
            chars.next().is_some_and(char::is_uppercase) && !chars.any(char::is_uppercase)
        })
    })
}

/// A name spelt as a product's: a model number ("Sony WF-1000XM5", "A19
/// Pro"), a brand's inner capital ("Apple AirPods Pro"), a maker's
/// acronym first ("AMD Ryzen") or a tier last ("Logic Pro", "Yoast SEO
/// Premium"). A product goes by its last word as a person goes by a
/// surname ("… the Ryzen", "… Premium"), and is no person.
fn is_product_name(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let first = words[0].as_bytes();
    let acronym = first.len() >= 3 && first.iter().all(u8::is_ascii_uppercase);
    // A brand leading a longer name is a role ("YouTuber Marques Brownlee").
    let after_role = usize::from(words.len() >= 3);
    let tier = words.len() >= 2 && words.last().is_some_and(|w| PRODUCT_TIERS.contains(w));
    acronym
        || tier
        || name.bytes().any(|b| b.is_ascii_digit())
        || words[after_role..].iter().any(|w| is_brand_word(w))
}

/// Last words of a product's tier or edition, never a surname.
const PRODUCT_TIERS: &[&str] = &[
    "Edition", "Lite", "Max", "Mini", "Plus", "Premium", "Pro", "Series", "Ultra",
];

/// One word with a capital after lowercase letters ("DesignRush",
/// "PayPal"): a brand's spelling, not a surname's ("McDonald",
/// "DeSantis", "O'Brien").
fn is_brand_word(name: &str) -> bool {
    if name.contains(char::is_whitespace) {
        return false;
    }
    let inner_capital = name
        .char_indices()
        .skip(1)
        .any(|(i, c)| c.is_uppercase() && part(name, ..i).ends_with(char::is_lowercase));
    inner_capital && !prefixed_surname(name)
}
