//! Reading the lexicon files, and the errors found in them.

use std::fmt::Display;

/// One lexicon file.
pub struct Source {
    /// Relative to the crate root, as error messages name it.
    pub path: &'static str,
    text: String,
}

impl Source {
    /// Reads a file and tells cargo to rerun the build when it changes.
    pub fn read(path: &'static str) -> Source {
        println!("cargo:rerun-if-changed={path}");
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: cannot read: {e}"));
        Source { path, text }
    }

    /// Every line with its number (from 1), without ASCII whitespace at
    /// either end.
    pub fn lines(&self) -> impl Iterator<Item = (usize, &str)> {
        self.text
            .lines()
            .map(str::trim_ascii)
            .enumerate()
            .map(|(i, l)| (i + 1, l))
    }

    /// The lines that are neither empty nor `#` comments.
    pub fn entries(&self) -> impl Iterator<Item = (usize, &str)> {
        self.lines()
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
    }
}

/// Malformed lines, reported together at the end of the build script.
#[derive(Default)]
pub struct Errors(Vec<String>);

impl Errors {
    pub fn at(&mut self, source: &Source, line: usize, message: impl Display) {
        self.0.push(format!("{}:{line}: {message}", source.path));
    }

    pub fn fail_if_any(&self) {
        if !self.0.is_empty() {
            for e in &self.0 {
                eprintln!("error: {e}");
            }
            panic!(
                "{} malformed lexicon line(s): {}",
                self.0.len(),
                self.0.join("; ")
            );
        }
    }
}
