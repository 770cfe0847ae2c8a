//! The word lists the analysis reads, shipped in the crate as text files
//! under `lexicon/` and parsed once on first use.

use super::fasthash::{FastMap as HashMap, FastSet as HashSet};
use std::sync::OnceLock;

/// How a reporting verb may introduce speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// "said", "told": any complement.
    Speech,
    /// "added", "released": only with a clause, a quotation or a colon, or
    /// after the content.
    ClauseOnly,
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

pub struct Lexicon {
    cues: HashMap<&'static str, Cue>,
    /// GenderGapTracker's list alone: defines the "speech" subset of gold
    /// attributions in the evaluation, independently of our own additions.
    ggt: HashSet<&'static str>,
    abbreviations: HashSet<&'static str>,
    common: HashSet<&'static str>,
    /// Lowercase country name or alias → canonical name.
    countries: HashMap<String, &'static str>,
    /// Lowercase demonym → canonical country name.
    demonyms: HashMap<String, &'static str>,
    /// Canonical country name → its first demonym as written.
    demonym_of: HashMap<&'static str, &'static str>,
    org_heads: HashSet<String>,
    orgs: HashSet<String>,
    roles: HashMap<&'static str, Role>,
    /// Longest country or organisation name, in words.
    pub max_name_words: usize,
}

const GGT_VERBS: &str = include_str!("lexicon/reporting-verbs.txt");
const MORE_VERBS: &str = include_str!("lexicon/more-reporting-verbs.txt");
const CLAUSE_ONLY: &str = include_str!("lexicon/clause-only-verbs.txt");
const NOT_CUES: &str = include_str!("lexicon/not-cues.txt");
const ABBREVIATIONS: &str = include_str!("lexicon/abbreviations.txt");
const COMMON: &str = include_str!("lexicon/common-words.txt");
const COUNTRIES: &str = include_str!("lexicon/countries.txt");
const ORGANIZATIONS: &str = include_str!("lexicon/organizations.txt");
const ROLES: &str = include_str!("lexicon/roles.txt");

/// Non-empty lines that are not `#` comments.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    crate::lines::lines(file).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A name as the look-ups see it: lowercase, curly apostrophes straight.
pub fn key(name: &str) -> String {
    if name.is_ascii() {
        return name.to_ascii_lowercase();
    }
    name.to_lowercase().replace('’', "'")
}

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
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::load)
    }

    fn load() -> Lexicon {
        let mut cues = HashMap::default();
        for v in entries(GGT_VERBS).chain(entries(MORE_VERBS)) {
            cues.insert(v, Cue::Speech);
        }
        for v in entries(CLAUSE_ONLY) {
            cues.insert(v, Cue::ClauseOnly);
        }
        for v in entries(NOT_CUES) {
            cues.remove(v);
        }
        let mut countries = HashMap::default();
        let mut demonyms = HashMap::default();
        let mut demonym_of = HashMap::default();
        let mut max_name_words = 1;
        for line in entries(COUNTRIES) {
            let (names, adjs) = line.split_once(':').unwrap_or((line, ""));
            let mut names = names.split('|').map(str::trim);
            let canonical = names.next().unwrap_or_default();
            for n in std::iter::once(canonical).chain(names) {
                max_name_words = max_name_words.max(n.split(' ').count());
                countries.insert(key(n), canonical);
            }
            for a in adjs.split('|').map(str::trim).filter(|a| !a.is_empty()) {
                demonym_of.entry(canonical).or_insert(a);
                demonyms.insert(key(a), canonical);
            }
        }
        let mut org_heads = HashSet::default();
        let mut orgs = HashSet::default();
        for line in entries(ORGANIZATIONS) {
            match line.strip_prefix('~') {
                Some(head) => {
                    org_heads.insert(key(head));
                }
                None => {
                    max_name_words = max_name_words.max(line.split(' ').count());
                    orgs.insert(key(line));
                }
            }
        }
        let roles = entries(ROLES)
            .filter_map(|l| {
                let (tag, word) = l.split_once(' ')?;
                let role = match tag {
                    "t" => Role::Title,
                    "n" => Role::Noun,
                    _ => Role::Modifier,
                };
                Some((word, role))
            })
            // A word listed twice keeps its strongest use (title over noun).
            .fold(HashMap::default(), |mut m, (w, r)| {
                let e = m.entry(w).or_insert(r);
                if r == Role::Title || (r == Role::Noun && *e == Role::Modifier) {
                    *e = r;
                }
                m
            });
        Lexicon {
            cues,
            ggt: entries(GGT_VERBS).collect(),
            abbreviations: entries(ABBREVIATIONS).collect(),
            common: entries(COMMON).collect(),
            countries,
            demonyms,
            demonym_of,
            org_heads,
            orgs,
            roles,
            max_name_words,
        }
    }

    /// How `word` (lowercase) introduces speech, if it is a reporting verb.
    pub fn cue(&self, word: &str) -> Option<Cue> {
        self.cues.get(word).copied()
    }

    /// Whether a gold cue ("has said", "according to") is a speech cue by
    /// GenderGapTracker's verb list.
    pub fn is_speech_cue(&self, cue: &str) -> bool {
        let cue = cue.to_lowercase();
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
        lookup(name, |k| self.countries.get(k).copied())
    }

    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        lookup(word, |k| self.demonyms.get(k).copied())
    }

    /// The adjective of a country: "Russia" → "Russian".
    pub fn demonym_of(&self, country: &str) -> Option<&'static str> {
        self.demonym_of.get(country).copied()
    }

    pub fn is_org_head(&self, word: &str) -> bool {
        lookup(word, |k| self.org_heads.contains(k).then_some(())).is_some()
    }

    pub fn is_org(&self, name: &str) -> bool {
        lookup(name, |k| self.orgs.contains(k).then_some(())).is_some()
    }

    pub fn role(&self, word: &str) -> Option<Role> {
        self.roles.get(word).copied()
    }
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
        assert!(l.is_speech_cue("has said") && l.is_speech_cue("According to"));
        assert!(!l.is_speech_cue("polls show"));
    }
}
