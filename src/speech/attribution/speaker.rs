//! Whether a phrase before a cue can be its source: someone who speaks,
//! agrees with the verb, and is not the writer, the reader or a time.

use crate::speech::actors::is_people_noun;
use crate::speech::lexicon::singular;
use crate::speech::sentences::Sentence;
use crate::speech::tokens::Kind;

use super::words::*;
use super::{Attribution, Finder, Range};

impl<'a, 't> Finder<'a, 't> {
    /// Where the content before `end` starts: the sentence start, or the
    /// opening of a quotation that ends the content when a colon or a dash
    /// introduces it (`X said it plainly: "…," X added.`).
    pub(super) fn quoted_start(&self, s: &Sentence, end: usize) -> usize {
        let t = self.t;
        let last = (s.first..end)
            .rev()
            .find(|&k| t.toks[k].kind != Kind::Punct || self.of[k].is_some());
        let Some(q) = last.and_then(|k| self.of[k]) else {
            return s.first;
        };
        let open = self.quoted[q as usize].open;
        if open > s.first && matches!(t.punct(open - 1), Some(':' | '—' | '–')) {
            open
        } else {
            s.first
        }
    }

    /// The source before the cue at `v`.
    pub(super) fn subject(&self, s: &Sentence, v: usize, earlier: &[Attribution]) -> Option<Range> {
        // "It's important to note that …", "it is worth noting": the
        // writer's aside, with a dummy subject and no one speaking.
        // "Sometimes it's better to write about …": the dummy subject may
        // follow an adverb.
        let infinitive = v > 0 && self.word_is(v - 1, &["to"]);
        self.any_subject(s, v, earlier)
            .filter(|&src| self.can_speak(src))
            .filter(|&(a, b)| !(infinitive && (a..b).any(|k| self.word_is(k, DUMMY_SUBJECTS))))
            .filter(|&src| self.agrees(src, v))
            .filter(|&src| !self.by_writer(src))
            .filter(|&src| self.names_a_speaker(src, v))
    }

    /// Whether a source before a cue other than "say" or "tell" names
    /// someone who can speak: a name, a pronoun, a count of the polled,
    /// or a noun for people, a body or a document ("the tester noted",
    /// "the agency warned", "the report finds"). Guides and reviews give
    /// "suggest", "indicate", "highlight" and "explain" things for
    /// subjects ("higher scores indicate", "High-quality visuals tell the
    /// story", "loan fraud claimed 150,000 victims"), which report no one.
    /// Any word of the phrase will do: a source read leftwards may run
    /// past its head ("Clinton beamed as she noted").
    pub(super) fn names_a_speaker(&self, (a, b): Range, v: usize) -> bool {
        // A lone "it" that explains, reveals or indicates is the thing the
        // page is about ("it indicates how much power your headphones
        // need", "it describes the state of a spring"), not a body.
        let thing = b - a == 1
            && self.word_is(a, &["it"])
            && THING_CUES.iter().any(|c| self.low(v).starts_with(c));
        self.word_is(v, SAYING_ANYWAY) || (!thing && (a..b).any(|k| self.can_be_a_speakers_word(k)))
    }

    pub(super) fn can_be_a_speakers_word(&self, k: usize) -> bool {
        let t = self.t;
        if !t.is_word(k) {
            return t.toks[k].kind == Kind::Number;
        }
        // A capital that is only the sentence's is no name ("Higher scores
        // indicate"), but the word may still be a noun for people ("He
        // added", "Aides suggested").
        if self.is_named_cap(k) {
            return true;
        }
        let w = crate::case::lower_str(t.without_possessive(k).0);
        let base = before_apostrophe(&w);
        // A compound's last part: "fact-checkers", "the 43-year-old".
        let last = crate::substr::after_last(&w, b'-');
        // The reader is no one quoted ("you've felt stuck, explain …").
        last == "old"
            || (is_in(PRONOUNS, base) && base != "you")
            || is_in(WRITER, &w)
            || is_in(SPEAKING_ALONE, &w)
            || is_in(NUMBER_WORDS, &w)
            || is_in(PLURAL_NOUNS, &w)
            || is_in(SHARES, &w)
            || w == "percent"
            || is_people_noun(self.lex, &w)
            || is_in(SPEAKER_NOUNS, last)
            || is_in(SPEAKER_NOUNS, &singular(last))
    }

