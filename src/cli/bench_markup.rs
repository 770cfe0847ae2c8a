//! `dramatis bench markup [--reps N] FILE...`: reads pages from their
//! serialized markup (what the content script hands the wasm, see
//! [`markup::read`]) over and over, for its speed and instruction counts.
//!
//! Each page is parsed by html5ever and serialized as a browser's
//! `outerHTML` is (checked to read back as the same page by
//! `tests/markup.rs`); then `markup::read` runs `N` times on each. The
//! wall clock is printed (it wanders with the machine's load), and the
//! instructions can be counted with
//!
//! ```text
//! valgrind --tool=callgrind --toggle-collect='dramatis::page::markup::read' \
//!     target/release/dramatis bench markup --reps 5 PAGES...
//! ```
//!
//! The last line sums the nodes read, so that two builds can be checked to
//! agree.

use super::outln;
use super::{Args, Outcome, Usage};
use crate::native::read_document;
use crate::page::markup;
use scraper::Html;
use std::path::Path;
use std::time::Instant;

/// Runs per page when `--reps` is not given.
const DEFAULT_REPS: usize = 5;

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(args, &["--reps"], &[])?;
    let reps = args.number("--reps")?.unwrap_or(DEFAULT_REPS);
    if args.positional.is_empty() {
        return Err(Usage("bench markup: no FILE given".into()));
    }
    let mut outcome = Outcome::AllGood;
    let mut serialized = Vec::new();
    for file in &args.positional {
        match read_document(Path::new(file)) {
            Ok(html) => serialized.push(Html::parse_document(&html).root_element().html()),
            Err(e) => {
                eprintln!("{e}");
                outcome = Outcome::SomeFailed;
            }
        }
    }
    let bytes: usize = serialized.iter().map(String::len).sum();
    let (mut nodes, started) = (0, Instant::now());
    for markup in &serialized {
        for _ in 0..reps {
            nodes += markup::read(markup, None).page.nodes.len();
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let read = (bytes * reps) as f64 / 1e6;
    outln!(
        "{} pages, {:.1} MB of markup, read {reps} times: {:.2} s, {:.0} MB/s; {nodes} nodes",
        serialized.len(),
        bytes as f64 / 1e6,
        seconds,
        read / seconds
    );
    Ok(outcome)
}
