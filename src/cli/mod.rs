//! The `dramatis` command-line tool: analyse pages and texts, evaluate.
//!
//! Output is JSON Lines on stdout; errors are one line each on stderr, naming
//! the file (and line) they concern. One bad input never stops the others:
//! the exit status is 1 when any input failed, 2 on a usage error.

mod bench_markup;
mod bench_upsells;
mod boosting;
mod detect_corpus;
mod eval_detect;
mod eval_judged_actors;
mod eval_judged_quotes;
mod eval_named_actors;
mod eval_pronouns;
mod eval_quotes;
mod eval_roles;
mod eval_upsells;
mod judged_collapses;
mod judged_lines;
mod logistic;
mod page;
mod text;
mod train_detect;

use std::panic::{catch_unwind, AssertUnwindSafe};

pub const USAGE: &str = "\
usage: dramatis page [--url URL] [--summary | --text] FILE...
                                                       analyse .html / .html.gz pages (--text: the article text read)
       dramatis text [--jsonl] [FILE|-]                analyse plain text (or {\"id\",\"text\"} lines)
       dramatis eval detect [--folds K] [--repeats N] [--errors] [--scores FILE] [--roots FILE] CORPUS_DIR
                                                       article detection, cross-validated, with baselines
       dramatis train detect [--out FILE] [--features-csv FILE] CORPUS_DIR
                                                       retrain the detector (writes src/detect/model.rs)
       dramatis eval quotes [--debug] [--limit N] FILE.jsonl
                                                       score quotes and speakers on annotated articles
       dramatis eval judged-quotes [--misses | --pooled | --draw N --seed S [--part report|tune]] CORPUS_DIR JUDGED.jsonl
                                                       precision of quotes on web pages, from judged quotes
       dramatis eval judged-actors [--misses | --draw N --seed S [--part report|tune]] CORPUS_DIR JUDGED.jsonl
                                                       precision of the panel's people and organisations, from judged ones
       dramatis eval named-actors [--misses | --draw N --seed S [--part report|tune]] CORPUS_DIR NAMED.jsonl
                                                       recall of the panel's people and organisations, from listed pages
       dramatis eval pronouns ANTECEDENTS.jsonl TEXTS.jsonl...
                                                       whom \"he said\" and \"she said\" are given to
       dramatis eval roles (POSTS.jsonl TEXTS.jsonl... | --draw N --seed S TEXTS.jsonl)
                                                       whether the panel's roles are the posts the story gives
       dramatis eval upsells CORPUS_DIR [--split report|tune|all] [--baseline FILE|--no-baseline]
                             [--misses [--hits] [--collapses]] [--dump FILE]
                             [--sample FILE | --sample-lines FILE [--sample-size N] [--seed S]]
                             [--judged FILE] [--judged-lines FILE]
                                                       upsell recall and article-text loss vs generic rules;
                                                       collapses and marked lines drawn to judge, judged ones scored
       dramatis bench upsells [--reps N] FILE...       run upsell::find N times per page (for callgrind)
       dramatis bench markup [--reps N] FILE...        read pages from their serialized markup N times";

/// Runs the command with its arguments (without the program name) and
/// returns the exit status.
pub fn run(args: &[String]) -> i32 {
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => return usage("no command given"),
    };
    let result = match command {
        "page" => page::run(rest),
        "text" => text::run(rest),
        "eval" => match rest.split_first() {
            Some((what, rest)) => match what.as_str() {
                "detect" => eval_detect::run(rest),
                "quotes" => eval_quotes::run(rest),
                "judged-quotes" => eval_judged_quotes::run(rest),
                "judged-actors" => eval_judged_actors::run(rest),
                "named-actors" => eval_named_actors::run(rest),
                "pronouns" => eval_pronouns::run(rest),
                "roles" => eval_roles::run(rest),
                "upsells" => eval_upsells::run(rest),
                other => return usage(&format!("eval: unknown evaluation `{other}`")),
            },
            None => {
                return usage("eval: which one? detect, quotes, judged-quotes, judged-actors, named-actors, pronouns, roles or upsells")
            }
        },
        "bench" => match rest.split_first() {
            Some((what, rest)) if what == "upsells" => bench_upsells::run(rest),
            Some((what, rest)) if what == "markup" => bench_markup::run(rest),
            _ => return usage("bench: `bench upsells FILE...` or `bench markup FILE...`"),
        },
        "train" => match rest.split_first() {
            Some((what, rest)) if what == "detect" => train_detect::run(rest),
            _ => return usage("train: only `train detect CORPUS_DIR`"),
        },
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            return 0;
        }
        other => return usage(&format!("unknown command `{other}`")),
    };
    match result {
        Ok(Outcome::AllGood) => 0,
        Ok(Outcome::SomeFailed) => 1,
        Err(Usage(msg)) => usage(&msg),
    }
}

