//! What the patterns read words by: short lists, and uses of the function
//! words in `lexicon/function-words.txt`, each named for what it does in
//! an attribution; and the limits on how far a pattern reads.

use crate::speech::lexicon::Lexicon;
use crate::substr::part;

/// Longest content after a cue read as circumstances only when it opens
/// with a preposition and holds no clause.
pub(super) const MAX_CIRCUMSTANCE_WORDS: usize = 25;
/// Longest object of "told" after reported content (`told The Associated
/// Press`), in words.
pub(super) const MAX_TOLD_OBJECT: usize = 4;
/// Longest addressee and circumstances between a cue and the "that" of
/// its content ("told The Post and Courier newspaper of Charleston on
/// Saturday that"), in words.
pub(super) const MAX_ADDRESSEE_WORDS: usize = 12;
/// Longest adverbial tail after a postposed cue, in words.
pub(super) const MAX_TAIL_WORDS: usize = 10;
/// Appositions stepped over between a source and its cue.
pub(super) const MAX_APPOSITIONS: usize = 3;
/// Longest apposition between a source and its cue, in tokens: a relative
/// clause runs long ("Wilcox, whose education at the University of Tampa
/// was paid for by the military because he participated in the Reserve
/// Officers’ Training Corps (ROTC) program, said"). At 25 that quote was
/// lost; at 40 PolNeAR train gains four quotes and dev one, all right.
pub(super) const MAX_APPOSITION_TOKENS: usize = 40;
/// Relations a speaker is introduced by, beside the role nouns of the
/// lexicon: "his wife, Gabriela Lazar, wrote".
pub(super) const RELATIONS: Use = Use(b'e');

/// Longest post set between a quotation and its speaker's name ("the
/// city's deputy mayor for housing"), in words.
pub(super) const MAX_POST_WORDS: usize = 8;
/// Longest source noun phrase, in tokens.
pub(super) const MAX_SOURCE_TOKENS: usize = 14;
/// Longest title in quotation marks read as part of the circumstances
/// after a cue ("in an interview with “Fox News Sunday.”"), in words.
pub(super) const MAX_TITLE_WORDS: usize = 6;

/// Verbs that open a sentence addressed to the reader in guides and how-tos
/// ("Stay informed about …", "Make sure …"): never the source before a cue.
pub(super) const IMPERATIVES: Use = Use(b'i');

/// Head nouns of sources that cannot speak: product and method words of
/// guides and marketing copy (documents, studies and polls can, and stay).
pub(super) const THINGS: Use = Use(b'h');

/// Lower-case words that are a source on their own although they are not
/// plurals: quantifiers of a poll's respondents and collectives (see
/// `can_speak_alone`; counts are [`NUMBER_WORDS`]).
pub(super) const SPEAKING_ALONE: Use = Use(b'l');

/// Participles that report speech whatever follows them (see `verb`).
pub(super) const SAYING: Use = Use(b'g');

/// Past forms of reporting verbs that end neither in "-ed" nor in "-s"
/// (see `agrees`).
pub(super) const IRREGULAR_PASTS: Use = Use(b'x');

/// Whether a cue (lowercase) is inflected, not in its bare form: "stress"
/// is bare, "stresses", "stressed" and "told" are not.
pub(in crate::speech) fn is_inflected(cue: &str) -> bool {
    (cue.ends_with('s') && !cue.ends_with("ss"))
        || cue.ends_with("ed")
        || cue.ends_with("ing")
        || is_in(IRREGULAR_PASTS, cue)
}

/// Nouns of a share of a group, plural by what they count ("a third of
/// independents say", "a wide array of economists say"; see `agrees`).
pub(super) const SHARES: Use = Use(b'r');

/// Verbs whose object takes a bare infinitive ("heard Sanders say",
/// "let him tell"; see `agrees`).
pub(super) const PERCEPTION_VERBS: Use = Use(b'v');

/// Plurals without a final "s" (see `agrees`).
pub(super) const PLURAL_NOUNS: Use = Use(b'n');

/// Counts written as words ("one in five", "six in 10").
pub(super) const NUMBER_WORDS: Use = Use(b'u');

