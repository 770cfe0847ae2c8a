//! Judged collapses: how much of what `eval upsells` collapses is a promo.
//!
//! The corpus's ground truth marks the upsells a page holds, so recall has
//! a yardstick, but nothing marks what should *not* be collapsed beyond the
//! article's own text: a contact form, a menu, a log-in link or a social
//! follow bar collapsed as a promo costs the reader something and shows in
//! no loss figure. So a person judges a random sample of collapsed
//! elements, and the command reports the share judged right.
//!
//! `eval upsells --sample FILE [--sample-size N] [--seed S]` writes N of the
//! run's collapsed elements (on pages taken for articles, all page types),
//! drawn by a seeded hash of page and text, as JSON lines with `"upsell":
//! null` to be filled in: `{"sample", "page", "type", "path", "text",
//! "upsell", "note"}`. A collapse is judged **right** (`true`) when it asks
//! the reader to subscribe, sign up (a newsletter, an account, a trial),
//! become a member, pay, donate or support the site, or get its app, and
//! holds nothing else a reader uses (a site's menu, search, a log-in form
//! with no pitch, comments, the article's text, a shop's own buy controls);
//! anything else is **wrong** (`false`), with a `note` saying what it is.
//!
//! `eval upsells --judged FILE` runs the current build on the same split and
//! reports, per sample, how many judged collapses it still makes and how
//! many of those are right. A collapse is still made when the build
//! collapses an element on that page with the same text (its first
//! [`TEXT_CHARS`] characters): a box that grew or shrank is another
//! collapse, to be judged anew.

use super::{draw_sample, outln, read_judged, JudgedTally, Outcome};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// How much of a collapsed element's text a judged line keeps: enough to
/// judge the box and to tell it from any other on its page.
pub const TEXT_CHARS: usize = 300;

/// One element the run collapsed.
pub struct Collapse {
    /// The corpus file stem.
    pub page: String,
    /// The ground-truth page type.
    pub page_type: String,
    /// Where it is (`div.a > section#b`), for the judge.
    pub path: String,
    /// Its text, normalised as `eval upsells` reads page text.
    pub text: String,
}

impl Collapse {
    /// The text a judged line holds for it.
    fn key(&self) -> String {
        self.text.chars().take(TEXT_CHARS).collect()
    }
}

/// One judged collapse (the `type`, `path` and `note` fields are for people).
#[derive(Deserialize)]
struct Judged {
    sample: String,
    page: String,
    text: String,
    upsell: bool,
    #[serde(default)]
    note: String,
}

#[derive(Serialize)]
struct ToJudge<'a> {
    sample: &'a str,
    page: &'a str,
    #[serde(rename = "type")]
    page_type: &'a str,
    path: &'a str,
    text: String,
    upsell: Option<bool>,
    note: &'a str,
}

