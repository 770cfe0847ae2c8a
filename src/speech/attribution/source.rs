//! Reading the source phrase around a cue: after an inverted cue, before
//! a cue over auxiliaries, appositions and dashes, and the noun phrases
//! that make it.

use crate::speech::actors::is_people_noun;
use crate::speech::lexicon::{singular, Cue, Role};
use crate::speech::sentences::Sentence;
use crate::speech::tokens::Kind;

use super::words::*;
use super::{Finder, Range};

impl<'a, 't> Finder<'a, 't> {
    /// Inverted: `"…," said X`, as the source and content parts.
    pub(super) fn inverted(&self, s: &Sentence, v: usize) -> Option<(Range, Vec<Range>)> {
        let t = self.t;
        if v <= s.first + 1 || !self.left_boundary(v - 1) {
            return None;
        }
        // Only a finite verb comes before its subject ("…, said Kirby",
        // "…, writes Smith", "…, say the authors"); another bare form is
        // an imperative or an infinitive ("If you dislike the taste, add a
        // little stevia", "…, write a poem", "one brand, say Kasa").
        let w = self.low(v);
        // "…, too, called CleanWeb": a name given, not a speaker.
        if w.starts_with("call") {
            return None;
        }
        // A source after its verb must name a speaker as one before it
        // does: "…, adds an extra layer of security" is a thing's verb.
        let src = self
            .source_after(s, v)
            .filter(|&src| self.names_a_speaker(src, v))?;
        let say_plural = w == "say" && self.low(src.1 - 1).ends_with('s') && !t.is_cap(src.1 - 1);
        if !(w.ends_with('s') || w.ends_with("ed") || is_in(IRREGULAR_PASTS, w) || say_plural) {
            return None;
        }
        let content = (s.first, v - usize::from(t.is_punct(v - 1, ',')));
        if self.words_between(content.0, content.1) == 0 {
            return None;
        }
        let mut parts = vec![content];
        parts.extend(self.mid_rest(s, src.1, true));
        Some((src, parts))
    }

    /// The rest of a sentence after a mid-sentence attribution (`"…," he
    /// said, "…"`), unless a new clause with its own cue starts there.
    pub(super) fn mid_rest(&self, s: &Sentence, from: usize, inverted: bool) -> Option<Range> {
        let t = self.t;
        let quoted_before = self.has_quote((s.first, from));
        // Nothing after the comma: a text cut there ("“We will win,” she
        // said,").
        if from + 1 >= s.end || !(t.is_punct(from, ',') || t.is_punct(from, ':')) {
            return None;
        }
        let start = from + 1;
        let words = self.words_between(start, s.end);
        let next_cue = (start..(start + 3).min(s.end))
            .any(|k| self.frame(k) && t.is_word(k) && self.lex.cue(self.low(k)).is_some());
        // A quotation resumes (`"…," he said, "…"`) or the reported clause
        // goes on (`The economy, he said, is strong.`); an apposition or a
        // relative clause about the source does not count.
        let resumes = self.of[start].is_some();
        let clause = !quoted_before
            && t.is_word(start)
            && !t.is_cap(start)
            // After `said X,` an article opens an apposition about X.
            && (!inverted || !self.word_is(start, DETERMINERS))
            && !self.low(start).ends_with("ing")
            && !self.word_is(
                start,
                &[
                    "who",
                    "which",
                    "whose",
                    "where",
                    "when",
                    "according",
                    "as",
                    "after",
                    "before",
                    "while",
                    "in",
                    "at",
                    "on",
                    "during",
                    "referring",
                    "one",
                    "and",
                    "but",
                ],
            );
        if words > 0 && !next_cue && (resumes || clause) {
            return Some((start, s.end));
        }
        // `"…," said X, an economist at Y, "…"`: the quotation resumes after
        // an apposition.
        let resume = (start..s.end).find(|&k| self.of[k].is_some())?;
        let apposition = resume > start + 1
            && t.is_punct(resume - 1, ',')
            && quoted_before
            && !(start..resume).any(|k| {
                t.is_word(k) && !t.is_cap(k) && self.lex.cue(self.low(k)) == Some(Cue::Speech)
            });
        apposition.then_some((resume, s.end))
    }

