//! Finding who said what in each sentence: a cue, its source and its
//! content, by shallow patterns over the sentence's words with every
//! quotation taken as one unit.
//!
//! The patterns, in the order they are tried for each cue:
//! - `According to X, …` and `…, according to X`;
//! - inverted: `"…," said X`;
//! - postposed: `"…," X said`, `…, X said on Tuesday`, `"…," X said, "…"`;
//! - participle: `…, adding that …` (the source is the clause's subject);
//! - preposed: `X said (that) …`, `X told Y …`, `X said: "…"`;
//! - then, across sentences: a colon lead-in whose content is the next
//!   paragraph, quotations that continue the last speaker (`"…," she
//!   said. "…"` and quote-only paragraphs), and a quotation whose speaker
//!   is the subject of the sentence before.

use super::lexicon::{Cue, Lexicon};
use super::marks::Quoted;
use super::sentences::Sentence;
use super::tokens::{Kind, Tokens};

mod content;
mod cue;
mod source;
mod speaker;
mod words;

use words::*;
pub(super) use words::{before_apostrophe, is_inflected};

/// A token range `[first, end)`.
pub type Range = (usize, usize);

/// How an attribution was found; kept for error analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    AccordingTo,
    Inverted,
    Postposed,
    Participle,
    Preposed,
    ColonLeadIn,
    Dash,
    Signature,
    Floating,
    PreviousSubject,
}

impl Pattern {
    pub fn name(self) -> &'static str {
        match self {
            Pattern::AccordingTo => "according-to",
            Pattern::Inverted => "inverted",
            Pattern::Postposed => "postposed",
            Pattern::Participle => "participle",
            Pattern::Preposed => "preposed",
            Pattern::ColonLeadIn => "colon-lead-in",
            Pattern::Dash => "dash",
            Pattern::Signature => "signature",
            Pattern::Floating => "floating",
            Pattern::PreviousSubject => "previous-subject",
        }
    }
}

/// A cue with its source and content, as token ranges.
#[derive(Clone, Debug)]
pub struct Attribution {
    pub cue: Range,
    /// The source as written: a name, a pronoun, "a senior official".
    pub source: Option<Range>,
    /// One or more content parts, in order.
    pub content: Vec<Range>,
    pub sentence: usize,
    pub pattern: Pattern,
    /// For attributions that continue an earlier one: its index.
    pub follows: Option<usize>,
}

/// Finds the attributions of one text: each sentence by the patterns
/// (see the module's overview), then across sentences.
pub struct Finder<'a, 't> {
    t: &'a Tokens<'t>,
    quoted: &'a [Quoted],
    of: &'a [Option<u32>],
    sents: &'a [Sentence],
    /// Whether a token opens a sentence and the name finder read its
    /// capital as the sentence's, not a name's ("Start saying …", "Turn
    /// to a friend": the text writes "start" and "turn" in lowercase).
    unnamed_opener: &'a [bool],
    lex: &'static Lexicon,
}

impl<'a, 't> Finder<'a, 't> {
    pub fn new(
        t: &'a Tokens<'t>,
        quoted: &'a [Quoted],
        of: &'a [Option<u32>],
        sents: &'a [Sentence],
        unnamed_opener: &'a [bool],
    ) -> Self {
        Finder {
            t,
            quoted,
            of,
            sents,
            unnamed_opener,
            lex: Lexicon::get(),
        }
    }

