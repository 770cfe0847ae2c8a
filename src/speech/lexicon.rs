//! The word lists the analysis reads: text files under `lexicon/`,
//! compiled into static tables by the build script (`src/build/`).

use super::names::Gender;
use crate::wordlist::WordList;

/// How a reporting verb may introduce speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// "said", "told": any complement.
    Speech,
    /// "added", "released": only with a clause, a quotation or a colon, or
    /// after the content.
    ClauseOnly,
    /// "praised", "emphasized": with a noun for object, only from a person
    /// (`stance-verbs.txt`); with a clause, from anyone.
    Stance,
}

/// What a role word can do before a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// "President", "Sen.": stands straight before a name.
    Title,
    /// "envoy", "spokesman".
    Noun,
    /// "special", "foreign".
    Modifier,
}

/// The lexicons, as the build script (`src/build/`) compiles them from `lexicon/*.txt` into
/// sorted `WordList`s: `LEXICON` below.
pub struct Lexicon {
    /// Reporting verb → `s` ([`Cue::Speech`]), `c` ([`Cue::ClauseOnly`]) or
    /// `h` ([`Cue::Stance`]): GenderGapTracker's list and ours, the
    /// clause-only and stance verbs, less the verbs of `not-cues.txt`.
    cues: WordList,
    /// GenderGapTracker's list alone: defines the "speech" subset of gold
    /// attributions in the evaluation, independently of our own additions.
    ggt: WordList,
    abbreviations: WordList,
    /// Acronyms that name no organisation ("AI", "HR"), as written.
    common_acronyms: WordList,
    /// Lowercase function word → the letters of its uses around a cue
    /// (`function-words.txt`).
    function_words: WordList,
    common: WordList,
    /// Lowercase country name or alias → canonical name.
    countries: WordList,
    /// Lowercase demonym → canonical country name.
    demonyms: WordList,
    /// Canonical country name → its first demonym as written.
    demonym_of: WordList,
    /// Lowercase head words of organisation names (`~` lines).
    org_heads: WordList,
    /// Lowercase names of well-known bodies.
    orgs: WordList,
    /// Role word → `t` ([`Role::Title`]), `n` ([`Role::Noun`]) or `m`
    /// ([`Role::Modifier`]), its strongest use where listed twice.
    roles: WordList,
    /// Lowercase given names (`given-names.txt`).
    given_names: WordList,
    /// Longest country or organisation name, in words.
    pub max_name_words: usize,
}

include!(concat!(env!("OUT_DIR"), "/speech_lexicon.rs"));

mod key;
pub use key::key;

/// Looks `name` up by its key, allocating only when it is not a key
/// already.
fn lookup<T>(name: &str, get: impl Fn(&str) -> Option<T>) -> Option<T> {
    if name.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        get(name)
    } else {
        get(&key(name))
    }
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        &LEXICON
    }

    /// How `word` (lowercase) introduces speech, if it is a reporting verb.
    pub fn cue(&self, word: &str) -> Option<Cue> {
        match self.cues.get(word.as_bytes())? {
            "c" => Some(Cue::ClauseOnly),
            "h" => Some(Cue::Stance),
            _ => Some(Cue::Speech),
        }
    }

    /// Whether a gold cue ("has said", "according to") is a speech cue by
    /// GenderGapTracker's verb list.
    pub fn is_speech_cue(&self, cue: &str) -> bool {
        let cue = crate::case::lower_str(cue);
        cue.contains("according to")
            || cue
                .split(|c: char| !c.is_alphabetic())
                .any(|w| self.ggt.contains(w))
    }

    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }

    pub fn is_common(&self, word: &str) -> bool {
        self.common.contains(word)
    }

    pub fn country(&self, name: &str) -> Option<&'static str> {
        lookup(name, |k| self.countries.get(k.as_bytes())).or_else(|| {
            // A name never ends on a full stop, so "U.S." is read as "U.S".
            let dotted = name.contains('.') && !name.ends_with('.');
            dotted
                .then(|| self.country(&crate::substr::join(&[name, "."], "")))
                .flatten()
        })
    }

    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        lookup(word, |k| self.demonyms.get(k.as_bytes()))
    }

    /// The adjective of a country: "Russia" → "Russian".
    pub fn demonym_of(&self, country: &str) -> Option<&'static str> {
        self.demonym_of.get(country.as_bytes())
    }

    pub fn is_org_head(&self, word: &str) -> bool {
        lookup(word, |k| self.org_heads.contains(k).then_some(())).is_some()
    }

    /// Whether head word `word` names a body on its own ("Senate",
    /// "Police"), where most ("Labs", "Inc", "News") need a name before.
    pub fn is_lone_org_head(&self, word: &str) -> bool {
        lookup(word, |k| self.org_heads.get(k.as_bytes())) == Some("a")
    }

    /// Whether `word`, as written, is the acronym of a common noun, a unit,
    /// a credential or a place ("AI", "GB", "NY"), which names no
    /// organisation. Dotted, it is read as its letters ("R.D.N", "D.C"),
    /// unless the list has the dotted form: "B.A" is a degree, "BA" an
    /// airline.
    pub fn is_common_acronym(&self, word: &str) -> bool {
        self.common_acronyms.contains(word)
            || (word.contains('.')
                && self
                    .common_acronyms
                    .contains(&crate::substr::replace_char(word, '.', "")))
    }

    /// Whether lowercase `word` has use `class` around a cue (a letter of
    /// `function-words.txt`, see its header).
    pub fn function_word_is(&self, word: &str, class: u8) -> bool {
        self.function_words
            .get(word.as_bytes())
            .is_some_and(|uses| uses.as_bytes().contains(&class))
    }

    /// Whether `word` is a given name ("Maria", "JAMES"), in any case.
    pub fn is_given_name(&self, word: &str) -> bool {
        lookup(word, |k| self.given_names.contains(k).then_some(())).is_some()
    }

    /// The sex nine in ten of those named `word` have ("Maria": female),
    /// `None` for a name borne by both ("Chris") or no given name.
    pub fn given_name_sex(&self, word: &str) -> Option<Gender> {
        match lookup(word, |k| self.given_names.get(k.as_bytes()))? {
            "m" => Some(Gender::Male),
            "f" => Some(Gender::Female),
            _ => None,
        }
    }

    pub fn is_org(&self, name: &str) -> bool {
        lookup(name, |k| self.orgs.contains(k).then_some(())).is_some()
    }

    /// What `word` (lowercase, singular) is as a role word. Besides the
    /// listed words, a word in "-ologist" or "-ician" is a role noun
    /// ("epidemiologist", "pediatrician"): every such word names someone
    /// by their calling, and there are too many to list.
    pub fn role(&self, word: &str) -> Option<Role> {
        let calling = |suffix: &str| word.len() > suffix.len() + 1 && word.ends_with(suffix);
        if calling("ologist") || calling("ician") {
            return Some(Role::Noun);
        }
        Some(match self.roles.get(word.as_bytes())? {
            "t" => Role::Title,
            "n" => Role::Noun,
            _ => Role::Modifier,
        })
    }
}