    /// A token that can end the content before an attribution: a comma, a
    /// closing quotation, a dash, a colon.
    pub(super) fn left_boundary(&self, i: usize) -> bool {
        matches!(self.t.punct(i), Some(',' | '—' | '–' | ':' | ';'))
            || (self.of[i].is_some() && self.quoted[self.of[i].unwrap() as usize].close == i)
    }

    /// The source after an inverted cue: `said Jane Doe, a spokeswoman`.
    fn source_after(&self, s: &Sentence, v: usize) -> Option<Range> {
        let t = self.t;
        let first = v + 1;
        if first >= s.end || !self.frame(first) || !t.is_word(first) {
            return None;
        }
        let w = self.low(first);
        let quantifier = matches!(
            w,
            "one"
                | "two"
                | "three"
                | "several"
                | "some"
                | "many"
                | "most"
                | "other"
                | "both"
                | "former"
                | "senior"
        );
        // A lowercase word before a name describes it ("said witness Tom
        // Hardy", "said neighbour Ana Ruiz"): a noun or an adjective, not
        // a word that links or places ("said in Paris", "said then
        // Smith").
        let describes = |k: usize| {
            t.is_word(k)
                && !t.is_cap(k)
                && !b"spdat"
                    .iter()
                    .any(|&c| self.lex.function_word_is(self.low(k), c))
        };
        let named = (first + 1..first + 3)
            .find(|&k| !describes(k))
            .is_some_and(|k| t.is_cap(k) && !self.lex.is_common(self.low(k)));
        if !(t.is_cap(first)
            || is_in(DETERMINERS, w)
            || quantifier
            || self.lex.role(w).is_some()
            || (describes(first) && named))
            || is_in(&["that", "it", "this"], w)
        {
            return None;
        }
        let mut end = first;
        while end < s.end
            && self.frame(end)
            && (t.is_word(end)
                || matches!(t.punct(end), Some('.' | '-' | '’' | '\'' | '&'))
                    && !self.ends_sentence_dot(end, s))
            && end - first < MAX_SOURCE_TOKENS
        {
            if t.is_word(end) && end > first && self.lex.cue(self.low(end)).is_some() {
                return None;
            }
            end += 1;
        }
        // The source must end the clause.
        let ends = end >= s.end
            || matches!(
                t.punct(end),
                Some(',' | '.' | '!' | '?' | ';' | ':' | '—' | '(')
            )
            || self.ends_sentence_dot(end, s);
        ends.then(|| self.name_after_post(s, (first, end)))
    }

    /// `said Pakistan’s foreign minister, Ishaq Dar.`: a post before the
    /// name it is set off from runs on to the name, the one who speaks.
    fn name_after_post(&self, s: &Sentence, (a, b): Range) -> Range {
        let t = self.t;
        // (So does "one" of a group: "said one, Fatima Ali, a teacher",
        // "said one of the organizers, Ana Lima".)
        let one = self.word_is(a, &["one", "another"]);
        // A post alone, title-cased or not, hyphenated or not: "says
        // Co-Founder, Stephanie Özcan", "said Mayor, Jane Doe".
        let lone_post = b == a + 1
            && t.is_word(a)
            && self.is_post(crate::substr::after_last(self.low(a), b'-'));
        let post = (b == a + 1 && one
            || lone_post
            || (self.determines(a) || one)
                && (self.is_post(self.low(b - 1)) || self.is_group_word(b - 1)))
            && t.is_punct(b, ',');
        if !post {
            return (a, b);
        }
        let mut k = b + 1;
        while k < s.end && t.is_cap(k) && !self.lex.is_common(self.low(k)) {
            k += 1;
        }
        let name = k > b + 1 && (t.is_punct(k, ',') || self.ends_sentence_dot(k, s));
        (a, if name { k } else { b })
    }

    /// A determiner, or a possessive that stands for one ("the mayor",
    /// "Pakistan’s foreign minister").
    pub(super) fn determines(&self, k: usize) -> bool {
        self.word_is(k, DETERMINERS) || self.t.without_possessive(k).1
    }

    fn ends_sentence_dot(&self, i: usize, s: &Sentence) -> bool {
        self.t.is_punct(i, '.') && i + 1 == s.end
    }

