//! `dramatis text [--jsonl] [FILE|-]`: actors and quotes of plain text.

use super::{emit, guarded, worse, Args, Outcome, Usage};
use crate::speech::{analyze_text, Speech};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Read};

#[derive(Deserialize)]
struct TextLine {
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct TextReport<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    #[serde(flatten)]
    speech: &'a Speech,
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(args, &[], &["--jsonl"])?;
    let jsonl = args.has("--jsonl");
    let input = match args.positional.as_slice() {
        [] => "-",
        [one] => one,
        _ => return Err(Usage("text: at most one FILE".into())),
    };
    let reader: Box<dyn BufRead> = if input == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::File::open(input) {
            Ok(f) => Box::new(std::io::BufReader::new(f)),
            Err(e) => {
                eprintln!("{input}: cannot read: {e}");
                return Ok(Outcome::SomeFailed);
            }
        }
    };
    let name = if input == "-" { "<stdin>" } else { input };
    Ok(if jsonl {
        run_jsonl(name, reader)
    } else {
        run_whole(name, reader)
    })
}

fn run_whole(name: &str, mut reader: Box<dyn BufRead>) -> Outcome {
    let mut text = String::new();
    if let Err(e) = reader.read_to_string(&mut text) {
        eprintln!("{name}: cannot read: {e}");
        return Outcome::SomeFailed;
    }
    match guarded(name, || Ok(line(None, &analyze_text(&text)))) {
        Ok(out) => emit(&out).err().unwrap_or(Outcome::AllGood),
        Err(e) => {
            eprintln!("{e}");
            Outcome::SomeFailed
        }
    }
}

fn run_jsonl(name: &str, reader: Box<dyn BufRead>) -> Outcome {
    let mut outcome = Outcome::AllGood;
    for (n, raw) in reader.lines().enumerate() {
        let at = format!("{name}:{}", n + 1);
        let result = raw
            .map_err(|e| format!("{at}: cannot read: {e}"))
            .and_then(|raw| {
                if raw.trim().is_empty() {
                    return Ok(None);
                }
                let item: TextLine = serde_json::from_str(&raw)
                    .map_err(|e| format!("{at}: invalid JSON line: {e}"))?;
                guarded(&at, || {
                    Ok(Some(line(Some(&item.id), &analyze_text(&item.text))))
                })
            });
        match result {
            Ok(Some(out)) => {
                if let Err(stop) = emit(&out) {
                    return worse(outcome, stop);
                }
            }
            Ok(None) => {}
            Err(e) => {
                eprintln!("{e}");
                outcome = Outcome::SomeFailed;
            }
        }
    }
    outcome
}

fn line(id: Option<&serde_json::Value>, speech: &Speech) -> String {
    serde_json::to_string(&TextReport { id, speech }).expect("report serialises")
}
