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

use super::actors::is_people_noun;
use super::lexicon::{singular, Cue, Lexicon, Role};
use super::marks::Quoted;
use super::sentences::Sentence;
use super::tokens::{Kind, Tokens};
use crate::substr::part;

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

/// Longest content after a cue read as circumstances only when it opens
/// with a preposition and holds no clause.
const MAX_CIRCUMSTANCE_WORDS: usize = 25;
/// Longest object of "told" after reported content (`told The Associated
/// Press`), in words.
const MAX_TOLD_OBJECT: usize = 4;
/// Longest addressee and circumstances between a cue and the "that" of
/// its content ("told The Post and Courier newspaper of Charleston on
/// Saturday that"), in words.
const MAX_ADDRESSEE_WORDS: usize = 12;
/// Longest adverbial tail after a postposed cue, in words.
const MAX_TAIL_WORDS: usize = 10;
/// Appositions stepped over between a source and its cue.
const MAX_APPOSITIONS: usize = 3;
/// Longest apposition between a source and its cue, in tokens: a relative
/// clause runs long ("Wilcox, whose education at the University of Tampa
/// was paid for by the military because he participated in the Reserve
/// Officers’ Training Corps (ROTC) program, said"). At 25 that quote was
/// lost; at 40 PolNeAR train gains four quotes and dev one, all right.
const MAX_APPOSITION_TOKENS: usize = 40;
/// Relations a speaker is introduced by, beside the role nouns of the
/// lexicon: "his wife, Gabriela Lazar, wrote".
const RELATIONS: Use = Use(b'e');

/// Longest post set between a quotation and its speaker's name ("the
/// city's deputy mayor for housing"), in words.
const MAX_POST_WORDS: usize = 8;
/// Longest source noun phrase, in tokens.
const MAX_SOURCE_TOKENS: usize = 14;
/// Longest title in quotation marks read as part of the circumstances
/// after a cue ("in an interview with “Fox News Sunday.”"), in words.
const MAX_TITLE_WORDS: usize = 6;

/// Verbs that open a sentence addressed to the reader in guides and how-tos
/// ("Stay informed about …", "Make sure …"): never the source before a cue.
const IMPERATIVES: Use = Use(b'i');

/// Head nouns of sources that cannot speak: product and method words of
/// guides and marketing copy (documents, studies and polls can, and stay).
const THINGS: Use = Use(b'h');

/// Lower-case words that are a source on their own although they are not
/// plurals: quantifiers of a poll's respondents and collectives (see
/// `can_speak_alone`; counts are [`NUMBER_WORDS`]).
const SPEAKING_ALONE: Use = Use(b'l');

/// Participles that report speech whatever follows them (see `verb`).
const SAYING: Use = Use(b'g');

/// Past forms of reporting verbs that end neither in "-ed" nor in "-s"
/// (see `agrees`).
const IRREGULAR_PASTS: Use = Use(b'x');

/// Whether a cue (lowercase) is inflected, not in its bare form: "stress"
/// is bare, "stresses", "stressed" and "told" are not.
pub(super) fn is_inflected(cue: &str) -> bool {
    (cue.ends_with('s') && !cue.ends_with("ss"))
        || cue.ends_with("ed")
        || cue.ends_with("ing")
        || is_in(IRREGULAR_PASTS, cue)
}

/// Nouns of a share of a group, plural by what they count ("a third of
/// independents say", "a wide array of economists say"; see `agrees`).
const SHARES: Use = Use(b'r');

/// Verbs whose object takes a bare infinitive ("heard Sanders say",
/// "let him tell"; see `agrees`).
const PERCEPTION_VERBS: Use = Use(b'v');

/// Plurals without a final "s" (see `agrees`).
const PLURAL_NOUNS: Use = Use(b'n');

/// Counts written as words ("one in five", "six in 10").
const NUMBER_WORDS: Use = Use(b'u');