    /// Whether the auxiliaries and adverbs right before the cue at `v`
    /// (none before `first`) hold a form of "be" or "get" ("were also
    /// asked", "may be notified", "got told").
    pub(super) fn passive_auxiliary(&self, first: usize, v: usize) -> bool {
        let t = self.t;
        (first..v)
            .rev()
            .take_while(|&k| {
                let w = self.low(k);
                t.is_word(k)
                    && !t.is_cap(k)
                    && (is_in(AUXILIARIES, w) || w.ends_with("ly") || w == "n't" || w == "got")
            })
            .any(|k| self.word_is(k, BE) || self.word_is(k, &["got", "being"]))
    }

    /// Whether word `k` is "each" floated after its subject ("The two
    /// leaders each said"), between the source and its cue as an adverb
    /// is: no determiner of a noun ("both" and "all" are read so already).
    pub(super) fn floated_quantifier(&self, first: usize, k: usize) -> bool {
        self.word_is(k, &["each"])
            && k > first
            && self.t.is_word(k - 1)
            && !self.word_is(k - 1, PREPOSITIONS)
    }

    /// Steps left from the cue at `v` over auxiliaries and adverbs to the
    /// last token of its subject.
    pub(super) fn skip_auxiliaries(&self, first: usize, v: usize) -> Option<usize> {
        let t = self.t;
        let mut k = v.checked_sub(1)?;
        loop {
            if k < first || !self.frame(k) {
                return (k >= first).then_some(k);
            }
            let w = self.low(k);
            let adverb = t.is_word(k) && !t.is_cap(k) && w.ends_with("ly") && w.len() > 4;
            // "Theresa May said", "May said": a capitalised auxiliary inside
            // a sentence, or before a past tense, is a name.
            let name = t.is_cap(k) && (k > first || (k + 1 == v && self.low(v) == "said"));
            let floated = self.floated_quantifier(first, k);
            if t.is_word(k) && ((is_in(AUXILIARIES, w) && !name) || adverb || floated || w == "n't")
            {
                k = k.checked_sub(1)?;
            } else if self.word_is(k, &["to"]) && k > first && t.is_word(k - 1) && !t.is_cap(k - 1)
            {
                // "declined to say", "went on to write".
                k = k.checked_sub(2)?;
                if k >= first && self.word_is(k, &["on"]) {
                    k = k.checked_sub(1)?;
                }
            } else if k > first && is_year(w) && self.word_is(k - 1, &["in"]) {
                // "who in 2010 said": a time, not the subject.
                k = k.checked_sub(2)?;
            } else if t.is_punct(k, '’') || t.is_punct(k, '\'') {
                k = k.checked_sub(1)?;
            } else {
                return Some(k);
            }
            if k < first {
                return None;
            }
        }
    }

    /// The source before an apposition between dashes, which may hold
    /// commas and names of its own: "Rep. Lois Frankel — like Reid, a
    /// supporter of Grayson’s opponent, Rep. Patrick Murphy — recalled".
    /// Without it the sentence read as an inverted attribution, its
    /// subject taken for content and "Grayson" after the verb for the
    /// source. Only a named phrase that opens the clause counts.
    fn source_before_dashes(&self, first: usize, end: usize) -> Option<Range> {
        let t = self.t;
        let dash = t.punct(end).filter(|c| matches!(c, '—' | '–'))?;
        let open = (first + 1..end)
            .rev()
            .take(MAX_APPOSITION_TOKENS)
            .take_while(|&k| self.frame(k))
            .find(|&k| t.punct(k) == Some(dash))?;
        let np = self.np_back(first, open - 1)?;
        let named = (np.0..np.1).any(|k| t.is_cap(k)) || self.word_is(np.1 - 1, PRONOUNS);
        (named && np.0 == first).then_some(np)
    }

    /// Whether every word of `np` is a common word, one that opens or
    /// makes no name ("Meanwhile", "on Friday").
    fn only_common_words(&self, np: Range) -> bool {
        (np.0..np.1).all(|k| !self.t.is_word(k) || self.lex.is_common(self.low(k)))
    }

