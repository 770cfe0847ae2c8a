//! What was said after a cue: its content, and the short tails
//! (`on Tuesday`, `told the crowd`) that are no content.

use crate::speech::lexicon::{singular, Cue, Role};
use crate::speech::sentences::Sentence;
use crate::speech::tokens::Kind;

use super::words::*;
use super::{Finder, Range};

impl<'a, 't> Finder<'a, 't> {
    /// Whether the "that" at `k` points at a time that ends the phrase ("he
    /// said in his victory speech that night."), where no clause opens:
    /// read as one, "night" was the content and the quotation before it
    /// was lost. ("said that night falls early" still opens a clause.)
    fn that_time(&self, k: usize) -> bool {
        self.word_is(k, &["that"]) && self.word_is(k + 1, THAT_TIMES) && !self.t.is_word(k + 2)
    }

    /// Where the sentence continues after a short adverbial tail (`on
    /// Tuesday`, `in a statement`) that ends it or ends at a comma: the
    /// token after the tail. None when a clause follows instead.
    pub(super) fn adverbial_tail(&self, s: &Sentence, from: usize) -> Option<usize> {
        let t = self.t;
        let mut k = from;
        let mut words = 0;
        while k < s.end {
            match t.punct(k) {
                Some(',' | ';' | ':' | '—' | '–' | '(' | '!' | '?') => return Some(k),
                Some('.') if k + 1 >= s.end => return Some(k),
                _ => {}
            }
            if !self.frame(k) {
                return None;
            }
            if t.is_word(k) {
                let w = self.low(k);
                if words == 0 && !is_in(TAIL_OPENERS, w) {
                    return None;
                }
                if (w == "that" && !self.that_time(k)) || (words > 0 && self.strong_cue(k)) {
                    return None;
                }
                words += 1;
                if words > MAX_TAIL_WORDS {
                    return None;
                }
            }
            k += 1;
        }
        Some(k)
    }

    /// Like [`Self::adverbial_tail`], for a cue after a quotation: any
    /// short object may follow (`"…," he told the crowd.`).
    pub(super) fn object_tail(&self, s: &Sentence, from: usize) -> Option<usize> {
        self.tail_of_at_most(s, from, MAX_TAIL_WORDS)
    }

    /// Like [`Self::object_tail`], up to `max` words. A short title in
    /// quotation marks counts as one word of it (see
    /// [`Self::quoted_title_end`]).
    pub(super) fn tail_of_at_most(&self, s: &Sentence, from: usize, max: usize) -> Option<usize> {
        let t = self.t;
        // A clause of time, cause or condition is circumstances whatever
        // verb it has: “…,” Trump said when Boyle asked him a question (its
        // "asked" is no cue of this quote, nor a "that" in it), “…,” Trump
        // said in August after Nabisco announced it was laying off workers.
        let mut subordinate = false;
        // What it was said of: its "that" is a relative's ("Maddow said
        // of a list that included …").
        let about = self.word_is(from, &["of", "about"]);
        let mut words = 0;
        let mut k = from;
        while k < s.end {
            subordinate |= self.word_is(k, SUBORDINATORS)
                || self.word_is(k, CONDITIONS)
                || self.word_is(k, &["after", "before"]);
            if matches!(
                t.punct(k),
                Some(',' | ';' | ':' | '—' | '–' | '(' | '!' | '?')
            ) || (t.is_punct(k, '.') && k + 1 >= s.end)
            {
                return Some(k);
            }
            if !self.frame(k) {
                k = self.quoted_title_end(k)?;
                words += 1;
            } else if self.word_is(k, &["that"]) && !self.that_time(k) && !subordinate && !about {
                return None;
            } else if t.is_word(k) {
                words += 1;
                if self.strong_cue(k) && !subordinate {
                    return None;
                }
            }
            if words > max {
                return None;
            }
            k += 1;
        }
        Some(s.end)
    }