/// Words that open a clause that is no one's when a pronoun follows: a
/// condition or a time addressed to the reader ("If you've ever thought …",
/// "Once you've confirmed …") or a question ("Does it tell …?"). "When
/// Clinton noted that …" and "Although Trump has admitted …" still report.
const CLAUSE_OPENERS: Use = Use(b'c');

/// The writer speaking in the first person, alone or as the site's "we"
/// ("We think it would be wise to …", "we'll explain the differences").
const WRITER: Use = Use(b'w');

/// What a page calls itself ("this guide", "our article"): the writer
/// speaking, not a document quoted.
static THIS_PAGE_NOUNS: &[&str] = &[
    "guide",
    "article",
    "post",
    "blog",
    "page",
    "piece",
    "tutorial",
    "checklist",
    "handbook",
    "overview",
    "section",
    "list",
    "roundup",
    "review",
];

/// Words that open a question ("What share of adolescents report …?").
static QUESTION_OPENERS: &[&str] = &[
    "what", "how", "why", "which", "who", "whom", "whose", "when", "where", "do", "does", "did",
    "is", "are", "was", "were", "can", "could", "should", "would", "will", "has", "have",
];

/// Participles that draw a conclusion from what the clause before them
/// says ("…, suggesting that …"): a report only when a person does.
static INFERENCES: &[&str] = &[
    "suggesting",
    "indicating",
    "implying",
    "meaning",
    "signaling",
    "signalling",
    "showing",
    "demonstrating",
    "confirming",
    "reflecting",
];

/// Adjectives whose subject is the object of an infinitive after them
/// ("Blocking code is simple to write", "a bad book takes as long to write
/// as a good one"). Not "quick": "readers were quick to condemn" condemn.
static TOUGH_ADJECTIVES: &[&str] = &[
    "easy",
    "easier",
    "hard",
    "harder",
    "simple",
    "simpler",
    "difficult",
    "tough",
    "long",
    "longer",
    "fun",
    "impossible",
];

/// Passive participles whose subject holds the view reported ("is
/// convinced that"), unlike the one told or asked (see `verb`).
static HOLDER_PASSIVES: &[&str] = &["convinced", "persuaded"];

/// Cues (their stems) that a thing does in guides and reviews as often as
/// a body does in the news: after a lone "it" they report no one.
static THING_CUES: &[&str] = &[
    "indicat",
    "reveal",
    "explain",
    "describ",
    "suggest",
    "illustrat",
    "highlight",
];

/// Subjects that stand for no one ("It's important to note …").
static DUMMY_SUBJECTS: &[&str] = &["it", "it's", "it’s", "there's", "there’s"];

/// Modal verbs (see `can_speak`).
const MODALS: Use = Use(b'm');
/// Irregular pasts of common verbs ("fell", "rose"): a plural noun before
/// one is its subject.
const PLAIN_PASTS: Use = Use(b'f');

static PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];
/// Verbs of causing, before a bare infinitive ("helps predict", "lets
/// managers indicate"), and of using or allowing, before an object and "to"
/// ("Sales teams use agents to predict", "allows devices to declare").
static CAUSATIVES: &[&str] = &[
    "help", "helps", "helped", "helping", "let", "lets", "make", "makes", "made", "making", "use",
    "uses", "allow", "allows", "enable", "enables",
];
/// Forms of "be", which follow a relative "that".
static BE: &[&str] = &["is", "was", "are", "were", "be", "been"];
/// Pronouns as an addressee ("told him she …").
static OBJECT_PRONOUNS: &[&str] = &["me", "him", "her", "us", "them", "you"];
/// Stems of cues whose object is the one spoken to ("told reporters",
/// "assured voters", "warned residents"), not what was said.
static ADDRESSING: &[&str] = &[
    "tell", "told", "assur", "warn", "remind", "inform", "advis", "promis", "reassur", "convinc",
    "persuad",
];

/// Verbs that agree with a plural subject: after a cue in "-s" they make
/// it a noun ("notes have", "reports show"). Not modals, and not after a
/// pronoun: "a strategy it says will reward", "rules he says are unfair"
/// report in a relative clause.
static VERBS_AFTER_A_NOUN: &[&str] = &["are", "were", "have", "show", "showed"];

