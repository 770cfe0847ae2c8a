//! Sentences and paragraphs.
//!
//! A sentence ends at `.`, `!` or `?` followed by a capital, a number, an
//! opening mark or a line break, unless the full stop closes an
//! abbreviation ("Gen.", "Mr.") or an initial ("J. K."). A quotation is
//! never cut: `"One. Two," she said.` is one sentence, so its attribution
//! stays with it. Every line break starts a paragraph.

use super::lexicon::Lexicon;
use super::marks::Quoted;
use super::tokens::Tokens;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// First token and one past the last.
    pub first: usize,
    pub end: usize,
    /// Index of the paragraph the sentence starts in.
    pub para: usize,
}

/// For each token, the index of the top-level quotation holding it (marks
/// included), if any.
pub fn quote_of(t: &Tokens, quotes: &[Quoted]) -> Vec<Option<u32>> {
    let mut of = vec![None; t.len()];
    for (k, q) in quotes.iter().enumerate() {
        for slot in &mut of[q.open..=q.close] {
            *slot = Some(k as u32);
        }
    }
    of
}

/// Words at most in an attribution that follows a quotation ending in a
/// full stop (`"We won." Smith said.`) and still belongs to it.
const MAX_TRAILING_ATTRIBUTION: usize = 5;
/// Words at most in the whole sentence of such an attribution (`Smith said
/// at a rally on Tuesday.`); a longer one is a sentence of its own.
const MAX_TRAILING_SENTENCE: usize = 10;

pub fn split(t: &Tokens, quotes: &[Quoted], of: &[Option<u32>]) -> Vec<Sentence> {
    let lex = Lexicon::get();
    let n = t.len();
    let mut out = Vec::new();
    let (mut first, mut para) = (0usize, 0usize);
    let cut = |at: usize, out: &mut Vec<Sentence>, first: &mut usize, para: &mut usize| {
        if at > *first {
            out.push(Sentence {
                first: *first,
                end: at,
                para: *para,
            });
        }
        *first = at;
    };
    let mut i = 0;
    while i < n {
        if i > 0 && t.toks[i].newline && !(of[i].is_some() && of[i] == of[i - 1]) {
            cut(i, &mut out, &mut first, &mut para);
            para += 1;
        }
        let terminal = matches!(t.punct(i), Some('.' | '!' | '?'));
        if terminal && of[i].is_none() {
            // Closing brackets stay with the sentence.
            let mut j = i + 1;
            while matches!(t.punct(j), Some(')' | ']')) && !t.toks[j].space {
                j += 1;
            }
            if ends_here(t, lex, i, j) {
                cut(j, &mut out, &mut first, &mut para);
                i = j;
                continue;
            }
        }
        // A quotation closing on a terminal mark ends the sentence unless a
        // short attribution follows it.
        if let Some(k) = of[i] {
            let q = &quotes[k as usize];
            if i == q.close && q.closed && i > 0 && matches!(t.punct(i - 1), Some('.' | '!' | '?'))
            {
                let j = i + 1;
                let starts = j < n && (t.toks[j].newline || starts_sentence(t, j));
                let asked = matches!(t.punct(i - 1), Some('!' | '?'));
                if starts && !t.toks[j].newline && !short_attribution(t, lex, j, asked) {
                    cut(j, &mut out, &mut first, &mut para);
                }
            }
        }
        i += 1;
    }
    cut(n, &mut out, &mut first, &mut para);
    out
}

/// Whether the terminal mark at `i` ends the sentence before token `next`.
fn ends_here(t: &Tokens, lex: &Lexicon, i: usize, next: usize) -> bool {
    if next >= t.len() || t.toks[next].newline {
        return true;
    }
    if !t.toks[next].space || !starts_sentence(t, next) {
        return false;
    }
    if t.is_punct(i, '.') && i > 0 && !t.toks[i].space && t.is_word(i - 1) {
        let word = t.s(i - 1);
        let low = t.low(i - 1);
        let initial = crate::substr::char_count(word) == 1 && word.chars().all(char::is_uppercase);
        let dotted = word.contains('.') && !super::tokens::is_site_name(low);
        if initial || (lex.is_abbreviation(low) && !dotted) {
            return false;
        }
        // "U.S." ends a sentence only before a typical sentence opener.
        if dotted {
            return t.is_cap(next) && lex.is_common(t.low(next));
        }
    }
    true
}