    /// The closing mark of a title in quotation marks opening at `k`, in
    /// the circumstances after a quotation's cue ("“…,” Clinton said in
    /// an interview with “Fox News Sunday.”", "on CBS's ''Face the
    /// Nation.''"): a few words opening on a capital, with no comma or
    /// question. Read as content, the title made a false quote of its own
    /// and the quotation before the cue was lost.
    fn quoted_title_end(&self, k: usize) -> Option<usize> {
        let t = self.t;
        let q = &self.quoted[self.of[k]? as usize];
        let inside = q.open + 1..q.close;
        let words = inside.clone().filter(|&i| t.is_word(i)).count();
        let title = q.open == k
            && q.closed
            && (1..=MAX_TITLE_WORDS).contains(&words)
            && t.is_cap(q.open + 1)
            && inside
                .clone()
                .all(|i| !matches!(t.punct(i), Some(',' | ';' | ':' | '?' | '!')));
        title.then_some(q.close)
    }

    /// The "that" opening the content after an addressee or circumstances
    /// at `from` ("told The Associated Press on Monday that"), if a short
    /// run of words without a clause of its own leads to it. Only a verb
    /// that takes an addressee may have a plain noun phrase there ("said
    /// the bill that passed" is content); others need an adverbial.
    fn that_after_addressee(
        &self,
        s: &Sentence,
        v: usize,
        from: usize,
        addressed: bool,
    ) -> Option<usize> {
        // A noun's phrase is no adverbial: "a claim over payments for
        // equipment that was never delivered".
        let w = self.low(v);
        let verb =
            w.ends_with("ed") || w.ends_with("ing") || w == "says" || is_in(IRREGULAR_PASTS, w);
        if !(addressed || (verb && self.word_is(from, TAIL_OPENERS))) {
            return None;
        }
        for k in from..(from + MAX_ADDRESSEE_WORDS).min(s.end) {
            if self.word_is(k, &["that"]) {
                // A relative "that" goes on with its verb ("the agency
                // that was …", "the oil that funds", "how that
                // affected"), a demonstrative with its noun ("through
                // that contest.", "on that one, but").
                let next = self.low_at(k + 1).unwrap_or_default();
                // A plural subject and its verb open a clause ("that
                // profits fell", "that talks had collapsed"); a relative's
                // verb in "-s" takes an object ("the oil that funds the
                // war").
                let verb_after = self.word_is(k + 2, MODALS)
                    || self.word_is(k + 2, BE)
                    || self.word_is(k + 2, &["has", "have", "had", "did", "do", "does"])
                    || self.word_is(k + 2, PLAIN_PASTS)
                    || self.low_at(k + 2).is_some_and(|w| w.ends_with("ed"));
                let plural_subject = next.ends_with('s') && verb_after;
                let relative = !plural_subject
                    && (self.word_is(k + 1, AUXILIARIES)
                        || self.word_is(k + 1, BE)
                        || ((next.ends_with('s') && !next.ends_with("ss")
                            || next.ends_with("ed"))
                            && !self.t.is_cap(k + 1)
                            && !self.word_is(k + 1, DETERMINERS)
                            && !self.word_is(k + 1, PRONOUNS)));
                let clause = (self.words_between(k + 1, s.end) >= 3 || plural_subject)
                    && self.t.is_word(k + 1)
                    && self.t.is_word(k + 2);
                return (k > from && clause && !relative).then_some(k);
            }
            // A verb or a conjunction: the run is a clause of its own
            // ("asked to complete … and could exceed that time").
            if !(self.t.is_word(k) && self.frame(k))
                || self.word_is(k, PRONOUNS)
                || self.word_is(k, AUXILIARIES)
                || self.word_is(k, BE)
                || self.word_is(k, &["and", "or", "but"])
                || self.lex.cue(self.low(k)).is_some()
            {
                return None;
            }
        }
        None
    }

    /// A reporting verb used as one: "said", not "at one point".
    pub(super) fn strong_cue(&self, k: usize) -> bool {
        self.lex.cue(self.low(k)) == Some(Cue::Speech)
            && !(k > 0 && (self.word_is(k - 1, DETERMINERS) || self.word_is(k - 1, PREPOSITIONS)))
    }

    /// Where a phrase's head ends: before its first prepositional phrase
    /// ("people close to Clinton", "proponents of more controls").
    pub(super) fn head_end(&self, (a, b): Range) -> usize {
        (a + 1..b)
            .find(|&k| self.word_is(k, PREPOSITIONS))
            .unwrap_or(b)
    }