    /// The source noun phrase ending at `end` (inclusive), read leftwards;
    /// an apposition or relative clause between commas is stepped over
    /// (`Jane Doe, a doctor, said`).
    pub(super) fn source_before(&self, first: usize, end: usize) -> Option<Range> {
        let t = self.t;
        if let Some(np) = self.source_before_dashes(first, end) {
            return Some(np);
        }
        if t.is_punct(end, ',') {
            // `X, a doctor, said`, `X, 21, a student, said`, `X, who …, said`.
            let mut end = end;
            let mut nearest = None;
            for _ in 0..MAX_APPOSITIONS {
                let mut p = end;
                while p > first {
                    p -= 1;
                    if !self.frame(p) {
                        return nearest;
                    }
                    if t.is_punct(p, ',') {
                        break;
                    }
                    if end - p > MAX_APPOSITION_TOKENS {
                        return nearest;
                    }
                }
                if p <= first || !t.is_punct(p, ',') {
                    return nearest;
                }
                // `Another pollster, David Woodard of Clemson, said`: the
                // name between the commas is the source; credentials are
                // not (`Keri Gans, M.S., R.D.N., said`).
                // (Before the comma a post may end on a name: "The head of
                // the IMF, Kristalina Georgieva, warned"; a place may not:
                // "in Allentown, Pa., said".)
                // ("The chair of the Federal Reserve, Jerome Powell,", "The
                // chief executive of Tesla, Elon Musk,": or its head
                // before "of".)
                let role_noun = |k: usize| !t.is_cap(k) && self.is_post(self.low(k));
                let post_before = || {
                    self.np_back(first, p - 1).is_some_and(|np| {
                        let of = (np.0.saturating_sub(1)..np.1).find(|&k| self.word_is(k, &["of"]));
                        role_noun(np.0 + usize::from(self.word_is(np.0, DETERMINERS)))
                            || of.is_some_and(|k| k > first && role_noun(k - 1))
                    })
                };
                if t.is_cap(p + 1)
                    && !self.lex.is_common(self.low(p + 1))
                    && !self.lex.is_common_acronym(t.s(p + 1))
                    // ("Apple’s CEO, Tim Cook,": a post in capitals; not
                    // "Peter T. King, Republican of New York,".)
                    && (!t.is_cap(p - 1)
                        || (!t.s(p - 1).bytes().any(|b| b.is_ascii_lowercase()) && self.is_post(self.low(p - 1)))
                        || post_before())
                {
                    if let Some(np) = self.np_back(p + 1, end - 1) {
                        return Some(np);
                    }
                }
                // A phrase after a preposition is the one before it
                // modified: "A person familiar with the matter, who …,".
                // Only a phrase about people ("Officials at the agency",
                // "His critics in the US"), not a participle's ("Alarmed by
                // the unrest in Nevada, Harry Reid said") or a thing's.
                let np = self.np_back(first, p - 1).map(|np| {
                    let about_people = |(a, _): Range| {
                        !(a..np.0)
                            .any(|k| self.low(k).ends_with("ed") || self.low(k).ends_with("ing"))
                            && self.heads_a_group(a)
                    };
                    if np.0 > first && self.word_is(np.0 - 1, PREPOSITIONS) {
                        self.np_with_modifiers(first, np)
                            .filter(|&w| about_people(w))
                            .unwrap_or(np)
                    } else {
                        np
                    }
                });
                // So is a role or a group: `“…,” one official, who spoke on
                // condition of anonymity, said`.
                let named = np.filter(|np| {
                    (np.0..np.1).any(|k| t.is_cap(k))
                        || self.word_is(np.1 - 1, PRONOUNS)
                        || (self.is_person_like(*np)
                            && !(np.0 > first && self.word_is(np.0 - 1, PREPOSITIONS)))
                });
                // The phrase that opens the clause is the source; a name
                // inside the apposition ("in Allentown, Pa.,") is not, nor
                // is a fronted adverbial ("In July, Sammy Aaron, vice
                // chairman of G-III, told", "Similarly, William J. Bennett,
                // a Reagan education secretary, said": the name after it),
                // though "Among likely GOP voters, about two-thirds say" is
                // theirs, and "Others, who …, say" theirs.
                if let Some(np) = named.filter(|&np| {
                    (!self.word_is(np.0, PREPOSITIONS) || self.word_is(np.0, &["among"]))
                        && !(nearest.is_some() && self.only_common_words(np))
                }) {
                    let opens = np.0 == first
                        || matches!(t.punct(np.0 - 1), Some(';' | ':' | '—' | '–'))
                        // Right after a quotation that opens the clause:
                        // “…,” Jo Purner, a representative in Allentown,
                        // Pa., said.
                        || self.of[np.0 - 1].is_some_and(|q| self.quoted[q as usize].open <= first)
                        || self.word_is(np.0 - 1, &["and", "but", "so", "as", "while"]);
                    if opens {
                        return Some(np);
                    }
                    nearest = nearest.or(Some(np));
                }
                end = p;
            }
            return nearest;
        }
        let np = self.np_back(first, end)?;
        // "Beck, who …, last week said", "The senator, a Democrat, on
        // Monday said": the time is the cue's, the source is before it.
        let on_day = np.1 == np.0 + 1 && self.is_day(np.0);
        let time = np.0 - usize::from(on_day && np.0 > first && self.word_is(np.0 - 1, &["on"]));
        if (on_day || self.is_time(np)) && time > first && t.is_punct(time - 1, ',') {
            return self.source_before(first, time - 1);
        }
        // A noun phrase after a preposition ("officials in the
        // administration said", "Smith while on a visit on Friday
        // welcomed"): the subject starts the clause.
        // A phrase of circumstance words only ("on Friday said") is no
        // source either; after a clause opener ("after Clinton claimed")
        // the phrase is the subject.
        let circumstance = self.only_common_words(np);
        let after_preposition = np.0 > first
            && self.word_is(np.0 - 1, PREPOSITIONS)
            && !self.word_is(
                np.0 - 1,
                &["after", "before", "while", "since", "until", "as"],
            );
        if after_preposition || circumstance {
            if let Some(subject) = self.clause_subject(first, np.0) {
                let only_circumstance = self.only_common_words(subject);
                if subject.0 < np.0 && !only_circumstance {
                    // A group with what sets it apart: "People familiar
                    // with the matter said", "Officials at the agency
                    // said" (as "two officials familiar with the talks"
                    // below), not "Smith in a statement said", nor a
                    // group's examples ("Proponents like Mr. Eisenbrey").
                    let modified = (after_preposition
                        && !circumstance
                        && !self.word_is(np.0 - 1, &["like", "including"])
                        && subject.1 + 1 == np.0
                        && self.heads_a_group(subject.0))
                    .then(|| self.np_with_modifiers(first, np))
                    .flatten()
                    .filter(|whole| whole.0 == subject.0);
                    return Some(modified.unwrap_or(subject));
                }
            } else if let Some(whole) = self.np_with_modifiers(first, np) {
                // "two officials familiar with the talks said".
                return Some(whole);
            }
        }
        Some(np)
    }

