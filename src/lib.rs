//! Dramatis finds the article on a news page, collapses its subscription
//! upsells and lists the story's actors and who said what.
//!
//! The crate is one pure core with two drivers:
//!
//! - [`page`]: the page model and [`page::PageBuilder`], the one way to build it;
//! - [`analyze`]: page in, [`Analysis`] out (detection, upsells, actors, quotes);
//! - `native` (feature `cli`): reads HTML files with html5ever for tests and
//!   the `dramatis` command-line tool;
//! - `web` (wasm32 only): reads the live DOM into the same builder and hands
//!   the analysis to the content script.
//!
//! # Who said what
//!
//! The speech analysis reads plain text too (the playground and `dramatis
//! text` use it so):
//!
//! ```
//! use dramatis::speech::{analyze_text, QuoteKind};
//! let speech = analyze_text(
//!     "“We will rebuild the bridge,” said Ana Ruiz, the city's mayor. \
//!      Engineers said the repairs would take a year.",
//! );
//! let said: Vec<_> = speech
//!     .quotes
//!     .iter()
//!     .map(|q| (q.speaker.as_deref(), q.kind, q.text.as_str()))
//!     .collect();
//! assert_eq!(
//!     said,
//!     [
//!         (Some("Ana Ruiz"), QuoteKind::Direct, "We will rebuild the bridge,"),
//!         (Some("Engineers"), QuoteKind::Indirect, "the repairs would take a year"),
//!     ]
//! );
//! assert_eq!(speech.actors[0].name, "Ana Ruiz");
//! ```
//!
//! # A page
//!
//! With the `cli` feature (the default; the wasm is built without it), the
//! native reader turns HTML into the same page model the content script
//! builds from the live DOM:
//!
//! ```
//! # #[cfg(feature = "cli")]
//! # {
//! let html = include_str!("../tests/fixtures/seed-article/page.html");
//! let analysis = dramatis::analyze(&dramatis::native::read_html(html, None));
//! assert!(analysis.detection.is_article);
//! // Its membership pitch, newsletter boxes and paywall promos, each the
//! // whole box, never a paragraph of the story.
//! assert!(analysis.upsells.len() >= 4);
//! assert!(analysis.quotes.iter().any(|q| q.speaker.as_deref() == Some("Bashar al-Assad")));
//! # }
//! ```
//!
//! A page built by hand, through the one builder both readers use:
//!
//! ```
//! use dramatis::{analyze, page::PageBuilder};
//! let mut b = PageBuilder::new();
//! b.open("html", []);
//! b.open("body", []);
//! b.open("p", []);
//! b.text("Hello.");
//! b.close();
//! b.close();
//! b.close();
//! let analysis = analyze(&b.finish());
//! assert!(!analysis.detection.is_article);
//! ```
#![forbid(unsafe_code)]
// Code that runs in the page slices strings with `substr::part`, which
// cannot panic: `s[a..b]` keeps the standard library's message for a bad
// boundary, 4 KB of the gzipped wasm with the `char` formatting it needs.
#![cfg_attr(not(test), deny(clippy::string_slice))]

pub mod page;

mod analysis;
mod case;
pub mod detect;
mod fnv;
mod numbers;
mod sort;
pub mod speech;
mod substr;
pub mod upsell;
mod wordlist;

pub use analysis::{analyze, reject_early, Analysis};

// Native only: the size of the wasm is no concern there.
#[cfg(feature = "cli")]
#[allow(clippy::string_slice)]
pub mod cli;
#[cfg(feature = "cli")]
#[allow(clippy::string_slice)]
pub mod native;
#[cfg(target_arch = "wasm32")]
pub mod web;
