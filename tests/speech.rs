//! Declarative tests of quote extraction, speaker attribution and actors:
//! every case in `tests/speech/*.json` is analysed with
//! `dramatis::speech::analyze_text` and checked; all mismatches of all
//! cases are listed before the test fails.
//!
//! A case file is a JSON array of cases:
//! - `name`: what the case shows;
//! - `text`: the input;
//! - `quotes`: `{text, speaker?, speakers?, kind?, cue?}` that must be found:
//!   a quote matches when its span covers more than half of the first
//!   occurrence of `text` in the input; `speaker: null` requires no speaker;
//!   `speakers` lists each actor of a joint source (`[]` for none); `exact:
//!   true` requires the quote to be `text` itself, to pin its bounds;
//! - `only_quotes`: when true, no other quote may be found;
//! - `actors`: `{name, kind?, role?, affiliation?, mentions?, quotes?}` that must be
//!   found (role and affiliation compared case-insensitively; `role: null`
//!   requires none);
//! - `not_actors`: names that must not be actors.

use dramatis::speech::{analyze_text, Quote, Speech};
use serde_json::Value;
use std::path::Path;

/// `[start, end)` in chars of the first occurrence of `needle`.
fn find_chars(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let b = hay.find(needle)?;
    let start = hay[..b].chars().count();
    Some((start, start + needle.chars().count()))
}

fn covers(q: &Quote, (s, e): (usize, usize)) -> bool {
    let covered = e.min(q.end).saturating_sub(s.max(q.start));
    covered * 2 > e - s
}

fn check_offsets(name: &str, text: &str, got: &Speech, errors: &mut Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    for q in &got.quotes {
        let slice: String = chars[q.start..q.end].iter().collect();
        // Quotes in parts join them with " … "; single parts are slices.
        if !q.text.contains(" … ") && slice != q.text {
            errors.push(format!(
                "{name}: quote text {:?} is not its span {slice:?}",
                q.text
            ));
        }
        if let (Some(s), Some(e)) = (q.speaker_start, q.speaker_end) {
            if s >= e || e > chars.len() {
                errors.push(format!("{name}: bad speaker span {s}..{e}"));
            }
        }
    }
    for a in &got.actors {
        for m in &a.mentions {
            let slice: String = chars[m[0]..m[1]].iter().collect();
            if slice.is_empty() {
                errors.push(format!("{name}: empty mention of {}", a.name));
            }
        }
    }
}

