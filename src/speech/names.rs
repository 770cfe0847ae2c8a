//! Name mentions: runs of capitalised words with their particles ("Bashar
//! al-Assad", "Ludwig van Beethoven"), initials and hyphens, split from
//! the titles and roles in front of them ("Turkish Foreign Minister",
//! "Russian special envoy") and typed from the gazetteers.

use super::actors::{is_people_noun, SPEAKS_FOR};
use super::attribution::before_apostrophe;
use super::lexicon::{key, singular, Lexicon, Role};
use super::tokens::{Kind, Tokens};
use super::wordset::WordSet;
use crate::speech::ActorKind;
use crate::substr::replace_char;

/// Longest acronym read as an organisation without the gazetteer.
const MAX_ACRONYM_LETTERS: usize = 5;

/// Lowercase particles inside names.
const PARTICLES: &[&str] = &[
    "al", "al-", "el", "bin", "bint", "ibn", "abu", "de", "del", "della", "der", "den", "di", "da",
    "dos", "das", "du", "van", "von", "la", "le", "ter", "ten", "y", "st", "mac",
];

#[derive(Clone, Debug)]
pub struct Mention {
    /// Tokens of the name itself, `[first, end)`.
    pub first: usize,
    pub end: usize,
    /// The name as written, without a possessive ending.
    pub name: String,
    pub kind: Option<ActorKind>,
    /// Title or role in front ("Syrian President"), straight apostrophes.
    pub role: Option<String>,
    pub affiliation: Option<&'static str>,
    /// Words in the name.
    pub words: usize,
    /// Followed by a possessive ending: "Erdogan’s sense".
    pub possessive: bool,
    /// From a title ("Mrs."), else from a given name ("Maria Ruiz").
    pub gender: Option<Gender>,
    /// Where a post written into the capitalised run begins: "Secretary"
    /// of "Secretary of State Hillary Clinton", whose "of" is not a
    /// preposition after the name. `first` when there is none.
    pub post_first: usize,
    /// The text also writes the name's last word in lowercase ("Shopping"
    /// in "Google Shopping", "Hours"): as a surname on its own it proves no
    /// person.
    pub common_last: bool,
    /// The text writes every word of the name in lowercase too
    /// ("Management Systems", "Financial Goals"): capitals of style.
    pub common_words: bool,
    /// One of its words at least is written in lowercase elsewhere in the
    /// text ("Tips for Beginners", "Jeff Wall").
    pub some_common_word: bool,
    /// After a determiner ("the Ultra", "your Pixel") or before a model's
    /// number ("Ioniq 5", "Forerunner 970"): a thing's name; a person's is
    /// not written so.
    pub determined: bool,
    /// The post was written in the plural before this name and the next
    /// one ("Sens. Ted Cruz and Marco Rubio"), which holds it too.
    pub pair_post: bool,
    /// Char offsets of the name.
    pub start: usize,
    pub stop: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Days and months: a date after a name is not part of it.
fn is_day_or_month(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Quotation marks, as the tokenizer hands them over (`''` is already `"`).
fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '‚' | '「' | '」' | '『' | '』'
    )
}

fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

/// What the rest of the text says about capitals, for the runs whose own
/// capitals prove nothing.
struct CaseEvidence<'t> {
    /// Words the text writes in lowercase somewhere: "Consider" or "Try"
    /// opening a sentence is the word "consider", not a name.
    lowercase: WordSet<'t>,
    /// Tokens on a line that reads as a heading or a menu item: capitalised
    /// words without a sentence's end ("Understanding Tipping", "Food
    /// Delivery"), where capitals mark the style, not names.
    heading: Vec<bool>,
    /// Capitalised words after another that is not a common word: the
    /// last words of names ("Sims" in "Jason Sims"), which stay names
    /// alone at a sentence's start (see [`is_plural_group`]).
    name_ends: WordSet<'t>,
}

/// Share of capitalised words (among those whose case says something) from
/// which a line without a sentence end reads as a heading.
const HEADING_CAPITALS: f32 = 0.6;

/// Fewest capitalised words that make a line ending in "?" or ":" a
/// heading, when it has no lowercase word of [`MIN_LONG_LOWER`] bytes or
/// more: "Which Is Right for You?" is one, "Did Biden meet Xi?" is a
/// sentence.
const MIN_TITLE_CASE_WORDS: usize = 3;

/// See [`MIN_TITLE_CASE_WORDS`].
const MIN_LONG_LOWER: usize = 4;

/// Lowercase words shorter than this (bytes) are the function words title
/// case leaves small ("of", "at an", "with"): they do not count against a
/// heading.
const TITLE_CASE_SMALL_WORD: usize = 5;

/// Words in capitals from which a name no gazetteer lists is read as a
/// headline's (see `dissect`).
const SHOUTED_HEADLINE_WORDS: usize = 4;

/// Whether word `i` is part of a web or mail address, glued to a dot, a
/// slash or an at sign: "nintendo" in "www.nintendo.com",
/// "info.localytics.com/blog". (A sentence's last word keeps its full
/// stop, but a space follows.)
fn in_address(t: &Tokens, i: usize) -> bool {
    let glue = |k: usize| matches!(t.punct(k), Some('.' | '/' | '@'));
    let glued = |k: usize| t.toks.get(k).is_some_and(|tok| !tok.space);
    (i > 0 && glued(i) && glue(i - 1))
        || (glue(i + 1) && glued(i + 1) && t.is_word(i + 2) && glued(i + 2))
}

impl<'t> CaseEvidence<'t> {
    fn read(t: &'t Tokens, lex: &Lexicon) -> Self {
        let n = t.len();
        let mut lowercase = Vec::new();
        let mut name_ends = Vec::new();
        let mut heading = vec![false; n];
        let (mut line, mut words, mut caps) = (0, 0usize, 0usize);
        // Lowercase words of four letters or more: title case leaves "with"
        // small, but a question or a label is a heading only without them.
        let mut long_lower = 0usize;
        for i in 0..=n {
            if i == n || (i > line && t.toks[i].newline) {
                let end = (line..i)
                    .rev()
                    .find(|&k| !t.punct(k).is_some_and(is_quote_mark))
                    .and_then(|k| t.punct(k));
                // A question or a label in title case is a heading too
                // ("Which Plan Is Right for You?", "Best Prices Today:"):
                // see MIN_TITLE_CASE_WORDS.
                let is_heading = match end {
                    Some('.' | '!' | ';') => false,
                    Some('?' | ':') => caps >= MIN_TITLE_CASE_WORDS && long_lower == 0,
                    _ => words > 0 && caps as f32 >= HEADING_CAPITALS * words as f32,
                };
                if is_heading {
                    heading[line..i].iter_mut().for_each(|h| *h = true);
                }
                (line, words, caps, long_lower) = (i, 0, 0, 0);
            }
            if i == n || !t.is_word(i) {
                continue;
            }
            if t.is_cap(i) {
                words += 1;
                caps += 1;
                if i > 0 && t.is_word(i - 1) && t.is_cap(i - 1) && !lex.is_common(t.low(i - 1)) {
                    name_ends.push(t.low(i));
                }
            } else if t.s(i).starts_with(char::is_lowercase) {
                // Written in lowercase, not merely uncapitalised ("TRUMP"),
                // and in prose, not in an address ("www.nintendo.com").
                if !in_address(t, i) {
                    lowercase.push(t.low(i));
                }
                // Title case leaves short function words small ("at an").
                words += usize::from(t.s(i).len() >= TITLE_CASE_SMALL_WORD);
                long_lower += usize::from(t.s(i).len() >= MIN_LONG_LOWER);
            }
        }
        CaseEvidence {
            lowercase: lowercase.into_iter().collect(),
            heading,
            name_ends: name_ends.into_iter().collect(),
        }
    }
}

/// Several capitals inside one word ("BufferLinkedInPin"): share buttons
/// glued together, not a name ("McDonald", "LinkedIn" have one).
fn is_glued(word: &str) -> bool {
    let mut humps = 0;
    let mut after_lower = false;
    for c in word.chars() {
        humps += usize::from(after_lower && c.is_uppercase());
        after_lower = c.is_lowercase();
    }
    humps >= 2
}