    /// All attributions of the text, in text order.
    pub fn find(&self) -> Vec<Attribution> {
        let mut out: Vec<Attribution> = Vec::new();
        // The attribution a quote-only sentence may continue.
        let mut last: Option<usize> = None;
        // A lead-in (`X said:`) waiting for its content.
        let mut pending: Option<usize> = None;
        for (si, s) in self.sents.iter().enumerate() {
            let before = out.len();
            self.sentence(si, s, &mut out);
            if out.len() > before {
                last = out.len().checked_sub(1);
                let a = &out[out.len() - 1];
                pending = (a.content.is_empty()).then_some(out.len() - 1);
                continue;
            }
            if let Some(p) = pending.take() {
                let (cue, source, sentence) = (out[p].cue, out[p].source, out[p].sentence);
                if si == sentence + 1 {
                    out.push(Attribution {
                        cue,
                        source,
                        content: vec![(s.first, s.end)],
                        sentence: si,
                        pattern: Pattern::ColonLeadIn,
                        follows: Some(p),
                    });
                    last = Some(out.len() - 1);
                    continue;
                }
            }
            if !self.quote_only(s) {
                last = None;
                continue;
            }
            let content = vec![(s.first, s.end)];
            // A quotation that goes on after its attribution, in the same
            // paragraph, is one quote in parts (`"…," she said. "…"`).
            if let Some(l) = last.filter(|&l| si == out[l].sentence + 1) {
                let a = &out[l];
                let same_para = s.para == self.sents[a.sentence].para;
                let quoted = a.content.iter().any(|&r| self.has_quote(r));
                if same_para && quoted && a.pattern != Pattern::ColonLeadIn {
                    out[l].content.push((s.first, s.end));
                    out[l].sentence = si;
                    continue;
                }
            }
            // `"…"` alone in its paragraph, signed on the next line.
            if let Some(a) = self.signed(si, out.last()) {
                out.push(a);
                last = Some(out.len() - 1);
                continue;
            }
            // `"…." Smith said at a rally on Tuesday.`: a quotation ending in
            // a full stop, its attribution in the next sentence.
            let next = self.sents.get(si + 1).filter(|n| n.para == s.para);
            if let Some(a) = next.and_then(|n| self.trailing_attribution(n)) {
                out.push(Attribution {
                    content,
                    sentence: si,
                    ..a
                });
                last = Some(out.len() - 1);
                continue;
            }
            match last.filter(|&l| si == out[l].sentence + 1) {
                Some(l) => {
                    // The next paragraph quotes the same speaker on: one
                    // quote in parts when the last was quoted, else a new
                    // quote of the same speaker.
                    let a = &out[l];
                    let near = s.para == self.sents[a.sentence].para + 1;
                    let quoted = a.content.iter().any(|&r| self.has_quote(r));
                    if near && quoted && a.pattern != Pattern::ColonLeadIn {
                        out[l].content.push((s.first, s.end));
                        out[l].sentence = si;
                    } else {
                        out.push(Attribution {
                            cue: a.cue,
                            source: a.source,
                            content,
                            sentence: si,
                            pattern: Pattern::Floating,
                            follows: Some(a.follows.unwrap_or(l)),
                        });
                        last = Some(out.len() - 1);
                    }
                }
                None => {
                    if let Some(src) = si.checked_sub(1).and_then(|p| self.subject_of(p)) {
                        out.push(Attribution {
                            cue: (src.1, src.1),
                            source: Some(src),
                            content,
                            sentence: si,
                            pattern: Pattern::PreviousSubject,
                            follows: None,
                        });
                        last = Some(out.len() - 1);
                    }
                }
            }
        }
        out.retain(|a| !a.content.is_empty());
        out
    }

    /// `"…" — Jane Doe, mayor of Springfield`: a quotation signed with a
    /// dash.
    fn dash(&self, s: &Sentence) -> Option<Attribution> {
        let t = self.t;
        let d =
            (s.first..s.end).find(|&k| self.frame(k) && matches!(t.punct(k), Some('—' | '–')))?;
        if d == s.first || !self.is_quote_only((s.first, d)) || !t.is_cap(d + 1) {
            return None;
        }
        let end = self.signed_name(d + 1, s.end)?;
        Some(Attribution {
            cue: (d, d + 1),
            source: Some((d + 1, end)),
            content: vec![(s.first, d)],
            sentence: 0,
            pattern: Pattern::Dash,
            follows: None,
        })
    }

    /// The end of the name that signs a quotation from `first`: words up to
    /// a comma, a bracket, a stop or `end`, the most a source may hold.
    fn signed_name(&self, first: usize, end: usize) -> Option<usize> {
        let t = self.t;
        let mut k = first;
        while k < end
            && (t.is_word(k) || matches!(t.punct(k), Some('.' | '-' | '’' | '\'')))
            && self.frame(k)
        {
            k += 1;
        }
        let ends = k >= end || matches!(t.punct(k), Some(',' | '(' | '.'));
        (ends && k + 1 - first <= MAX_SOURCE_TOKENS).then_some(k)
    }

    /// Sentence `si` as the end of a quotation alone in its paragraph,
    /// signed on the next (see [`Self::signature`]), unless an attribution
    /// (the `last` so far) took part of the paragraph already.
    fn signed(&self, si: usize, last: Option<&Attribution>) -> Option<Attribution> {
        let s = &self.sents[si];
        let n = self.sents.get(si + 1)?;
        // Only a paragraph's last sentence is read back to its first, so
        // each paragraph is walked once.
        if n.para != s.para + 1
            || self.sents.get(si + 2).is_some_and(|x| x.para == n.para)
            || last.is_some_and(|a| self.sents[a.sentence].para == s.para)
        {
            return None;
        }
        let mut p = si;
        while p > 0 && self.sents[p - 1].para == s.para {
            p -= 1;
        }
        let content = (self.sents[p].first, s.end);
        if !self.is_quote_only(content) {
            return None;
        }
        let source = self.signature(n)?;
        Some(Attribution {
            // A dash before the name is the cue, as in `"…" — Jane Doe`.
            cue: (n.first, source.0),
            source: Some(source),
            content: vec![content],
            sentence: si,
            pattern: Pattern::Signature,
            follows: None,
        })
    }