    /// Whether a source is the writer: "I think …" or "we'll explain …"
    /// outside a quotation is the page's own text, not a quote of someone
    /// in it ("As I've said", "In this guide we'll explain": the pronoun
    /// may follow "as" or end the phrase).
    ///
    /// So is the page itself: "This comprehensive guide reveals everything
    /// you need to know", "Our article explains …".
    pub(super) fn by_writer(&self, (a, b): Range) -> bool {
        let first = if b - a > 1 && self.word_is(a, &["as"]) {
            a + 1
        } else {
            a
        };
        let writer = self.word_is(first, WRITER) || self.word_is(b - 1, WRITER);
        let this_page =
            self.word_is(first, &["this", "our"]) && self.word_is(b - 1, THIS_PAGE_NOUNS);
        self.of[first].is_none() && (writer || this_page)
    }

    /// Whether a source can be the subject of the cue at `v` by number. A
    /// cue in its bare form ("say", "stress", "tell") after a singular noun
    /// is no verb of it but a noun or a verb cut from a longer phrase:
    /// "Deep Calm stress reduction", "a fun tell", "the level of perceived
    /// stress". "Officials say", "I think", "Smith and Jones say", "9
    /// percent say", "people close to Clinton say", "she did not say" and
    /// "heard Sanders say" agree.
    fn agrees(&self, (a, b): Range, v: usize) -> bool {
        let t = self.t;
        let cue = self.low(v);
        if is_inflected(cue) {
            // A verb in "-s" follows neither a count nor a gerund without
            // a determiner ("the same polling suggests"): "91 comments",
            // "including settling disputes" are nouns.
            let third_person = cue.ends_with('s') && !cue.ends_with("ss");
            let last = b - 1;
            let w = self.low(last);
            let count = t.toks[last].kind == Kind::Number && w != "1" && b == v;
            let gerund = !t.is_cap(last)
                && w.len() > 5
                && w.ends_with("ing")
                && !(a..last).any(|k| self.determines(k));
            return !(third_person && (count || gerund));
        }
        // An auxiliary or an infinitive's "to" between them takes the
        // agreement ("will say", "didn't stress", "wants to note").
        let auxiliary = (b..v).any(|k| {
            let w = self.low(k);
            self.word_is(k, MODALS)
                || is_in(&["do", "does", "did", "to"], w)
                || w.ends_with("n't")
                || w.ends_with("n’t")
        });
        // The object of a verb of perception or causation takes a bare
        // infinitive: "heard Sanders say", "let him tell".
        let perceived = a > 0 && self.word_is(a - 1, PERCEPTION_VERBS);
        // The head noun comes before any prepositional phrase ("people
        // close to Clinton", "proponents of more controls on hate speech");
        // a count or a quantifier anywhere makes the phrase plural ("9
        // percent", "those surveyed", "4 in 10"), and so does a share of a
        // group in the head ("a third of independents").
        let head_end = self.head_end((a, b));
        let plural = (a..b).any(|k| {
            let w = self.low(k);
            let base = before_apostrophe(w);
            let in_head = k < head_end && t.toks[k].kind == Kind::Word;
            t.toks[k].kind == Kind::Number
                || t.is_punct(k, '%')
                || is_in(&["and", "&", "percent", "those", "these"], base)
                || (is_in(NUMBER_WORDS, base) && base != "one")
                // Not "he", "she" or "it" as written: "it tell you which
                // method suits you" is cut from "let it tell you" ("he’d
                // say" keeps its auxiliary).
                || (is_in(PRONOUNS, base) && !(w == base && is_in(&["he", "she", "it"], w)))
                || is_in(SPEAKING_ALONE, base)
                || (in_head
                    && ((base.ends_with('s') && !base.ends_with("ss"))
                        || is_in(PLURAL_NOUNS, base)
                        || is_in(SHARES, base)))
        });
        auxiliary || perceived || plural
    }

    /// `"…," the mayor, Ann Cole, said`: the post between a quotation and
    /// the name, set off by commas, is part of the source (else it ends
    /// the quotation's content); a possessive opens it as an article does
    /// ("Sanders’s campaign manager, Jeff Weaver,").
    pub(super) fn with_post_before(&self, s: &Sentence, (a, b): Range) -> Range {
        let t = self.t;
        if a < s.first + 3 || !t.is_punct(a - 1, ',') {
            return (a, b);
        }
        let mut k = a - 1;
        while k > s.first && t.is_word(k - 1) && a - 1 - k < MAX_POST_WORDS {
            k -= 1;
        }
        let after_quotation = k > s.first
            && (self.of[k - 1].is_some()
                || (k > s.first + 1 && t.is_punct(k - 1, ',') && self.of[k - 2].is_some()));
        // A post or a relation ("the mayor", "his wife"), not an
        // apposition about the quotation ("the dawn of the movement") or a
        // clause ("the man shouted").
        // Its head comes before any phrase after it ("the chair of the
        // committee"); one of a group is one too ("one of the organizers").
        let one = self.word_is(k, &["one", "another"]);
        let post = k < a - 1 && {
            let noun = self.low(self.head_end((k, a - 1)) - 1);
            self.is_post(noun) || is_in(RELATIONS, noun) || (one && self.is_group_word(a - 2))
        };
        if post && after_quotation && (self.determines(k) || one) {
            (k, b)
        } else {
            (a, b)
        }
    }

