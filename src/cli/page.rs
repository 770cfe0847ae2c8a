//! `dramatis page FILE...`: one JSON line per page.

use super::{guarded, Args, Outcome, Usage};
use crate::native::{read_document, read_html};
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
    signals: Vec<&'a str>,
    upsells: Vec<UpsellReport<'a>>,
    actors: &'a [Actor],
    quotes: &'a [Quote],
}

#[derive(Serialize)]
struct UpsellReport<'a> {
    /// The whole visible text of the collapsed element, whitespace collapsed.
    text: String,
    reason: &'a str,
}

pub fn run(args: &[String]) -> Result<Outcome, Usage> {
    let args = Args::parse(args, &["--url"], &[])?;
    let (url, files) = (args.value("--url"), args.positional);
    if files.is_empty() {
        return Err(Usage("page: no FILE given".into()));
    }
    if url.is_some() && files.len() > 1 {
        return Err(Usage("page: --url applies to a single FILE".into()));
    }
    let mut outcome = Outcome::AllGood;
    for file in files {
        match guarded(file, || report(file, url)) {
            Ok(line) => println!("{line}"),
            Err(e) => {
                eprintln!("{e}");
                outcome = Outcome::SomeFailed;
            }
        }
    }
    Ok(outcome)
}

fn report(file: &str, url: Option<&str>) -> Result<String, String> {
    let html = read_document(Path::new(file)).map_err(|e| e.to_string())?;
    let page = read_html(&html, url);
    let analysis = analyze(&page);
    Ok(to_json_line(file, &page, &analysis))
}

fn to_json_line(file: &str, page: &crate::page::Page, a: &Analysis) -> String {
    let report = PageReport {
        file,
        is_article: a.detection.is_article,
        score: a.detection.score,
        title: a.title.as_deref(),
        signals: a
            .detection
            .signals
            .iter()
            .map(|s| s.name.as_str())
            .collect(),
        upsells: a
            .upsells
            .iter()
            .map(|u| UpsellReport {
                text: page.visible_text(u.node),
                reason: &u.reason,
            })
            .collect(),
        actors: &a.actors,
        quotes: &a.quotes,
    };
    serde_json::to_string(&report).expect("report serialises")
}