    /// The subject of the sentence: its first noun phrase, after a
    /// leading adverbial that ends in a comma (`On Monday, Smith …`).
    pub(super) fn sentence_subject(&self, s: &Sentence, before: usize) -> Option<Range> {
        let start = self.subject_start(s, before)?;
        let subject = self.clause_subject(start, before)?;
        (subject.0 >= start).then_some(subject)
    }

    /// Where a sentence's subject may start: after a leading conjunction,
    /// and after a leading adverbial and its comma (before `before`).
    fn subject_start(&self, s: &Sentence, before: usize) -> Option<usize> {
        let mut start = s.first;
        while self.word_is(start, &["but", "and", "so", "yet", "still", "then"]) {
            start += 1;
        }
        if self.word_is(start, PREPOSITIONS) || self.word_is(start, STOPPERS) {
            start = (start..before).find(|&k| self.t.is_punct(k, ','))? + 1;
        }
        Some(start)
    }

    /// The subject of a sentence whose first verb is coordinated with the
    /// cue after "and" at `and`: "Twitter reported flat growth, and said
    /// …", "Brian Fallon, a spokesman for Mrs. Clinton, called on the
    /// senator to take back his words and said …". The subject opens the
    /// sentence (after a fronted phrase and its comma), may carry an
    /// apposition between commas, and its verb follows it in lowercase;
    /// between that verb and "and" nothing may open a clause of its own
    /// (a relative, a subordinate clause, a reported "that"), whose "and"
    /// would join that clause's verbs ("The report found that Smith lied
    /// and said …").
    pub(super) fn coordinated_subject(&self, s: &Sentence, and: usize) -> Option<Range> {
        let t = self.t;
        let start = self.subject_start(s, and)?;
        let comma_after = |k: usize| (k..and).find(|&j| t.is_punct(j, ','));
        let subject = self.clause_subject(start, comma_after(start).unwrap_or(and))?;
        // Someone named, a pronoun or a determined noun: not a fronted
        // adverb or participle ("Hastily politicizing the tragedy …"), nor
        // a phrase capitalised only as the sentence's first ("Owned spaces
        // charge rent …, and said rent can be …", an adjective's "said").
        let participle = (start..subject.1)
            .any(|k| self.low(k).ends_with("ly") || (!t.is_cap(k) && self.low(k).ends_with("ing")));
        let someone = self.word_is(start, PRONOUNS)
            || self.determines(start)
            || ((start..subject.1).any(|k| self.is_named_cap(k)) && !participle);
        if subject.0 != start || !someone {
            return None;
        }
        // Past an apposition: ", a spokesman for Mrs. Clinton,".
        let mut verb = subject.1;
        if t.is_punct(verb, ',') {
            verb = comma_after(verb + 1)? + 1;
            if verb - subject.1 > MAX_SOURCE_TOKENS {
                return None;
            }
        }
        // What opens a clause of its own, or ends this one, between the
        // verb and "and" (a comma only right before "and").
        let breaks = |k: usize| {
            matches!(t.punct(k), Some(';' | ':' | '(' | '—' | '–'))
                || (t.is_punct(k, ',') && k + 1 != and)
                || self.word_is(k, SUBORDINATORS)
                || self.word_is(
                    k,
                    &["that", "who", "whom", "whose", "which", "where", "but"],
                )
        };
        let plain = (verb..and).all(|k| self.frame(k) && !breaks(k));
        let opens_on_a_verb = verb < and && t.is_word(verb) && !t.is_cap(verb);
        (plain && opens_on_a_verb).then_some(subject)
    }