/// All name mentions, in text order. `starts[i]` tells whether token `i`
/// opens a sentence (its capital says nothing there).
pub fn find(t: &Tokens, starts: &[bool]) -> Vec<Mention> {
    let lex = Lexicon::get();
    let case = CaseEvidence::read(t, lex);
    let n = t.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !t.is_cap(i) || is_compound_word(t.s(i)) {
            i += 1;
            continue;
        }
        // The run of capitalised words, particles, initials and "of".
        let first = i;
        let mut end = i + 1;
        let mut possessive = t.without_possessive(i).1;
        while end < n && !possessive {
            let tok = &t.toks[end];
            if tok.newline {
                break;
            }
            let word = t.is_cap(end) && tok.space;
            // "J. K. Rowling", "Sen. Warren", "H.G. Wells"; not the
            // initials of a body before its post or its part ("U.N.
            // Ambassador", "U.N. Women": the text writes "women" too).
            let dot = t.is_punct(end, '.')
                && !tok.space
                && t.is_cap(end + 1)
                && (is_initial_or_title(t, lex, end - 1)
                    || (is_joined_initials(lex, t.s(end - 1))
                        && lex.role(t.low(end + 1)).is_none()
                        && !lex.is_org_head(t.s(end + 1))
                        && !case.lowercase.contains(t.low(end + 1))));
            // "Ludwig van Beethoven", "Bank of England", "Ursula von der
            // Leyen".
            let particle = t.is_word(end)
                && tok.space
                && ((is_particle(t.low(end)) || t.low(end) == "of" || t.low(end) == "for")
                    && t.is_cap(end + 1)
                    || is_particle(t.low(end))
                        && t.is_word(end + 1)
                        && is_particle(t.low(end + 1))
                        && t.is_cap(end + 2))
                && t.toks[end + 1].space;
            let ampersand =
                t.is_punct(end, '&') && t.is_cap(end + 1) && !opens_a_second_person(t, lex, end);
            if !(word || dot || particle || ampersand) {
                break;
            }
            if word {
                possessive = t.without_possessive(end).1;
            }
            end += 1;
        }
        // "Department of Health and Human Services", "International
        // Association of Plumbing and Mechanical Officials": a body's "of"
        // runs on through "and" (read as two names, the second, "Human
        // Services", was a person's), unless a second body, place or
        // person follows ("the Department of Justice and Congress", "…
        // and Sen. Jeff Sessions").
        if let Some(tail) = and_in_a_bodys_name(t, lex, first, end) {
            end = tail;
            possessive = t.without_possessive(end - 1).1;
        }
        // "Mark Lee of Harvard University", "Ted Cruz of Texas": a person
        // and their employer or home, read as two names; the second is
        // read on the next turn.
        if let Some(of) = person_of(t, lex, first, end) {
            end = of;
            possessive = false;
        }
        // "Critics of Obama", "Residents of Flint": a group and whom it
        // belongs to, not one name; the name after "of" is read next.
        if end > first + 2
            && t.low(first + 1) == "of"
            && is_plain_plural(t, lex, first)
            && names_a_group(lex, t.low(first))
        {
            i = first + 2;
            continue;
        }
        i = end;
        if let Some(mut m) = dissect(t, lex, starts, &case, first, end, possessive) {
            // The second of a pair a plural post names: "Marco Rubio" of
            // "Sens. Ted Cruz and Marco Rubio".
            if let Some(pair) = out
                .last()
                .filter(|p: &&Mention| p.pair_post && m.first == p.end + 1 && m.role.is_none())
            {
                m.role = pair.role.clone();
                m.affiliation = m.affiliation.or(pair.affiliation);
                m.kind = m.kind.or(Some(ActorKind::Person));
            }
            out.push(m);
        }
    }
    out
}

