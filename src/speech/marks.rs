//! Pairing quotation marks into quoted spans.
//!
//! Handles straight and curly double and single quotes, « », „ “, ‚ ‘,
//! 「 」 and 『 』, nesting, and quotations that run over paragraphs (a
//! paragraph that opens a quote without closing it, the next one reopening
//! it). A mark that finds no partner is left alone; an opening double mark
//! still open at the end of a paragraph that is not reopened runs to the
//! end of that paragraph when enough words follow it.

use super::tokens::Tokens;

/// A top-level quoted span, as token indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// The opening mark.
    pub open: usize,
    /// The closing mark, or the last token of the paragraph when the quote
    /// was never closed.
    pub close: usize,
    /// Whether `close` is a real closing mark.
    pub closed: bool,
}

impl Quoted {
    /// `[start, end)` in chars of the content, without the marks.
    pub fn content(&self, t: &Tokens) -> (usize, usize) {
        let end = if self.closed {
            t.toks[self.close].start
        } else {
            t.toks[self.close].end
        };
        (t.toks[self.open].end, end)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
}

/// What a quotation mark char can be.
fn family(c: char) -> Option<Family> {
    match c {
        '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』' => {
            Some(Family::Double)
        }
        '\'' | '‘' | '’' | '‚' | '‹' | '›' => Some(Family::Single),
        _ => None,
    }
}

/// Whether `close` ends a quote opened by `open`.
fn closes(open: char, close: char) -> bool {
    match open {
        '"' => close == '"' || close == '”',
        '“' => matches!(close, '”' | '"' | '“'),
        '„' => matches!(close, '“' | '”' | '"'),
        '«' => close == '»',
        '»' => close == '«',
        '「' => close == '」',
        '『' => close == '』',
        '‘' | '‚' | '\'' => matches!(close, '’' | '\'' | '‘'),
        '‹' => close == '›',
        '›' => close == '‹',
        _ => false,
    }
}

fn opening_only(c: char) -> bool {
    matches!(c, '„' | '‚' | '「' | '『')
}

fn closing_only(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』')
}

/// Pairs the marks of the text into top-level quoted spans, in order.
pub fn pair(t: &Tokens) -> Vec<Quoted> {
    let mut out = Vec::new();
    // Open marks: (token, char).
    let mut stack: Vec<(usize, char)> = Vec::new();
    let n = t.len();
    let mut i = 0;
    while i < n {
        if t.toks[i].newline && !stack.is_empty() && end_paragraph(t, i, &mut stack, &mut out) {
            // The reopening mark of a quote running over paragraphs.
            i += 1;
            continue;
        }
        let Some((c, fam)) = t.punct(i).and_then(|c| Some((c, family(c)?))) else {
            i += 1;
            continue;
        };
        let tok = &t.toks[i];
        let space_before = i == 0 || tok.space || tok.newline || is_opener(t, i - 1);
        let space_after = t.toks.get(i + 1).is_none_or(|n| n.space || n.newline);
        let guillemet = matches!(c, '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』');
        // Corner brackets say which side they are on; CJK text has no
        // spaces to tell.
        let corner = matches!(c, '「' | '『' | '」' | '』');
        // A French « opens before a space; a » opens only German-style,
        // against its word (»so«): "» You Might Like" is an arrow.
        let spaced_opener = guillemet && !matches!(c, '»' | '›');
        let can_open = corner || space_before && (!space_after || spaced_opener);
        let can_close = corner || !space_before || space_after;
        // The innermost open mark that `c` closes; only stray single marks
        // may lie above it.
        let partner = stack
            .iter()
            .rposition(|&(_, o)| family(o) == Some(fam) && closes(o, c))
            .filter(|&p| {
                stack[p + 1..]
                    .iter()
                    .all(|&(_, o)| family(o) == Some(Family::Single))
            });
        match partner {
            Some(p) if can_close && !opening_only(c) => {
                let open = stack[p].0;
                stack.truncate(p);
                if stack
                    .iter()
                    .all(|&(_, o)| family(o) == Some(Family::Single))
                {
                    stack.clear();
                    out.push(Quoted {
                        open,
                        close: i,
                        closed: true,
                    });
                }
            }
            _ if can_open && !closing_only(c) => {
                // Single marks open only before a word or number.
                let before_word = t
                    .toks
                    .get(i + 1)
                    .is_some_and(|n| n.kind != super::tokens::Kind::Punct);
                if fam == Family::Double || before_word {
                    stack.push((i, c));
                }
            }
            _ => {}
        }
        i += 1;
    }
    if !stack.is_empty() {
        end_paragraph(t, n, &mut stack, &mut out);
    }
    out
}

fn is_opener(t: &Tokens, i: usize) -> bool {
    t.punct(i).is_some_and(|c| {
        matches!(c, '(' | '[' | '—' | '–' | '-' | ':' | '/') || family(c).is_some()
    })
}

/// At a paragraph break before token `next`: a top-level double quote
/// left open continues when the new paragraph opens with a double mark
/// (returns true: that mark is consumed); otherwise it runs to the end of
/// its paragraph if enough words follow it, and every other open mark is
/// dropped.
fn end_paragraph(
    t: &Tokens,
    next: usize,
    stack: &mut Vec<(usize, char)>,
    out: &mut Vec<Quoted>,
) -> bool {
    let Some(&(open, c)) = stack.first() else {
        return false;
    };
    if family(c) == Some(Family::Double) {
        let reopens = t
            .punct(next)
            .is_some_and(|r| family(r) == Some(Family::Double) && !closing_only(r));
        if reopens {
            stack.truncate(1);
            return true;
        }
        /// Fewer words after a lone opening mark are more likely a stray
        /// mark than a quotation whose end was lost.
        const MIN_UNCLOSED_WORDS: usize = 4;
        let words = (open + 1..next).filter(|&k| t.is_word(k)).count();
        if words >= MIN_UNCLOSED_WORDS {
            out.push(Quoted {
                open,
                close: next - 1,
                closed: false,
            });
        }
    }
    stack.clear();
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<String> {
        let t = Tokens::new(text);
        let chars: Vec<char> = text.chars().collect();
        pair(&t)
            .iter()
            .map(|q| {
                let (s, e) = q.content(&t);
                chars[s..e].iter().collect()
            })
            .collect()
    }

    #[test]
    fn pairs_each_style() {
        let cases: &[(&str, &[&str])] = &[
            ("He said “yes, now” and left.", &["yes, now"]),
            ("He said \"yes\" and \"no\".", &["yes", "no"]),
            ("Er sagte „ja“ und ging.", &["ja"]),
            ("Il a dit « oui » hier.", &[" oui "]),
            ("He said 'we will win' loudly.", &["we will win"]),
            ("彼は「はい」と言った。", &["はい"]),
            ("‚Ja‘ sagte er.", &["Ja"]),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "{text}");
        }
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quoted("The players’ union didn’t say it’s over, “not yet.”"),
            ["not yet."]
        );
        assert!(quoted("Rock ’n’ roll in the ’90s.").is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            quoted("“He told me ‘never again,’ and meant it,” she said."),
            ["He told me ‘never again,’ and meant it,"]
        );
    }

    #[test]
    fn quotes_continue_over_paragraphs() {
        let text = "“First part of it.\n\n“Second part,” she said.";
        assert_eq!(quoted(text), ["First part of it.\n\n“Second part,"]);
    }

    #[test]
    fn unbalanced_marks_degrade() {
        assert_eq!(
            quoted("He said: “We will win this race.\n\nThen he left."),
            ["We will win this race."]
        );
        assert!(quoted("A stray ” mark.").is_empty());
    }
}
