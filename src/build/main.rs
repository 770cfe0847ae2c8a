//! Compiles the word lists under `src/*/lexicon/` into static tables, so a
//! page load parses and allocates nothing to look a word up.
//!
//! The text files stay the one source: each generator here reads its files,
//! reports any malformed line as a build error naming the file and line,
//! and writes Rust source into `OUT_DIR`, which the lexicon modules
//! `include!`:
//!
//! - `speech_lexicon.rs`: reporting verbs, countries, organisations, roles
//!   (`src/speech/lexicon.rs`), as sorted [`WordList`] strings;
//! - `detect_lexicon.rs`: the detector's class, address, headline, label
//!   and prose words (`src/detect/lexicon.rs`), the same way, with the
//!   first-letter filters of each list;
//! - `upsell_lexicon.rs`: the call-to-action phrases and markup tokens
//!   (`src/upsell/lexicon.rs`), as byte tries in flat arrays.
//!
//! [`WordList`]: src/wordlist.rs
//!
//! It lives in `src/build/` (see `build` in Cargo.toml), beside the code
//! whose tables it writes.

// The crate's lower-casing, which the speech keys are written in.
#[path = "../case.rs"]
mod case;
mod detect;
mod emit;
mod source;
mod speech;
mod upsell;

use source::Errors;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=src/build");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut errors = Errors::default();
    let generated = [
        ("speech_lexicon.rs", speech::generate(&mut errors)),
        ("detect_lexicon.rs", detect::generate(&mut errors)),
        ("upsell_lexicon.rs", upsell::generate(&mut errors)),
    ];
    errors.fail_if_any();
    for (name, code) in generated {
        let path = out.join(name);
        // Rewritten only when it changes, so an unchanged table does not
        // rebuild the crate.
        if std::fs::read_to_string(&path).ok().as_deref() != Some(code.as_str()) {
            std::fs::write(&path, code)
                .unwrap_or_else(|e| panic!("{}: cannot write: {e}", path.display()));
        }
    }
}