/// What a command reports when it ran.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    AllGood,
    /// At least one input failed; its error was printed, the others ran.
    SomeFailed,
}

/// The worse of two outcomes: a failure anywhere fails the command.
pub(crate) fn worse(a: Outcome, b: Outcome) -> Outcome {
    if a == Outcome::SomeFailed || b == Outcome::SomeFailed {
        Outcome::SomeFailed
    } else {
        Outcome::AllGood
    }
}

/// `a / b` to three places for a report's table, "-" when `b` is 0.
pub(crate) fn share(a: usize, b: usize) -> String {
    if b == 0 {
        "-".to_string()
    } else {
        format!("{:.3}", a as f64 / b as f64)
    }
}

/// The counts of one judged sample (`eval judged-quotes`, `eval upsells
/// --judged`): the items judged, those judged right, those the current
/// build still makes, and the right ones among them.
#[derive(Default)]
pub(crate) struct JudgedTally {
    pub judged: usize,
    pub right: usize,
    pub kept: usize,
    pub kept_right: usize,
}

impl JudgedTally {
    pub fn count(&mut self, right: bool, kept: bool) {
        self.judged += 1;
        self.right += usize::from(right);
        self.kept += usize::from(kept);
        self.kept_right += usize::from(kept && right);
    }

    /// The table cells: judged, right, precision when judged, still made,
    /// right among them, precision now.
    pub fn cells(&self) -> String {
        format!(
            "{} | {} | {} | {} | {} | {}",
            self.judged,
            self.right,
            share(self.right, self.judged),
            self.kept,
            self.kept_right,
            share(self.kept_right, self.kept),
        )
    }
}

/// The lines of a judged file, each parsed as a `T`; `None` (reported) when
/// the file cannot be opened. Lines that do not parse (an unjudged one with
/// its verdict still `null` among them) are reported with their line number
/// and skipped.
pub(crate) fn read_judged<T: serde::de::DeserializeOwned>(
    file: &str,
    outcome: &mut Outcome,
) -> Option<Vec<T>> {
    let mut judged = Vec::new();
    let opened = for_lines(file, outcome, |_, line| {
        serde_json::from_str(line).map(|j| judged.push(j))
    });
    opened.then_some(judged)
}

/// The `size` items with the lowest seeded hash of their page and text, in
/// page order: a sample to judge that does not depend on the order of the
/// run. `key` gives an item's page and text.
pub(crate) fn draw_sample<T>(
    items: &[T],
    size: usize,
    seed: u64,
    key: impl Fn(&T) -> (&str, &str),
) -> Vec<&T> {
    let mut drawn: Vec<&T> = items.iter().collect();
    drawn.sort_by_key(|&item| {
        let (page, text) = key(item);
        detect_corpus::draw_order(seed, &format!("{page}\n{text}"))
    });
    drawn.truncate(size);
    drawn.sort_by(|&a, &b| key(a).0.cmp(key(b).0));
    drawn
}