    /// Whether a source names a person or people, as a verb of stance
    /// needs ([`Cue::Stance`]): by its head word (before any prepositional
    /// phrase), a name ("Alexander Lavrentiev"), a personal pronoun, a
    /// role ("officials", "the minister") or a collective ("police"); not
    /// a thing ("Graphic design", "fall offerings").
    pub(super) fn is_person_like(&self, source: Range) -> bool {
        let head = self.head_end(source) - 1;
        let w = self.low(head);
        let base = before_apostrophe(w);
        // "It promises …" opening a sentence is a thing, capital or not.
        if matches!(base, "it" | "this" | "that") {
            return false;
        }
        self.t.is_cap(head)
            || matches!(base, "he" | "she" | "they" | "we" | "i")
            || self.is_post(&singular(base))
            || is_in(SPEAKING_ALONE, base)
    }

    /// Whether a clause's subject opens at `k` with a count: "said at
    /// least 20 people died", "said about 300 troops had crossed", where
    /// "at" and "about" would otherwise open circumstances ("said at the
    /// debate"). Not a time or a frequency: "said about 20 minutes
    /// later", "said at least 20 times".
    fn counted_subject(&self, k: usize) -> bool {
        let t = self.t;
        let n = if self.word_is(k, &["at", "more", "fewer", "less", "up"])
            && self.word_is(k + 1, &["least", "most", "than", "to"])
        {
            k + 2
        } else if self.word_is(
            k,
            &[
                "about",
                "around",
                "nearly",
                "almost",
                "roughly",
                "approximately",
                "over",
            ],
        ) {
            k + 1
        } else {
            return false;
        };
        let count =
            n < t.len() && (t.toks[n].kind == Kind::Number || self.word_is(n, NUMBER_WORDS));
        // Then the clause's verb, which an object lacks ("adds about 50
        // percent to the price", "maintains over 35,000 servers"): an
        // auxiliary, or a past after the counted noun ("20 people died";
        // "55 dedicated servers" is an adjective).
        let verb = (n + 1..(n + 6).min(t.len())).any(|j| {
            self.word_is(j, BE)
                || self.word_is(j, MODALS)
                || self.word_is(j, &["has", "had", "have"])
                || j > n + 1
                    && t.is_word(j)
                    && (self.low(j).ends_with("ed") || is_in(IRREGULAR_PASTS, self.low(j)))
        });
        count
            && verb
            && !self.word_is(
                n + 1,
                &[
                    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "times",
                    "decades", "a.m", "p.m",
                ],
            )
    }