    /// Whether a phrase can be a source: not the reader ("you"), not an
    /// imperative or a negated verb ("Please note",
    /// "don’t think"), not a phrase cut from a longer one ("of consumers
    /// say", "it’s enabling", "It enables systems to predict": a pronoun
    /// is a phrase of its own, "beating stress").
    fn can_speak(&self, (a, b): Range) -> bool {
        let last = self.low(b - 1);
        // The reader, also contracted ("you'd write a query", "you've
        // asked them").
        let reader = before_apostrophe(last) == "you"
            || self.word_is(
                a,
                &[
                    "please", "here's", "here’s", "let", "let's", "let’s", "your",
                ],
            )
            || (self.t.is_cap(a) && self.word_is(a, IMPERATIVES));
        // A lone verb or article is a phrase cut short: "to make informed
        // decisions", "take note", "the" (a possessive stands for its owner);
        // "As noted above" is the writer's aside.
        let lone_word = b - a == 1
            && (self.word_is(a, IMPERATIVES)
                || self.word_is(
                    a,
                    &[
                        "the", "a", "an", "this", "these", "such", "no", "another", "as",
                    ],
                )
                || self.lex.is_abbreviation(last)
                || !self.can_speak_alone(a));
        // A modal makes a clause of the phrase ("This information can help
        // designers make"), unless it is a relative clause's ("officials who
        // would speak only anonymously").
        let clause = (a + 1..b).any(|k| {
            self.word_is(k, MODALS)
                && !self.t.is_cap(k)
                && !self.word_is(k - 1, &["who", "that", "which"])
        });
        let negation = last.ends_with("n't") || last.ends_with("n’t");
        // A pronoun contracted with "will" speaks in the future, not in
        // the text: "sometimes a week later they'll report, “…”".
        let future = last.ends_with("'ll") || last.ends_with("’ll");
        // A time is the sentence's circumstance, never its source: "Next
        // year, the plan is to add 150 bakeries, said Darren Tipton".
        let time = self.is_time((a, b));
        // A phrase that stops where a noun was still to come is a fragment,
        // the cue a noun after it: "fostering a more informed …", "don't
        // give it much thought", "One of the most praised features".
        let unfinished = b - a > 1
            && (self.word_is(b - 1, &["much", "very", "every"])
                || (self.word_is(b - 1, &["more", "less", "most", "least"])
                    && self.word_is(b - 2, &["a", "an", "the", "much", "far"])));
        // A phrase opening on a preposition or a modal is cut from a
        // sentence ("of consumers", "can make"), and so is a lone
        // conjunction or adverb ("When, asked …"). Not "in": "In a
        // Bloomberg interview Trump declared" holds its speaker.
        // A condition reports no one: "If these statistics tell us anything".
        let cut = self.word_is(a, &["of", "for", "with", "to", "into", "if", "unless"])
            // Not "May said": a capitalised "May" alone is a name.
            || (self.word_is(a, MODALS) && (!self.t.is_cap(a) || b - a > 1))
            || (b - a == 1 && self.word_is(a, &["when", "if", "while", "but", "sometimes", "even"]))
            || (self.word_is(a, CLAUSE_OPENERS) && b - a > 1 && {
                let next = self.low(a + 1);
                is_in(PRONOUNS, before_apostrophe(next))
            })
            || (b - a > 1
                && self.word_is(a, &["it's", "it’s", "it", "he", "she", "they", "we", "i"]))
            // After a pronoun, a phrase all in lower case is its verb's:
            // "They leave blog comments, …" (not "She met McConnell, who
            // said", "He and Chairman Bob Goodlatte condemned").
            || (a > 0
                && self.word_is(a - 1, &["he", "she", "they", "we", "i", "you"])
                && !(a..b).any(|k| self.t.is_cap(k)))
            || (b - a == 1 && !self.t.is_cap(a) && last.len() > 5 && last.ends_with("ing"))
            || (a..b).any(|k| {
                self.frame(k)
                    && matches!(self.low(k).split_once(['\'', '’']),
                        Some((w, "s")) if is_in(IS_CONTRACTED, w))
            });
        // "This approach suggests", "the feature ensures", "the AI can
        // suggest": a tool or a method does not speak (a study, a report
        // or a poll may). A name may end in such an acronym ("Vectra AI").
        // Not a group named with what it is for: "A representative for the
        // platform".
        let named = b - a > 1 && self.t.is_cap(b - 2) && !self.word_is(b - 2, DETERMINERS);
        let head = self.head_end((a, b)) - 1;
        let thing = (is_in(THINGS, last) && !(head + 1 < b && self.is_group_word(head)))
            || (self.lex.is_common_acronym(self.t.s(b - 1)) && !named);
        !reader
            && !negation
            && !future
            && !time
            && !unfinished
            && !cut
            && !thing
            && !lone_word
            && !clause
    }