/// For each token, whether it opens a sentence with a capital the name
/// finder did not take for a name's ("That said, …", "Start saying …":
/// the text writes "that" and "start" in lowercase too). An acronym ("FDA
/// warned") is a name even where the text also writes it in lowercase (a
/// web address), and so is a surname named in full elsewhere ("Mark Cuban
/// … Cuban said", though the text writes "cuban" too).
pub fn unnamed_openers(t: &Tokens, starts: &[bool], mentions: &[Mention]) -> Vec<bool> {
    let acronym = |i: usize| {
        let w = t.s(i);
        crate::substr::char_count(w) > 1
            && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let surnames: WordSet = mentions.iter().map(|m| t.low(m.end - 1)).collect();
    let mut unnamed: Vec<bool> = (0..t.len())
        .map(|i| starts[i] && t.is_cap(i) && !acronym(i) && !surnames.contains(t.low(i)))
        .collect();
    for m in mentions {
        unnamed[m.first..m.end].iter_mut().for_each(|u| *u = false);
    }
    unnamed
}

/// Whether capitalised word `i`, alone at a sentence's start, is a plural
/// noun for a group rather than a surname in "-s" ("Sanders", "Roberts";
/// one the text names in full is checked by the caller):
/// the plural of a role noun ("Officials said", "Analysts expect") or of a
/// people ("Americans"), or any plural before a cue in its bare form
/// ("Critics say", "Studies indicate": a surname would take "says").
fn is_plural_group(t: &Tokens, lex: &Lexicon, i: usize) -> bool {
    // "People who know him say …", "Women said …".
    if lex.function_word_is(t.low(i), b'n') {
        return true;
    }
    if !is_plain_plural(t, lex, i) {
        return false;
    }
    let next = i + 1;
    let bare_cue = next < t.len()
        && t.is_word(next)
        && lex.cue(t.low(next)).is_some()
        && !super::attribution::is_inflected(t.low(next));
    bare_cue || names_a_group(lex, t.low(i))
}

/// Whether word `i` is a plain word in "-s" (not "McAuliffe's" before
/// "comment risks") and no party named by its members ("Democrats say").
fn is_plain_plural(t: &Tokens, lex: &Lexicon, i: usize) -> bool {
    let w = t.low(i);
    w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && !lex.is_org(w)
}

/// Whether plural `w` names a group of people by their role or their
/// people: "officials", "critics", "Americans".
fn names_a_group(lex: &Lexicon, w: &str) -> bool {
    let singular = singular(w);
    matches!(lex.role(&singular), Some(Role::Noun | Role::Title))
        || lex.demonym(&singular).is_some()
        // `l`: a word that is a source alone ("Sources told CNN").
        || lex.function_word_is(&singular, b'l')
}

/// Where a run of capitals `first..end` is a person "of" an organisation
/// ("Yeun Joon Kim of Cambridge Judge Business School") or of a place
/// ("Ted Cruz of Texas", "Terry E. Branstad of Iowa"): the index of the
/// "of", when the words before it are two or three plain capitalised words
/// (no organisation head, role or title: "Bank of England", "Secretary of
/// State" and "Democratic Republic of Congo" stay whole), the gazetteer
/// does not know the whole run, and the words after it name an
/// organisation, or are one or two capitalised words after a name that
/// opens on a given name or holds an initial (a place: "Commonwealth Bank
/// of Australia" stays whole).
fn person_of(t: &Tokens, lex: &Lexicon, first: usize, end: usize) -> Option<usize> {
    /// Words a person's name takes before "of".
    const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=3;
    let of = (first + 1..end).find(|&k| t.low(k) == "of")?;
    // The name starts after a title: "Gov. Terry E. Branstad of Iowa".
    let run_first = first;
    let mut first = first;
    while first + 1 < of
        && (t.is_word(first) && lex.role(t.low(first)) == Some(Role::Title)
            || first > run_first && t.is_punct(first, '.'))
    {
        first += 1;
    }
    let words = (first..of).filter(|&k| t.is_word(k)).count();
    if !NAME_WORDS.contains(&words) || of + 1 >= end {
        return None;
    }
    // An initial's dot: "Terry E. Branstad".
    let initial =
        |k: usize| t.is_word(k) && crate::substr::char_count(t.s(k)) == 1 && t.is_punct(k + 1, '.');
    let plain = (first..of).all(|k| {
        (k > first && t.is_punct(k, '.') && initial(k - 1))
            || t.is_word(k)
                && t.is_cap(k)
                && !lex.is_org_head(t.s(k))
                && lex.role(t.low(k)).is_none()
                && lex.demonym(t.low(k)).is_none()
                && !lex.is_common(t.low(k))
    });
    let whole = strip_possessive(t.slice(run_first, end - 1));
    let employer = strip_possessive(t.slice(of + 1, end - 1));
    let a_persons_name = lex.is_given_name(t.low(first)) || (first + 1..of).any(initial);
    let place =
        a_persons_name && end - of <= 3 && (of + 1..end).all(|k| t.is_word(k) && t.is_cap(k));
    (plain
        && !lex.is_org(whole)
        && lex.country(whole).is_none()
        && (place || is_organization(t, lex, of + 1, end, employer)))
    .then_some(of)
}

/// A post in the plural, which a pair of names shares: "Sens." of "Sens.
/// Ted Cruz and Marco Rubio", "candidates" of "Democratic candidates
/// Hillary Clinton and Bernie Sanders".
fn plural_post(t: &Tokens, lex: &Lexicon, i: usize) -> bool {
    let low = t.low(i);
    t.is_word(i)
        && lex.role(low).is_none()
        && matches!(lex.role(&singular(low)), Some(Role::Title | Role::Noun))
}

/// A form of address that says nothing of a post: "Mr.", "Ms.".
fn is_honorific(low: &str) -> bool {
    matches!(low, "mr" | "mrs" | "ms" | "miss" | "mx")
}

/// Where an honorific ("Mr", "Mr.") that ends just before token `k`
/// starts, if at `from` or after.
fn honorific_before(t: &Tokens, from: usize, k: usize) -> Option<usize> {
    let h = k.checked_sub(1 + usize::from(k > from && t.is_punct(k - 1, '.')))?;
    (h >= from && is_honorific(t.low(h))).then_some(h)
}

fn is_initial_or_title(t: &Tokens, lex: &Lexicon, i: usize) -> bool {
    let w = t.s(i);
    (crate::substr::char_count(w) == 1 && w.chars().all(char::is_uppercase))
        || lex.is_abbreviation(t.low(i))
}

/// The role of a token: title, role noun, modifier, demonym or a
/// possessive country ("Iran’s").
fn role_word(t: &Tokens, lex: &Lexicon, i: usize) -> Option<RoleWord> {
    if !t.is_word(i) {
        return t.is_punct(i, '.').then_some(RoleWord::Dot);
    }
    let low = t.low(i);
    // In lowercase, "major" is an adjective ("a major Rahm Emanuel
    // ally"), not the rank.
    if low == "major" && !t.is_cap(i) {
        return None;
    }
    if let Some(r) = lex.role(low) {
        return Some(RoleWord::Role(r));
    }
    // "vice-president", "co-founder", "editor-in-chief"; not an
    // abbreviation after the hyphen ("second-gen"), nor a word against
    // itself ("head-to-head").
    if let Some((before, last)) = crate::substr::rsplit_once(low, b'-') {
        let repeated = crate::substr::split_once(before, "-").is_some_and(|(w, _)| w == last);
        if last.len() > 3 && !repeated {
            if let Some(r) = lex.role(last) {
                return Some(RoleWord::Role(r));
            }
        }
    }
    if !t.is_cap(i) {
        return None;
    }
    if let Some(c) = lex.demonym(low) {
        return Some(RoleWord::Place(c));
    }
    let stem = ["’s", "'s"].iter().find_map(|p| low.strip_suffix(p));
    if let Some(c) = stem.and_then(|stem| lex.country(stem)) {
        return Some(RoleWord::Place(c));
    }
    None
}

enum RoleWord {
    Role(Role),
    Place(&'static str),
    Dot,
}

fn dissect(
    t: &Tokens,
    lex: &Lexicon,
    starts: &[bool],
    case: &CaseEvidence,
    first: usize,
    end: usize,
    possessive: bool,
) -> Option<Mention> {
    let mut a = first;
    // "AI’s" is the common noun "AI" too.
    let common_acronym = |k: usize| t.is_word(k) && lex.is_common_acronym(strip_possessive(t.s(k)));
    // An acronym and one head word the text writes only as a name is a
    // body's whole name: "CFP Board", not "GPS watch" written "GPS Watch".
    let names_a_body = |k: usize| {
        end == k + 2 && {
            let head = strip_possessive(t.s(k + 1));
            lex.is_org_head(head) && !case.lowercase.contains(&key(head))
        }
    };
    // Sentence openers, days, headings: "But", "Thursday", "Know More".
    while a < end
        && ((t.is_word(a) && lex.is_common(t.low(a)) && !lex.is_abbreviation(t.low(a)))
            || (common_acronym(a) && !names_a_body(a)))
    {
        a += 1;
    }
    // A list's item or a label's text opens a line too ("Branded
    // Experience – Remove Thinkific branding", "Compatibility: Supports
    // Windows"), where an imperative may stand.
    let opens_a_line =
        a < end && (starts[a] || a > 0 && matches!(t.punct(a - 1), Some(':' | '–' | '—' | '•')));
    if a < end
        && a == first
        && opens_a_line
        // Not a title opening the sentence: "Mrs. Clinton said".
        && lex.role(t.low(a)) != Some(Role::Title)
        && (starts[a]
            && (lex.is_common(t.low(a))
                || case.lowercase.contains(t.low(a))
                || (end == a + 1
                    && !case.name_ends.contains(t.low(a))
                    && is_plural_group(t, lex, a))
                // A count opening the sentence: "Six of the eight studies".
                // `u`: the quote finder's NUMBER_WORDS (function-words.txt).
                || (end == a + 1 && lex.function_word_is(t.low(a), b'u')))
            // An imperative before a name: "Visit Cleveland", "Try EcoFlow",
            // "Contact Us Today" (not a slogan's "Make America Great Again").
            || (end > a + 1
                // `i`: the quote finder's IMPERATIVES (function-words.txt).
                && lex.function_word_is(t.low(a), b'i')
                && t.low(a) != "make"
                && t.s(a).chars().any(char::is_lowercase)))
    {
        a += 1;
        // "Using AI, …": the opener's object is no name either, nor is
        // "Contact US" the country.
        while a < end && (common_acronym(a) || matches!(t.low(a), "us" | "me" | "you" | "it")) {
            a += 1;
        }
        // "Check for SOC 2": what is left opens on a capital or is nothing.
        if a < end && t.s(a).starts_with(char::is_lowercase) {
            return None;
        }
    }
    // What is left never opens on a sign. Before "&" the opener read off
    // was half of a pair, mostly a heading's ("Payroll & Tax Filing", "AI
    // & ML"), so the run is no name; an outline's letter leaves its dot
    // ("A. American Service").
    if a > first && a < end && t.is_punct(a, '&') {
        return None;
    }
    while a < end && t.is_punct(a, '.') {
        a += 1;
    }
    if (a..end).any(|k| t.is_word(k) && is_glued(t.s(k))) {
        return None;
    }
    // Title and role words at the front of the run.
    let mut name_first = a;
    let mut gender = None;
    let mut titled = false;
    // Whether a title ("President", "Sen.") is among the run's role words.
    let mut title_in_run = false;
    // Whether the role words end on an honorific ("Mr", "Ms"), after which
    // the run's last word is a surname though it be a role word: "Mr.
    // King", "Ms. White", "Mr. Prince" after "Larry King", "Anna
    // Richardson White", "Matthew Prince" (a last name the text writes in
    // full, and never in lowercase: not "Mr. President").
    let mut after_honorific = false;
    let mut honorific_surname = false;
    // Whether the run is the first of a pair of names ("… and Marco
    // Rubio"), which a post in the plural before it names both, and
    // whether one does.
    let paired = t.is_word(end) && t.low(end) == "and" && t.is_cap(end + 1);
    let mut plural = false;
    while name_first < end {
        if after_honorific
            && name_first + 1 == end
            && case.name_ends.contains(t.low(name_first))
            && !case.lowercase.contains(t.low(name_first))
        {
            honorific_surname = true;
            break;
        }
        match role_word(t, lex, name_first) {
            Some(RoleWord::Role(r)) => {
                after_honorific = is_honorific(t.low(name_first));
                titled |= r == Role::Title || r == Role::Noun;
                title_in_run |= r == Role::Title;
                gender = gender.or(match t.low(name_first) {
                    "mr" | "sir" | "lord" | "king" | "prince" | "congressman" | "father" => {
                        Some(Gender::Male)
                    }
                    "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess"
                    | "congresswoman" => Some(Gender::Female),
                    _ => None,
                });
                name_first += 1;
            }
            Some(RoleWord::Place(_)) | Some(RoleWord::Dot) => name_first += 1,
            None if paired && plural_post(t, lex, name_first) => {
                plural = true;
                titled = true;
                title_in_run = true;
                name_first += 1;
            }
            None => break,
        }
    }
    // A post named by its field or its employer: "Chief Marketing Officer
    // Ana Ruiz", "Managing Director Jane Doe", "Federal Reserve Chair
    // Jerome Powell". The words before the title or role noun are part of
    // the role, and so are the role words after it. Such a post is written
    // into the run: an "of" in it ("Bank of England Governor Andrew
    // Bailey") is no preposition after a name.
    let mut field_post_first = usize::MAX;
    if let Some(k) = after_field_role(t, lex, case, name_first, end, name_first > a) {
        field_post_first = a;
        name_first = k;
        titled = true;
        while name_first < end
            && matches!(
                role_word(t, lex, name_first),
                Some(RoleWord::Role(_) | RoleWord::Dot)
            )
        {
            name_first += 1;
        }
    }
    // A lone role word is not a name, but a lone demonym-led run might be
    // a country name ("South Korea"): keep runs the gazetteer knows.
    let whole = t.slice(a, end - 1);
    let whole_name = strip_possessive(whole);
    // So is a run ending in an organisation's head word: "Cambridge Judge
    // Business School" holds a role word but names no judge; and one whose
    // name would open on a head word and "of" or "for": "American College of
    // Emergency Physicians", "National Museum of Art" are not a college
    // and a museum with a place for their role. A public body's head keeps
    // its country apart ("Syrian Ministry of Defense": the Ministry of
    // Defense, of Syria).
    let head_of = name_first > a
        && name_first + 1 < end
        && is_of_a_body(t, lex, name_first + 1)
        && !lex.is_lone_org_head(t.s(name_first));
    if lex.country(whole_name).is_some()
        || lex.is_org(whole_name)
        || lex.is_org_head(strip_possessive(t.s(end - 1)))
        || head_of
    {
        name_first = a;
        titled = false;
    }
    // Trailing dots of initials never end a name, and neither do days and
    // months ("Al-Monitor Staff January 13").
    let mut name_end = end;
    while name_end > name_first
        && (!t.is_word(name_end - 1) || is_day_or_month(t.low(name_end - 1)))
    {
        name_end -= 1;
    }
    if name_first >= name_end {
        return None;
    }
    // An initial no surname follows is a reference list's author, surname
    // first ("Zivin K. Mental health …", "Kitzrow M. The effects …"), or a
    // list's letter ("Y. It is …"); "John F. Kennedy" goes on to a name.
    // A numeral after a name ends it ("World War I. He said …").
    let initial = |k: usize| is_initial(t, k);
    let run_end = name_end;
    let no_name_after = |next: usize| {
        next >= run_end
            || !t.is_word(next)
            || lex.is_common(t.low(next))
            || case.lowercase.contains(t.low(next))
    };
    let numeral = |k: usize| k > name_first && matches!(t.s(k), "I" | "V" | "X");
    if let Some(k) =
        (name_first..name_end).find(|&k| initial(k) && numeral(k) && no_name_after(k + 2))
    {
        name_end = k + 1;
    }
    // In a reference list's authors, an initial and a comma come before
    // ("Kolbe L, Kann L, Collins J. Overview of …"), and any word after
    // the last author's initial is the title's.
    let in_author_list = a >= 2
        && t.is_punct(a - 1, ',')
        && (1..=2).contains(&t.s(a - 2).len())
        && t.s(a - 2).bytes().all(|b| b.is_ascii_uppercase());
    let dangling_initial = (name_first..name_end)
        .any(|k| initial(k) && !numeral(k) && (in_author_list || no_name_after(k + 2)));
    if dangling_initial {
        return None;
    }
    // A post named by what it is over: "Secretary of State Hillary
    // Clinton", "Director of National Intelligence James Clapper". The
    // post's own words are ones the text also writes in lower case
    // ("state", "national intelligence"), and not words like "Your"
    // ("Author of Your Natural Garden" is a book); a name's are not
    // ("Head of Zeus"), and a name of two words or more must be left.
    let mut post_first = field_post_first;
    if name_first > a && t.low(name_first) == "of" {
        let object_end = (name_first + 1..end)
            .find(|&k| {
                !(t.is_cap(k) && case.lowercase.contains(t.low(k)) && !lex.is_common(t.low(k)))
            })
            .unwrap_or(end);
        let name_words = (object_end..end).filter(|&k| t.is_word(k)).count();
        // Where the text never writes the post's words in lower case, the
        // office of a title ("Secretary", not "Partner") ends before a
        // given name, else before the run's
        // last two words when three or more follow "of" (a full name after
        // "Secretary of Homeland Security"); "President of the United
        // States" names no one.
        let office = name_first + 1 + usize::from(t.low(name_first + 1) == "the");
        let given = (office + 1..end.saturating_sub(1))
            .find(|&k| lex.given_name_sex(t.s(k)).is_some() && t.is_word(k + 1));
        // ("General Partner of Air Street Capital": "street" is a word.)
        let last_two = end >= office + 3
            && (office..end).all(|k| t.is_word(k))
            && !lex.is_common(t.low(end - 2))
            && !case.lowercase.contains(t.low(end - 2));
        let name_at = if object_end > name_first + 1 && name_words >= 2 && t.is_cap(object_end) {
            Some(object_end)
        } else if lex.role(t.low(name_first - 1)) == Some(Role::Title) {
            given.or(last_two.then(|| end - 2))
        } else {
            None
        };
        if let Some(k) = name_at {
            name_first = k;
            post_first = a;
        }
    }
    // What is left after the role must open on a capital: "Head of Zeus"
    // is a name, "of Zeus" is not.
    if !t.is_cap(name_first) {
        // After a name and a comma it is that name's post: "Jing Zhou,
        // Professor of Management at Rice University".
        if name_first > a
            && a == first
            && first > 1
            && t.is_punct(first - 1, ',')
            && t.is_cap(first - 2)
        {
            return None;
        }
        name_first = a;
        titled = false;
    }
    // A label opening a line ("UNIDENTIFIED PERSON:", "Affordable Price:")
    // names a transcript's speaker or a list item's topic.
    let label = (first == 0 || t.toks[first].newline) && a == first && t.is_punct(end, ':');
    // A capitalised phrase that is all a quotation holds is a title or a
    // slogan (a banner "Justice Prevails", a book), not someone.
    let opens = a > 0 && t.punct(a - 1).is_some_and(is_quote_mark);
    let closes = t.punct(end).is_some_and(is_quote_mark)
        || (t.punct(end).is_some_and(|c| matches!(c, ',' | '.'))
            && t.punct(end + 1).is_some_and(is_quote_mark));
    if opens && closes {
        return None;
    }
    // A determiner after a name's first word is a heading's capitals
    // ("Expansion of These Technologies", "Meet Our Team", "… To Expand
    // Their Movement"); an article may be a name's ("Bank of The West").
    if (name_first + 1..name_end).any(|k| {
        let w = t.low(k);
        t.is_cap(k) && !matches!(w, "the" | "a" | "an") && lex.function_word_is(w, b'd')
    }) {
        return None;
    }
    // Extend the role leftwards over role words and possessive countries
    // before the run: "Russian special envoy Alexander Lavrentiev",
    // "Iran’s Foreign Minister Hossein Amir-Abdollahian".
    let role_in_run = name_first > a;
    let mut role_first = if role_in_run { a } else { name_first };
    if a == first {
        let mut k = first;
        let mut any_role = false;
        while k > 0 {
            let p = k - 1;
            if t.toks[k].newline || (t.toks[p].kind == Kind::Punct && !t.is_punct(p, '.')) {
                break;
            }
            match role_word(t, lex, p) {
                Some(RoleWord::Role(r)) => {
                    any_role |= r != Role::Modifier;
                    k = p;
                }
                Some(RoleWord::Place(_)) => k = p,
                None if paired && !any_role && plural_post(t, lex, p) => {
                    plural = true;
                    any_role = true;
                    k = p;
                }
                // "Gov.", not a sentence's end ("spaces brushes miss.").
                Some(RoleWord::Dot)
                    if p > 0 && t.is_cap(p - 1) && lex.is_abbreviation(t.low(p - 1)) =>
                {
                    k = p
                }
                _ => break,
            }
        }
        // A role opens on a word, not on the dot of the word before it
        // ("no. Virginia Gov. Terry McAuliffe").
        while k < first && t.is_punct(k, '.') {
            k += 1;
        }
        if any_role {
            k = with_field_before(t, lex, starts, k);
        }
        if any_role || (role_in_run && k < first) {
            role_first = k;
            titled |= any_role;
        }
    }
    // "the special envoy of Russian President Vladimir Putin, Alexander
    // Lavrentiev": a role set before the name, between a determiner and
    // a comma.
    let mut before = None;
    // Not for a possessive after the comma: "For Trump, the Republican
    // front-runner, Florida's contest …".
    if role_first == name_first
        && name_first == first
        && first > 1
        && t.is_punct(first - 1, ',')
        && !t.without_possessive(name_end - 1).1
    {
        before = role_before_comma(t, lex, first - 1).map(|(role, place)| (role, place, false));
    }
    let name_text = strip_possessive(t.slice(name_first, name_end - 1));
    let words = (name_first..name_end).filter(|&k| t.is_word(k)).count();
    // A title takes a surname alone ("President Obama", "Sen. Warren"); a
    // capitalised role noun before one word is a heading's or a label's
    // ("Expert Insights", "Event Organizer Tip:"): the word is a person
    // only if it speaks.
    if words == 1 && name_first > a && !title_in_run {
        titled = false;
    }
    // One letter, or one and "-ers", is a generation or a grade ("Gen Z",
    // "Gen Zers", "Gen X"), not a name; "Malcolm X" has two words.
    let mut letters = name_text.chars();
    if words == 1
        && letters.next().is_some_and(char::is_uppercase)
        && matches!(letters.as_str(), "" | "er" | "ers")
    {
        return None;
    }
    // A head word alone is a heading's or a footer's word ("Labs", "Inc"),
    // unless the body goes by it ("Senate").
    if words == 1 && lex.is_org_head(name_text) && !lex.is_lone_org_head(name_text) {
        return None;
    }
    let country = lex.country(name_text);
    // "Johnson & Johnson", "Ernst & Young": firms are joined by an
    // ampersand, people are not (a run ends before a second person's
    // name). "Pros & Cons" and "Tips & Tricks" are a heading's words,
    // which the text also writes in lowercase (or in a heading, below).
    let firm = (name_first + 1..name_end.saturating_sub(1)).any(|k| t.is_punct(k, '&'))
        && (name_first..name_end).all(|k| !t.is_word(k) || !case.lowercase.contains(t.low(k)));
    let listed = is_organization(t, lex, name_first, name_end, name_text);
    // A name described as a body, unless a post, a given name or the
    // text's lowercase says it is someone or no name ("Led by founder
    // Bryon Powell, the team …", "Marie, a … consultant", "Separately, the
    // group …").
    let described = role_first == name_first
        && !lex.is_given_name(t.s(name_first))
        && (words > 1 || !case.lowercase.contains(t.low(name_first)))
        && described_as_a_body(t, lex, name_end);
    let organization = country.is_none() && (listed || firm || is_a_site(name_text) || described);
    // "Chief Marketing Officer" with no name after it: a post, not someone;
    // "Q. What", "Q. How": a question, not an initial and a name.
    let last = key(strip_possessive(t.s(name_end - 1)));
    if QUESTION_WORDS.contains(&last.as_str()) {
        return None;
    }
    // But a surname may be a role word after given names or initials
    // ("Stephen King", "Paul Singer", "Jim Justice", "Billie Jean King"),
    // not after "the" ("The Perry Chief", a newspaper).
    let given_names_before = name_end - name_first >= 2
        && (name_first == 0 || t.low(name_first - 1) != "the")
        && (name_first..name_end - 1)
            .all(|k| lex.is_given_name(t.s(k)) || t.is_punct(k, '.') || is_initial(t, k));
    if matches!(lex.role(&last), Some(Role::Title | Role::Noun))
        && country.is_none()
        && !organization
        && !given_names_before
        && !honorific_surname
    {
        return None;
    }
    // An honorific says nothing of a post: "Mr. Trump" has none.
    let role_end = honorific_before(t, role_first, name_first).unwrap_or(name_first);
    let role_text = (role_first < role_end)
        .then(|| {
            let r = replace_char(t.slice(role_first, role_end - 1), '’', "'");
            if !plural {
                return r;
            }
            // Each of the pair holds the post: "Sens." → "Sen.".
            let (head, last) = crate::substr::rsplit_once(&r, b' ').unwrap_or(("", &r));
            let dot = if last.ends_with('.') { "." } else { "" };
            let one = singular(last.trim_end_matches('.'));
            let space = if head.is_empty() { "" } else { " " };
            crate::substr::join(&[head, space, &one, dot], "")
        })
        .filter(|r| {
            // Only a title or role noun makes a role; a demonym alone does not.
            r.split(' ').any(|w| {
                let w = crate::case::lower_str(w.trim_end_matches('.'));
                matches!(lex.role(&w), Some(Role::Title | Role::Noun))
                    || crate::substr::rsplit_once(&w, b'-')
                        .is_some_and(|(_, l)| lex.role(l).is_some())
            })
        });
    let mut affiliation = (role_first..name_first).find_map(|k| match role_word(t, lex, k) {
        Some(RoleWord::Place(c)) => Some(c),
        _ => None,
    });
    let pair_post = plural && role_text.is_some();
    let mut role_text = role_text;
    // An organisation or a country holds no post ("Free, Network,
    // Premier, Plus" is a list of plans), nor does a place or an employer
    // named in someone's apposition ("Misha Shah, 32, of Chicago, an
    // account executive", "director … at Beth Israel Lahey Health,
    // assistant professor of …").
    let named_as_where = name_first > 1
        && (t.low(name_first - 1) == "at"
            || (t.low(name_first - 1) == "of" && t.is_punct(name_first - 2, ',')));
    let can_hold_post = country.is_none() && !organization && !named_as_where;
    let before = before.or_else(|| {
        can_hold_post
            .then(|| role_after_comma(t, lex, name_end))
            .flatten()
    });
    if let (None, Some((role, place, relative))) = (&role_text, before) {
        role_text = Some(role);
        affiliation = affiliation.or(place);
        // "who" may follow a place ("a candidate from the state's 2nd
        // District, who is also the district GOP vice chairman"): a
        // relative clause vouches for a person only when no word of the
        // name is also written in lowercase.
        titled = !relative || (name_first..name_end).all(|k| !case.lowercase.contains(t.low(k)));
    }
    let kind = if country.is_some() {
        Some(ActorKind::Country)
    } else if organization {
        Some(ActorKind::Organization)
    } else if words >= 2 && WORK_HEADS.contains(&last.as_str()) {
        // "the Future of Nutrition Survey found": a work is cited, and it
        // stays a thing when it "says" something.
        Some(ActorKind::Other)
    } else if role_text.is_some() && titled
        || role_end < name_first
        || has_initial(t, lex, name_first, name_end)
        || words >= 2 && in_a_list_of_people(t, lex, name_first)
    {
        Some(ActorKind::Person)
    } else {
        None
    };
    // In a heading or a label only what the gazetteers or a role vouch for
    // is a name.
    if (kind.is_none() || (firm && !listed)) && (case.heading[name_first] || label) {
        return None;
    }
    // "PERSON" or "GROUP" in capitals where the text also writes "person":
    // a shouted word, not an acronym.
    if kind == Some(ActorKind::Organization)
        && name_end == name_first + 1
        && !lex.is_org(name_text)
        && case.lowercase.contains(t.low(name_first))
    {
        return None;
    }
    // In capitals, what no gazetteer lists is no name when it labels a
    // transcript's line ("CANTWELL:" is not the acronym of an
    // organisation), nor when it runs to four words or more: a headline or
    // a button ("MURDER MYSTERY UNFOLDING IN MISSISSIPPI", "ASK EPAM
    // STARTUPS & SMBS"), unless a given name opens it, as a byline in
    // capitals may ("MARTIN LUTHER KING JR.").
    let shouted = (name_first..name_end)
        .filter(|&k| t.is_word(k))
        .all(|k| !t.s(k).chars().any(char::is_lowercase));
    let headline =
        words >= SHOUTED_HEADLINE_WORDS && country.is_none() && !lex.is_given_name(t.s(name_first));
    if shouted && (label || headline) && !lex.is_org(name_text) {
        return None;
    }
    // A heading that speaks to the reader names no one ("Train Your
    // Team", "Repairing Your GPS Watch", "Level Up Your Agency"), nor one
    // whose capitals run on through a preposition ("Pros About Travel
    // Guard", "Importance of Catering In Modern Society"), nor a list's or
    // a menu's heading ("Best French Press", "Previous Post") that no
    // gazetteer lists ("Best Buy").
    let heading_word = |k: usize| match t.s(k) {
        "Your" => true,
        "About" | "From" | "In" | "With" => k > name_first,
        "Best" | "Latest" | "Previous" => k == name_first && !lex.is_org(name_text),
        _ => false,
    };
    if (name_first..name_end).any(heading_word) {
        return None;
    }
    // Demonyms and adjectives on their own ("Syrian", "Syrian-Russian")
    // are not mentions.
    if words == 1 && lex.demonym(name_text).is_some() {
        return None;
    }
    if words == 1 && name_text.split('-').all(|p| lex.demonym(p).is_some()) {
        return None;
    }
    let name = match kind {
        Some(ActorKind::Country) => country.unwrap_or_default().to_string(),
        // A no-break space between words is a space: "Newt\u{a0}Gingrich"
        // is "Newt Gingrich", whose surname matches "Gingrich".
        _ => crate::substr::replace_char(name_text, '\u{a0}', " "),
    };
    Some(Mention {
        post_first: post_first.min(name_first),
        first: name_first,
        end: name_end,
        name,
        kind,
        role: role_text,
        affiliation,
        words,
        possessive,
        // A title says it ("Mrs."), else the given name before a surname
        // may ("Maria Ruiz"; alone, "Clinton" is a surname).
        gender: gender.or_else(|| {
            (words >= 2)
                .then(|| lex.given_name_sex(t.s(name_first)))
                .flatten()
        }),
        common_last: case
            .lowercase
            .contains(strip_possessive(t.low(name_end - 1))),
        determined: name_first > 0
            && t.is_word(name_first - 1)
            && lex.function_word_is(t.low(name_first - 1), b'd')
            && !names_people_after(t, lex, name_end)
            || model_number_after(t, name_end),
        some_common_word: (name_first..name_end)
            .filter(|&k| t.is_word(k) && t.is_cap(k))
            .any(|k| case.lowercase.contains(strip_possessive(t.low(k)))),
        common_words: (name_first..name_end)
            .filter(|&k| t.is_word(k))
            .all(|k| case.lowercase.contains(strip_possessive(t.low(k)))),
        pair_post,
        start: t.toks[name_first].start,
        stop: t.toks[name_end - 1].start
            + crate::substr::char_count(strip_possessive(t.s(name_end - 1))),
    })
}

/// Whether the name at `first` is an item of a list that a calling in the
/// plural opens: "artists such as Frida Kahlo, Vincent van Gogh, and Diego
/// Velázquez", "comedians like John Oliver". Not "brands like" nor
/// "companies such as": only callings are people.
fn in_a_list_of_people(t: &Tokens, lex: &Lexicon, first: usize) -> bool {
    /// Tokens the items before this one may span.
    const MAX_LIST: usize = 40;
    // Back over the earlier items (names, their particles, commas, "and")
    // to the words that open the list.
    let mut k = first;
    while k > 0 && first - k < MAX_LIST {
        k -= 1;
        let calling = match t.low(k) {
            "like" | "including" => k.checked_sub(1),
            "as" if k > 0 && t.low(k - 1) == "such" => k.checked_sub(2),
            "," | "and" | "van" | "von" | "de" | "da" => continue,
            _ if t.is_cap(k) => continue,
            _ => return false,
        };
        return calling.is_some_and(|n| {
            let word = t.low(n);
            word.ends_with('s')
                && !FIRMS_TOO.contains(&word)
                && lex.role(&singular(word)) == Some(Role::Noun)
        });
    }
    false
}

/// Callings in the plural that as often list firms and software: "industry
/// leaders such as Coinbase", "publishers like Penguin Random House",
/// "agents like Claude Code", "brokers like Kafka".
const FIRMS_TOO: &[&str] = &[
    "agents",
    "brokers",
    "developers",
    "editors",
    "leaders",
    "partners",
    "publishers",
];

/// Nouns of a body that are no head word of a body's name (see
/// `organizations.txt`): what an apposition calls a firm ("Robert Half, a
/// staffing firm,"). Not "platform", which as often names a product
/// ("Zia Agents, a next-generation AI platform").
const BODY_NOUNS: &[&str] = &[
    "automaker",
    "brand",
    "chain",
    "charity",
    "firm",
    "manufacturer",
    "nonprofit",
    "provider",
    "retailer",
    "startup",
    "website",
];

/// Whether the apposition after a name says what body it is: "Remote, a
/// global HR solutions company,", "Docker, the container company.". The
/// last word of its noun phrase, before any preposition, decides: "a
/// company spokeswoman", "the firm's founder" and "a member of
/// parliament" describe people. A noun with "of" after it is a part or a
/// collective ("In New Hampshire, a different group of candidates …",
/// "Tigray Province, the center of a guerrilla war").
fn described_as_a_body(t: &Tokens, lex: &Lexicon, name_end: usize) -> bool {
    /// Words of a description after its article ("a global HR solutions
    /// company").
    const MAX_DESCRIPTION_WORDS: usize = 5;
    let first = name_end + 2;
    let end = (first..first + MAX_DESCRIPTION_WORDS)
        .find(|&k| !t.is_word(k) || APPOSITION_BREAKS.contains(&t.low(k)))
        .unwrap_or(first);
    t.is_punct(name_end, ',')
        && matches!(t.low_at(name_end + 1), Some("a" | "an" | "the"))
        && end > first
        && !t.is_cap(end - 1)
        && t.low_at(end) != Some("of")
        && {
            let head = t.low(end - 1);
            lex.is_org_head(head) || BODY_NOUNS.contains(&head)
        }
}

/// Whether `name` is a web site's address, capitalised as a name
/// ("Booking.com", "Move.org", "Fetch.ai"): the site's publisher, a company
/// or a body. Not a framework's dotted name ("ASP.NET", "Node.js").
fn is_a_site(name: &str) -> bool {
    crate::substr::rsplit_once(name, b'.').is_some_and(|(_, tld)| {
        matches!(
            tld,
            "com" | "org" | "net" | "io" | "ai" | "co" | "gov" | "edu"
        )
    })
}

/// Whether token `k` is a model's number after a name: "Ioniq 5",
/// "Forerunner 970", set apart by a space and not a share or a score
/// ("Trump 45%", "Clinton 46 percent" in a poll's line).
fn model_number_after(t: &Tokens, k: usize) -> bool {
    let Some(tok) = t.toks.get(k) else {
        return false;
    };
    tok.kind == Kind::Number
        && tok.space
        && !t.is_punct(k + 1, '%')
        && !(k + 1 < t.len() && matches!(t.low(k + 1), "percent" | "per"))
}

/// Whether the word at `k` is a lowercase noun for people or a body that a
/// name before it modifies: "the Sanders campaign", "a Biden aide", "the
/// Sanders people".
fn names_people_after(t: &Tokens, lex: &Lexicon, k: usize) -> bool {
    if k >= t.len() || !t.is_word(k) || !t.s(k).starts_with(char::is_lowercase) {
        return false;
    }
    let w = t.low(k);
    matches!(w, "people" | "folks" | "fans") || is_people_noun(lex, w) || SPEAKS_FOR.contains(&w)
}

/// Words that may name a post's field or employer before its title or
/// role noun: capitalised ("Chief *Marketing* Officer", "*Human Rights
/// Watch* Director") or not ("the UN’s *human rights* chief").
const MAX_FIELD_WORDS: usize = 3;

/// Where the name starts when the run from `from` is a post named by its
/// field ([`MAX_FIELD_WORDS`] capitalised words at most, and one "of", then
/// a title or a role noun) followed by a name: of one word or more after a role
/// (`after_role`: "Chief Marketing Officer Ruiz"), of two or more
/// otherwise, so that a surname that is a role word ("Tom Bishop") stays a
/// name, and none of whose words the text also writes in lower case.
fn after_field_role(
    t: &Tokens,
    lex: &Lexicon,
    case: &CaseEvidence,
    from: usize,
    end: usize,
    after_role: bool,
) -> Option<usize> {
    let mut ofs = 0;
    for k in from..end {
        match role_word(t, lex, k) {
            Some(RoleWord::Role(Role::Title | Role::Noun))
                if k > from && k - from <= MAX_FIELD_WORDS + ofs =>
            {
                // An abbreviated title's dot: "Texas Gov. Greg Abbott"; such
                // a title takes a surname alone too ("Texas Sen. Cruz").
                let abbreviated = t.is_punct(k + 1, '.');
                let k = if abbreviated { k + 1 } else { k };
                let name: Vec<usize> = (k + 1..end).filter(|&j| t.is_word(j)).collect();
                let enough = name.len() >= if after_role || abbreviated { 1 } else { 2 };
                // A heading's "Event Manager Career Guide" names no one: a
                // name is no word the text also writes in lower case.
                let named = name.iter().all(|&j| !case.lowercase.contains(t.low(j)));
                return (enough && named && t.is_cap(k + 1)).then_some(k + 1);
            }
            None if t.is_word(k) && t.is_cap(k) => {}
            // A field named with one "of": "Bank of England Governor
            // Andrew Bailey", "Department of Labor Secretary Julie Su" (not
            // "Conference of Presidents of Major American Jewish
            // Organizations", with the military title "Major").
            None if k > from && ofs == 0 && t.low(k) == "of" => ofs = 1,
            _ => return None,
        }
    }
    None
}

/// The role in `the ROLE [of PLACE …], NAME` ending at the comma `comma`,
/// worded as a title ("Russian special envoy"), with its place.
fn role_before_comma(
    t: &Tokens,
    lex: &Lexicon,
    comma: usize,
) -> Option<(String, Option<&'static str>)> {
    /// Tokens a role phrase before a name may span.
    const MAX_ROLE_PHRASE: usize = 12;
    let from = comma.saturating_sub(MAX_ROLE_PHRASE);
    // A name's possessive stands for the determiner: "Microsoft’s chief
    // executive, Satya Nadella".
    let possessor = |k: usize| t.is_cap(k) && t.without_possessive(k).1;
    let determines = |k: &usize| {
        t.is_word(*k)
            && (matches!(
                t.low(*k),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            ) || possessor(*k))
    };
    let mut det = (from..comma).rev().find(determines)?;
    // "The chair of the Federal Reserve, Jerome Powell": the post's own
    // determiner is the one before its "of" (not in "the bonus of its
    // chief executive, Gregory J. Hayes").
    if det > from && t.low(det - 1) == "of" {
        if let Some(d) = (from..det - 1).rev().find(determines) {
            if matches!(lex.role(t.low(d + 1)), Some(Role::Noun | Role::Title)) {
                det = d;
            }
        }
    }
    if (det + 1..comma)
        .any(|k| t.toks[k].kind == Kind::Punct && !t.is_punct(k, '.') && !t.is_punct(k, '’'))
    {
        return None;
    }
    // A common noun's possessive after it is the post's owner: "The
    // governor’s spokeswoman, Emily Park".
    let owner = (det + 1 < comma && !t.is_cap(det + 1) && t.without_possessive(det + 1).1)
        .then(|| strip_possessive(t.s(det + 1)));
    // The role words right after the determiner (and the owner).
    let mut k = det + 1 + usize::from(owner.is_some());
    let mut words = Vec::new();
    let mut noun = false;
    let mut place = None;
    // Whether the last of them is a role word: "the UN’s human rights
    // chief", not "a lawyer for the family".
    let mut ends_on_role = false;
    let owned = owner.is_some() || possessor(det);
    while k < comma {
        ends_on_role = match role_word(t, lex, k) {
            Some(RoleWord::Role(r)) => {
                noun |= r != Role::Modifier;
                true
            }
            Some(RoleWord::Place(c)) => {
                place = place.or(Some(c));
                k += 1;
                continue;
            }
            // Only in an owner's post: "the UN’s human rights chief", not
            // "as a business owner, New Jersey" or "the password manager,
            // NordPass".
            _ if owned && is_field_word(t, lex, k, false) => false,
            _ => break,
        };
        words.push(t.s(k));
        k += 1;
    }
    if !noun || !ends_on_role {
        return None;
    }
    // "… of Russian President Vladimir Putin": the place of what follows.
    if k < comma && t.low(k) == "of" {
        place = place.or_else(|| {
            (k + 1..comma).find_map(|j| match role_word(t, lex, j) {
                Some(RoleWord::Place(c)) => Some(c),
                _ => lex.country(strip_possessive(t.s(j))),
            })
        });
        // "the company’s head of sales", "the chair of the Federal
        // Reserve": what the post is over, when it names no place.
        if place.is_none() && comma - k <= MAX_FIELD_WORDS + 1 {
            words.push(t.slice(k, comma - 1));
        }
    } else if k < comma {
        return None;
    }
    let demonym = place.and_then(|c| lex.demonym_of(c));
    let role = demonym.into_iter().chain(words).collect::<Vec<_>>();
    let role = crate::substr::join(&role, " ");
    if let Some(owner) = owner {
        return Some((
            crate::substr::join(&[owner, "'s ", role.as_str()], ""),
            place,
        ));
    }
    if possessor(det) {
        // The possessor's whole name: "Piece of Cake Moving’s vice
        // president", "President Obama’s spokesman".
        let mut p = det;
        while p > from
            && ((t.is_cap(p - 1) && !lex.is_common(t.low(p - 1)))
                || (p > from + 1 && matches!(t.low(p - 1), "of" | "&") && t.is_cap(p - 2)))
        {
            p -= 1;
        }
        let owner = replace_char(strip_possessive(t.slice(p, det)), '’', "'");
        return Some((
            crate::substr::join(&[owner.as_str(), "'s ", role.as_str()], ""),
            place,
        ));
    }
    Some((role, place))
}

/// Whether token `k` may be a word of a post's field: a plain lowercase
/// word ("police", "human rights", "election"), not a function word, a
/// count, an imperative ("Contact staff writer Jill Barshay") or a cue,
/// nor one in "-ed" or "-ing", which is mostly a verb before a post
/// ("praised former president", "a group backing Republican candidate";
/// "award-winning journalist" is kept). A capitalised word is one only
/// where `capital` allows it (a sentence's first word).
fn is_field_word(t: &Tokens, lex: &Lexicon, k: usize, capital: bool) -> bool {
    let w = t.low(k);
    t.is_word(k)
        && (capital || !t.is_cap(k))
        && !t.without_possessive(k).1
        && !b"spdamuri".iter().any(|&c| lex.function_word_is(w, c))
        && lex.cue(w).is_none()
        && (w.contains('-') || !(w.ends_with("ed") || w.ends_with("ing")))
}

/// Where a post begins whose role words begin at `k`, with the words of
/// its field before them ("the police chief Maria Garcia", "Foreign policy
/// adviser Jake Sullivan"): only after what opens a noun phrase (the
/// sentence's start, punctuation, a determiner or a possessive), so that
/// "interviewed police chief Maria Garcia" and "to fire campaign manager
/// Corey Lewandowski" keep the role of the role words.
fn with_field_before(t: &Tokens, lex: &Lexicon, starts: &[bool], k: usize) -> usize {
    let mut j = k;
    while j > 0 && k - j < MAX_FIELD_WORDS && !starts[j] && !t.toks[j].newline {
        let p = j - 1;
        if !is_field_word(t, lex, p, starts[p]) {
            break;
        }
        j = p;
    }
    let opens = j == 0
        || starts[j]
        || t.toks[j].newline
        || !t.is_word(j - 1)
        || t.without_possessive(j - 1).1
        || lex.function_word_is(t.low(j - 1), b'd');
    if opens {
        j
    } else {
        k
    }
}

/// The role in `NAME, a ROLE[ of …],` right after a name, as written
/// without its article ("doctor", "senior adviser to the mayor"), or in a
/// relative clause that stands for one ("who is the chief executive of
/// Acme").
fn role_after_comma(
    t: &Tokens,
    lex: &Lexicon,
    name_end: usize,
) -> Option<(String, Option<&'static str>, bool)> {
    /// Tokens a role apposition may span.
    const MAX_APPOSITION: usize = 16;
    if !t.is_punct(name_end, ',') || !t.is_word(name_end + 1) {
        return None;
    }
    // A relative clause that says what someone is stands for the
    // apposition ("Tom Reed, who is the chief executive of Acme,", "…, who
    // serves as press secretary,"); one that says what they were gives a
    // former post ("Jim Brady, who was press secretary to President Ronald
    // Reagan,").
    let verb = name_end + 2;
    let (start, former) = match (t.low(name_end + 1), t.low_at(verb)) {
        ("who's" | "who’s", Some(_)) => (verb, false),
        ("who", Some("is" | "was")) => (verb + 1, t.low(verb) == "was"),
        ("who", Some("serves" | "served")) if t.low_at(verb + 1) == Some("as") => {
            (verb + 2, t.low(verb) == "served")
        }
        ("who" | "who's" | "who’s", _) => return None,
        _ => (name_end + 1, false),
    };
    // "who is also the author of …", "who is now the acting secretary".
    let start = start + usize::from(matches!(t.low_at(start), Some("also" | "now")));
    if !t.is_word(start) {
        return None;
    }
    // "Jane Doe, a professor at …", or with the post alone: "Jing Zhou,
    // Professor of Management at …", "Ana Ruiz, CEO of Acme".
    let determiner = matches!(t.low(start), "a" | "an" | "the" | "another");
    // Or a name's possessive, kept in the post: "Satya Nadella,
    // Microsoft’s chief executive,", "Ivan Cheptenari, Piece of Cake
    // Moving’s vice president,".
    let mut first = start + usize::from(determiner);
    let mut possessor = false;
    let mut k = first;
    while !determiner && k < (start + 5).min(t.len()) && t.is_cap(k) {
        if t.without_possessive(k).1 {
            (possessor, first) = (true, k + 1);
            break;
        }
        k += 1 + usize::from(k + 1 < t.len() && matches!(t.low(k + 1), "of" | "&"));
    }
    if !determiner && !possessor && !bare_post(t, lex, first) {
        return None;
    }
    // A post ends at a stop or a bracket, or with its line: a signature
    // under a quote ("Lisa Su, CEO of AMD (during AMD's earnings call)",
    // "Ana Ruiz, CEO of Acme" alone on its line).
    let close = (first..(first + MAX_APPOSITION).min(t.len() + 1)).find(|&k| {
        k == t.len()
            || (k > first && t.toks[k].newline)
            || (t.toks[k].kind == Kind::Punct
                && (!t.is_punct(k, '.') || ends_sentence(t, lex, k))
                && !t.is_punct(k, '’')
                && !t.is_punct(k, '-'))
    })?;
    let at_line_end = close == t.len() || t.toks[close].newline;
    if !(at_line_end || matches!(t.punct(close), Some(',' | '.' | ';' | '('))) || close == first {
        return None;
    }
    // The post is the noun phrase before its first preposition: "a senator
    // from Ohio", not "a gripping novel from a new author".
    let head_end = (first..close)
        .find(|&k| APPOSITION_BREAKS.contains(&t.low(k)))
        .unwrap_or(close);
    if head_end == first
        || !(APPOSITION_ONLY_NOUNS.contains(&t.low(head_end - 1))
            || matches!(
                role_word(t, lex, head_end - 1),
                Some(RoleWord::Role(Role::Title | Role::Noun))
            ))
    {
        return None;
    }
    // Closed by its line or a bracket, a post is all names after its head
    // ("CEO of Acme Corp", "dean of Admissions at the University of
    // Virginia"), or the line was a headline's clause ("Rahul Tyagi, CEO of
    // SECQAI delves into …").
    let signature = at_line_end || t.is_punct(close, '(');
    if signature
        && (head_end..close).any(|k| {
            t.is_word(k)
                && !t.is_cap(k)
                && !lex.function_word_is(t.low(k), b'p')
                && !matches!(t.low(k), "the" | "a" | "an" | "and")
        })
    {
        return None;
    }
    let place = (first..head_end).find_map(|k| match role_word(t, lex, k) {
        Some(RoleWord::Place(c)) => Some(c),
        _ => None,
    });
    let from = if possessor { start } else { first };
    // A relative clause after the post says what its holder did ("founder
    // of New York Pilates who's been teaching Pilates for 18 years"), a cue
    // after it what they said ("the communications director for the Iowa
    // Democratic Party said in a statement"), and a year when they held it
    // ("press secretary from 2009 to 2012", "Fed governor since 2014").
    let end = (head_end..close)
        .find(|&k| {
            matches!(before_apostrophe(t.low(k)), "who" | "which" | "whose")
                || matches!(t.low(k), "said" | "says" | "told" | "stated" | "added")
                || (matches!(t.low(k), "in" | "from" | "since")
                    && k + 1 < t.len()
                    && crate::substr::starts_with_digit(t.s(k + 1)))
        })
        .unwrap_or(close);
    // A post is a noun phrase, not a clause: "New York, Secretary of State
    // is the default agent" says what the post does, and "Civil Liberties,
    // Justice and Home Affairs should offer an opinion" what a body must.
    if (first..end).any(|k| {
        matches!(
            t.low(k),
            "is" | "are" | "was" | "were" | "should" | "will" | "would" | "can" | "must"
        )
    }) {
        return None;
    }
    let mut post = t.slice(from, end - 1);
    let with_former;
    if former {
        // "former" goes after a possessive: "Obama's former chief
        // strategist".
        let owner_end = (from..head_end)
            .rev()
            .find(|&k| t.without_possessive(k).1)
            .map_or(from, |k| k + 1);
        let already = t.low_at(owner_end) == Some("former");
        let parts = [
            t.slice(from, owner_end - 1),
            if owner_end > from { " " } else { "" },
            if already { "" } else { "former " },
            t.slice(owner_end, end - 1),
        ];
        with_former = crate::substr::join(&parts, "");
        post = &with_former;
    }
    let relative = start > name_end + 1;
    Some((replace_char(post, '’', "'"), place, relative))
}

/// Posts a word names only as an apposition's head ("Ben Ross, a senior
/// fellow at Brookings,", "Lee Ash, a nurse practitioner,"): elsewhere
/// the same word is a modifier ("fellow Democrat Alan Grayson", "fellow
/// Americans"), a brand's ("Fellow Stagg EKG") or a group's ("exercise
/// practitioners").
const APPOSITION_ONLY_NOUNS: &[&str] = &["fellow", "practitioner"];

/// Words that end the noun phrase of a post in an apposition ("a
/// spokeswoman for the ministry", "an analyst with Capital Economics").
pub(super) const APPOSITION_BREAKS: &[&str] = &[
    "of", "for", "to", "at", "from", "in", "with", "on", "who", "and", "since",
];

/// Whether the full stop at `k` ends a sentence: not after an initial, a
/// title or "U.S", nor inside an address.
fn ends_sentence(t: &Tokens, lex: &Lexicon, k: usize) -> bool {
    let after_abbreviation =
        k > 0 && (is_initial_or_title(t, lex, k - 1) || is_dotted_initials(t.s(k - 1)));
    // "monday.com": a word glued after the stop.
    let glued = k + 1 < t.len() && t.is_word(k + 1) && !t.toks[k + 1].space;
    !after_abbreviation && !glued
}

/// "U.S", "D.C": capitals between full stops.
fn is_dotted_initials(w: &str) -> bool {
    w.contains('.') && w.chars().all(|c| c == '.' || c.is_uppercase())
}

/// Whether the words from `first` are a post standing alone after a
/// comma: the words up to the first of [`APPOSITION_BREAKS`] or the next
/// punctuation are role words ("senior vice president for …"), places
/// and at most [`MAX_FIELD_WORDS`] capitalised words of the post's field,
/// and the last of them is a title or role noun. Field words open no post
/// on their own unless what it is of or at follows ("Chief Product Officer
/// of …", "Customer Success Manager at …"): "Old Fashioned, Pink Lady," and
/// "Mother Wolf, Night Nurse," are lists of names, and so is "John
/// Brisini, Kevin Bishop" (no given name is a field's word). "President Xi
/// and …" in a list of names is not one: "Xi" is no role word.
fn bare_post(t: &Tokens, lex: &Lexicon, first: usize) -> bool {
    let end = (first..t.len())
        .find(|&k| !t.is_word(k) || APPOSITION_BREAKS.contains(&t.low(k)))
        .unwrap_or(t.len());
    let field = |k: &usize| role_word(t, lex, *k).is_none();
    let fields = (first..end).filter(field).count();
    let anchored = role_word(t, lex, first).is_some() || t.is_word(end);
    end > first
        && matches!(
            role_word(t, lex, end - 1),
            Some(RoleWord::Role(Role::Title | Role::Noun))
        )
        && fields <= MAX_FIELD_WORDS
        && (fields == 0 || anchored)
        && (first..end)
            .filter(field)
            .all(|k| t.is_cap(k) && !lex.is_given_name(t.s(k)))
}

fn strip_possessive(s: &str) -> &str {
    for end in ["’s", "'s", "’", "'"] {
        if let Some(stem) = s.strip_suffix(end) {
            return stem;
        }
    }
    s
}

fn has_initial(t: &Tokens, lex: &Lexicon, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        k + 1 < b
            && (is_initial(t, k) || (is_joined_initials(lex, t.s(k)) && t.is_punct(k + 1, '.')))
    })
}