    /// The content after the cue at `v`: `said (that) …`, `said: "…"`.
    pub(super) fn content_after(
        &self,
        s: &Sentence,
        v: usize,
        cue: Cue,
        source: Option<Range>,
    ) -> Option<Range> {
        let t = self.t;
        // "When she's not writing, she can be found …", "If they disagree,
        // …": a cue that ends a fronted adverbial clause the source opens
        // reports nothing; the main clause after the comma is the writer's.
        // ("As Smith noted, …" is a report of the main clause.)
        if t.is_punct(v + 1, ',')
            && source.is_some_and(|src| src.0 == s.first + 1)
            && (self.word_is(s.first, SUBORDINATORS)
                || (self.word_is(s.first, CONDITIONS) && !self.word_is(s.first, &["as"])))
        {
            return None;
        }
        let mut k = v + 1;
        let mut clause = false;
        while k < s.end && matches!(t.punct(k), Some(',' | ':' | '—' | '–')) {
            clause |= t.is_punct(k, ':');
            k += 1;
        }
        // "cautioned, however, that …", "argue, in contrast, that …": an
        // aside between commas before "that".
        if t.is_punct(v + 1, ',') {
            if let Some(c) = (k + 1..(k + 4).min(s.end)).find(|&c| t.is_punct(c, ',')) {
                if (k..c).all(|w| t.is_word(w)) && self.word_is(c + 1, &["that"]) {
                    k = c + 1;
                }
            }
        }
        // "said Monday it would …", "said on Tuesday the road was …",
        // "said Monday that …": a day, then a clause (its subject or
        // "that" next).
        let day = k + usize::from(self.word_is(k, &["on"]));
        if self.is_day(day)
            && (self.word_is(day + 1, PRONOUNS)
                || self.word_is(day + 1, &["that"])
                || self.word_is(day + 1, DETERMINERS)
                || (t.is_cap(day + 1) && !self.lex.is_common(self.low(day + 1))))
        {
            k = day + 1;
            clause = true;
        }
        // "pointed out that", "pointed to the record".
        if self.word_is(k, &["out", "up"]) {
            k += 1;
        }
        if self.word_is(k, &["to"]) && self.low(v).starts_with("point") {
            clause = true;
            k += 1;
        }
        // What was said starts after whom it was said to and when: "told
        // reporters Tuesday that …", "said in a statement that …", "told
        // him she …".
        let addressed = ADDRESSING.iter().any(|p| self.low(v).starts_with(p));
        if addressed
            && self.word_is(k, OBJECT_PRONOUNS)
            && t.is_word(k + 1)
            && !self.word_is(k + 1, TAIL_OPENERS)
        {
            k += 1;
        }
        // "told reporters the Kremlin had not been informed": whom, then a
        // clause without "that".
        let plural_role = k + 1 < s.end
            && t.is_word(k)
            && self.low(k).len() > 3
            && self.low(k).ends_with('s')
            && self.lex.role(&singular(self.low(k))) == Some(Role::Noun);
        if addressed
            && !t.is_cap(k)
            && plural_role
            && (t.is_cap(k + 1)
                || self.word_is(k + 1, DETERMINERS)
                || self.word_is(k + 1, PRONOUNS))
        {
            k += 1;
        }
        // "told Reuters he was …", "told The Huffington Post on Tuesday
        // she …": a named addressee (a day in capitals is read with it),
        // then a clause that a personal pronoun opens, without "that".
        if addressed {
            let pronoun = |j: usize| is_in(PRONOUNS, before_apostrophe(self.low(j)));
            let name = k + usize::from(!t.is_cap(k) && self.word_is(k, DETERMINERS));
            let mut j = name;
            while j < s.end && t.is_cap(j) && !pronoun(j) {
                j += 1;
            }
            if self.word_is(j, &["on"]) && self.is_day(j + 1) {
                j += 2;
            }
            if j > name && t.is_word(j) && pronoun(j) && t.is_word(j + 1) {
                k = j;
                clause = true;
            }
        }
        if let Some(that) = self.that_after_addressee(s, v, k, addressed) {
            k = that;
        }
        // "told Fox News: “…”": whom, a colon, then the quotation.
        if addressed {
            let colon = (k + 1..(k + 5).min(s.end)).find(|&c| t.is_punct(c, ':'));
            if let Some(c) = colon.filter(|&c| {
                (k..c).all(|w| t.is_word(w) && self.frame(w))
                    && self.of.get(c + 1).is_some_and(Option::is_some)
            }) {
                k = c + 1;
                clause = true;
            }
        }
        if self.word_is(k, &["that"]) && !self.that_time(k) || self.counted_subject(k) {
            clause = true;
        }
        // A gerund complement: "reported holding shares"; not "continue
        // subsidising", "topics explained using examples" or a preposition
        // ("promising regarding …", "notes during calls"), nor a stance's
        // object ("Hertz emphasizes booking directly").
        if t.is_word(k)
            && cue != Cue::Stance
            && !t.is_cap(k)
            && self.low(k).ends_with("ing")
            && self.low(k).len() > 5
            && !self.word_is(k, PREPOSITIONS)
            && !is_in(
                &[
                    "regarding",
                    "including",
                    "according",
                    "concerning",
                    "following",
                ],
                self.low(k),
            )
            && !self.low(v).starts_with("continu")
            && !self.low(v).starts_with("explain")
        {
            clause = true;
        }
        // A quotation right after "called" is a name given to a thing ("a
        // page on my site called, “Best Dentists in Cincinnati.”", "cubes
        // it calls “Minecraft for robotics”") unless a person calls out.
        let named_thing =
            self.low(v).starts_with("call") && !source.is_some_and(|src| self.is_person_like(src));
        if k < s.end && self.of[k].is_some() && !named_thing {
            clause = true;
        }
        // "Rubio called the statement “offensive and outlandish.”",
        // "calling him a “loser”": a verdict quoted after whom it is on is
        // the speaker's words; a name given is not ("a group called the
        // “We The People Foundation”", "what experts call “quiet quitting”").
        // "what he called Machado’s “sex tape”" names too, and "calls from
        // listeners" are no one's verdict ("called for" and "called on"
        // ask for something, and are).
        let names = (v.saturating_sub(2)..v).any(|j| self.word_is(j, &["what"]));
        let preposition = self.word_is(k, PREPOSITIONS) && !self.word_is(k, &["for", "on"]);
        if self.low(v).starts_with("call") && !names && !preposition {
            let quotation =
                (k + 1..(k + 1 + MAX_CALLED_OBJECT).min(s.end)).find(|&j| self.of[j].is_some());
            // The object runs straight to the quotation ("…, which they
            // called Project Red Dog because, well, “…”" names, and the
            // quotation is a later clause's).
            clause |= quotation.is_some_and(|q| {
                (k..q).all(|j| t.is_word(j) || t.toks[j].kind == Kind::Number)
                    && (k..q).any(|j| t.is_word(j) && !self.word_is(j, DETERMINERS))
            });
        }
        // A clause opening on its subject: "think it will not", "added he
        // would run". "It" and "you" may be the verb's object instead:
        // before a preposition or a determiner they are ("Facebook
        // released it in 2015 as an alternative").
        let object = self.word_is(k, &["it", "you"])
            && (self.word_is(k + 1, PREPOSITIONS) || self.word_is(k + 1, DETERMINERS));
        if self.word_is(k, &["he", "she", "it", "they", "we", "i", "you"])
            && !object
            && self.words_between(k, s.end) >= 3
        {
            clause = true;
        }
        // `As the Post reported, …`, also after when: `As The Times
        // reported on Saturday, …`, `As Politico reported last week, …`
        // (not `As Freddy joked with his friend, his brother grew
        // impatient`, a time of its own).
        let when = self.is_day(v + 1)
            || self.word_is(
                v + 1,
                &[
                    "on",
                    "in",
                    "last",
                    "this",
                    "earlier",
                    "yesterday",
                    "recently",
                ],
            );
        if self.word_is(s.first, &["as"]) {
            if t.is_punct(v + 1, ',') {
                clause = true;
            } else if let Some(c) = self
                .adverbial_tail(s, v + 1)
                .filter(|&c| when && k == v + 1 && t.is_punct(c, ','))
            {
                k = c + 1;
                clause = true;
            }
        }
        let without_clause = match cue {
            Cue::Speech => true,
            Cue::ClauseOnly => false,
            Cue::Stance => source.is_some_and(|src| self.is_person_like(src)),
        };
        if !clause && !without_clause {
            return None;
        }
        // "Nikon revealed a digital camera", "An explainer video explain a
        // product": a thing explained or shown is no one's words, where
        // "explained how …" and "revealed that …" report what was said.
        // A quotation later in the sentence is content ("explained at the
        // opening, “…”"), and so is a clause without "that" ("revealed
        // Weiner had been sexting", "its polling shows").
        let shows = ["explain", "reveal"]
            .iter()
            .any(|p| self.low(v).starts_with(p));
        // So is a thing written ("Emil wrote JustHTML", "wrote an op-ed
        // urging …", "wrote a $500,000 check"), where "wrote the paper
        // that these …" and "writes in his book that the …" report: a
        // "that" before a clause's subject, not a relative's verb ("wrote
        // plans that looked impressive").
        let writes = ["writ", "wrot"].iter().any(|p| self.low(v).starts_with(p))
            && !(k..s.end).any(|j| {
                self.word_is(j, &["that"])
                    && (t.is_cap(j + 1)
                        || self.word_is(j + 1, DETERMINERS)
                        || self.word_is(j + 1, PRONOUNS))
            });
        // A verb of a relative clause is the object's ("revealed a digital
        // camera that would be …"), not a reported clause's.
        let relative = |j: usize| (k + 1..j).any(|m| self.word_is(m, &["that", "which", "who"]));
        let reported = self.has_quote((k, s.end))
            || self.word_is(
                k,
                &["how", "why", "what", "whether", "where", "when", "who"],
            )
            || (k + 1..(k + 6).min(s.end)).any(|j| {
                (self.word_is(j, BE)
                    || self.word_is(j, MODALS)
                    || self.word_is(j, &["has", "had", "have", "shows", "showed"]))
                    && !relative(j)
            });
        if (shows || writes) && !clause && !reported {
            return None;
        }
        // "explains how to implement Schema.org", "will clarify what to
        // expect": an infinitive after a question word is a topic, what a
        // guide teaches; a question asked that way is reported ("asked
        // how to vote").
        let asks = ["ask", "wonder", "inquir", "enquir"]
            .iter()
            .any(|p| self.low(v).starts_with(p));
        if !asks
            && self.word_is(k, &["how", "what", "where", "when", "which", "who", "whom"])
            && self.low_at(k + 1) == Some("to")
        {
            return None;
        }
        // "asked 137 professionals", "ask 70% of their data questions",
        // "asks one for a photoshoot": asked whom or for what, not a
        // question, which is quoted, ends on "?" or is "whether" or "if"
        // ("asked 12 times whether he would run").
        if self.low(v).starts_with("ask")
            && k < s.end
            && (t.toks[k].kind == Kind::Number || self.word_is(k, &["one"]))
            && !(k..s.end).any(|j| {
                self.of[j].is_some() || t.is_punct(j, '?') || self.word_is(j, &["whether", "if"])
            })
        {
            return None;
        }
        // "The Senate confirmed Kirsten Davies as the department's CIO": a
        // name confirmed in a post is an appointment, not a statement.
        if self.low(v).starts_with("confirm") && t.is_cap(k) {
            let after_name = (k..s.end).find(|&j| !t.is_cap(j)).unwrap_or(s.end);
            if self.word_is(after_name, &["as"]) {
                return None;
            }
        }
        let mut end = s.end;
        while end > k
            && matches!(t.punct(end - 1), Some('.' | ',' | ';' | ':'))
            && self.frame(end - 1)
        {
            end -= 1;
        }
        // "While advocates argue that fees are low, adoption faces …": a
        // source in a clause the sentence opens on with "while",
        // "although" and the like reports up to that clause's comma; the
        // main clause after it is the writer's.
        if source.is_some_and(|src| src.0 == s.first + 1) && self.word_is(s.first, CONCESSIVES) {
            let comma = (k + 2..end).find(|&c| {
                t.is_punct(c, ',')
                    && self.of[c].is_none()
                    && !self.word_is(c + 1, &["which", "who", "whom", "whose"])
            });
            if let Some(c) = comma {
                end = c;
            }
        }
        // A whole utterance quoted, the content's opening, ends it where
        // circumstances follow: "noted “What bumps? What cracks?” while
        // taking the scooter out". A quoted fragment runs on ("said “there
        // is love” in Orlando", "“is a perfect example of adapting” to the
        // changing economics of golf"), and so does "and that …".
        if let Some(q) = self
            .of
            .get(k)
            .copied()
            .flatten()
            .map(|q| &self.quoted[q as usize])
        {
            let after = q.close + 1;
            if q.open == k
                && q.closed
                && q.close > k + 1
                && matches!(t.punct(q.close - 1), Some('.' | '?' | '!' | ','))
                && after < end
                && self.word_is(after, TAIL_OPENERS)
            {
                end = after;
            }
        }
        let words = self.words_between(k, end);
        // "Trump said of Apple in February, when …": what a remark was
        // about, after a quotation in an earlier sentence; no clause
        // opens on "of" ("said of the plan, “…”" quotes after it).
        if self.word_is(k, &["of"])
            && self.word_is(v, &["said", "says", "say"])
            && !clause
            && !self.has_quote((k, end))
        {
            return None;
        }
        // "told the Post.", "asked reporters.": an object, no content.
        let object_only = !clause
            && words <= 3
            && matches!(
                self.low(v),
                "told" | "tell" | "tells" | "telling" | "ask" | "asked" | "asks" | "asking"
            );
        // "said Wednesday at the debate.", "said in an interview with Fox
        // this morning.": only circumstances, the content is elsewhere.
        let circumstances = !clause
            && (self.adverbial_tail(s, k).is_some_and(|e| e + 1 >= s.end)
                || (self.word_is(
                    k,
                    &[
                        "in", "at", "during", "while", "after", "before", "through", "via", "from",
                    ],
                ) && !(k..end).any(|j| {
                    self.word_is(j, PRONOUNS) || self.word_is(j, &["that"]) || self.of[j].is_some()
                }) && words <= MAX_CIRCUMSTANCE_WORDS));
        // "Client loyalty says it all", "Experts tell all: how to …": an
        // idiom, no content ("said it all started in May" has one, and so
        // has a quotation after it).
        let all = if self.word_is(k, &["it"]) { k + 1 } else { k };
        let idiom = self.word_is(all, &["all"])
            && self.low_at(all + 1).is_none()
            && !self.has_quote((k, end));
        (!object_only
            && !circumstances
            && !idiom
            && (words >= 2 || (words == 1 && self.of[k].is_some())))
        .then_some((k, end))
    }
}
