//! `dramatis page FILE...`: one JSON line per page (`--summary`: a few
//! lines for people; `--text`: the article text the speech analysis read,
//! which is what its quotes' and actors' offsets count in).

use super::{emit, guarded, worse, Args, Outcome, Usage};
use crate::native::{read_document, read_html};
use crate::page::Page;
use crate::speech::{Actor, Quote};
use crate::{analyze, Analysis};
use serde::Serialize;
use std::path::Path;

/// One line of `dramatis page` output. Other tools read this shape.
#[derive(Serialize)]
struct PageReport<'a> {
    file: &'a str,
    is_article: bool,
    score: f32,
    title: Option<&'a str>,
    signals: Vec<String>,
    upsells: Vec<UpsellReport>,
    actors: &'a [Actor],
    quotes: &'a [Quote],
}

#[derive(Serialize)]
struct UpsellReport {
    /// The whole visible text of the collapsed element, whitespace collapsed.
    text: String,
    reason: String,
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(args, &["--url"], &["--summary", "--text"])?;
    let (url, files) = (args.value("--url"), &args.positional);
    let render: Render = if args.has("--summary") {
        summary
    } else if args.has("--text") {
        |_, _, a| a.text.text.clone()
    } else {
        to_json_line
    };
    if files.is_empty() {
        return Err(Usage("page: no FILE given".into()));
    }
    if url.is_some() && files.len() > 1 {
        return Err(Usage("page: --url applies to a single FILE".into()));
    }
    let mut outcome = Outcome::AllGood;
    for &file in files {
        match guarded(file, || report(file, url, render)) {
            Ok(line) => {
                if let Err(stop) = emit(&line) {
                    return Ok(worse(outcome, stop));
                }
            }
            Err(e) => {
                eprintln!("{e}");
                outcome = Outcome::SomeFailed;
            }
        }
    }
    Ok(outcome)
}

type Render = fn(&str, &Page, &Analysis) -> String;

fn report(file: &str, url: Option<&str>, render: Render) -> Result<String, String> {
    let html = read_document(Path::new(file)).map_err(|e| e.to_string())?;
    let page = read_html(&html, url);
    let analysis = analyze(&page);
    Ok(render(file, &page, &analysis))
}

/// Cuts `s` to at most `max` chars, marking the cut.
fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// A few readable lines for people (`--summary`).
fn summary(file: &str, page: &Page, a: &Analysis) -> String {
    use std::fmt::Write;
    let d = &a.detection;
    let mut out = String::new();
    let verdict = if d.is_article {
        "article"
    } else {
        "not an article"
    };
    let title = a.title.as_deref().unwrap_or("(no title)");
    let _ = writeln!(out, "{file}: {verdict} (score {:.2}): {title}", d.score);
    let why: Vec<String> = d.signals.iter().take(6).map(|s| s.label()).collect();
    let _ = writeln!(out, "  why: {}", why.join(", "));
    let _ = writeln!(out, "  upsells to collapse: {}", a.upsells.len());
    for u in &a.upsells {
        let _ = writeln!(
            out,
            "    - {} | {}",
            u.reason(),
            clip(&page.visible_text(u.node), 70)
        );
    }
    let _ = writeln!(out, "  actors: {}", a.actors.len());
    for actor in a.actors.iter().take(12) {
        let role = [actor.role.as_deref(), actor.affiliation.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let kind = serde_json::to_value(actor.kind).unwrap_or_default();
        let kind = kind.as_str().unwrap_or_default();
        let _ = writeln!(
            out,
            "    - {} ({kind}{}{role}), {} quoted",
            actor.name,
            if role.is_empty() { "" } else { ": " },
            actor.quotes
        );
    }
    let _ = writeln!(out, "  quotes: {}", a.quotes.len());
    for q in &a.quotes {
        let speaker = q.speaker.as_deref().unwrap_or("(unattributed)");
        let kind = serde_json::to_value(q.kind).unwrap_or_default();
        let _ = writeln!(
            out,
            "    - {speaker} [{}, {}]: {}",
            kind.as_str().unwrap_or_default(),
            q.cue,
            clip(&q.text, 80)
        );
    }
    out.trim_end().to_string()
}

fn to_json_line(file: &str, page: &Page, a: &Analysis) -> String {
    let report = PageReport {
        file,
        is_article: a.detection.is_article,
        score: a.detection.score,
        title: a.title.as_deref(),
        signals: a.detection.signals.iter().map(|s| s.label()).collect(),
        upsells: a
            .upsells
            .iter()
            .map(|u| UpsellReport {
                text: page.visible_text(u.node),
                reason: u.reason(),
            })
            .collect(),
        actors: &a.actors,
        quotes: &a.quotes,
    };
    serde_json::to_string(&report).expect("report serialises")
}