fn check(case: &Value) -> Vec<String> {
    let name = case["name"].as_str().unwrap_or("?");
    let text = case["text"].as_str().expect("case has text");
    let got = analyze_text(text);
    let mut errors = Vec::new();
    check_offsets(name, text, &got, &mut errors);
    let wanted = case["quotes"].as_array().cloned().unwrap_or_default();
    let mut used = vec![false; got.quotes.len()];
    for want in &wanted {
        let wtext = want["text"].as_str().unwrap_or_default();
        let Some(span) = find_chars(text, wtext) else {
            errors.push(format!(
                "{name}: expected quote {wtext:?} is not in the text"
            ));
            continue;
        };
        let Some(k) = got.quotes.iter().position(|q| covers(q, span)) else {
            errors.push(format!(
                "{name}: quote not found: {wtext:?} (got {:?})",
                got.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
            ));
            continue;
        };
        used[k] = true;
        let q = &got.quotes[k];
        if want["exact"].as_bool() == Some(true) && q.text != wtext {
            errors.push(format!(
                "{name}: {wtext:?}: bounds differ, got {:?}",
                q.text
            ));
        }
        if let Some(speaker) = want.get("speaker") {
            if q.speaker.as_deref() != speaker.as_str() {
                errors.push(format!(
                    "{name}: {wtext:?}: speaker {:?}, expected {speaker}",
                    q.speaker
                ));
            }
        }
        if let Some(speakers) = want.get("speakers") {
            if &serde_json::to_value(&q.speakers).unwrap() != speakers {
                errors.push(format!(
                    "{name}: {wtext:?}: speakers {:?}, expected {speakers}",
                    q.speakers
                ));
            }
        }
        if let Some(kind) = want["kind"].as_str() {
            let got_kind = serde_json::to_value(q.kind).unwrap();
            if got_kind != kind {
                errors.push(format!(
                    "{name}: {wtext:?}: kind {got_kind}, expected {kind}"
                ));
            }
        }
        if let Some(cue) = want["cue"].as_str() {
            if !q.cue.eq_ignore_ascii_case(cue) {
                errors.push(format!(
                    "{name}: {wtext:?}: cue {:?}, expected {cue:?}",
                    q.cue
                ));
            }
        }
    }
    if case["only_quotes"].as_bool() == Some(true) {
        for (q, used) in got.quotes.iter().zip(&used) {
            if !used {
                errors.push(format!(
                    "{name}: unexpected quote {:?} ({:?})",
                    q.text, q.speaker
                ));
            }
        }
    }
    for want in case["actors"].as_array().into_iter().flatten() {
        let aname = want["name"].as_str().unwrap_or_default();
        let Some(actor) = got.actors.iter().find(|a| a.name == aname) else {
            errors.push(format!(
                "{name}: actor missing: {aname} (got {:?})",
                got.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
            ));
            continue;
        };
        if let Some(kind) = want["kind"].as_str() {
            let got_kind = serde_json::to_value(actor.kind).unwrap();
            if got_kind != kind {
                errors.push(format!(
                    "{name}: actor {aname}: kind {got_kind}, expected {kind}"
                ));
            }
        }
        for (key, got) in [("role", &actor.role), ("affiliation", &actor.affiliation)] {
            if let Some(w) = want[key].as_str() {
                if !got.as_deref().is_some_and(|g| g.eq_ignore_ascii_case(w)) {
                    errors.push(format!(
                        "{name}: actor {aname}: {key} {got:?}, expected {w:?}"
                    ));
                }
            } else if want.get(key).is_some_and(Value::is_null) && got.is_some() {
                errors.push(format!(
                    "{name}: actor {aname}: {key} {got:?}, expected none"
                ));
            }
        }
        if let Some(n) = want["mentions"].as_u64() {
            if actor.mentions.len() as u64 != n {
                errors.push(format!(
                    "{name}: actor {aname}: {} mentions, expected {n}",
                    actor.mentions.len()
                ));
            }
        }
        if let Some(n) = want["quotes"].as_u64() {
            if actor.quotes as u64 != n {
                errors.push(format!(
                    "{name}: actor {aname}: {} quotes, expected {n}",
                    actor.quotes
                ));
            }
        }
    }
    for bad in case["not_actors"].as_array().into_iter().flatten() {
        let bad = bad.as_str().unwrap_or_default();
        if got.actors.iter().any(|a| a.name == bad) {
            errors.push(format!("{name}: invented actor: {bad}"));
        }
    }
    errors
}

/// Every case of every file in `tests/speech/*.json`.
fn all_cases() -> Vec<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/speech");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/speech exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no case files in {}", dir.display());
    let mut all = Vec::new();
    for file in &files {
        let cases: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        all.extend(
            cases
                .as_array()
                .expect("a case file holds an array")
                .iter()
                .cloned(),
        );
    }
    all
}

/// A text may end anywhere: a page's text is cut where its article root
/// ends, often mid-sentence ("… told reporters that"). Every prefix of
/// every case, cut after each word, is analysed with valid offsets and
/// without a panic.
#[test]
fn every_cut_of_every_case_is_analysed() {
    let mut errors = Vec::new();
    for case in all_cases() {
        let name = case["name"].as_str().unwrap_or("?");
        let text = case["text"].as_str().expect("case has text");
        for (cut, _) in text.char_indices().filter(|&(_, c)| c == ' ') {
            let prefix = &text[..cut];
            let got = std::panic::catch_unwind(|| analyze_text(prefix));
            match got {
                Ok(got) => {
                    check_offsets(&format!("{name} (cut at {cut})"), prefix, &got, &mut errors)
                }
                Err(_) => errors.push(format!("{name}: panicked on {prefix:?}")),
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn speech_cases_match_their_expectations() {
    let (mut errors, mut n) = (Vec::new(), 0);
    for case in all_cases() {
        n += 1;
        errors.extend(check(&case));
    }
    assert!(
        errors.is_empty(),
        "{} mismatches in {n} cases:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