/// Calls `parse` on each non-blank line of `file` with its `file:line`,
/// reporting what cannot be read or parsed and going on; false when the
/// file cannot be opened.
pub(crate) fn for_lines(
    file: &str,
    outcome: &mut Outcome,
    mut parse: impl FnMut(String, &str) -> Result<(), serde_json::Error>,
) -> bool {
    let reader = match std::fs::File::open(file) {
        Ok(f) => std::io::BufReader::new(f),
        Err(e) => {
            eprintln!("{file}: cannot read: {e}");
            *outcome = Outcome::SomeFailed;
            return false;
        }
    };
    use std::io::BufRead;
    for (n, line) in reader.lines().enumerate() {
        let at = format!("{file}:{}", n + 1);
        let result = match line {
            Ok(l) if l.trim().is_empty() => Ok(()),
            Ok(l) => parse(at.clone(), &l).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        if let Err(e) = result {
            eprintln!("{at}: {e}");
            *outcome = Outcome::SomeFailed;
        }
    }
    true
}

/// A command line that makes no sense.
#[derive(Debug)]
pub struct Usage(pub String);

fn usage(msg: &str) -> i32 {
    eprintln!("dramatis: {msg}\n{USAGE}");
    2
}

/// Writes one line of a command's output. `Err` means stop: the reader
/// is gone (`dramatis page *.html | head`), which ends the command quietly
/// as it ends other Unix tools, or the output cannot be written, which is
/// said on stderr. `println!` would panic on either.
pub(crate) fn emit(line: &str) -> Result<(), Outcome> {
    use std::io::{ErrorKind, Write};
    match writeln!(std::io::stdout().lock(), "{line}") {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Err(Outcome::AllGood),
        Err(e) => {
            eprintln!("dramatis: cannot write the output: {e}");
            Err(Outcome::SomeFailed)
        }
    }
}

/// `print!` for the report commands (`eval …`, `train …`, `bench …`), whose
/// tables go to stdout a line at a time: a reader that goes (`| head`)
/// ends the run quietly, as it ends other Unix tools, where `print!` would
/// panic; output that cannot be written for another reason is said on
/// stderr, with exit status 1.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::write_out(format_args!($($arg)*))
    };
}

/// `println!` for the report commands: see [`out!`].
macro_rules! outln {
    () => {
        $crate::cli::write_out(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::cli::write_out(format_args!("{}\n", format_args!($($arg)*)))
    };
}
pub(crate) use {out, outln};

pub(crate) fn write_out(args: std::fmt::Arguments) {
    use std::io::{ErrorKind, Write};
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        if e.kind() == ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("dramatis: cannot write the output: {e}");
        std::process::exit(1);
    }
}

/// Runs `work` for one input, turning a panic into an error message so a bug
/// met on one page does not lose the rest of the batch.
pub(crate) fn guarded<T>(
    what: &str,
    work: impl FnOnce() -> Result<T, String>,
) -> Result<T, String> {
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(result) => result,
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(format!("{what}: internal error: {msg}"))
        }
    }
}

/// A command line split into options and positional arguments.
#[derive(Debug, Default)]
pub(crate) struct Args<'a> {
    options: Vec<(&'a str, Option<&'a str>)>,
    pub positional: Vec<&'a str>,
}

impl<'a> Args<'a> {
    /// Splits `args`: `flags` lists the options that take a value,
    /// `switches` those that do not; anything else starting with `--` is an
    /// error.
    pub fn parse(args: &'a [String], flags: &[&str], switches: &[&str]) -> Result<Self, Usage> {
        let mut out = Args::default();
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            if flags.contains(&arg.as_str()) {
                let value = it
                    .next()
                    .ok_or_else(|| Usage(format!("{arg} needs a value")))?;
                out.options.push((arg.as_str(), Some(value.as_str())));
            } else if switches.contains(&arg.as_str()) {
                out.options.push((arg.as_str(), None));
            } else if arg.starts_with("--") {
                return Err(Usage(format!("unknown option `{arg}`")));
            } else {
                out.positional.push(arg.as_str());
            }
        }
        Ok(out)
    }

    /// The value of the last `flag` given.
    pub fn value(&self, flag: &str) -> Option<&'a str> {
        self.options
            .iter()
            .rev()
            .find(|(f, _)| *f == flag)
            .and_then(|(_, v)| *v)
    }

    pub fn has(&self, switch: &str) -> bool {
        self.options.iter().any(|(f, _)| *f == switch)
    }

    /// The value of `flag` read as a number; a value that is none is a
    /// usage error naming the flag.
    pub fn number<T: std::str::FromStr>(&self, flag: &str) -> Result<Option<T>, Usage> {
        self.value(flag)
            .map(|v| {
                v.parse()
                    .map_err(|_| Usage(format!("{flag} needs a number, not `{v}`")))
            })
            .transpose()
    }
}