/// Conjunctions that open a clause and are no one's name even when
/// capitalised: "When reporters asked" is the reporters asking.
static SUBORDINATORS: &[&str] = &[
    "when", "while", "whilst", "although", "though", "because", "since",
];

/// Openers of a clause set against the main one: a source inside it
/// reports up to the clause's comma ("While advocates argue that fees are
/// low, adoption faces …"; see `Finder::content_after`).
static CONCESSIVES: &[&str] = &["while", "whilst", "whereas", "although", "though"];

/// Openers of a fronted adverbial clause, beside the [`SUBORDINATORS`]: "As
/// the new year begins, many of us think …", "If elected, …".
static CONDITIONS: &[&str] = &["as", "if", "once", "until", "unless", "whenever"];

/// Heads of sources that can speak (see `names_a_speaker`), beside the
/// role and group nouns of `is_people_noun`.
const SPEAKER_NOUNS: Use = Use(b'k');

/// Cues whose source needs no noun for people: what is said or told is
/// someone's words whoever the subject ("the label said", "the data tell
/// us" are read as they are written).
static SAYING_ANYWAY: &[&str] = &["say", "says", "said", "saying", "told"];

/// Subjects of a relative clause's reporting verb ("the rules he says are
/// unfair").
static RELATIVE_SUBJECTS: &[&str] = &["he", "she", "it", "who", "which", "that"];

/// Words that make a clause with "'s" for "is", never a source ("That's
/// easier said than done", "It's called …"). Not "he" or "she": "he's" is
/// as often "has" ("He's said repeatedly …").
static IS_CONTRACTED: &[&str] = &["it", "that", "there", "what", "here", "where"];

/// A word without what an apostrophe joins to it: "he" for "he’d", "you"
/// for "you've".
pub(super) fn before_apostrophe(w: &str) -> &str {
    w.split(['\'', '’']).next().unwrap_or(w)
}

/// Determiners: words that open a noun phrase.
const DETERMINERS: Use = Use(b'd');

/// `1999`, `2010`: a year, which never speaks.
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(part(w, ..2), "19" | "20")
}

/// A set of lowercase words: a short list here, or a use of the function
/// words in `lexicon/function-words.txt`.
trait Words: Copy {
    fn holds(self, w: &str) -> bool;
}

impl Words for &'static [&'static str] {
    fn holds(self, w: &str) -> bool {
        self.contains(&w)
    }
}

impl<const N: usize> Words for &'static [&'static str; N] {
    fn holds(self, w: &str) -> bool {
        self.contains(&w)
    }
}

/// A use of a function word, by its letter in `lexicon/function-words.txt`.
#[derive(Clone, Copy)]
struct Use(u8);

impl Words for Use {
    fn holds(self, w: &str) -> bool {
        Lexicon::get().function_word_is(w, self.0)
    }
}

/// Words that may stand between a source and its cue: auxiliaries,
/// adverbs, negation ("has also said", "would later write").
const AUXILIARIES: Use = Use(b'a');
/// Words that end a noun phrase read leftwards from a cue: clause
/// openers, conjunctions, relative pronouns, prepositions.
const STOPPERS: Use = Use(b's');
const PREPOSITIONS: Use = Use(b'p');
/// Words that open an adverbial after a cue (`X said on Tuesday.`).
const TAIL_OPENERS: Use = Use(b't');
/// Times a demonstrative "that" points at after a cue (see
/// `Finder::that_time`), and the head of a time that is no source ("next
/// year", see `Finder::is_time`).
const THAT_TIMES: Use = Use(b'y');
/// The most words between "called" and the quoted verdict on them
/// ("called the statement “offensive”", "called his standing in the
/// crowded candidate field “unheard of”").
const MAX_CALLED_OBJECT: usize = 8;
/// Standards something is done by, not sources, after "according to" run
/// on from a verb's object (see `Finder::according_to`).
const STANDARDS: Use = Use(b'o');

