//! What a reporting verb gives: the patterns tried at each cue, and
//! "according to".

use crate::speech::lexicon::{singular, Cue};
use crate::speech::sentences::Sentence;

use super::words::*;
use super::{Attribution, Finder, Pattern, Range};

impl<'a, 't> Finder<'a, 't> {
    /// `According to X, …` / `…, according to X.`
    pub(super) fn according_to(&self, s: &Sentence, v: usize) -> Option<Attribution> {
        let src_first = v + 2;
        let mut src_end = src_first;
        while src_end < s.end
            && self.frame(src_end)
            && !matches!(
                self.t.punct(src_end),
                Some(',' | '.' | ';' | ':' | '—' | '–' | '?' | '!' | '(' | ')')
            )
            && src_end - src_first < 20
        {
            src_end += 1;
        }
        if src_end == src_first {
            return None;
        }
        // Run straight on from a verb's object, with no comma, "according
        // to" is a manner ("optimized according to accessibility
        // standards", "overweight according to his body mass index"),
        // unless the phrase names a source as `names_a_speaker` reads one
        // ("delegates according to a count by The Associated Press", "a
        // 2022 survey", "the poll"). The reader's own is never a source
        // ("according to your needs"), nor is a question's word: "according
        // to what will appeal to each guest", "according to how you use it".
        let run_on = v > s.first
            && self.t.is_word(v - 1)
            && self.frame(v - 1)
            && !self.word_is(
                v - 1,
                &[
                    "that's", "that’s", "is", "was", "but", "and", "yet", "so", "or", "also",
                    "even",
                ],
            );
        // A lowercase owner is no source ("adapts the content according to
        // the user's progress"): what is owned is the standard; a name in
        // capitals is one ("according to Gallup's poll").
        let named = (src_first..src_end).any(|k| {
            self.can_be_a_speakers_word(k) && (self.t.is_cap(k) || !self.t.without_possessive(k).1)
        });
        // Nor is a standard, named or not: "seats allocated according to
        // each party's share of the vote", "cuts made according to a
        // formula set by Congress" (its head noun, before a preposition or
        // a participle).
        let mut head = self.head_end((src_first, src_end)) - 1;
        if head > src_first && (self.low(head).ends_with("ed") || self.word_is(head, &["set"])) {
            head -= 1;
        }
        // Nor is one bare word of them anywhere: "According to legend, a
        // goat herder …" ("According to state law, …" is a source).
        let standard = self.word_is(head, STANDARDS);
        if run_on && (!named || standard)
            || standard && src_end == src_first + 1
            || self.word_is(
                src_first,
                &["your", "what", "how", "whether", "which", "where", "when"],
            )
        {
            return None;
        }
        let source = Some((src_first, src_end));
        let lead = self.words_between(s.first, v);
        let content = if lead <= 3 && self.t.is_punct(src_end, ',') {
            // "According to our research, we've compiled a list …": what
            // the writer did with a source is the writer's.
            if self.word_is(src_end + 1, WRITER) {
                return None;
            }
            (src_end + 1, s.end)
        } else if lead > 0 {
            // `…, according to X.` or `X is Y, according to Z, and …`.
            if src_end + 1 < s.end && self.words_between(src_end, s.end) > 2 {
                (s.first, s.end)
            } else {
                (s.first, v)
            }
        } else {
            return None;
        };
        Some(Attribution {
            cue: (v, v + 2),
            source,
            content: vec![content],
            sentence: 0,
            pattern: Pattern::AccordingTo,
            follows: None,
        })
    }