    /// The signature on paragraph `n` of the quotation before it, which
    /// stands alone in its paragraph: `Lisa Su, CEO of AMD (during the
    /// earnings call)`, `—Wilder, a grant recipient`, a name alone. The
    /// paragraph is no sentence (no closing stop, no colon introducing
    /// what follows), and it shows a person: a dash first, a given name
    /// first, or a post after the comma. A product's line under a review's
    /// quote ("Colorful Vintage Cordials, Set of 5") shows none.
    fn signature(&self, n: &Sentence) -> Option<Range> {
        let t = self.t;
        let dashed = matches!(t.punct(n.first), Some('—' | '–'));
        let first = n.first + usize::from(dashed);
        let end = self.signed_name(first, n.end)?;
        let shows_a_person = dashed
            || self.lex.is_given_name(t.s(first))
            || t.is_punct(end, ',')
                && self
                    .low_at(end + 1)
                    .is_some_and(|w| self.lex.role(w).is_some());
        let sentence = matches!(t.punct(n.end - 1), Some('.' | '!' | '?' | ':'));
        (t.is_cap(first) && end > first && shows_a_person && !sentence).then_some((first, end))
    }

    /// A sentence that is only an attribution: `Smith said on Tuesday.`
    fn trailing_attribution(&self, n: &Sentence) -> Option<Attribution> {
        let t = self.t;
        let first = n.first;
        let v = (first..n.end.min(first + MAX_SOURCE_TOKENS)).find(|&k| {
            self.frame(k) && t.is_word(k) && !t.is_cap(k) && self.lex.cue(self.low(k)).is_some()
        })?;
        let end = self.skip_auxiliaries(first, v)?;
        let source = self.np_back(first, end).filter(|src| src.0 == first)?;
        let tail = self
            .adverbial_tail(n, v + 1)
            .or_else(|| self.object_tail(n, v + 1))?;
        if tail + 1 < n.end {
            return None;
        }
        Some(Attribution {
            cue: (v, v + 1),
            source: Some(source),
            content: Vec::new(),
            sentence: 0,
            pattern: Pattern::Postposed,
            follows: None,
        })
    }

    /// Whether `(a, b)` is one fronted adverbial clause and nothing more:
    /// "As the new year begins" before ", many of us think about …" is
    /// when, not what; "When the deal closes, prices will rise" holds a
    /// main clause after its comma and is content.
    fn fronted_clause(&self, (a, b): Range) -> bool {
        (self.word_is(a, SUBORDINATORS) || self.word_is(a, CONDITIONS))
            && !(a + 1..b).any(|k| matches!(self.t.punct(k), Some(',' | ';' | ':')))
    }

    fn is_quote_only(&self, (a, b): Range) -> bool {
        let mut any = false;
        for i in a..b {
            if self.of[i].is_some() {
                any = true;
            } else if self.t.toks[i].kind != Kind::Punct {
                return false;
            }
        }
        any
    }

    fn has_quote(&self, (a, b): Range) -> bool {
        (a..b).any(|i| self.of[i].is_some())
    }

    /// A sentence made of quotations and punctuation only.
    fn quote_only(&self, s: &Sentence) -> bool {
        self.is_quote_only((s.first, s.end))
    }

    /// The subject of sentence `si` when it is a capitalised name at its
    /// start (`Smith was blunt.`), for a quotation that follows it.
    fn subject_of(&self, si: usize) -> Option<Range> {
        let s = &self.sents[si];
        let t = self.t;
        let mut i = s.first;
        while i < s.end && t.is_cap(i) && self.of[i].is_none() {
            i += 1;
        }
        let first = s.first;
        let is_name = i > first + 1
            && !self.lex.is_common(t.low(first))
            && i < s.end
            && t.is_word(i)
            && !t.is_cap(i);
        is_name.then_some((first, i))
    }

    fn frame(&self, i: usize) -> bool {
        self.of[i].is_none()
    }

    fn low(&self, i: usize) -> &str {
        self.t.low(i)
    }

    /// Whether token `i` is capitalised as a name is, not only as the
    /// sentence's first word ("The", "Start").
    fn is_named_cap(&self, i: usize) -> bool {
        self.t.is_cap(i) && !self.unnamed_opener.get(i).copied().unwrap_or(false)
    }

    fn word_is(&self, i: usize, list: impl Words) -> bool {
        self.word_in(i, list.set())
    }

    /// [`Finder::word_is`], compiled once.
    fn word_in(&self, i: usize, set: WordSet) -> bool {
        self.t.is_word(i) && self.frame(i) && set.holds(self.low(i))
    }