/// Words that open a clause that is no one's when a pronoun follows: a
/// condition or a time addressed to the reader ("If you've ever thought …",
/// "Once you've confirmed …") or a question ("Does it tell …?"). "When
/// Clinton noted that …" and "Although Trump has admitted …" still report.
pub(super) const CLAUSE_OPENERS: Use = Use(b'c');

/// The writer speaking in the first person, alone or as the site's "we"
/// ("We think it would be wise to …", "we'll explain the differences").
pub(super) const WRITER: Use = Use(b'w');

/// What a page calls itself ("this guide", "our article"): the writer
/// speaking, not a document quoted.
pub(super) static THIS_PAGE_NOUNS: &[&str] = &[
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
pub(super) static QUESTION_OPENERS: &[&str] = &[
    "what", "how", "why", "which", "who", "whom", "whose", "when", "where", "do", "does", "did",
    "is", "are", "was", "were", "can", "could", "should", "would", "will", "has", "have",
];

/// Participles that draw a conclusion from what the clause before them
/// says ("…, suggesting that …"): a report only when a person does.
pub(super) static INFERENCES: &[&str] = &[
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
pub(super) static TOUGH_ADJECTIVES: &[&str] = &[
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
pub(super) static HOLDER_PASSIVES: &[&str] = &["convinced", "persuaded"];

/// Cues (their stems) that a thing does in guides and reviews as often as
/// a body does in the news: after a lone "it" they report no one.
pub(super) static THING_CUES: &[&str] = &[
    "indicat",
    "reveal",
    "explain",
    "describ",
    "suggest",
    "illustrat",
    "highlight",
];

/// Subjects that stand for no one ("It's important to note …").
pub(super) static DUMMY_SUBJECTS: &[&str] = &["it", "it's", "it’s", "there's", "there’s"];

/// Modal verbs (see `can_speak`).
pub(super) const MODALS: Use = Use(b'm');
/// Irregular pasts of common verbs ("fell", "rose"): a plural noun before
/// one is its subject.
pub(super) const PLAIN_PASTS: Use = Use(b'f');

pub(super) static PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];
/// Verbs of causing, before a bare infinitive ("helps predict", "lets
/// managers indicate"), and of using or allowing, before an object and "to"
/// ("Sales teams use agents to predict", "allows devices to declare").
pub(super) static CAUSATIVES: &[&str] = &[
    "help", "helps", "helped", "helping", "let", "lets", "make", "makes", "made", "making", "use",
    "uses", "allow", "allows", "enable", "enables",
];
/// Forms of "be", which follow a relative "that".
pub(super) static BE: &[&str] = &["is", "was", "are", "were", "be", "been"];
/// Pronouns as an addressee ("told him she …").
pub(super) static OBJECT_PRONOUNS: &[&str] = &["me", "him", "her", "us", "them", "you"];
/// Stems of cues whose object is the one spoken to ("told reporters",
/// "assured voters", "warned residents"), not what was said.
pub(super) static ADDRESSING: &[&str] = &[
    "tell", "told", "assur", "warn", "remind", "inform", "advis", "promis", "reassur", "convinc",
    "persuad",
];

/// Verbs that agree with a plural subject: after a cue in "-s" they make
/// it a noun ("notes have", "reports show"). Not modals, and not after a
/// pronoun: "a strategy it says will reward", "rules he says are unfair"
/// report in a relative clause.
pub(super) static VERBS_AFTER_A_NOUN: &[&str] = &["are", "were", "have", "show", "showed"];

/// Conjunctions that open a clause and are no one's name even when
/// capitalised: "When reporters asked" is the reporters asking.
pub(super) static SUBORDINATORS: &[&str] = &[
    "when", "while", "whilst", "although", "though", "because", "since",
];

/// Openers of a clause set against the main one: a source inside it
/// reports up to the clause's comma ("While advocates argue that fees are
/// low, adoption faces …"; see `Finder::content_after`).
pub(super) static CONCESSIVES: &[&str] = &["while", "whilst", "whereas", "although", "though"];

/// Openers of a fronted adverbial clause, beside the [`SUBORDINATORS`]: "As
/// the new year begins, many of us think …", "If elected, …".
pub(super) static CONDITIONS: &[&str] = &["as", "if", "once", "until", "unless", "whenever"];

/// Heads of sources that can speak (see `names_a_speaker`), beside the
/// role and group nouns of `is_people_noun`.
pub(super) const SPEAKER_NOUNS: Use = Use(b'k');

/// Cues whose source needs no noun for people: what is said or told is
/// someone's words whoever the subject ("the label said", "the data tell
/// us" are read as they are written).
pub(super) static SAYING_ANYWAY: &[&str] = &["say", "says", "said", "saying", "told"];

/// Subjects of a relative clause's reporting verb ("the rules he says are
/// unfair").
pub(super) static RELATIVE_SUBJECTS: &[&str] = &["he", "she", "it", "who", "which", "that"];

/// Words that make a clause with "'s" for "is", never a source ("That's
/// easier said than done", "It's called …"). Not "he" or "she": "he's" is
/// as often "has" ("He's said repeatedly …").
pub(super) static IS_CONTRACTED: &[&str] = &["it", "that", "there", "what", "here", "where"];

/// A word without what an apostrophe joins to it: "he" for "he’d", "you"
/// for "you've".
pub(in crate::speech) fn before_apostrophe(w: &str) -> &str {
    w.split(['\'', '’']).next().unwrap_or(w)
}

/// Determiners: words that open a noun phrase.
pub(super) const DETERMINERS: Use = Use(b'd');

/// `1999`, `2010`: a year, which never speaks.
pub(super) fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(part(w, ..2), "19" | "20")
}

/// A set of lowercase words: a short list here, or a use of the function
/// words in `lexicon/function-words.txt`. Every list is looked up through
/// one [`WordSet`], so a look-up's code is not compiled again for each
/// length of list written in place (`&["has", "have"]`).
pub(super) trait Words: Copy {
    fn set(self) -> WordSet;
}

/// The words of a [`Words`], looked up by [`WordSet::holds`].
#[derive(Clone, Copy)]
pub(super) enum WordSet {
    Listed(&'static [&'static str]),
    /// A use of a function word, by its letter.
    Function(u8),
}