    /// `As reported by X, …` and `…, as first reported by X.`: the
    /// passive's agent (`by` at `by`) is the source, as after "according
    /// to", and the clause beside the "as" phrase is what it reported.
    /// Other passives with an agent report nothing here ("was told by",
    /// "was first reported by BuzzFeed" reports its subject, a noun).
    fn as_reported_by(
        &self,
        s: &Sentence,
        v: usize,
        by: usize,
        earlier: &[Attribution],
    ) -> Option<Attribution> {
        let t = self.t;
        // Verbs of telling: "as demonstrated by the strength of its
        // singles" is evidence, not a report.
        if !self.word_is(
            v,
            &[
                "reported",
                "noted",
                "stated",
                "said",
                "mentioned",
                "explained",
                "announced",
                "written",
                "described",
                "revealed",
                "quoted",
                "detailed",
                "told",
            ],
        ) {
            return None;
        }
        if v <= s.first {
            return None;
        }
        let adverb = |k: usize| self.word_is(k, &["first", "previously", "originally", "also"]);
        let as_at = if v >= s.first + 2 && adverb(v - 1) {
            v - 2
        } else {
            v - 1
        };
        if !self.word_is(as_at, &["as"]) {
            return None;
        }
        let fronted = as_at == s.first;
        let closing = as_at > s.first + 2 && t.is_punct(as_at - 1, ',');
        if !fronted && !closing {
            return None;
        }
        let src_first = by + 1;
        let mut src_end = src_first;
        while src_end < s.end
            && self.frame(src_end)
            && self.of[src_end].is_none()
            && !matches!(
                t.punct(src_end),
                Some(',' | '.' | ';' | ':' | '—' | '–' | '(' | '?' | '!')
            )
            && src_end - src_first < MAX_SOURCE_TOKENS
        {
            src_end += 1;
        }
        if src_end == src_first || !self.names_a_speaker((src_first, src_end), v) {
            return None;
        }
        let content = if fronted {
            if !t.is_punct(src_end, ',') || self.words_between(src_end, s.end) < 3 {
                return None;
            }
            (src_end + 1, s.end)
        } else {
            // (Not after another's quotation: `"…," Carson noted in an
            // interview, as reported by BuzzFeed News.` is Carson's.)
            if src_end + 1 < s.end || !earlier.is_empty() || self.has_quote((s.first, as_at)) {
                return None;
            }
            (s.first, as_at - 1)
        };
        Some(Attribution {
            cue: (v, v + 1),
            source: Some((src_first, src_end)),
            content: vec![content],
            sentence: 0,
            pattern: Pattern::AccordingTo,
            follows: None,
        })
    }