    /// The subject of a clause whose verb follows an apposition between
    /// commas, for a participle after the clause at `p`: "Car Talk expert,
    /// John Paul, lobbied for a larger car, saying, “…”" (the clause
    /// before `p` opens on its verb, "lobbied").
    pub(super) fn subject_before_apposition(&self, s: &Sentence, p: usize) -> Option<Range> {
        let t = self.t;
        let c = (s.first + 1..p).rev().find(|&k| t.is_punct(k, ','))?;
        // (Not a relative clause's "who", nor a fronted "In London, …".)
        let verb = t.is_word(c + 1)
            && !t.is_cap(c + 1)
            && self.frame(c + 1)
            && !self.word_is(c + 1, &["who", "whose", "which", "that", "where", "when"])
            && !self.word_is(c + 1, TAIL_OPENERS)
            && !self.word_is(c + 1, PREPOSITIONS);
        verb.then(|| self.source_before(s.first, c))
            .flatten()
            .filter(|&(a, _)| !self.word_is(a, PREPOSITIONS))
    }

    /// A noun phrase with the prepositional phrase after its head, back
    /// to the start of the clause: `officials familiar with the talks`.
    fn np_with_modifiers(&self, first: usize, np: Range) -> Option<Range> {
        /// Longest phrase taken this way, in tokens.
        const MAX_MODIFIED: usize = 8;
        let t = self.t;
        let mut start = np.0;
        while start > first {
            let p = start - 1;
            let stop = !self.frame(p)
                || !t.is_word(p)
                || (self.word_is(p, STOPPERS) && !self.word_is(p, PREPOSITIONS))
                || self.lex.cue(self.low(p)).is_some();
            if stop {
                break;
            }
            start = p;
        }
        // Or, for a group of people, right after a quotation ("“…,” a
        // spokesperson for the ministry said") or a conjunction ("…, but a
        // person close to the company said").
        let clause_start = start == first
            || matches!(t.punct(start - 1), Some(',' | ';' | ':' | '—' | '–'))
            || ((!self.frame(start - 1) || self.word_is(start - 1, &["but", "while"]))
                && self.heads_a_group(start));
        (start + 1 < np.0
            && np.1 - start <= MAX_MODIFIED
            && clause_start
            && !self.word_is(start, PREPOSITIONS))
        .then_some((start, np.1))
    }

