//! Acronyms the text spells out.
//!
//! A word in capitals is read as an organisation ("FBI", "NATO"), which
//! serves news but fills a guide's panel with the acronyms of things:
//! "augmented reality (AR)", "Model Context Protocol (MCP)", "Java
//! Development Kit (JDK) 25". Where the text gives an acronym's expansion,
//! the expansion says what it is, so every mention of the acronym becomes
//! a mention of the expansion: "Environmental Protection Agency (EPA) …
//! the EPA said" is one actor, and an acronym spelled out by words in
//! lowercase, or by a name that is no organisation, is no organisation.

use super::lexicon::Lexicon;
use super::names::Mention;
use super::tokens::Tokens;

/// Longest run of words read back from "(ACR)" for an expansion that is no
/// name: a connector or two more than the acronym's letters.
const MAX_EXPANSION_WORDS: usize = 9;

/// Makes every mention of an acronym the text spells out a mention of its
/// expansion, and drops those spelled out in lowercase words.
pub fn resolve(t: &Tokens, lex: &Lexicon, mentions: &mut Vec<Mention>) {
    // Each acronym spelled out, with the mention of its expansion, or
    // `None` for words in lowercase, no name ("augmented reality (AR)").
    let mut found: Vec<(&str, Option<usize>)> = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        let Some(a) = acronym(m) else {
            continue;
        };
        if found.iter().any(|&(f, _)| f == a) {
            continue;
        }
        match expansion(t, lex, mentions, k, a) {
            // The gazetteer's bodies stay bodies.
            Some(None) if lex.is_org(a) => {}
            Some(e) => found.push((a, e)),
            None => {}
        }
    }
    // What becomes of each mention: `Some(None)` to drop, `Some(Some(x))`
    // to take the name at `x`. Worked out before any change, as the
    // acronyms found borrow the mentions.
    let fate: Vec<Option<Option<usize>>> = mentions
        .iter()
        .map(|m| {
            let a = acronym(m)?;
            found.iter().find(|&&(f, _)| f == a).map(|&(_, e)| e)
        })
        .collect();
    for (k, fate) in fate.iter().enumerate() {
        if let Some(Some(x)) = *fate {
            let e = &mentions[x];
            let (name, kind, words) = (e.name.clone(), e.kind, e.words);
            let case = (e.common_last, e.common_words, e.some_common_word);
            let m = &mut mentions[k];
            (m.name, m.kind, m.words) = (name, kind, words);
            (m.common_last, m.common_words, m.some_common_word) = case;
        }
    }
    let mut fate = fate.into_iter();
    mentions.retain(|_| fate.next() != Some(Some(None)));
}

/// The acronym a name of one word is, in capitals or their plural: "EPA",
/// "AR", "MLRs" (as "MLR").
fn acronym(m: &Mention) -> Option<&str> {
    if m.words == 1 {
        written_acronym(&m.name)
    } else {
        None
    }
}

/// The acronym a word is, in capitals or their plural ("MLRs" is "MLR").
pub fn written_acronym(word: &str) -> Option<&str> {
    let w = word.strip_suffix('s').unwrap_or(word);
    (w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())).then_some(w)
}

