//! Writing tables as Rust source.

use std::collections::BTreeMap;
use std::fmt::{Display, Write};

/// A `WordList::new("…")` expression: the keys in byte order, one line
/// each, with the value after a tab when it is not empty (see
/// `src/wordlist.rs`).
pub fn word_list<V: AsRef<str>>(entries: &BTreeMap<String, V>) -> String {
    let mut lines = String::new();
    for (key, value) in entries {
        let value = value.as_ref();
        assert!(
            !key.is_empty() && !key.contains(['\t', '\n']) && !value.contains('\n'),
            "word list entry {key:?}: {value:?}"
        );
        if !lines.is_empty() {
            lines.push('\n');
        }
        lines.push_str(key);
        if !value.is_empty() {
            lines.push('\t');
            lines.push_str(value);
        }
    }
    format!("WordList::new({lines:?})")
}

/// An array or slice literal, a few dozen items a line.
pub fn list<T: Display>(items: impl IntoIterator<Item = T>) -> String {
    let mut out = String::from("[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(if i % 24 == 0 { ",\n    " } else { ", " });
        }
        write!(out, "{item}").unwrap();
    }
    out.push(']');
    out
}