impl WordSet {
    pub(super) fn holds(self, w: &str) -> bool {
        match self {
            WordSet::Listed(list) => list.contains(&w),
            WordSet::Function(letter) => Lexicon::get().function_word_is(w, letter),
        }
    }
}

impl Words for &'static [&'static str] {
    fn set(self) -> WordSet {
        WordSet::Listed(self)
    }
}

impl<const N: usize> Words for &'static [&'static str; N] {
    fn set(self) -> WordSet {
        WordSet::Listed(self)
    }
}

/// A use of a function word, by its letter in `lexicon/function-words.txt`.
#[derive(Clone, Copy)]
pub(super) struct Use(u8);

impl Words for Use {
    fn set(self) -> WordSet {
        WordSet::Function(self.0)
    }
}

/// Words that may stand between a source and its cue: auxiliaries,
/// adverbs, negation ("has also said", "would later write").
pub(super) const AUXILIARIES: Use = Use(b'a');
/// Words that end a noun phrase read leftwards from a cue: clause
/// openers, conjunctions, relative pronouns, prepositions.
pub(super) const STOPPERS: Use = Use(b's');
pub(super) const PREPOSITIONS: Use = Use(b'p');
/// Words that open an adverbial after a cue (`X said on Tuesday.`).
pub(super) const TAIL_OPENERS: Use = Use(b't');
/// Times a demonstrative "that" points at after a cue (see
/// `Finder::that_time`), and the head of a time that is no source ("next
/// year", see `Finder::is_time`).
pub(super) const THAT_TIMES: Use = Use(b'y');
/// The most words between "called" and the quoted verdict on them
/// ("called the statement “offensive”", "called his standing in the
/// crowded candidate field “unheard of”").
pub(super) const MAX_CALLED_OBJECT: usize = 8;
/// Standards something is done by, not sources, after "according to" run
/// on from a verb's object (see `Finder::according_to`).
pub(super) const STANDARDS: Use = Use(b'o');

/// Whether `w` is in `list`.
pub(super) fn is_in(list: impl Words, w: &str) -> bool {
    list.set().holds(w)
}