/// The `size` collapses with the lowest seeded hash of page and text, in
/// page order (see [`draw_sample`]), as JSON lines to fill in.
pub fn write_sample(
    out: &mut impl Write,
    collapses: &[Collapse],
    sample: &str,
    size: usize,
    seed: u64,
) -> std::io::Result<()> {
    for c in draw_sample(collapses, size, seed, |c| (&c.page, &c.text)) {
        let line = ToJudge {
            sample,
            page: &c.page,
            page_type: &c.page_type,
            path: &c.path,
            text: c.key(),
            upsell: None,
            note: "",
        };
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    Ok(())
}

/// Reads a judged file (see [`read_judged`]).
pub fn load(file: &str, outcome: &mut Outcome) -> Option<JudgedSet> {
    read_judged(file, outcome).map(JudgedSet)
}

/// The judged collapses of one file.
pub struct JudgedSet(Vec<Judged>);

impl JudgedSet {
    /// Each judged collapse on a page the run read (judged pages of another
    /// split are left out), with whether the run still makes it.
    fn fates<'a>(
        &'a self,
        run_pages: &BTreeSet<&str>,
        collapses: &[Collapse],
    ) -> Vec<(&'a Judged, bool)> {
        let made: BTreeSet<(&str, String)> = collapses
            .iter()
            .map(|c| (c.page.as_str(), c.key()))
            .collect();
        self.0
            .iter()
            .filter(|j| run_pages.contains(j.page.as_str()))
            .map(|j| (j, made.contains(&(j.page.as_str(), j.text.clone()))))
            .collect()
    }

    /// Per sample, the judged collapses the run still makes.
    fn tally<'a>(fates: &[(&'a Judged, bool)]) -> BTreeMap<&'a str, JudgedTally> {
        let mut tallies: BTreeMap<&str, JudgedTally> = BTreeMap::new();
        for &(j, kept) in fates {
            tallies
                .entry(j.sample.as_str())
                .or_default()
                .count(j.upsell, kept);
        }
        tallies
    }

    /// Prints, per sample, the judged collapses the run still makes and the
    /// share of them judged right; with `list` (tuning), also the judged
    /// collapses whose fate is not their verdict's: wrong ones still made,
    /// right ones no longer made.
    pub fn report(&self, run_pages: &BTreeSet<&str>, collapses: &[Collapse], list: bool) {
        let fates = self.fates(run_pages, collapses);
        outln!("judged collapses (precision: the share of collapsed elements judged a promo)");
        outln!("| sample | judged | right | precision when judged | still collapsed | right among them | precision now |");
        outln!("|---|---|---|---|---|---|---|");
        for (name, t) in &Self::tally(&fates) {
            outln!("| {name} | {} |", t.cells());
        }
        outln!();
        if list {
            for &(j, kept) in fates.iter().filter(|&&(j, kept)| kept != j.upsell) {
                let fate = if kept {
                    "wrong, still collapsed"
                } else {
                    "right, no longer collapsed"
                };
                let text: String = j.text.chars().take(120).collect();
                outln!("{} {} ({fate}): {text} | {}", j.sample, j.page, j.note);
            }
            outln!();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collapse(page: &str, text: &str) -> Collapse {
        Collapse {
            page: page.into(),
            page_type: "article".into(),
            path: "div".into(),
            text: text.into(),
        }
    }

    #[test]
    fn a_sample_is_drawn_by_hash_and_judged_by_page_and_text() {
        let collapses: Vec<Collapse> = (0..40)
            .map(|i| collapse(&format!("{:04}", i % 7), &format!("subscribe {i}")))
            .collect();
        let mut out = Vec::new();
        write_sample(&mut out, &collapses, "s", 10, 7).unwrap();
        let lines: Vec<serde_json::Value> = String::from_utf8(out.clone())
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 10);
        assert!(lines.iter().all(|l| l["upsell"].is_null()));
        // The same seed draws the same sample; another, another.
        let mut again = Vec::new();
        write_sample(&mut again, &collapses, "s", 10, 7).unwrap();
        let mut other = Vec::new();
        write_sample(&mut other, &collapses, "s", 10, 8).unwrap();
        assert_eq!(again, out);
        assert_ne!(again, other);

        let judged = |page: &str, text: &str, upsell| Judged {
            sample: "s".into(),
            page: page.into(),
            text: text.into(),
            upsell,
            note: String::new(),
        };
        let set = JudgedSet(vec![
            judged("0001", "subscribe 1", true),
            judged("0002", "contact us", false),
            judged("0003", "log in", false),
            judged("0009", "subscribe 9", true),
        ]);
        // 0002's box grew: another collapse; 0003's is no longer made;
        // 0009 is outside the run.
        let now = [
            collapse("0001", "subscribe 1"),
            collapse("0002", "contact us and more"),
        ];
        let pages = BTreeSet::from(["0001", "0002", "0003"]);
        let t = &JudgedSet::tally(&set.fates(&pages, &now))["s"];
        assert_eq!((t.judged, t.right, t.kept, t.kept_right), (3, 1, 1, 1));
    }
}