    pub(super) fn words_between(&self, a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&i| self.t.is_word(i) || self.of[i].is_some())
            .count()
    }

    /// A reporting verb at `v`.
    pub(super) fn verb(
        &self,
        s: &Sentence,
        v: usize,
        cue: Cue,
        earlier: &[Attribution],
    ) -> Option<Attribution> {
        let t = self.t;
        // "What share of adolescents report …?", "Did he say that …?": a
        // question asks whether anyone said it.
        if self.of[v].is_none() && self.is_question(s) {
            return None;
        }
        // A noun, not a verb: "the claim", "his statement", "Trump’s say".
        if v > s.first {
            let p = v - 1;
            // "levels of stress", "in reports", "key to maintaining": no
            // verb follows a preposition but an infinitive after "to" and
            // a participle after "by", "while", "before" ("by saying").
            let after_preposition = self.word_is(p, PREPOSITIONS)
                && (self.low(v).ends_with("ing") == self.word_is(p, &["to"]));
            // After a quantifier a participle is an adjective too: "many
            // promising developments".
            let noun = (self.word_is(p, DETERMINERS) && !self.floated_quantifier(s.first, p))
                || after_preposition
                // ("He's said": a pronoun's "'s" is "has" or "is".)
                || (t.is_word(p) && t.without_possessive(p).1 && !self.word_is(p, &["he's", "he’s", "she's", "she’s"]))
                // A clause-only verb after any preposition is not taken
                // for a cue ("to add"); a verb of stance after "to" is an
                // infinitive, as a speech verb's ("seemed to indicate he
                // …"), and its object still has to be a person's stance.
                || (cue == Cue::ClauseOnly && self.word_is(p, PREPOSITIONS))
                || ((cue != Cue::Speech || self.low(v).ends_with("ing"))
                    && self.word_is(p, &["one", "two", "three", "some", "many"]));
            // "a single charge", "to great acclaim", "more stress", "on a
            // more aesthetic note": a bare form after an adjective or a
            // quantifier.
            let bare = !is_inflected(self.low(v));
            let graded = p > s.first + 1
                && self.word_is(p - 1, &["more", "less", "most", "very", "rather", "quite"]);
            let after_adjective = p > s.first
                && self.word_is(p - 1 - usize::from(graded), &["a", "an"])
                && t.is_word(p)
                && !t.is_cap(p)
                && !self.word_is(p, AUXILIARIES);
            let after_quantifier = self.word_is(p, &["more", "less", "much", "great"]);
            if noun || (bare && (after_adjective || after_quantifier)) {
                return None;
            }
        }
        // "simple to write", "takes as long to write", "One thing to note
        // is …": the subject is what is written, not a writer.
        if v >= s.first + 2
            && self.word_is(v - 1, &["to"])
            && (self.word_is(v - 2, TOUGH_ADJECTIVES) || self.word_is(v - 2, &["thing", "things"]))
        {
            return None;
        }
        // "what I say", "like we described earlier": the writer, right
        // before the cue, outside any quotation.
        if let Some(k) = self.skip_auxiliaries(s.first, v) {
            if self.of[k].is_none() && self.word_is(k, WRITER) {
                return None;
            }
        }
        // "was told by", "reported by": the passive's agent follows, also
        // after a time ("The report, released Tuesday by the GAO, said").
        let agent = (v + 1..(v + 5).min(s.end))
            .take_while(|&k| self.frame(k) && self.t.is_word(k))
            .find(|&k| {
                !self.word_is(k, TAIL_OPENERS) && !self.word_is(k, THAT_TIMES)
                    || self.low(k) == "by"
            });
        if let Some(by) = agent.filter(|&k| self.low(k) == "by") {
            return self.as_reported_by(s, v, by, earlier);
        }
        // "Bass notes have actual pitch", "boilerplate reports show": a
        // plural noun, the subject of the verb after it (a reporting verb
        // is followed by what was said, not by a verb), also through a
        // relative "that" ("reports that show overall traffic").
        let after_that = usize::from(self.word_is(v + 1, &["that"]));
        if self.low(v).ends_with('s')
            && self.word_is(v + 1 + after_that, VERBS_AFTER_A_NOUN)
            && !(v > s.first && self.word_is(v - 1, RELATIVE_SUBJECTS))
        {
            return None;
        }
        // "notes or dictation software", "claims and counterclaims": a verb
        // reports before its content, not before a conjunction.
        if self.low(v).ends_with('s') && self.word_is(v + 1, &["or", "and", "including"]) {
            return None;
        }
        // "…, unusual DsrGetDcNameEx2 calls, and abnormal DNS queries": the
        // item of a list; ", and he added …" goes on with a clause.
        if self.low(v).ends_with('s')
            && t.is_punct(v + 1, ',')
            && self.word_is(v + 2, &["and", "or"])
            && t.is_word(v + 3)
            && !t.is_cap(v + 3)
            && !self.word_is(v + 3, PRONOUNS)
        {
            return None;
        }
        // "tell a story", "can't tell the difference", "telling the
        // truth", "ask questions":
        // telling and asking that report no one's words ("told the story
        // of how …" may).
        let object_within = |words: &'static [&'static str]| {
            (v + 1..(v + 5).min(s.end))
                .any(|k| self.word_is(k, words) && !self.word_is(k + 1, &["of"]))
        };
        let w = self.low(v);
        if (is_in(
            &["tell", "tells", "telling", "told", "retell", "retells"],
            w,
        ) && object_within(&["story", "stories", "tale", "tales", "difference", "truth"]))
            || (is_in(&["ask", "asks", "asking", "asked"], w)
                && object_within(&["question", "questions"]))
        {
            return None;
        }
        let make = |source: Option<Range>, content: Vec<Range>, pattern: Pattern| Attribution {
            cue: (v, v + 1),
            source,
            content,
            sentence: 0,
            pattern,
            follows: None,
        };

        // Participle after a comma: `…, adding that …`.
        // "is telling", "wasn't so much saying": the verb of a clause.
        // Not across a comma: "85% are positive, suggesting that …".
        let progressive = (v.saturating_sub(4).max(s.first)..v)
            .rev()
            .take_while(|&k| t.is_word(k) || t.punct(k).is_some_and(|c| c == '’' || c == '\''))
            .any(|k| {
                self.word_is(k, BE)
                    || self.word_is(k, &["am", "isn't", "wasn't", "aren't", "weren't"])
                    || (t.is_word(k)
                        && (self.low(k).ends_with("’s") || self.low(k).ends_with("'s"))
                        && self.word_is(k + 1, &["not"]))
            });
        let ing = self.low(v).ends_with("ing") && !progressive;
        if ing {
            let p = v.checked_sub(1)?;
            let after_comma = t.is_punct(p, ',')
                || (self.of[p].is_some()
                    && self.quoted[self.of[p].unwrap_or_default() as usize].close == p)
                || self.word_is(p, &["while", "before", "after", "by"]);
            if !after_comma || p <= s.first {
                return None;
            }
            // A participle of a verb that may mean other things, with no
            // one found speaking through it, reports nothing ("…,
            // maintaining good health", "…, describing the results");
            // "…, saying he would" reports someone unnamed.
            let earlier_source = earlier.last().and_then(|a| a.source);
            // The sentence's subject must be able to speak, as before a
            // verb ("Set expectations early, explaining …" is the reader's
            // step; "Trump defended the plan, noting …" is Trump's).
            let subject = earlier_source
                .is_none()
                .then(|| self.sentence_subject(s, p))
                .flatten();
            // "And here I am, telling you that …": the writer.
            if subject.is_some_and(|src| self.by_writer(src)) {
                return None;
            }
            let subject = subject
                .filter(|&src| self.names_a_speaker(src, v))
                .or_else(|| {
                    // Only "saying" and its like: other participles after
                    // a clause are often no one's ("…, predicting …").
                    (earlier_source.is_none() && self.word_is(v, SAYING))
                        .then(|| self.subject_before_apposition(s, p))
                        .flatten()
                })
                .filter(|&src| self.names_a_speaker(src, v));
            // An imperative's participle is the reader's: "Start by saying
            // “come” in a happy tone", "Take an inventory of your
            // belongings, noting …", also after a checklist's heading
            // ("Update Your Home Inventory: Take …").
            let imperative = |(a, b): Range| {
                (a == s.first || (a > s.first && t.is_punct(a - 1, ':')))
                    && t.is_cap(a)
                    && self.word_is(a, IMPERATIVES)
                    && (b == a + 1 || self.word_is(a + 1, DETERMINERS))
            };
            if earlier.is_empty() && subject.is_some_and(imperative) {
                return None;
            }
            // "85% are positive, suggesting that …", "the control group
            // showed modest rises, suggesting …": what a fact suggests is
            // the writer's inference; a person or a document ("X posts")
            // suggests.
            // The subject may run on to its verb ("Trump took a more
            // hands-off approach"): a name among its first words will do.
            let opens_with_a_person = |(a, b): Range| {
                let head = self.head_end((a, b)) - 1;
                self.is_person_like((a, b))
                    || is_in(SPEAKER_NOUNS, &singular(self.low(head)))
                    || self.word_is(a, PRONOUNS)
                    || (a..b.min(a + 3)).any(|k| {
                        k > s.first
                            && t.is_word(k)
                            && t.is_cap(k)
                            && !self.word_is(k, PREPOSITIONS)
                            && !self.word_is(k, DETERMINERS)
                    })
            };
            let subject =
                subject.filter(|&src| !is_in(INFERENCES, self.low(v)) || opens_with_a_person(src));
            let source = earlier_source.or(subject);
            if source.is_none() && !self.word_is(v, SAYING) {
                return None;
            }
            // With no one found speaking, "adding" may be a builder's
            // ("…, adding plumbing lines"): it reports only before "that",
            // a quotation, a colon or a clause's subject (a pronoun, a name).
            if source.is_none() && self.word_is(v, &["adding"]) {
                let n = v + 1;
                let reports = self.word_is(n, &["that"])
                    || self.word_is(n, PRONOUNS)
                    || self.of.get(n).is_some_and(|q| q.is_some())
                    || t.is_punct(n, ':')
                    || (t.is_word(n) && t.is_cap(n));
                if !reports {
                    return None;
                }
            }
            let content = self.content_after(s, v, cue, source)?;
            return Some(make(source, vec![content], Pattern::Participle));
        }

        let Some(source) = self.subject(s, v, earlier) else {
            return self
                .inverted(s, v)
                .map(|(src, parts)| make(Some(src), parts, Pattern::Inverted));
        };
        // "AI helps predict trends", "lets managers indicate": a bare
        // infinitive after a verb of causing, no one's report.
        if (source.0..source.1).any(|k| self.word_is(k, CAUSATIVES)) {
            return None;
        }

        let source = self.with_post_before(s, source);
        // "Some toothbrushes remind you when it's time", "These findings
        // are going to tell you where …": a thing addressing the reader is
        // the page's copy, not a source quoted. ("The research says you
        // need 66 days": after "say" the reader is the content's subject.)
        // Whoever asks the reader to do something sets a step of a
        // process, not a view ("One of the essay questions asks you to
        // reference your own experience"); one who urges it still reports
        // advice.
        // (PolNeAR has no "ask you to".)
        if self.word_is(v + 1, &["you"])
            && (!self.is_person_like(source)
                || (self.word_is(v + 2, &["to"]) && is_in(&["ask", "asks", "asked", "asking"], w)))
            && !is_in(&["say", "says", "said", "saying"], w)
        {
            return None;
        }
        // A passive: its subject is the one told or asked, or what is
        // explained, never the source ("Reporters were told that …",
        // "Trump was asked, “…”", "Students were asked to meditate", "each
        // topic is explained using …"), and the agent ("by") was ruled out
        // above. What was said in a clause or a quotation is still said,
        // by someone unnamed; anything else is no one's words. Only the
        // verb's own auxiliaries count ("Doe, who was fired, said" is
        // active), and one convinced holds the view ("Ackman is convinced
        // that …"); "it is advised that" is the writer's hedge.
        let participle = w.ends_with("ed") || is_in(IRREGULAR_PASTS, w);
        // ("The router got told to": "got" read into the subject.)
        let got = self.word_is(source.1 - 1, &["got", "gets", "get"]);
        if participle && !is_in(HOLDER_PASSIVES, w) && (got || self.passive_auxiliary(source.1, v))
        {
            let content = self.content_after(s, v, cue, None)?;
            let clause = content.0 <= v + 2
                && (self.word_is(content.0, &["that"]) || self.of[content.0].is_some());
            let impersonal = self.word_is(source.0, DUMMY_SUBJECTS);
            return (clause && !impersonal).then(|| make(None, vec![content], Pattern::Preposed));
        }
        // Postposed: `"…," X said.`, `…, X said on Tuesday.` Not after a
        // label's colon ("IT Bottlenecks: Business users … wait weeks for
        // new reports"), unless a quotation ends before it.
        let label = |at: usize| t.is_punct(at - 1, ':') && self.of[at - 2].is_none();
        if source.0 > s.first + 1 && self.left_boundary(source.0 - 1) && !label(source.0) {
            let quoted_before = self.of[source.0 - 1].is_some()
                || (t.is_punct(source.0 - 1, ',') && self.of[source.0 - 2].is_some());
            // `…, a spokesman told The Associated Press.`: after reported
            // content, a short object that ends the sentence.
            let tells = matches!(self.low(v), "told" | "tells" | "tell");
            let short_object = || {
                self.object_tail(s, v + 1)
                    .filter(|&e| e + 1 >= s.end && self.words_between(v + 1, e) <= MAX_TOLD_OBJECT)
            };
            // "…, Mr. Coffee continues to be a solid go-to": a verb used in
            // another sense takes an infinitive, not a tail.
            let infinitive = cue == Cue::ClauseOnly && self.word_is(v + 1, &["to"]);
            // A verb's particle is part of it: `"…," he points out.`
            let after_cue = v
                + 1
                + usize::from(self.low(v).starts_with("point") && self.word_is(v + 1, &["out"]));
            let tail = self
                .adverbial_tail(s, after_cue)
                .filter(|_| !infinitive)
                .or_else(|| {
                    if quoted_before {
                        // `"…," Zucker said during a discussion Thursday
                        // with … hosted by the Paley Center for Media.`:
                        // circumstances may run longer than an object.
                        // After "told", whom it was told comes first:
                        // `“…,” he told Reuters in a rare interview in
                        // Macau when asked if …`.
                        let mut from = after_cue;
                        if tells {
                            // ("told POLITICO that Gore plans to skip": no
                            // circumstances after a "that" or a "to".)
                            let mut k = v + 1;
                            while k < (v + 2 + MAX_TOLD_OBJECT).min(s.end)
                                && t.is_word(k)
                                && self.frame(k)
                                && !self.word_is(k, &["that", "to"])
                            {
                                if self.word_is(k, TAIL_OPENERS) {
                                    from = k;
                                    break;
                                }
                                k += 1;
                            }
                        }
                        let circumstances = self.word_is(from, TAIL_OPENERS);
                        let max = if circumstances {
                            MAX_CIRCUMSTANCE_WORDS
                        } else {
                            MAX_TAIL_WORDS
                        };
                        self.tail_of_at_most(s, from, max)
                    } else if tells {
                        short_object()
                    } else {
                        None
                    }
                });
            if let Some(tail_end) = tail {
                let boundary = source.0 - 1;
                let end = if t.is_punct(boundary, ',') || t.is_punct(boundary, '—') {
                    boundary
                } else {
                    source.0
                };
                // After a clause with a cue of its own ("as the heckler
                // yelled: “You suck!”") what follows is not this quote's.
                let own_cue = (v + 1..tail_end).any(|k| self.strong_cue(k));
                let rest = self.mid_rest(s, tail_end, false).filter(|_| !own_cue);
                let before_quoted = self.has_quote((s.first, end));
                // `In Iowa, she said: "…"` is a lead-in, not a postposed
                // attribution.
                let lead_in = rest.is_some_and(|r| self.of[r.0].is_some()) && !before_quoted;
                // `During the 2012 election, Romney accused …`: a fronted
                // adverbial, not content; nor is a fronted clause alone (`As
                // the year begins, many of us think …`), though one that
                // the sentence goes on from is (`If it fails, he said, we …`).
                // (Nor is the source's capacity: `As SELF's senior
                // writer, she's written about …`.)
                let capacity = self.word_is(s.first, &["as"])
                    && end > s.first + 1
                    && self.is_post(&singular(self.low(end - 1)));
                // An infinitive of purpose alone is one too, however long:
                // "To create a layered tablescape at home, Helmstetter says
                // to start with a textile you love" (not "To win, candidates
                // need …, analysts say").
                // After a conjunction too: "But to be fair, Hamilton Beach
                // does clarify this".
                let opener =
                    s.first + usize::from(self.word_is(s.first, &["but", "and", "so", "yet"]));
                let purpose = self.word_is(opener, &["to"])
                    && t.is_word(opener + 1)
                    && !t.is_cap(opener + 1)
                    && !self.word_is(opener + 1, DETERMINERS)
                    && !(opener + 1..end).any(|k| t.is_punct(k, ','));
                let adverbial = !before_quoted
                    && ((self.word_is(opener, PREPOSITIONS)
                        && (purpose || self.words_between(opener, end) <= 6))
                        || capacity
                        // (A cue that takes "of" or "about" has its object
                        // after it, whatever follows: "When they hear the
                        // term, many people think of land, or homes".)
                        || ((rest.is_none() || self.word_is(v + 1, &["of", "about"]))
                            && self.fronted_clause((s.first, end))));
                // "The US, South Korea and Japan jointly warned": a name
                // before a list is the list's first member, not content.
                let list_head = !before_quoted
                    && (s.first..end).all(|k| !t.is_word(k) || t.is_cap(k))
                    && (source.0..source.1).any(|k| self.word_is(k, &["and"]));
                if self.words_between(s.first, end) > 0 && !lead_in && !adverbial && !list_head {
                    let mut parts = vec![(self.quoted_start(s, end), end)];
                    parts.extend(rest);
                    return Some(make(Some(source), parts, Pattern::Postposed));
                }
            }
        }
        // A lead-in: `X said (in a statement):` at the end of a paragraph.
        let colon_end = s.end >= 2 && t.is_punct(s.end - 1, ':') && self.frame(s.end - 1);
        if colon_end && (v + 2 == s.end || self.adverbial_tail(s, v + 1) == Some(s.end - 1)) {
            return Some(make(Some(source), Vec::new(), Pattern::ColonLeadIn));
        }
        // Preposed: `X said (that) …`.
        let content = self.content_after(s, v, cue, Some(source))?;
        // What something can or will do, not what was said: "Google Maps
        // will tell you the route options", "It can reveal a range of
        // issues". After a modal only a clause ("will argue that …", "would
        // say he …") or a quotation reports. A capitalised "May" is the
        // month ("a study published in May reports that …").
        let modal = (source.1..v).any(|k| self.word_is(k, MODALS) && !t.is_cap(k));
        let clause = self.word_is(content.0, &["that"])
            || self.of[content.0].is_some()
            || self.word_is(content.0, PRONOUNS);
        if modal && !clause {
            return None;
        }
        // "a user writes a review": what was written, not its words;
        // "questions to ask yourself": the reader, asked; "as they say, and
        // add": no content.
        if (w.starts_with("writ") && self.word_is(content.0, &["a", "an"]))
            || self.word_is(content.0, &["yourself", "yourselves", "and", "or"])
        {
            return None;
        }
        Some(make(Some(source), vec![content], Pattern::Preposed))
    }
}