    /// Whether a phrase is a time ("next year", "last week", "earlier
    /// this month"): when something was said, not who said it.
    pub(super) fn is_time(&self, (a, b): Range) -> bool {
        self.word_is(
            a,
            &["next", "last", "this", "earlier", "later", "each", "every"],
        ) && self.word_is(b - 1, THAT_TIMES)
    }

    /// Whether word `i` names a day ("Monday", "yesterday"): a common word
    /// ending in "day", so no "Halliday".
    pub(super) fn is_day(&self, i: usize) -> bool {
        self.t.is_word(i) && self.low(i).ends_with("day") && self.lex.is_common(self.low(i))
    }

    /// Whether a word on its own, in lower case, can be a source: a plural
    /// ("officials", "critics"), a pronoun, a number or a quantifier ("4 in
    /// 10", "most", "half" of the polled) or a collective ("police",
    /// "staff"). Other lone words are a phrase cut short, a cue used as a
    /// noun after them: "actionable reports", "rest assured", "throw
    /// caution", "support stress".
    fn can_speak_alone(&self, i: usize) -> bool {
        let w = self.low(i);
        let base = before_apostrophe(w);
        self.is_named_cap(i)
            // A count ("4 in 10"), not a year ("who in 2010 said").
            || (crate::substr::starts_with_digit(w) && !is_year(w))
            || (w.ends_with('s') && !w.ends_with("ss"))
            || is_in(PRONOUNS, base)
            || is_in(SPEAKING_ALONE, w)
            || is_in(NUMBER_WORDS, w)
    }

    fn any_subject(&self, s: &Sentence, v: usize, earlier: &[Attribution]) -> Option<Range> {
        let t = self.t;
        let subj_end = self.skip_auxiliaries(s.first, v)?;
        if self.word_is(subj_end, &["and", "but"]) {
            // `X met Y and said …`: the subject of the first verb.
            earlier
                .last()
                .and_then(|a| a.source)
                .or_else(|| self.coordinated_subject(s, subj_end))
                .or_else(|| self.sentence_subject(s, subj_end))
        } else if self.word_is(subj_end, &["who"]) && subj_end > s.first {
            // `voters who said …`: the relative pronoun's antecedent.
            let end = subj_end - 1;
            let end = if t.is_punct(end, ',') && end > s.first {
                end - 1
            } else {
                end
            };
            self.np_back(s.first, end)
        } else if let Some(who) = (s.first + 1..=subj_end)
            .rev()
            .take_while(|&k| t.is_word(k) && self.frame(k))
            .find(|&k| self.word_is(k, &["who"]))
            .filter(|&who| {
                // No subject of its own in the clause: not "who he said
                // …", nor "who voted no because he thought …"; and no
                // negation ("contact any guests who haven't responded").
                !self.determines(who + 1)
                    && (who + 1..=subj_end).all(|k| {
                        !t.is_cap(k)
                            && !self.word_is(k, PRONOUNS)
                            && !self.word_is(k, SUBORDINATORS)
                            && !self.word_is(k, &["that"])
                    })
                    // ("asked not to be named" negates the asking's object.)
                    && !(who + 1..v).any(|k| {
                        let w = self.low(k);
                        (matches!(w, "not" | "never") && !self.word_is(k + 1, &["to"]))
                            || w.ends_with("n't")
                            || w.ends_with("n’t")
                    })
            })
        {
            // `Officials who asked not to be named said …`: the relative
            // clause's antecedent, the clause between it and the cue (not
            // when "who" is its object: "daughters, who he said were …").
            self.np_back(s.first, who - 1)
        } else {
            self.source_before(s.first, subj_end)
        }
    }
}