    /// How the word at `i` introduces speech. "Point" and "points" are
    /// nouns in news ("talking points"), left out of the cues, but not
    /// before "out": "he points out", "critics point out that …".
    fn cue_at(&self, i: usize) -> Option<Cue> {
        let w = self.low(i);
        self.lex.cue(w).or_else(|| {
            (matches!(w, "point" | "points") && self.word_is(i + 1, &["out"]))
                .then_some(Cue::ClauseOnly)
        })
    }

    /// Attributions of one sentence.
    fn sentence(&self, si: usize, s: &Sentence, out: &mut Vec<Attribution>) {
        let first_new = out.len();
        let mut i = s.first;
        while i < s.end {
            if !self.frame(i) || !self.t.is_word(i) {
                i += 1;
                continue;
            }
            let found = if self.low(i) == "according" && self.low_at(i + 1) == Some("to") {
                self.according_to(s, i)
            } else if let Some(cue) = self.cue_at(i).filter(|_| {
                // A capitalised cue is a name or title ("Secretary of State"),
                // and a source's plea for anonymity reports nothing ("one
                // official, who asked not to be named, said").
                !self.t.is_cap(i)
                    && !matches!(
                        (self.low_at(i + 1), self.low_at(i + 2), self.low_at(i + 3)),
                        (Some("not"), Some("to"), Some("be"))
                    )
            }) {
                self.verb(s, i, cue, &out[first_new..])
            } else {
                None
            };
            if let Some(mut a) = found {
                a.sentence = si;
                // Go on after the cue, and after a source that follows it.
                let past_source = a.source.filter(|s| s.0 >= a.cue.1).map_or(0, |s| s.1);
                i = a.cue.1.max(i + 1).max(past_source);
                out.push(a);
            } else {
                i += 1;
            }
        }
        if out.len() == first_new {
            out.extend(self.dash(s).map(|a| Attribution { sentence: si, ..a }));
        }
        self.truncate(&mut out[first_new..]);
        // `According to the agency, X praised Y`: the report is X's; the
        // agency is only the channel.
        let inner: Vec<usize> = out[first_new..]
            .iter()
            .filter(|a| a.pattern != Pattern::AccordingTo)
            .filter_map(|a| a.source.map(|s| s.0))
            .collect();
        let new = out.split_off(first_new);
        out.extend(new.into_iter().filter(|a| {
            !(a.pattern == Pattern::AccordingTo
                && a.content.first().is_some_and(|c| inner.contains(&c.0)))
        }));
    }

    /// Whether `s` is a question of the writer's: it opens with a
    /// question word or an auxiliary and ends with its question mark
    /// (not one inside a quotation).
    fn is_question(&self, s: &Sentence) -> bool {
        let t = self.t;
        let Some(first) = (s.first..s.end).find(|&k| t.is_word(k)) else {
            return false;
        };
        s.end > s.first
            && t.is_punct(s.end - 1, '?')
            && self.of[s.end - 1].is_none()
            && self.word_is(first, QUESTION_OPENERS)
    }

    fn low_at(&self, i: usize) -> Option<&str> {
        self.t.low_at(i)
    }

    /// Cuts contents that run to the end of the sentence at the start of a
    /// later attribution's clause (`X said A, as Y stressed B`).
    fn truncate(&self, atts: &mut [Attribution]) {
        let t = self.t;
        for j in 1..atts.len() {
            // A participle that borrows the source of the attribution
            // before it goes on with the same speaker (`X praised A,
            // stressing B`): the earlier content keeps it.
            if atts[j].pattern == Pattern::Participle
                && atts[j].source.is_some_and(|s| s.0 < atts[j - 1].cue.0)
            {
                continue;
            }
            // A source shared with the attribution before ("X said A and
            // insisted B") is no boundary: the later cue is.
            let shared = atts[j].source.is_some_and(|s| s.0 < atts[j - 1].cue.0);
            let start = match atts[j].source {
                Some(s) if !shared => s.0.min(atts[j].cue.0),
                _ => atts[j].cue.0,
            };
            // The clause boundary before the later attribution.
            let mut b = start;
            while shared && b > 0 && self.word_is(b - 1, AUXILIARIES) {
                b -= 1;
            }
            while b > 0
                && self.word_is(
                    b - 1,
                    &["and", "but", "as", "while", "whereas", "who", "which"],
                )
            {
                b -= 1;
            }
            let boundary =
                b > 0 && matches!(t.punct(b - 1), Some(',' | ';' | '—' | '–')) || b < start;
            if !boundary {
                continue;
            }
            let cut = if b > 0 && matches!(t.punct(b - 1), Some(',' | ';' | '—' | '–')) {
                b - 1
            } else {
                b
            };
            for a in atts[..j].iter_mut() {
                for part in a.content.iter_mut() {
                    if part.0 < cut && part.1 > start {
                        part.1 = cut;
                    }
                }
            }
        }
    }
}
