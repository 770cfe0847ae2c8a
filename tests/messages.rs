//! The wasm names detection signals and the evidence of a collapse by
//! identifier, and the extension says them in the reader's language
//! (`extension/ui/explain.js`). Its English messages must name every one,
//! in the words the command line uses; `tests/e2e/locales.mjs` checks that
//! every other locale has every English message.

use dramatis::detect::Feature;
use dramatis::upsell::{Cue, Kind};
use serde_json::Value;

const MESSAGES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/extension/_locales/en/messages.json"
);

fn english() -> serde_json::Map<String, Value> {
    let text = std::fs::read_to_string(MESSAGES).expect("English messages");
    match serde_json::from_str(&text).expect("English messages are JSON") {
        Value::Object(map) => map,
        _ => panic!("{MESSAGES}: not an object"),
    }
}

fn message<'a>(messages: &'a serde_json::Map<String, Value>, key: &str) -> Option<&'a str> {
    messages.get(key)?.get("message")?.as_str()
}

#[test]
fn every_signal_has_its_english_label() {
    let messages = english();
    let mut wrong = Vec::new();
    for f in Feature::ALL {
        let key = format!("signal_{}", f.name());
        if message(&messages, &key) != Some(f.label()) {
            wrong.push(format!(
                "{key}: {:?}, label {:?}",
                message(&messages, &key),
                f.label()
            ));
        }
    }
    // No message for a feature that is gone.
    for key in messages.keys().filter(|k| k.starts_with("signal_")) {
        if !Feature::ALL
            .iter()
            .any(|f| key["signal_".len()..] == *f.name())
        {
            wrong.push(format!("{key}: no such feature"));
        }
    }
    assert!(wrong.is_empty(), "{MESSAGES}:\n{}", wrong.join("\n"));
}

#[test]
fn every_kind_and_cue_of_a_collapse_has_a_message() {
    let messages = english();
    for kind in Kind::ALL {
        let name = serde_json::to_value(kind).unwrap();
        let key = format!("reason_{}", name.as_str().unwrap());
        assert_eq!(message(&messages, &key), Some(kind.label()), "{key}");
    }
    // Cues that carry page text are quoted by `cuePhrase` and `cueClass`;
    // the others have a message of their own, named by their tag.
    for cue in [Cue::EmailField, Cue::Price] {
        let tag = serde_json::to_value(&cue).unwrap()["cue"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(
            message(&messages, &format!("cue_{tag}")).is_some(),
            "cue_{tag}"
        );
    }
    let phrase = serde_json::to_value(Cue::Phrase {
        text: "in your inbox".into(),
    })
    .unwrap();
    assert_eq!(
        phrase,
        serde_json::json!({"cue": "phrase", "text": "in your inbox"})
    );
    for key in [
        "cuePhrase",
        "cueClass",
        "reasonCues",
        "reasonBackdrop",
        "signalAbsent",
    ] {
        assert!(message(&messages, key).is_some(), "{key}");
    }
}