/// Initials written together, as the tokens keep them: "H.G", "J.M.W"
/// (capitals and dots in turn). Not a country's ("U.S") nor a common
/// acronym's ("D.C", "M.S").
fn is_joined_initials(lex: &Lexicon, w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b.len() % 2 == 1
        && b.iter().enumerate().all(|(i, &c)| {
            if i % 2 == 0 {
                c.is_ascii_uppercase()
            } else {
                c == b'.'
            }
        })
        && lex.country(w).is_none()
        && !lex.is_common_acronym(w)
}

/// Whether token `k` is one letter and a full stop: "F." in "John F.
/// Kennedy".
fn is_initial(t: &Tokens, k: usize) -> bool {
    crate::substr::char_count(t.s(k)) == 1 && t.is_punct(k + 1, '.')
}

/// Words that open a question ("Q. What is ...?"): never the end of a name.
const QUESTION_WORDS: &[&str] = &[
    "what", "how", "why", "when", "where", "which", "who", "can", "is", "are", "do", "does",
    "should",
];

/// Last words that make a capitalised name a work (a survey, a report, a
/// law), not someone: it may be cited, it never speaks as a person.
const WORK_HEADS: &[&str] = &[
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "poll",
    "polls",
    "index",
    "data",
    "dataset",
    "analysis",
    "framework",
    "guide",
    "handbook",
    "benchmark",
    "benchmarks",
    "act",
    "treaty",
];