fn starts_sentence(t: &Tokens, i: usize) -> bool {
    t.is_cap(i)
        || t.toks[i].kind == super::tokens::Kind::Number
        || matches!(
            t.punct(i),
            Some('"' | '“' | '‘' | '\'' | '«' | '„' | '(' | '[')
        )
}

/// `Smith said.` / `he added on Tuesday.` right after a quotation: a cue
/// among its first words, and the sentence over soon after. After a
/// question or an exclamation (`asked`), which ends no sentence before
/// its attribution, the sentence may run on when the cue's circumstances
/// follow it: `“Who do they think they are?” Trump said of Apple in
/// February, when the company balked at …`.
fn short_attribution(t: &Tokens, lex: &Lexicon, from: usize, asked: bool) -> bool {
    let mut words = 0;
    let mut cue = false;
    let mut runs_on = false;
    for k in from..t.len() {
        if t.toks[k].newline && k > from {
            return cue;
        }
        match t.punct(k) {
            Some('.' | '!' | '?') => return cue,
            Some('"' | '“' | '”') => return false,
            _ => {}
        }
        if t.is_word(k) {
            words += 1;
            if words > MAX_TRAILING_SENTENCE {
                return runs_on;
            }
            // A cue with a clause of its own reports that clause: "“…”
            // He added that reform would take years." (Not "that night",
            // `y` in function-words.txt, nor "I didn't post that.")
            let clause =
                k + 1 < t.len() && t.is_word(k + 1) && !lex.function_word_is(t.low(k + 1), b'y');
            if cue && t.low(k) == "that" && clause {
                return false;
            }
            if words <= MAX_TRAILING_ATTRIBUTION && lex.cue(t.low(k)).is_some() {
                // (`t`: the adverbials that open a cue's circumstances,
                // `function-words.txt`.)
                runs_on |= !cue
                    && asked
                    && (t.is_punct(k + 1, ',')
                        || k + 1 < t.len() && lex.function_word_is(t.low(k + 1), b't'));
                cue = true;
            }
        }
    }
    cue
}

#[cfg(test)]
mod tests {
    use super::super::marks;
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let t = Tokens::new(text);
        let q = marks::pair(&t);
        let of = quote_of(&t, &q);
        split(&t, &q, &of)
            .iter()
            .map(|s| t.slice(s.first, s.end - 1).to_string())
            .collect()
    }

    #[test]
    fn survives_abbreviations_initials_and_quotes() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Gen. Mark Milley met Mr. Smith in the U.S. on Monday. It rained.",
                &[
                    "Gen. Mark Milley met Mr. Smith in the U.S. on Monday.",
                    "It rained.",
                ],
            ),
            (
                "J. K. Rowling spoke. She left.",
                &["J. K. Rowling spoke.", "She left."],
            ),
            (
                "It was reported by Factcheck.org. “He had plans,” she said.",
                &[
                    "It was reported by Factcheck.org.",
                    "“He had plans,” she said.",
                ],
            ),
            (
                "“We won. They lost,” she said. Then it ended.",
                &["“We won. They lost,” she said.", "Then it ended."],
            ),
            (
                "“We won.” Smith said. Then.",
                &["“We won.” Smith said.", "Then."],
            ),
            (
                "It is “broken.” He added that it would take years.",
                &["It is “broken.”", "He added that it would take years."],
            ),
            ("“We won.” Then it ended.", &["“We won.”", "Then it ended."]),
            (
                "He lives in the U.S. The rest stayed.",
                &["He lives in the U.S.", "The rest stayed."],
            ),
            ("One line\nAnother line", &["One line", "Another line"]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "{text}");
        }
    }
}