    /// Whether the phrase at `a` names people by its head, after a
    /// determiner and a count: "officials", "A person", "the two lawyers".
    fn heads_a_group(&self, a: usize) -> bool {
        let after_determiner = a + usize::from(self.determines(a));
        self.is_group_word(after_determiner + usize::from(self.is_count(after_determiner)))
    }

    /// Whether lowercase `w` names a post: a title or a role noun
    /// ("president", "spokesman").
    pub(super) fn is_post(&self, w: &str) -> bool {
        matches!(self.lex.role(w), Some(Role::Title | Role::Noun))
    }

    /// Whether word `k` is a noun for people: "officials", "person",
    /// "sources", "staff".
    pub(super) fn is_group_word(&self, k: usize) -> bool {
        let w = self.low(k);
        let one = singular(w);
        is_in(SPEAKER_NOUNS, &one)
            || is_people_noun(self.lex, w)
            || is_in(SPEAKING_ALONE, w)
            || is_in(SPEAKING_ALONE, &one)
    }

    /// The noun phrase that starts the clause holding token `before`.
    fn clause_subject(&self, first: usize, before: usize) -> Option<Range> {
        let t = self.t;
        let mut start = before;
        while start > first {
            let p = start - 1;
            if !self.frame(p) || matches!(t.punct(p), Some(',' | ';' | ':' | '—' | '–' | '(')) {
                break;
            }
            start = p;
        }
        // Skip a leading conjunction.
        while start < before
            && self.word_is(start, &["and", "but", "so", "yet", "then", "meanwhile"])
        {
            start += 1;
        }
        let mut end = start;
        while end < before
            && self.frame(end)
            && (t.is_word(end) || matches!(t.punct(end), Some('.' | '-' | '’' | '\'')))
            && !(end > start && self.word_is(end, STOPPERS) && !self.of_in_name(end))
            && !(end > start && t.is_word(end) && self.lex.cue(self.low(end)).is_some())
        {
            // "The minister defended the plan", "Trump took a hands-off
            // approach": a determiner after a lowercase word opens the
            // object of the verb that word is; the subject ends before both
            // ("A screenshot of a Google query" goes on after "of").
            if end > start + 1
                && self.word_is(end, DETERMINERS)
                && t.is_word(end - 1)
                && !t.is_cap(end - 1)
                && !self.word_is(end - 1, PREPOSITIONS)
            {
                end -= 1;
                while end > start + 1 && self.word_is(end - 1, AUXILIARIES) {
                    end -= 1;
                }
                break;
            }
            // "The company sent letters", "The mayor met donors": a verb
            // in the past after the head ends the subject too, unless it
            // names ("a man named John Smith").
            if end > start + 1
                && t.is_word(end - 1)
                && !t.is_cap(end)
                && !self.low(end - 1).ends_with("ly")
                && !self.word_is(end - 1, DETERMINERS)
                && (self.low(end).ends_with("ed")
                    || is_in(PLAIN_PASTS, self.low(end))
                    || is_in(IRREGULAR_PASTS, self.low(end)))
                && !(t.is_word(end + 1) && t.is_cap(end + 1))
            {
                break;
            }
            end += 1;
        }
        // "They succinctly gave their spiel, noting …": the pronoun is the
        // subject, not it and the adverb.
        if self.word_is(start, PRONOUNS) {
            while end > start + 1
                && self.low(end - 1).len() > 4
                && self.low(end - 1).ends_with("ly")
            {
                end -= 1;
            }
        }
        let ok =
            end > start && ((start..end).any(|k| t.is_cap(k)) || self.word_is(start, PRONOUNS));
        ok.then_some((start, end))
    }

    /// "of" or "for" inside a name or title: "Secretary of State John
    /// Kerry", "Organization for Economic Cooperation and Development".
    fn of_in_name(&self, k: usize) -> bool {
        matches!(self.low(k), "of" | "for") && k > 0 && self.t.is_cap(k - 1) && self.t.is_cap(k + 1)
    }

    /// A count in figures or words ("60", "four").
    fn is_count(&self, i: usize) -> bool {
        self.t.toks[i].kind == Kind::Number || is_in(NUMBER_WORDS, self.low(i))
    }

    /// A count or a quantity word ("four", "60", "half", "a third").
    fn is_count_or_share(&self, i: usize) -> bool {
        self.is_count(i) || is_in(&["half", "a", "one-third", "two-thirds"], self.low(i))
    }

