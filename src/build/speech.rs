//! The speech lexicon (`src/speech/lexicon/*.txt`) as the static `LEXICON`
//! of `src/speech/lexicon.rs`.

#[path = "../speech/lexicon/key.rs"]
mod key;

use crate::emit::word_list;
use crate::source::{Errors, Source};
use key::key;
use std::collections::BTreeMap;

const DIR: &str = "src/speech/lexicon";

fn read(name: &str) -> Source {
    // Leaked once per file for the `&'static` path the messages use.
    Source::read(Box::leak(format!("{DIR}/{name}").into_boxed_str()))
}

/// A set: every key with an empty value.
type Set = BTreeMap<String, &'static str>;

fn set<'a>(keys: impl IntoIterator<Item = &'a str>) -> Set {
    keys.into_iter().map(|k| (k.to_string(), "")).collect()
}

pub fn generate(errors: &mut Errors) -> String {
    let ggt = read("reporting-verbs.txt");
    let more = read("more-reporting-verbs.txt");
    let clause_only = read("clause-only-verbs.txt");
    let stance = read("stance-verbs.txt");
    let not_cues = read("not-cues.txt");
    let abbreviations = read("abbreviations.txt");
    let acronyms = read("common-acronyms.txt");
    let function_words_file = read("function-words.txt");
    let common = read("common-words.txt");
    let countries_file = read("countries.txt");
    let organizations = read("organizations.txt");
    let roles_file = read("roles.txt");
    let given_names = read("given-names.txt");

    // Cue values: `s` speech, `c` clause only, `h` stance (see `Cue`).
    let mut cues: BTreeMap<String, &str> = BTreeMap::new();
    for (_, v) in ggt.entries().chain(more.entries()) {
        cues.insert(v.to_string(), "s");
    }
    for (_, v) in clause_only.entries() {
        cues.insert(v.to_string(), "c");
    }
    for (_, v) in stance.entries() {
        cues.insert(v.to_string(), "h");
    }
    for (_, v) in not_cues.entries() {
        cues.remove(v);
    }

    let mut countries = BTreeMap::new();
    let mut demonyms = BTreeMap::new();
    let mut demonym_of = BTreeMap::new();
    let mut max_name_words = 1;
    for (_, line) in countries_file.entries() {
        let (names, adjs) = line.split_once(':').unwrap_or((line, ""));
        let mut names = names.split('|').map(str::trim);
        let canonical = names.next().unwrap_or_default();
        for n in std::iter::once(canonical).chain(names) {
            max_name_words = max_name_words.max(n.split(' ').count());
            countries.insert(key(n), canonical);
        }
        for a in adjs.split('|').map(str::trim).filter(|a| !a.is_empty()) {
            demonym_of.entry(canonical.to_string()).or_insert(a);
            demonyms.insert(key(a), canonical);
        }
    }

    let mut org_heads = Set::new();
    let mut orgs = Set::new();
    for (_, line) in organizations.entries() {
        match line.strip_prefix('~') {
            // The value says whether the head names a body alone.
            Some(head) => {
                let (head, alone) = match head.strip_suffix(" (alone)") {
                    Some(head) => (head, "a"),
                    None => (head, ""),
                };
                org_heads.insert(key(head), alone);
            }
            None => {
                max_name_words = max_name_words.max(line.split(' ').count());
                orgs.insert(key(line), "");
            }
        }
    }

    // Function words: the letters of a word's uses (see the file's header),
    // merged over its lines.
    const USES: &str = "asptelhigrvnxucwmdkyof";
    let mut function_words: BTreeMap<String, String> = BTreeMap::new();
    for (n, line) in function_words_file.entries() {
        let Some((class, word)) = line
            .split_once(' ')
            .filter(|(c, _)| c.len() == 1 && USES.contains(*c))
        else {
            errors.at(
                &function_words_file,
                n,
                format!("expected `USE WORD`, USE one letter of `{USES}`"),
            );
            continue;
        };
        let uses = function_words.entry(word.to_string()).or_default();
        if !uses.contains(class) {
            uses.push_str(class);
        }
    }

    // Role values: `t` title, `n` noun, `m` modifier (see `Role`); a word
    // listed twice keeps its strongest use.
    let mut roles: BTreeMap<String, &str> = BTreeMap::new();
    let strength = |r: &str| "mnt".find(r);
    for (n, line) in roles_file.entries() {
        let Some((tag, word)) = line.split_once(' ').filter(|(t, _)| strength(t).is_some()) else {
            errors.at(&roles_file, n, "expected `t WORD`, `n WORD` or `m WORD`");
            continue;
        };
        let e = roles.entry(word.to_string()).or_insert(tag);
        if strength(tag) > strength(e) {
            *e = tag;
        }
    }

    // Given names' values: `m`, `f`, or empty for `u` (either sex).
    let mut given: BTreeMap<String, &str> = BTreeMap::new();
    for (n, line) in given_names.entries() {
        let Some((sex, name)) = line
            .split_once(' ')
            .filter(|(s, _)| matches!(*s, "m" | "f" | "u"))
        else {
            errors.at(&given_names, n, "expected `m NAME`, `f NAME` or `u NAME`");
            continue;
        };
        given.insert(name.to_string(), if sex == "u" { "" } else { sex });
    }

    format!(
        "// Generated by build.rs from {DIR}/*.txt.\n\
         static LEXICON: Lexicon = Lexicon {{\n\
         cues: {},\n\
         ggt: {},\n\
         abbreviations: {},\n\
         common_acronyms: {},\n\
         function_words: {},\n\
         common: {},\n\
         countries: {},\n\
         demonyms: {},\n\
         demonym_of: {},\n\
         org_heads: {},\n\
         orgs: {},\n\
         roles: {},\n\
         given_names: {},\n\
         max_name_words: {max_name_words},\n\
         }};\n",
        word_list(&cues),
        word_list(&set(ggt.entries().map(|(_, l)| l))),
        word_list(&set(abbreviations.entries().map(|(_, l)| l))),
        word_list(&set(acronyms.entries().map(|(_, l)| l))),
        word_list(&function_words),
        word_list(&set(common.entries().map(|(_, l)| l))),
        word_list(&countries),
        word_list(&demonyms),
        word_list(&demonym_of),
        word_list(&org_heads),
        word_list(&orgs),
        word_list(&roles),
        word_list(&given),
    )
}