/// A capitalised word joined to a lowercase one ("Well-defined",
/// "Cross-validation", "Self-driving") is a word, not a name: hyphenated
/// names capitalise each part ("Amir-Abdollahian", "al-Assad").
fn is_compound_word(w: &str) -> bool {
    w.split_once('-')
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_lowercase))
}

/// How far from a name (in tokens, about a long story's length) the text
/// is read for the same words written alone: the window keeps reading a
/// book-length text linear.
const NEAR_TOKENS: usize = 5000;

/// The end of a body's name that runs on through "and", when "and" and
/// one to three capitalised words follow the run `first..end`, which are
/// no known body or country of their own and open no second person, and
/// the run is either "HEAD of …" ("Department of Health and Human
/// Services") or a word or two that name nothing alone before words
/// ending on a head word ("Food and Drug Administration", "Occupational
/// Safety and Health Administration").
fn and_in_a_bodys_name(t: &Tokens, lex: &Lexicon, first: usize, end: usize) -> Option<usize> {
    if !(t.is_word(end) && t.low(end) == "and" && t.toks[end].space) {
        return None;
    }
    let of_a_body = (first + 1..end).any(|k| is_of_a_body(t, lex, k));
    let plain = |k: usize| {
        let w = t.s(k);
        t.is_word(k)
            && !(lex.is_org(w) || lex.is_org_head(w) || lex.is_given_name(w))
            && lex.country(w).is_none()
    };
    let plain_run = !of_a_body && end - first <= 3 && (first..end).all(plain);
    if !(of_a_body || plain_run) {
        return None;
    }
    let mut tail = end + 1;
    while tail < t.len()
        && tail - end <= 3
        && t.is_cap(tail)
        && t.toks[tail].space
        && !t.toks[tail].newline
    {
        tail += 1;
        if t.without_possessive(tail - 1).1 {
            break;
        }
    }
    let words = tail - end - 1;
    if !(1..=3).contains(&words) {
        return None;
    }
    let rest = t.slice(end + 1, tail - 1);
    // A name of its own after "and": a known body or country, a person, a
    // title with its article ("and The Tax Adviser"), an acronym ("and
    // MIT", "and ACD Operations") or a body's head word last ("and Harvard
    // University"); and a list runs on ("of Diabetes and Digestive and
    // Kidney Diseases" is read no further than its first part).
    let acronym = (end + 1..tail)
        .any(|k| super::acronyms::written_acronym(strip_possessive(t.s(k))).is_some());
    let head_last = lex.is_org_head(strip_possessive(t.s(tail - 1)));
    // Plain words join a body of two words or three whose words the text
    // never writes alone: "Allianz and Travel Guard" are two firms where
    // "Travel Guard" also stands on its own; "Emerging Equipment and
    // Technologies" is a heading's pair.
    let alone = || {
        let near = end.saturating_sub(NEAR_TOKENS)..(end + NEAR_TOKENS).min(t.len() - words);
        near.into_iter().any(|k| {
            k != end + 1
                && (k == 0 || t.low(k - 1) != "and")
                && (0..words).all(|j| t.s(k + j) == t.s(end + 1 + j))
        })
    };
    if plain_run && !(words >= 2 && head_last && !alone()) {
        return None;
    }
    // After plain words the head word last makes the body, and a role word
    // first no second person ("and Health Administration").
    let own = lex.is_org(rest)
        || lex.country(rest).is_some()
        || (of_a_body && (opens_a_second_person(t, lex, end) || head_last))
        || lex.function_word_is(t.low(end + 1), b'd')
        || acronym
        || (t.is_word(tail) && t.low(tail) == "and");
    (!own).then_some(tail)
}