    /// Whether the `in` at `i` joins two counts ("4 in 10", "one in five").
    fn is_share(&self, i: usize, first: usize, end: usize) -> bool {
        i > first && i < end && self.is_count(i - 1) && self.is_count(i + 1)
    }

    /// A capitalised conjunction that opens the clause of a source, which
    /// the source goes without ("When reporters asked", "While critics
    /// say"). Not a condition, nor an opener before a pronoun: the source
    /// keeps them, and `can_speak` turns it down ("If these statistics
    /// tell us anything", "When you ask").
    fn opens_a_clause_of_a_source(&self, i: usize) -> bool {
        let next = before_apostrophe(self.low_at(i + 1).unwrap_or(""));
        self.word_is(i, SUBORDINATORS)
            && !(self.word_is(i, CLAUSE_OPENERS) && is_in(PRONOUNS, next))
    }

    /// The noun phrase ending at `end`, read leftwards.
    pub(super) fn np_back(&self, first: usize, end: usize) -> Option<Range> {
        let t = self.t;
        let mut k = end as isize;
        let lo = first as isize;
        while k >= lo {
            let i = k as usize;
            if !self.frame(i) || end - i >= MAX_SOURCE_TOKENS {
                break;
            }
            if t.is_word(i) {
                let w = self.low(i);
                if i < end && self.lex.cue(w).is_some() && !t.is_cap(i) {
                    break;
                }
                if w == "and" {
                    // "Trump and Pence said", not "… and he said".
                    let both = i > first && t.is_cap(i - 1) && t.is_cap(i + 1);
                    if !both {
                        break;
                    }
                } else if w == "per" && self.word_is(i + 1, &["cent"]) && i > first {
                    // "63 per cent of organisations said", as "63 percent".
                } else if w == "in" && self.is_share(i, first, end) {
                    // "4 in 10 said", "one in five voters say": a share of
                    // the polled is the phrase's head, as "62%" is.
                } else if w == "than"
                    && i > first
                    && self.word_is(i - 1, &["more", "fewer", "less"])
                    && i < end
                    && self.is_count_or_share(i + 1)
                {
                    // "More than four in 10 say", "Fewer than half say": the
                    // comparison is part of the share.
                } else if is_in(STOPPERS, w)
                    && (!t.is_cap(i) || self.opens_a_clause_of_a_source(i))
                    && !self.of_in_name(i)
                {
                    break;
                } else if i < end
                    && is_in(PRONOUNS, before_apostrophe(w))
                    && before_apostrophe(w) != "it"
                {
                    // "… he" starts a new subject: "the report he said".
                    break;
                } else if i == end && is_in(&["he", "she", "they", "we", "i"], before_apostrophe(w))
                {
                    // ("He's said", "They've told": a contraction's
                    // pronoun, never a possessive one.)
                    // The pronoun is the whole subject: "When asked about her
                    // new Knit Top she said", "cubes that he calls".
                    k -= 1;
                    break;
                }
            } else if t.toks[i].kind == Kind::Number {
            } else if t.is_punct(i, '%') && i > first && t.toks[i - 1].kind == Kind::Number {
                // "62% of consumers said": the share is the phrase's head.
            } else if t.is_punct(i, ')') {
                // "Rep. Zoe Lofgren (D-Calif.) said": step over the group.
                match (i.saturating_sub(8).max(first)..i)
                    .rev()
                    .find(|&o| t.is_punct(o, '('))
                {
                    Some(o) if o > first => {
                        k = o as isize - 1;
                        continue;
                    }
                    _ => break,
                }
            } else if t.is_punct(i, '&') && i > first && t.is_cap(i - 1) && t.is_cap(i + 1) {
                // "Johnson & Johnson said": one firm's name, as "AT&T" is.
            } else if !matches!(t.punct(i), Some('.' | '-' | '’' | '\'' | '&')) || t.toks[i].space
            {
                break;
            }
            k -= 1;
        }
        let start = (k + 1) as usize;
        let mut start = start;
        // Never start on punctuation.
        while start <= end && !t.is_word(start) && t.toks[start].kind != Kind::Number {
            start += 1;
        }
        (start <= end).then_some((start, end + 1))
    }
}