/// Whether `w` is in `list`.
fn is_in(list: impl Words, w: &str) -> bool {
    list.holds(w)
}

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
        let mut end = d + 1;
        while end < s.end
            && (t.is_word(end) || matches!(t.punct(end), Some('.' | '-' | '’' | '\'')))
            && self.frame(end)
        {
            end += 1;
        }
        let ends = end >= s.end || matches!(t.punct(end), Some(',' | '(' | '.'));
        (ends && end - d <= MAX_SOURCE_TOKENS).then(|| Attribution {
            cue: (d, d + 1),
            source: Some((d + 1, end)),
            content: vec![(s.first, d)],
            sentence: 0,
            pattern: Pattern::Dash,
            follows: None,
        })
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

    fn word_is(&self, i: usize, list: impl Words) -> bool {
        self.t.is_word(i) && self.frame(i) && is_in(list, self.low(i))
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
            } else if let Some(cue) = self.lex.cue(self.low(i)).filter(|_| {
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
        (i < self.t.len() && self.t.is_word(i)).then(|| self.low(i))
    }

    /// `According to X, …` / `…, according to X.`
    fn according_to(&self, s: &Sentence, v: usize) -> Option<Attribution> {
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

    fn words_between(&self, a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&i| self.t.is_word(i) || self.of[i].is_some())
            .count()
    }

    /// A reporting verb at `v`.
    fn verb(
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
        // "simple to write", "takes as long to write": the subject is what
        // is written, not a writer.
        if v >= s.first + 2 && self.word_is(v - 1, &["to"]) && self.word_is(v - 2, TOUGH_ADJECTIVES)
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
        if agent.is_some_and(|k| self.low(k) == "by") {
            return None;
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
            let tail = self
                .adverbial_tail(s, v + 1)
                .filter(|_| !infinitive)
                .or_else(|| {
                    if quoted_before {
                        // `"…," Zucker said during a discussion Thursday
                        // with … hosted by the Paley Center for Media.`:
                        // circumstances may run longer than an object.
                        // After "told", whom it was told comes first:
                        // `“…,” he told Reuters in a rare interview in
                        // Macau when asked if …`.
                        let mut from = v + 1;
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
                    && self.is_post(&super::lexicon::singular(self.low(end - 1)));
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

    /// Where the content before `end` starts: the sentence start, or the
    /// opening of a quotation that ends the content when a colon or a dash
    /// introduces it (`X said it plainly: "…," X added.`).
    fn quoted_start(&self, s: &Sentence, end: usize) -> usize {
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
    fn subject(&self, s: &Sentence, v: usize, earlier: &[Attribution]) -> Option<Range> {
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
    fn names_a_speaker(&self, (a, b): Range, v: usize) -> bool {
        // A lone "it" that explains, reveals or indicates is the thing the
        // page is about ("it indicates how much power your headphones
        // need", "it describes the state of a spring"), not a body.
        let thing = b - a == 1
            && self.word_is(a, &["it"])
            && THING_CUES.iter().any(|c| self.low(v).starts_with(c));
        self.word_is(v, SAYING_ANYWAY) || (!thing && (a..b).any(|k| self.can_be_a_speakers_word(k)))
    }

    fn can_be_a_speakers_word(&self, k: usize) -> bool {
        let t = self.t;
        if !t.is_word(k) {
            return t.toks[k].kind == Kind::Number;
        }
        // A capital that is only the sentence's is no name ("Higher scores
        // indicate"), but the word may still be a noun for people ("He
        // added", "Aides suggested").
        if t.is_cap(k) && !self.unnamed_opener.get(k).copied().unwrap_or(false) {
            return true;
        }
        let w = crate::case::lower_str(t.without_possessive(k).0);
        let base = before_apostrophe(&w);
        // A compound's last part: "fact-checkers", "the 43-year-old".
        let last = w.rsplit('-').next().unwrap_or(&w);
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
    fn by_writer(&self, (a, b): Range) -> bool {
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
    fn with_post_before(&self, s: &Sentence, (a, b): Range) -> Range {
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
    fn is_time(&self, (a, b): Range) -> bool {
        self.word_is(
            a,
            &["next", "last", "this", "earlier", "later", "each", "every"],
        ) && self.word_is(b - 1, THAT_TIMES)
    }

    /// Whether word `i` names a day ("Monday", "yesterday"): a common word
    /// ending in "day", so no "Halliday".
    fn is_day(&self, i: usize) -> bool {
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
        (self.t.is_cap(i) && !self.unnamed_opener.get(i).copied().unwrap_or(false))
            // A count ("4 in 10"), not a year ("who in 2010 said").
            || (w.starts_with(|c: char| c.is_ascii_digit()) && !is_year(w))
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

    /// Inverted: `"…," said X`, as the source and content parts.
    fn inverted(&self, s: &Sentence, v: usize) -> Option<(Range, Vec<Range>)> {
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
    fn mid_rest(&self, s: &Sentence, from: usize, inverted: bool) -> Option<Range> {
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
    fn left_boundary(&self, i: usize) -> bool {
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
            && self.is_post(self.low(a).rsplit('-').next().unwrap_or_default());
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
    fn determines(&self, k: usize) -> bool {
        self.word_is(k, DETERMINERS) || self.t.without_possessive(k).1
    }

    fn ends_sentence_dot(&self, i: usize, s: &Sentence) -> bool {
        self.t.is_punct(i, '.') && i + 1 == s.end
    }

    /// Steps left from the cue at `v` over auxiliaries and adverbs to the
    /// last token of its subject.
    /// Whether the auxiliaries and adverbs right before the cue at `v`
    /// (none before `first`) hold a form of "be" or "get" ("were also
    /// asked", "may be notified", "got told").
    fn passive_auxiliary(&self, first: usize, v: usize) -> bool {
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
    fn floated_quantifier(&self, first: usize, k: usize) -> bool {
        self.word_is(k, &["each"])
            && k > first
            && self.t.is_word(k - 1)
            && !self.word_is(k - 1, PREPOSITIONS)
    }

    fn skip_auxiliaries(&self, first: usize, v: usize) -> Option<usize> {
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

    /// The source noun phrase ending at `end` (inclusive), read leftwards;
    /// an apposition or relative clause between commas is stepped over
    /// (`Jane Doe, a doctor, said`).
    fn source_before(&self, first: usize, end: usize) -> Option<Range> {
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
                // chairman of G-III, told": the name after it), though
                // "Among likely GOP voters, about two-thirds say" is theirs.
                if let Some(np) = named.filter(|np| {
                    !self.word_is(np.0, PREPOSITIONS) || self.word_is(np.0, &["among"])
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
        let circumstance = (np.0..np.1).all(|k| !t.is_word(k) || self.lex.is_common(self.low(k)));
        let after_preposition = np.0 > first
            && self.word_is(np.0 - 1, PREPOSITIONS)
            && !self.word_is(
                np.0 - 1,
                &["after", "before", "while", "since", "until", "as"],
            );
        if after_preposition || circumstance {
            if let Some(subject) = self.clause_subject(first, np.0) {
                let only_circumstance = (subject.0..subject.1)
                    .all(|k| !t.is_word(k) || self.lex.is_common(self.low(k)));
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
    fn sentence_subject(&self, s: &Sentence, before: usize) -> Option<Range> {
        let t = self.t;
        let mut start = s.first;
        while self.word_is(start, &["but", "and", "so", "yet", "still", "then"]) {
            start += 1;
        }
        if self.word_is(start, PREPOSITIONS) || self.word_is(start, STOPPERS) {
            let comma = (start..before).find(|&k| t.is_punct(k, ','))?;
            start = comma + 1;
        }
        let subject = self.clause_subject(start, before)?;
        (subject.0 >= start).then_some(subject)
    }

    /// The subject of a clause whose verb follows an apposition between
    /// commas, for a participle after the clause at `p`: "Car Talk expert,
    /// John Paul, lobbied for a larger car, saying, “…”" (the clause
    /// before `p` opens on its verb, "lobbied").
    fn subject_before_apposition(&self, s: &Sentence, p: usize) -> Option<Range> {
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
    fn is_post(&self, w: &str) -> bool {
        matches!(self.lex.role(w), Some(Role::Title | Role::Noun))
    }

    /// Whether word `k` is a noun for people: "officials", "person",
    /// "sources", "staff".
    fn is_group_word(&self, k: usize) -> bool {
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

    /// "of" inside a name or title: "Secretary of State John Kerry".
    fn of_in_name(&self, k: usize) -> bool {
        self.low(k) == "of" && k > 0 && self.t.is_cap(k - 1) && self.t.is_cap(k + 1)
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
    fn np_back(&self, first: usize, end: usize) -> Option<Range> {
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
    fn adverbial_tail(&self, s: &Sentence, from: usize) -> Option<usize> {
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
    fn object_tail(&self, s: &Sentence, from: usize) -> Option<usize> {
        self.tail_of_at_most(s, from, MAX_TAIL_WORDS)
    }

    /// Like [`Self::object_tail`], up to `max` words. A short title in
    /// quotation marks counts as one word of it (see
    /// [`Self::quoted_title_end`]).
    fn tail_of_at_most(&self, s: &Sentence, from: usize, max: usize) -> Option<usize> {
        let t = self.t;
        // A clause of time, cause or condition is circumstances whatever
        // verb it has: “…,” Trump said when Boyle asked him a question (its
        // "asked" is no cue of this quote, nor a "that" in it).
        let mut subordinate = false;
        let mut words = 0;
        let mut k = from;
        while k < s.end {
            subordinate |= self.word_is(k, SUBORDINATORS) || self.word_is(k, CONDITIONS);
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
            } else if self.word_is(k, &["that"]) && !self.that_time(k) && !subordinate {
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
    fn strong_cue(&self, k: usize) -> bool {
        self.lex.cue(self.low(k)) == Some(Cue::Speech)
            && !(k > 0 && (self.word_is(k - 1, DETERMINERS) || self.word_is(k - 1, PREPOSITIONS)))
    }

    /// Where a phrase's head ends: before its first prepositional phrase
    /// ("people close to Clinton", "proponents of more controls").
    fn head_end(&self, (a, b): Range) -> usize {
        (a + 1..b)
            .find(|&k| self.word_is(k, PREPOSITIONS))
            .unwrap_or(b)
    }

    /// Whether a source names a person or people, as a verb of stance
    /// needs ([`Cue::Stance`]): by its head word (before any prepositional
    /// phrase), a name ("Alexander Lavrentiev"), a personal pronoun, a
    /// role ("officials", "the minister") or a collective ("police"); not
    /// a thing ("Graphic design", "fall offerings").
    fn is_person_like(&self, source: Range) -> bool {
        let head = self.head_end(source) - 1;
        let w = self.low(head);
        let base = before_apostrophe(w);
        // "It promises …" opening a sentence is a thing, capital or not.
        if matches!(base, "it" | "this" | "that") {
            return false;
        }
        self.t.is_cap(head)
            || matches!(base, "he" | "she" | "they" | "we" | "i")
            || self.is_post(&super::lexicon::singular(base))
            || is_in(SPEAKING_ALONE, base)
    }

    /// The content after the cue at `v`: `said (that) …`, `said: "…"`.
    fn content_after(
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
            && self.lex.role(&super::lexicon::singular(self.low(k))) == Some(Role::Noun);
        if addressed
            && !t.is_cap(k)
            && plural_role
            && (t.is_cap(k + 1)
                || self.word_is(k + 1, DETERMINERS)
                || self.word_is(k + 1, PRONOUNS))
        {
            k += 1;
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
        if self.word_is(k, &["that"]) && !self.that_time(k) {
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
        // `As the Post reported, …`.
        if self.word_is(s.first, &["as"]) && t.is_punct(v + 1, ',') {
            clause = true;
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