/// The singular of an English plural ("allies" → "ally", "witnesses" →
/// "witness", "officials" → "official"); a word not in "-s" as it is.
pub fn singular(word: &str) -> std::borrow::Cow<'_, str> {
    if let Some(stem) = word.strip_suffix("ies") {
        return crate::substr::join(&[stem, "y"], "").into();
    }
    let sibilant = |s: &&str| ["ss", "sh", "ch", "x"].iter().any(|e| s.ends_with(e));
    let stem = word.strip_suffix("es").filter(sibilant);
    stem.or_else(|| word.strip_suffix('s'))
        .unwrap_or(word)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_parse() {
        let l = Lexicon::get();
        assert_eq!(l.cue("said"), Some(Cue::Speech));
        assert_eq!(l.cue("added"), Some(Cue::ClauseOnly));
        assert_eq!(l.cue("table"), None);
        assert_eq!(l.country("Türkiye"), Some("Turkey"));
        assert_eq!(l.country("U.S."), Some("United States"));
        assert_eq!(l.demonym("Syrian"), Some("Syria"));
        assert!(l.is_org_head("Watch") && l.is_org("white house"));
        assert_eq!(l.role("envoy"), Some(Role::Noun));
        assert_eq!(l.role("president"), Some(Role::Title));
        // Callings by their suffix, not listed; the suffix alone is none.
        assert_eq!(l.role("epidemiologist"), Some(Role::Noun));
        assert_eq!(l.role("pediatrician"), Some(Role::Noun));
        assert_eq!(l.role("politician"), Some(Role::Noun));
        assert_eq!(l.role("ician"), None);
        assert!(l.is_speech_cue("has said") && l.is_speech_cue("According to"));
        assert!(!l.is_speech_cue("polls show"));
        assert!(l.is_lone_org_head("Senate") && !l.is_lone_org_head("Labs"));
        assert!(l.is_common_acronym("HR") && !l.is_common_acronym("FBI"));
        assert!(l.is_common_acronym("R.D.N") && l.is_common_acronym("B.A"));
        assert!(!l.is_common_acronym("BA") && !l.is_common_acronym("F.B.I"));
        assert!(l.is_given_name("Maria") && l.is_given_name("JAMES") && !l.is_given_name("Garmin"));
        assert!(l.is_given_name("Chris") && l.given_name_sex("Chris").is_none());
        assert_eq!(l.given_name_sex("Maria"), Some(Gender::Female));
        assert_eq!(l.given_name_sex("JAMES"), Some(Gender::Male));
        // "as" both stands between a source and its cue and ends one.
        assert!(l.function_word_is("as", b'a') && l.function_word_is("as", b's'));
        assert!(l.function_word_is("of", b'p') && !l.function_word_is("said", b'a'));
    }

    /// Every entry of every list is found, with its value: the lists are
    /// in the byte order the binary search needs.
    #[test]
    fn every_entry_is_found() {
        let l = Lexicon::get();
        let lists = [
            &l.cues,
            &l.ggt,
            &l.abbreviations,
            &l.common_acronyms,
            &l.function_words,
            &l.common,
            &l.countries,
            &l.demonyms,
            &l.demonym_of,
            &l.org_heads,
            &l.orgs,
            &l.roles,
            &l.given_names,
        ];
        for list in lists {
            assert!(list.len() > 5);
            for (key, value) in list.entries() {
                assert_eq!(list.get(key.as_bytes()), Some(value), "{key}");
            }
        }
        // Title beats noun for a word listed as both.
        assert_eq!(l.role("president"), Some(Role::Title));
        assert!(l.max_name_words >= 3);
    }
}
