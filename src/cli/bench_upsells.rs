//! `dramatis bench upsells [--reps N] FILE...`: runs [`upsell::find`] on
//! pages over and over, for instruction counts under callgrind.
//!
//! Timings on a shared machine wander; instruction counts do not. Every page
//! is read and its article root found first, then `find` runs `N` times per
//! page, so that the count of `find` alone can be read off with
//!
//! ```text
//! valgrind --tool=callgrind --toggle-collect='dramatis::upsell::find' \
//!     target/release/dramatis bench upsells --reps 10 PAGES...
//! ```
//!
//! and divided by the runs printed. The last line sums what was found, so
//! that two builds can be checked to agree.

use super::outln;
use super::{Args, Outcome, Usage};
use crate::detect;
use crate::native::{read_document, read_html};
use crate::upsell;
use std::path::Path;

/// Runs per page when `--reps` is not given.
const DEFAULT_REPS: usize = 10;

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(args, &["--reps"], &[])?;
    let reps = args.number("--reps")?.unwrap_or(DEFAULT_REPS);
    if args.positional.is_empty() {
        return Err(Usage("bench upsells: no FILE given".into()));
    }
    let mut outcome = Outcome::AllGood;
    let mut pages = Vec::new();
    for file in &args.positional {
        match read_document(Path::new(file)) {
            Ok(html) => {
                let page = read_html(&html, None);
                match detect::detect(&page).article_root {
                    Some(root) => pages.push((file, page, root)),
                    None => eprintln!("{file}: no article root, skipped"),
                }
            }
            Err(e) => {
                eprintln!("{e}");
                outcome = Outcome::SomeFailed;
            }
        }
    }
    let (mut runs, mut found, mut score) = (0, 0, 0.0);
    for (file, page, root) in &pages {
        let mut last = Vec::new();
        for _ in 0..reps {
            last = upsell::find(page, *root);
            runs += 1;
        }
        outln!("{file}: {} nodes, {} upsells", page.nodes.len(), last.len());
        found += last.len();
        score += last.iter().map(|u| f64::from(u.score)).sum::<f64>();
    }
    outln!("{runs} runs of upsell::find; {found} upsells, total score {score:.2}");
    Ok(outcome)
}