/// Whether "of" or "for" at `k` follows a body's head word: "Bank of
/// England", "Center for American Progress".
fn is_of_a_body(t: &Tokens, lex: &Lexicon, k: usize) -> bool {
    k > 0 && matches!(t.low(k), "of" | "for") && lex.is_org_head(t.s(k - 1))
}

/// Whether the ampersand at `k` is followed by a second person, not the
/// rest of a firm's name: a title or a post ("Rudy Giuliani & Sen. Jeff
/// Sessions"), a given name and a surname ("Manoel Mendez & Suparn
/// Patra", not "Simon & Schuster"), or "I" ("Ann & I").
fn opens_a_second_person(t: &Tokens, lex: &Lexicon, k: usize) -> bool {
    lex.role(t.low(k + 1)).is_some()
        || (lex.given_name_sex(t.s(k + 1)).is_some() && t.is_cap(k + 2))
        || t.s(k + 1) == "I"
}

fn is_organization(t: &Tokens, lex: &Lexicon, a: usize, b: usize, name: &str) -> bool {
    if lex.is_org(name) {
        return true;
    }
    let last = strip_possessive(t.s(b - 1));
    if lex.is_org_head(last) && (b - a > 1 || lex.is_lone_org_head(last)) {
        return true;
    }
    // "Bank of England", "Center for American Progress".
    if (a + 1..b).any(|k| is_of_a_body(t, lex, k)) {
        return true;
    }
    // Acronyms: "NYPD", "FBI"; a longer word in capitals is shouted
    // ("BYLINE", "UNIDENTIFIED"), and longer bodies are in the gazetteer.
    let acronym = b - a == 1
        && (2..=MAX_ACRONYM_LETTERS).contains(&last.chars().filter(|c| c.is_alphabetic()).count())
        && last.chars().all(|c| c.is_uppercase() || c == '.');
    acronym && lex.country(last).is_none() && key(last) != "i"
}