/// The expansion given beside the acronym mentioned at `k`, before it
/// ("Food and Drug Administration (FDA)") or after it ("SAS (Statistical
/// Analysis System)"): `Some(Some(x))` for the name mentioned at `x`,
/// `Some(None)` for words in lowercase, `None` for none.
fn expansion(
    t: &Tokens,
    lex: &Lexicon,
    mentions: &[Mention],
    k: usize,
    acronym: &str,
) -> Option<Option<usize>> {
    let (i, letters) = (mentions[k].first, acronym.as_bytes());
    let spells_end = |a: usize, b: usize| (a..b).find(|&s| spells(t, lex, letters, s, b));
    if i > 0 && t.is_punct(i - 1, '(') && t.is_punct(i + 1, ')') {
        // A name ending at the bracket: the acronym spells its last words
        // ("U.S. Food and Drug Administration (FDA)").
        if let Some(x) = mentions[..k].iter().rposition(|p| p.end + 1 == i) {
            return spells_end(mentions[x].first, i - 1).map(|_| Some(x));
        }
        let from = (0..i - 1)
            .rev()
            .take_while(|&j| {
                !t.toks[j + 1].newline && (t.is_word(j) || t.is_punct(j, ',') && j + 2 < i)
            })
            .take(MAX_EXPANSION_WORDS)
            .last()?;
        let s = spells_end(from, i - 1)?;
        return in_lowercase(t, lex, s, i - 1).then_some(None);
    }
    if t.is_punct(i + 1, '(') {
        let close = (i + 2..t.len().min(i + 3 + MAX_EXPANSION_WORDS)).find(|&j| !t.is_word(j))?;
        if !t.is_punct(close, ')') || !spells(t, lex, letters, i + 2, close) {
            return None;
        }
        return match mentions.get(k + 1) {
            Some(p) if p.first == i + 2 && p.end == close => Some(Some(k + 1)),
            _ => in_lowercase(t, lex, i + 2, close).then_some(None),
        };
    }
    None
}

/// Whether the expansion in tokens `[a, b)` is written as words, not as a
/// name: a name in capitals the name finder did not take (a heading's, a
/// label's: "Company in focus: Hewlett Packard Enterprise (HPE)") still
/// names something.
fn in_lowercase(t: &Tokens, lex: &Lexicon, a: usize, b: usize) -> bool {
    (a..b).any(|j| t.is_word(j) && !t.is_cap(j) && !is_connector(lex, t.low(j)))
}

/// Words an expansion may hold that its acronym leaves out: "Bureau of
/// Labor Statistics (BLS)", "Food and Drug Administration (FDA)".
fn is_connector(lex: &Lexicon, word: &str) -> bool {
    word == "and" || lex.function_word_is(word, b'p') || lex.function_word_is(word, b'd')
}

/// Whether the initials of the words of tokens `[j, end)` spell `letters`,
/// every word giving its first letter, or the first letters of its parts
/// ("Model-View-Controller" gives MVC, "post-exercise" P or PE); a
/// connector may give nothing.
fn spells(t: &Tokens, lex: &Lexicon, letters: &[u8], j: usize, end: usize) -> bool {
    let Some(j) = (j..end).find(|&j| t.is_word(j)) else {
        return letters.is_empty();
    };
    if is_connector(lex, t.low(j)) && spells(t, lex, letters, j + 1, end) {
        return true;
    }
    // The word's initial, then those of its parts, each a letter further.
    let word = t.s(j).as_bytes();
    let mut k = 0;
    for (p, &c) in word.iter().enumerate() {
        if p > 0 && !matches!(word[p - 1], b'-' | b'.' | b'/') {
            continue;
        }
        if letters.get(k) != Some(&c.to_ascii_uppercase()) {
            break;
        }
        k += 1;
        if spells(t, lex, &letters[k..], j + 1, end) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(acronym: &str, expansion: &str) -> bool {
        let t = Tokens::new(expansion);
        spells(&t, Lexicon::get(), acronym.as_bytes(), 0, t.len())
    }

    #[test]
    fn initials_spell_the_acronym() {
        for (acronym, expansion) in [
            ("FDA", "Food and Drug Administration"),
            ("BLS", "Bureau of Labor Statistics"),
            ("MVC", "Model-View-Controller"),
            ("EPOC", "excess post-exercise oxygen consumption"),
            ("AIAN", "American Indian and Alaska Native"),
            ("ACID", "Atomicity, Consistency, Isolation, Durability"),
            ("AT", "and tea"),
        ] {
            assert!(spelled(acronym, expansion), "{acronym} = {expansion}");
        }
        for (acronym, expansion) in [
            ("FDA", "Food Administration"),
            ("AR", "augmented reality glasses"),
            ("EPA", "the agency"),
        ] {
            assert!(!spelled(acronym, expansion), "{acronym} ≠ {expansion}");
        }
    }
}
