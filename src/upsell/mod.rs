//! Subscription upsells: which elements to collapse, and why.
//!
//! A promo box is recognised by the evidence it carries, summed over its
//! subtree (module `features`): call-to-action phrases in its text in English,
//! German, French and Spanish ("subscribe now", "already a member", "in your
//! inbox", "jetzt abonnieren", "abonnez-vous", "suscríbete"), promo tokens in
//! its markup (`newsletter`, `paywall`, links to `/subscribe`), and its
//! structure (an email field, a form, buttons, prices). Evidence must be
//! dense: the longer the box, the more it needs, so a sidebar that holds one
//! sign-up box among other things is not collapsed whole, the box inside it
//! is. It must also name the subject (a topical phrase or token, an email
//! field: `promo`, `cta` and prices are worn by every product card) and ask
//! something (a call to action, a promo link, an email field, or markup in
//! which the site named the box).
//!
//! Walking down from the top, the first element that has enough evidence
//! and is one box (its evidence spread over its parts, or a form with its
//! short heading and blurb; a wrapper is judged by what it wraps) is the one
//! to collapse: the whole promo box, not one line of it.
//!
//! Vetoes, whatever the evidence:
//! - the article root and its ancestors (when the root holds story), and
//!   any element holding a run of story text (two or more prose paragraphs
//!   side by side), are never collapsed: this is what keeps a
//!   `paywall`-classed article body visible; inside the article, a box more
//!   than half prose is story too, unless the site named it a promo or it is
//!   an appeal after the story's last paragraph (two calls or more, a link
//!   to a promo page);
//! - story text stays even when it mentions or quotes a promo: a paragraph
//!   among story paragraphs needs a call to action and must be short, any
//!   paragraph of sentence length needs a call, and a box in the story that
//!   holds a paragraph of writing without a call is the writer's own note
//!   (when it comes in a sign-up widget, the widget's form goes alone); and
//!   a bullet of a list in the story, among bullets that sell nothing, is
//!   the story's, whatever its words;
//! - page structure is not a promo: a page `<header>` or `<footer>`, menus
//!   and lists of links (a group of links most of which are not calls, or
//!   any group of eight links or more that is mostly links or mostly not
//!   promos), navigation, comments, FAQs and consent dialogs. Inside them
//!   only a single call goes ("Start your free trial", "Subscribe for €1"), alone.
//!   A link of a word or two that names a page ("Newsletters", "Subscribe")
//!   stays wherever it is: it is navigation, and the collapse bar would be
//!   bigger than the link. A bar inside a header or footer that also holds
//!   a search or several other links stays whole (its promo link may go
//!   alone), and so does a column of widgets that holds a menu, a table of
//!   contents or share buttons beside a sign-up box (the box goes alone);
//! - contact, comment, lead, search and log-in forms carry no promo evidence, not
//!   even their email field;
//! - on a page whose story is itself about newsletters or subscriptions,
//!   text alone proves nothing inside the article: only markup and form
//!   evidence count there; elsewhere a box's text must speak of promos more
//!   densely than the story's paragraphs do (a review of subscription
//!   services is full of prices and free trials).
//!
//! The whole classification is linear in the size of the page: one
//! bottom-up pass computes the evidence of every subtree, one top-down pass
//! picks the boxes (a box's coherence looks down one chain of wrappers).

mod features;
mod lexicon;

use crate::page::{NodeId, Page};
use features::{is_inline, Features};
use lexicon::{words, Mark, Phrases, Tokens, Word};
use serde::Serialize;

/// What a promo sells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A subscription, a free trial, a paywall or registration wall, or a
    /// pitch for the site's app.
    Subscription = 0,
    /// An email newsletter sign-up.
    Newsletter = 1,
    /// A membership or donation appeal.
    Membership = 2,
    /// A teaser for content reserved to paying readers.
    Premium = 3,
}

impl Kind {
    /// Every kind, in the order of their discriminants.
    pub const ALL: [Kind; 4] = [
        Kind::Subscription,
        Kind::Newsletter,
        Kind::Membership,
        Kind::Premium,
    ];

    /// What it is, in English: "newsletter sign-up".
    pub fn label(self) -> &'static str {
        match self {
            Kind::Subscription => "subscription promo",
            Kind::Newsletter => "newsletter sign-up",
            Kind::Membership => "membership appeal",
            Kind::Premium => "premium teaser",
        }
    }
}

/// How a promo is laid over the page, when its markup says so. The web
/// layer releases a scroll lock on `html`/`body` when it collapses a modal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Overlay {
    /// A modal layer or its backdrop (`role=dialog`, `aria-modal`, `modal`,
    /// `overlay`, `tp-backdrop`): it usually locks scrolling.
    Modal,
    /// A fixed or sticky bar (`sticky`, `fixed`, `slidein`).
    Sticky,
}

/// An element to collapse.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Upsell {
    pub node: NodeId,
    pub kind: Kind,
    /// Why, for the reader, strongest first: with `kind`, what the collapse
    /// bar's tooltip says in the reader's language (the extension's
    /// `reason_*` and `cue*` messages), and [`Upsell::reason`] in English.
    pub cues: Vec<Cue>,
    pub overlay: Option<Overlay>,
    /// The evidence that decided, in lexicon weight units.
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub score: f32,
}

/// One piece of evidence a collapse names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A call to action in the box's text, lower case ("in your inbox").
    Phrase {
        text: String,
    },
    /// A promo token in a class or id, lower case ("newsletter").
    Class {
        text: String,
    },
    EmailField,
    Price,
    /// The box is the text-less layer behind a promo modal.
    Backdrop,
}

/// As `{"cue": "phrase", "text": "in your inbox"}`, `{"cue": "price"}`:
/// the shape serde's internally tagged enum gives, written by hand since
/// its generic tagging code is larger in the wasm than this.
impl Serialize for Cue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (cue, text) = match self {
            Cue::Phrase { text } => ("phrase", Some(text)),
            Cue::Class { text } => ("class", Some(text)),
            Cue::EmailField => ("email_field", None),
            Cue::Price => ("price", None),
            Cue::Backdrop => ("backdrop", None),
        };
        let mut out = s.serialize_struct("Cue", 1 + usize::from(text.is_some()))?;
        out.serialize_field("cue", cue)?;
        if let Some(text) = text {
            out.serialize_field("text", text)?;
        }
        out.end()
    }
}

impl Upsell {
    /// Why, in English: "newsletter sign-up: “in your inbox”, email field".
    pub fn reason(&self) -> String {
        describe(self.kind, &self.cues)
    }
}

/// A box needs at least this much evidence, plus one unit per
/// [`CHARS_PER_EVIDENCE`] characters of text.
const BASE_EVIDENCE: f32 = 2.5;
const CHARS_PER_EVIDENCE: f32 = 120.0;

/// A line this short that holds a call to action (a phrase of
/// [`CALL_EVIDENCE`]) needs no more evidence.
const CALLING_LINE_CHARS: u32 = 100;
const CALL_EVIDENCE: f32 = 3.0;

/// Words of the reader's own account: sign-in and sign-up links, a password
/// reset ("Sign in · Sign up", "Forgot your password?", "Register").
/// Matched inside words too: links set side by side without a space read
/// "LoginSubscribe".
const ACCOUNT_WORDS: &[&str] = &["sign in", "log in", "login", "password", "register"];
/// Log-in links and a reset form are short; a box longer than this that
/// mentions signing in is about something else.
const MAX_ACCOUNT_CHARS: u32 = 200;

/// Offers of the site's own trade, not of its reading, as whole words: a
/// sales demo or a consultation ("Book a demo", "Request demo"), a
/// product's return to stock ("Join waitlist: we will inform you when the
/// product arrives in stock"), a booking of its service ("Protection plan
/// · Book now" in a plumber's header). A short box that makes one and no
/// call to subscribe is no promo, whatever its markup says (`trial` on a
/// "Book a Demo" button, `cta` and `plan` on the booking's) and whatever it
/// asks (an email address).
const HOUSE_OFFERS: &[&str] = &[
    " demo ",
    " demos ",
    " consultation ",
    // "Let's talk", a consultant's contact button.
    " let s talk ",
    " in stock ",
    " book now ",
];
/// A writer's credit, as whole words: a short box that names the story's
/// writer ("Article by Matias Heikkilä · Let's talk · Subscribe") is the
/// byline with the writer's own links, which a reader uses to see who wrote
/// the story, not a promo.
const CREDITS: &[&str] = &[" article by ", " written by ", " posted by ", " words by "];

/// Such an offer is a button or a short form; a longer box that names one
/// is about something else.
const MAX_HOUSE_OFFER_CHARS: u32 = 300;

/// Longer elements are content or layout, not a promo box.
const MAX_PROMO_CHARS: u32 = 2500;

/// A box at most this much prose (by characters) can be a promo.
const MAX_PROSE_SHARE: f32 = 0.5;
/// ... or this much when it holds a call to action or an email field: a
/// newsletter box may describe the newsletter at length (inside the article
/// only when the site named the box: otherwise prose that long is the
/// story's).
const MAX_PROSE_SHARE_WITH_CALL: f32 = 0.8;

/// Calls to action that make a box after the story an appeal (see
/// [`qualifies`]).
const APPEAL_CALLS: u32 = 2;

/// A group of at least this many links is a menu, a footer or a list of
/// stories when it is mostly link text or most of its links are not promos;
/// from [`MENU_LINKS`] on, when both hold.
const LINK_LIST_LINKS: u32 = 8;
const MENU_LINKS: u32 = 3;

/// A link of at most this many words is a label (see [`qualifies`]).
const LABEL_MAX_WORDS: u32 = 2;
const LINK_LIST_SHARE: f32 = 0.7;

/// An element is the same box as its strongest child when it adds at most
/// this many characters to it (a wrapper), or when its evidence is at least
/// [`SPREAD_FACTOR`] times the child's (the parts of a box each add some).
const WRAPPER_SLACK_CHARS: u32 = 60;
const SPREAD_FACTOR: f32 = 1.5;

/// The heading and blurb around a promo's strongest part are at most this
/// long (see [`coherent`]).
const BLURB_CHARS: u32 = 250;
/// ... or this long when they hold a call to action.
const CALLED_BLURB_CHARS: u32 = 500;

/// On a page about subscriptions, an element inside the article needs this
/// much markup and form evidence: its text is the story's subject.
const SUBJECT_MIN_MARKUP: f32 = 3.0;

/// A box's text must speak of subscriptions this many times more densely
/// than the story text around it (unless its markup says promo): reviews of
/// subscription services are not upsells.
const CONTRAST: f32 = 3.0;

/// A paragraph or list among story paragraphs needs a call to action or
/// this much markup and form evidence.
const FLOW_MIN_MARKUP: f32 = 2.0;

/// A list of at least this many items, none of the others a promo, is the
/// story's list (see [`is_plain_list_item`]).
const PLAIN_LIST_ITEMS: usize = 3;

/// A paragraph this long is writing, not promo copy (see [`qualifies`]).
const LONG_PARAGRAPH_CHARS: u32 = 300;

/// A paragraph this long in a box in the story flow is the writer's note,
/// unless it calls (see [`qualifies`]).
const WRITERS_NOTE_CHARS: u32 = 200;

/// An article root with less prose than this (and no run of paragraphs)
/// holds no story for the root veto to protect (see [`qualifies`]).
const ROOT_STORY_CHARS: u32 = 200;

/// Story paragraphs with a call to action that make a page "about"
/// subscriptions or newsletters.
const SUBJECT_PARAGRAPHS: usize = 3;

/// Elements never collapsed: the page frame, inline elements (their block
/// is the box), and a table's rows and cells (a bar in a row breaks the
/// table; a promo laid out in a table has its box inside the cell).
const NOT_A_BOX: &[&str] = &[
    "html", "head", "body", "main", "span", "b", "strong", "em", "i", "u", "small", "label",
    "input", "img", "svg", "br", "hr", "time", "abbr", "sup", "sub", "code", "option", "textarea",
    "picture", "source", "video", "audio", "script", "style", "title", "meta", "link", "tr", "td",
    "th",
];

/// Finds the upsells of a page whose story lies under `article_root`, the
/// element [`crate::detect`] found: its paragraphs are never collapsed.
pub fn find(page: &Page, article_root: NodeId) -> Vec<Upsell> {
    classify(page, Some(article_root))
}

/// Finds the upsells of a fragment injected after load (a modal, a sticky
/// bar), read into a [`Page`] of its own, with no article root known. The
/// fragment's root itself may be the box to collapse.
pub fn find_in_fragment(fragment: &Page) -> Vec<Upsell> {
    classify(fragment, None)
}

fn classify(page: &Page, article_root: Option<NodeId>) -> Vec<Upsell> {
    let feats = features::compute(page);
    let mut found = Vec::new();
    walk(page, &feats, article_root, |id, verdict| {
        if verdict.is_ok() {
            found.push(upsell(page, &feats, id));
        }
    });
    add_backdrops(page, &feats, &mut found);
    crate::sort::sort_by_key(&mut found, |u| u.node);
    found
}

/// Walks the page top-down and calls `decide` with the verdict on each
/// element it weighs; the walk goes no deeper than a collapsed element or a
/// subtree without evidence.
fn walk(
    page: &Page,
    feats: &[Features],
    article_root: Option<NodeId>,
    mut decide: impl FnMut(NodeId, Verdict),
) {
    let Some(top) = page.root() else {
        return;
    };
    let story = article_root.map(|r| Story::read(page, feats, r));
    let subject = story.as_ref().is_some_and(|s| s.about_subscriptions);
    let mut stack = vec![Walk {
        id: top,
        in_flow: false,
        in_nav: false,
        in_comments: false,
        frame: false,
        in_frame: false,
        region: None,
    }];
    while let Some(at) = stack.pop() {
        let id = at.id;
        let Some(e) = page.element(id) else {
            continue;
        };
        let f = &feats[id.index()];
        if e.hidden || f.evidence() <= 0.0 {
            continue;
        }
        let context = Context {
            article_root,
            in_article: article_root.is_some_and(|r| page.contains(r, id)),
            after_story: story
                .as_ref()
                .is_some_and(|s| s.end.is_some_and(|end| id > end)),
            subject,
            in_flow: at.in_flow,
            in_nav: at.in_nav,
            in_comments: at.in_comments || f.comments,
            frame: at.frame,
            in_frame: at.in_frame,
            background: at.region.map_or(0.0, |r| background(&feats[r.index()], f)),
        };
        let verdict = qualifies(page, feats, id, &context).and_then(|_| coherent(page, feats, id));
        let collapse = verdict.is_ok();
        // What lies inside a writer's note is the story too.
        let note = verdict == Err(Veto::WritersNote);
        // No part of a log-in or password form goes either, nor of a house
        // offer: its email field alone would read as a sign-up. Nor of a
        // contact form built without a `<form>` (fields in boxes, sent by a
        // script), which is not cleared of evidence as a `<form>` is (see
        // `features`); a sign-up beside it is a `<form>` of its own, and the
        // walk goes on to that.
        let whole_form = match verdict {
            Err(Veto::AccountForm | Veto::AccountLinks | Veto::HouseOffer) => {
                f.email_inputs > 0 || f.passwords > 0
            }
            Err(Veto::LeadForm) => f.email_inputs > 0 && f.forms == 0 && f.chars <= MAX_PROMO_CHARS,
            _ => false,
        };
        decide(id, verdict);
        if collapse || whole_form {
            continue;
        }
        let region = if f.holds_story { Some(id) } else { at.region };
        let in_flow =
            f.prose_p_children >= 2 || note || (at.in_flow && FLOW_TAGS.contains(&e.tag.as_str()));
        let in_nav = at.in_nav || f.structure;
        let in_comments = at.in_comments || f.comments;
        let in_frame = at.in_frame || at.frame;
        stack.extend(page.children(id).iter().rev().map(|&c| Walk {
            id: c,
            in_flow,
            in_nav,
            in_comments,
            frame: is_frame(page, c),
            in_frame,
            region,
        }));
    }
}

/// For tuning: the features of every node, and the verdict on each
/// element the walk weighed.
#[cfg(feature = "cli")]
fn verdicts(
    page: &Page,
    article_root: Option<NodeId>,
) -> (Vec<Features>, std::collections::HashMap<NodeId, Verdict>) {
    let feats = features::compute(page);
    let mut verdicts = std::collections::HashMap::new();
    walk(page, &feats, article_root, |n, v| {
        verdicts.insert(n, v);
    });
    (feats, verdicts)
}

/// For tuning: the verdict on `id` and each of its ancestors, innermost
/// first, as `tag: verdict` lines (elements the walk never weighed say so).
#[cfg(feature = "cli")]
pub(crate) fn explain(page: &Page, article_root: Option<NodeId>, id: NodeId) -> String {
    let (feats, verdicts) = verdicts(page, article_root);
    std::iter::once(id)
        .chain(page.ancestors(id))
        .take(6)
        .map(|n| {
            let f = &feats[n.index()];
            let v = match verdicts.get(&n) {
                Some(Ok(())) => "collapsed",
                Some(Err(why)) => why.label(),
                None => "not weighed",
            };
            format!(
                "    {} [{} chars, prose {}, text {:.1}, markup {:.1} (own {:.1}), targets {:.1}, form {:.1}, calls {}, actions {}, links {}]: {v}",
                page.tag(n),
                f.chars,
                f.prose_chars,
                f.text,
                f.markup,
                f.own_markup,
                f.targets,
                f.structure_evidence(),
                f.calls,
                f.actions,
                f.links,
            )
        })
        .chain(std::iter::once(format!(
            "    cues: {}",
            describe(Kind::Subscription, &cues(page, &feats, id, 12))
        )))
        .collect::<Vec<_>>()
        .join("\n")
}

/// For the evaluation's breakdown of misses: why `id` is not collapsed,
/// as the verdict on the innermost of it and its ancestors that the walk
/// weighed as a box (a `<span>`'s "not a box element" says nothing: its
/// block's verdict does), "no evidence" when there is none.
#[cfg(feature = "cli")]
pub(crate) fn why_kept(page: &Page, article_root: Option<NodeId>, id: NodeId) -> &'static str {
    let (_, verdicts) = verdicts(page, article_root);
    std::iter::once(id)
        .chain(page.ancestors(id))
        .filter_map(|n| verdicts.get(&n).map(|v| (n, v)))
        .find(|&(n, v)| *v != Err(Veto::NotABox) || matches!(page.tag(n), "html" | "body" | "main"))
        .map(|(_, v)| v)
        .map_or("no evidence", |v| match v {
            Ok(()) => "collapsed",
            Err(why) => why.label(),
        })
}

/// A step of the top-down walk.
struct Walk {
    id: NodeId,
    /// The element is part of a run of story text: a child of an element
    /// with prose paragraphs, or inside such a child's text blocks.
    in_flow: bool,
    /// The element lies in navigation or comments.
    in_nav: bool,
    /// The element lies in readers' comments.
    in_comments: bool,
    /// The element is a page header or footer.
    frame: bool,
    /// The element lies inside a page header or footer.
    in_frame: bool,
    /// The nearest ancestor that holds story text.
    region: Option<NodeId>,
}

/// Elements whose children stay in the story flow when they are in it.
const FLOW_TAGS: &[&str] = &[
    "p",
    "ul",
    "ol",
    "li",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "span",
    "strong",
    "em",
    "b",
    "i",
    "a",
];

/// Whether `id` is the frame of a page: a `<header>` or `<footer>`, or an
/// element in the banner or content-info role.
fn is_frame(page: &Page, id: NodeId) -> bool {
    page.element(id).is_some_and(|e| {
        matches!(e.tag.as_str(), "header" | "footer")
            || matches!(e.attr("role"), Some("banner" | "contentinfo"))
    })
}

/// Where a candidate sits relative to the story.
struct Context {
    article_root: Option<NodeId>,
    /// The candidate lies inside the article root.
    in_article: bool,
    /// The candidate starts after the story's last paragraph: nothing of
    /// the story lies inside it or after it.
    after_story: bool,
    /// The story is about subscriptions or newsletters.
    subject: bool,
    /// The candidate is a block in a run of story text.
    in_flow: bool,
    /// The candidate lies in navigation or comments.
    in_nav: bool,
    /// The candidate is or lies in readers' comments.
    in_comments: bool,
    /// The candidate is a page header or footer.
    frame: bool,
    /// The candidate lies inside a page header or footer.
    in_frame: bool,
    /// Text evidence per character around the candidate in the nearest
    /// region holding story text.
    background: f32,
}

/// Text evidence per character of the paragraphs of `region` outside
/// `inner`: what the story itself says (short lines around it may be
/// promos of their own, and would raise the bar for this one).
fn background(region: &Features, inner: &Features) -> f32 {
    let chars = region.para_chars.saturating_sub(inner.para_chars).max(1);
    (region.para_text - inner.para_text).max(0.0) / chars as f32
}

/// Text evidence per character.
fn density(f: &Features) -> f32 {
    f.text / f.chars.max(1) as f32
}

/// Whether an element is collapsed, and if not, why.
type Verdict = Result<(), Veto>;

/// Why an element is not collapsed: the first check of [`qualifies`] or
/// [`coherent`] it fails. A value the walk compares, not a text: the
/// labels are for the tuning output, and only the command line carries
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Veto {
    NotABox,
    HoldsRoot,
    HoldsStory,
    LeadForm,
    AccountForm,
    AccountLinks,
    HouseOffer,
    WritersCredit,
    Headline,
    Size,
    NoStrongSignal,
    ContactDetails,
    Frame,
    AsksNothing,
    PlainLink,
    FrameBar,
    Widgets,
    LinkLabel,
    LinkInStory,
    StoryParagraph,
    StoryListItem,
    Mentions,
    WritersNote,
    Subject,
    NotDenser,
    Prose,
    LinkList,
    LittleEvidence,
    Container,
    BesideCredits,
}

#[cfg(feature = "cli")]
impl Veto {
    /// What the tuning output says.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Veto::NotABox => "not a box element",
            Veto::HoldsRoot => "holds the article root",
            Veto::HoldsStory => "holds story paragraphs",
            Veto::LeadForm => "contact, comment or lead form",
            Veto::AccountForm => "a log-in or account form",
            Veto::AccountLinks => "log-in or account links",
            Veto::HouseOffer => "offers a demo, a consultation or a restock",
            Veto::WritersCredit => "holds the writer's credit",
            Veto::Headline => "holds the headline",
            Veto::Size => "no text or too long",
            Veto::NoStrongSignal => "no strong signal",
            Veto::ContactDetails => "holds the site's contact details",
            Veto::Frame => "page header or footer",
            Veto::AsksNothing => "asks for nothing",
            Veto::PlainLink => "plain link in navigation or comments",
            Veto::FrameBar => "a bar of a page header or footer",
            Veto::Widgets => "holds navigation or other page widgets",
            Veto::LinkLabel => "a link's label",
            Veto::LinkInStory => "link in story text",
            Veto::StoryParagraph => "story paragraph",
            Veto::StoryListItem => "an item of a story list",
            Veto::Mentions => "a sentence that mentions, not a call",
            Veto::WritersNote => "the writer's note in the story",
            Veto::Subject => "story about subscriptions",
            Veto::NotDenser => "no denser than the story around it",
            Veto::Prose => "mostly prose",
            Veto::LinkList => "list of links",
            Veto::LittleEvidence => "too little evidence for its length",
            Veto::Container => "a container around a smaller box",
            Veto::BesideCredits => "beside the site's credits",
        }
    }
}

fn check(ok: bool, why: Veto) -> Verdict {
    if ok {
        Ok(())
    } else {
        Err(why)
    }
}

/// The words of a short box with no call to action and no price, set apart
/// by single spaces and lower-cased (" sign in sign up "), for the phrases
/// that make such a box the reader's account ([`ACCOUNT_WORDS`]) or the
/// site's own trade ([`HOUSE_OFFERS`]); `None` for any other box. A phrase
/// with a space at each end, " demo ", is whole words.
fn quiet_box_words(page: &Page, id: NodeId, f: &Features) -> Option<String> {
    let quiet =
        f.calls == 0 && f.prices == 0 && f.chars <= MAX_ACCOUNT_CHARS.max(MAX_HOUSE_OFFER_CHARS);
    quiet.then(|| {
        let mut said = String::from(" ");
        for w in words(&page.visible_text(id).to_ascii_lowercase()) {
            said.push_str(w);
            said.push(' ');
        }
        said
    })
}

/// Whether `id` has the evidence of a promo box and none of the vetoes.
fn qualifies(page: &Page, feats: &[Features], id: NodeId, cx: &Context) -> Verdict {
    let f = &feats[id.index()];
    let tag = page.tag(id);
    check(!NOT_A_BOX.contains(&tag), Veto::NotABox)?;
    // The veto protects the story's paragraphs: a root found around a
    // line or two of text (detection misled by a promo's own blurb) holds
    // no story to protect, and the story vetoes below still apply.
    check(
        !cx.article_root.is_some_and(|r| {
            let story = &feats[r.index()];
            page.contains(id, r) && (story.holds_story || story.prose_chars >= ROOT_STORY_CHARS)
        }),
        Veto::HoldsRoot,
    )?;
    check(!f.holds_story, Veto::HoldsStory)?;
    check(f.textareas == 0 && f.lead_forms == 0, Veto::LeadForm)?;
    // A log-in, sign-up or password dialog the reader opens must open; a
    // registration wall that hides the story says so in a call ("create a
    // free account to continue reading").
    check(f.passwords == 0 || f.calls > 0, Veto::AccountForm)?;
    // So must the links to it: "Sign in · Sign up" in a header, "To comment,
    // sign in", a password reset asking for an email address. A box that
    // sells says so in a call ("Already a subscriber? Sign in") or a price.
    if let Some(said) = quiet_box_words(page, id, f) {
        let says = |phrases: &[&str]| phrases.iter().any(|p| crate::substr::contains(&said, p));
        check(
            !(f.chars <= MAX_ACCOUNT_CHARS && says(ACCOUNT_WORDS)),
            Veto::AccountLinks,
        )?;
        check(!says(HOUSE_OFFERS), Veto::HouseOffer)?;
        check(!says(CREDITS), Veto::WritersCredit)?;
    }
    check(f.h1s == 0 || cx.article_root.is_none(), Veto::Headline)?;
    check(f.chars > 0 && f.chars <= MAX_PROMO_CHARS, Veto::Size)?;
    check(f.anchors > 0, Veto::NoStrongSignal)?;
    // A box with the site's phone number is its contact details (a
    // footer's "Call us" column beside the newsletter form, an
    // appointments line): a reader uses them, and the sign-up goes alone.
    check(f.phones == 0, Veto::ContactDetails)?;
    // A site footer holds its newsletter form beside the about text, the
    // links and the small print: the form box goes, never the footer (unless
    // the site named the footer itself a promo: a sticky subscribe bar).
    check(!cx.frame || f.named, Veto::Frame)?;
    // Text that only describes (prices, plans, "subscription") is not a
    // promo: a promo asks the reader to act, or is marked up as one.
    let acts = f.calls > 0 || f.actions > 0 || f.email_inputs > 0 || f.named_boxes > 0;
    check(acts, Veto::AsksNothing)?;
    // Menus hold promo links ("Join our newsletter") beside plain ones
    // ("Newsletters"): only a single call to action is a box there (it goes
    // alone), never the menu, whether the menu is an ancestor or the element
    // itself is marked as navigation (`navigation__cta`).
    // A priced offer ("Subscribe for €1") calls as plainly as a phrase. In
    // comments an email field asks where to send replies ("Notify of new
    // replies"): it takes a call there.
    let priced_offer = f.prices > 0 && f.actions > 0;
    let sign_up = f.email_inputs > 0 && !cx.in_comments;
    let single_call = (f.calls > 0 || sign_up || priced_offer) && f.links <= 1;
    check(!(cx.in_nav || f.structure) || single_call, Veto::PlainLink)?;
    // A header's or footer's bars mix the site's links, its search and its
    // log-in with one promo link: the promo goes alone, never the bar
    // (unless the site named the bar a promo, or it is an email sign-up).
    let few_promos = f.actions * 2 < f.links;
    let bar = f.searches > 0 || (f.links >= MENU_LINKS && few_promos);
    check(
        !(cx.in_frame && bar) || f.named || f.email_inputs > 0,
        Veto::FrameBar,
    )?;
    // A promo box holds no menu, comments, table of contents or share
    // buttons: an element that does is a column of widgets, one of which
    // may be the promo.
    check(f.nested_structure == 0 || f.named, Veto::Widgets)?;
    // Wherever it is, a link of a word or two that names a page
    // ("Newsletter", "Memberships", "Subscribe") is navigation, and its
    // collapse bar would be bigger than it. A link that calls goes.
    let label = f.links == 1
        && f.words <= LABEL_MAX_WORDS
        && f.link_chars as f32 >= LINK_LIST_SHARE * f.chars as f32;
    check(!label || f.calls > 0 || f.email_inputs > 0, Veto::LinkLabel)?;
    // A link or button inside story text is part of its sentence (one set
    // between the story's paragraphs, as a block of its own, is not); so is
    // one among a paragraph's worth of loose text (a story written without
    // `<p>`s, its lines parted by `<br>`s).
    let in_sentence = page.parent(id).is_some_and(|p| {
        (cx.in_flow && feats[p.index()].prose_p_children < 2)
            || loose_text(page, feats, p) >= features::PROSE_CHARS
    });
    check(
        !(matches!(tag, "a" | "button") && in_sentence),
        Veto::LinkInStory,
    )?;
    let build = f.build_evidence();
    // A block in a run of story paragraphs is story text unless it speaks
    // to the reader or is marked up as a promo.
    let text_block = FLOW_TAGS.contains(&tag) || matches!(tag, "h2" | "h3" | "h4" | "h5" | "h6");
    // A long one is story text even when it quotes a call.
    let speaks = f.calls > 0 && f.chars < LONG_PARAGRAPH_CHARS;
    check(
        !(cx.in_flow && text_block && !speaks && build < FLOW_MIN_MARKUP),
        Veto::StoryParagraph,
    )?;
    // One bullet of a list in the story, among bullets that sell nothing, is
    // the story's point, even when its words sound like a call ("CVs in your
    // inbox within 72 hours" among a firm's benchmarks): a promo is a box of
    // its own, not one item of a plain list (unless built as one). After the
    // story's last paragraph a list is the page's ("More from us: … Sign up
    // for our newsletter"), and its calls go.
    check(
        !(cx.in_article
            && !cx.after_story
            && build < FLOW_MIN_MARKUP
            && f.email_inputs == 0
            && is_plain_list_item(page, feats, id)),
        Veto::StoryListItem,
    )?;
    // A sentence that mentions a membership or a trial and links to it
    // ("buy a one-time $30 membership, or sign in") informs: a paragraph
    // must speak to the reader to be a promo of its own.
    let sentence_block = matches!(
        tag,
        "p" | "li" | "dd" | "dt" | "blockquote" | "td" | "th" | "h2" | "h3" | "h4" | "h5" | "h6"
    );
    check(
        !(sentence_block && f.chars >= features::PROSE_CHARS && f.calls == 0 && !f.named),
        Veto::Mentions,
    )?;
    // Likewise a box in the story that holds a paragraph of writing: promo
    // copy is terse, and a writer's note to readers ("if you enjoyed this,
    // consider supporting the newsletter ...") is part of the story unless
    // it calls. When the note comes in the site's sign-up widget (a
    // newsletter platform's "preamble"), the widget's form is a box of its
    // own below it, and goes alone.
    check(
        !(cx.in_flow && f.longest_para >= WRITERS_NOTE_CHARS && f.calls == 0),
        Veto::WritersNote,
    )?;
    check(
        !(cx.in_article && cx.subject && build < SUBJECT_MIN_MARKUP),
        Veto::Subject,
    )?;
    check(
        // A field asking for an email address, with one more cue of the
        // subject (a "send to a friend" form has none), is a sign-up
        // whatever the story around it says.
        density(f) >= CONTRAST * cx.background
            || (f.email_inputs > 0 && f.anchors > f.email_inputs)
            || f.labelled_evidence() >= SUBJECT_MIN_MARKUP,
        Veto::NotDenser,
    )?;
    // Inside the article, a box that describes at length is story unless
    // the site named it a promo, or it trails the story, calls more than
    // once and leads to a promo page: the end-of-article appeal ("Before
    // you go ... become a member ... support us once ... already a
    // member?"), whose pitch is a paragraph of its own. One call after a
    // closing paragraph is the story's (or the page's) last word.
    let appeal = cx.after_story && f.calls >= APPEAL_CALLS && f.actions > 0;
    let pitch_allowed = !cx.in_article || f.named || appeal;
    let prose_share = if (f.calls > 0 || f.email_inputs > 0) && pitch_allowed {
        MAX_PROSE_SHARE_WITH_CALL
    } else {
        MAX_PROSE_SHARE
    };
    check(
        f.prose_chars as f32 <= prose_share * f.chars as f32,
        Veto::Prose,
    )?;
    // A group of links, most of which lead elsewhere than to a promo, is a
    // menu, a footer column or a list of stories, however few its links
    // ("About · Subscribe · Contact"); with many links, whatever else it
    // holds (a footer's address, its sign-up form: the form box goes alone).
    let mostly_links = f.link_chars as f32 >= LINK_LIST_SHARE * f.chars as f32;
    // In a short menu, links to the newsletter or subscribe pages are still
    // navigation: only calls ("Start your free trial") count as promos.
    let few_calls = f.calls * 2 < f.links;
    // Nor is a short group whose links mostly lead elsewhere and none of
    // which calls ("FAQs · Newsletter · Careers" beside the company name).
    let quiet_links =
        f.links >= MENU_LINKS && few_promos && f.calls == 0 && f.email_inputs == 0 && !f.named;
    let link_list = if f.links >= LINK_LIST_LINKS {
        mostly_links || few_promos
    } else {
        quiet_links || (f.links >= MENU_LINKS && mostly_links && few_calls && f.email_inputs == 0)
    };
    check(!link_list, Veto::LinkList)?;
    // A short line that calls ("Then join Bread Dad's recipe newsletter")
    // is a promo on its call alone; a link's title is not ("Get the best
    // of both worlds with these espresso machines", a related story), nor
    // is a heading.
    let calling_line = f.calls > 0
        && f.chars <= CALLING_LINE_CHARS
        && f.evidence() >= CALL_EVIDENCE
        && f.link_chars * 2 < f.chars
        && !page.ancestors(id).any(|a| page.tag(a) == "a")
        // A heading goes with the box it heads, or not at all.
        && !matches!(page.tag(id), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    check(
        calling_line || f.evidence() >= BASE_EVIDENCE + f.chars as f32 / CHARS_PER_EVIDENCE,
        Veto::LittleEvidence,
    )
}

/// Characters of the text directly in `id`, outside its child elements.
fn loose_text(page: &Page, feats: &[Features], id: NodeId) -> u32 {
    page.children(id)
        .iter()
        .filter(|&&c| page.element(c).is_none())
        .map(|c| feats[c.index()].chars)
        .sum()
}

/// Whether `id` is an item of a list of at least [`PLAIN_LIST_ITEMS`]
/// items, or only wraps one's text (`<li><p>…</p></li>`), and the list's
/// other items neither call nor add up to the evidence of a box.
fn is_plain_list_item(page: &Page, feats: &[Features], id: NodeId) -> bool {
    let chars = feats[id.index()].chars;
    let mut item = id;
    while page.tag(item) != "li" {
        match page.parent(item) {
            Some(p) if feats[p.index()].chars == chars => item = p,
            _ => return false,
        }
    }
    let Some(list) = page
        .parent(item)
        .filter(|&l| matches!(page.tag(l), "ul" | "ol"))
    else {
        return false;
    };
    let items = page
        .children(list)
        .iter()
        .filter(|&&c| page.tag(c) == "li")
        .count();
    let (list, item) = (&feats[list.index()], &feats[item.index()]);
    let others_call = list.calls > item.calls || list.email_inputs > item.email_inputs;
    items >= PLAIN_LIST_ITEMS && !others_call && list.evidence() - item.evidence() < BASE_EVIDENCE
}

/// Whether `id` is one box rather than a container around a smaller box.
/// A wrapper (an element adding little text to its strongest child) is the
/// box its content is: the question passes down the chain of wrappers, so a
/// footer wrapping a grid of columns is judged by its columns.
fn coherent(page: &Page, feats: &[Features], id: NodeId) -> Verdict {
    let mut at = id;
    loop {
        let f = &feats[at.index()];
        if f.named {
            return Ok(());
        }
        let best = page.children(at).iter().copied().max_by(|a, b| {
            feats[a.index()]
                .evidence()
                .total_cmp(&feats[b.index()].evidence())
        });
        let Some(best) = best else {
            return Ok(());
        };
        let b = &feats[best.index()];
        // A link or button is a line of its block, never the box; a text
        // node is the element's own text.
        let tag = page.tag(best);
        if page.element(best).is_none() || is_inline(tag) || tag == "button" {
            return Ok(());
        }
        if credits_beside(page, at, best) {
            return Err(Veto::BesideCredits);
        }
        if f.chars <= b.chars + WRAPPER_SLACK_CHARS && !heads_a_section_after(page, feats, at, best)
        {
            at = best;
            continue;
        }
        // The parts of a box each add some evidence; or the rest of the
        // element would be dense enough to be a box of its own: a sign-up
        // form and the pitch beside it.
        let (rest, rest_chars) = (f.evidence() - b.evidence(), f.chars - b.chars);
        // Or the rest is short, on the same subject and not prose: a sign-up
        // form and its heading ("Newsletter") and blurb. A heading that
        // calls ("Sign up for our newsletter to …") may head a longer
        // pitch.
        let blurb = if f.calls > b.calls {
            CALLED_BLURB_CHARS
        } else {
            BLURB_CHARS
        };
        let same_subject =
            f.anchors > b.anchors && rest_chars <= blurb && f.prose_chars == b.prose_chars;
        return check(
            f.evidence() >= SPREAD_FACTOR * b.evidence()
                || rest >= BASE_EVIDENCE + rest_chars as f32 / CHARS_PER_EVIDENCE
                || same_subject,
            Veto::Container,
        );
    }
}

/// Whether a heading that sells nothing follows `best` among the children
/// of `parent`: a sidebar's sign-up box, then "Categories" and its links,
/// is two widgets, not a box with a little more text. (A box's own title
/// comes before its form.)
fn heads_a_section_after(page: &Page, feats: &[Features], parent: NodeId, best: NodeId) -> bool {
    page.children(parent)
        .iter()
        .skip_while(|&&c| c != best)
        .skip(1)
        .any(|&c| {
            matches!(page.tag(c), "h2" | "h3" | "h4" | "h5" | "h6")
                && feats[c.index()].evidence() <= 0.0
        })
}

/// Whether a child of `parent` other than `best` holds a copyright line:
/// the site's footer, with its sign-up form as one column of it.
fn credits_beside(page: &Page, parent: NodeId, best: NodeId) -> bool {
    page.children(parent)
        .iter()
        .any(|&c| c != best && crate::substr::contains(&page.visible_text(c), "©"))
}

/// What the top-down walk needs to know of the story under the article
/// root, read in one pass over it.
struct Story {
    /// Several of its paragraphs (children of a run of story text) carry
    /// calls to action: the story is itself about subscriptions or
    /// newsletters.
    about_subscriptions: bool,
    /// Its last paragraph in a run of story text, if any.
    end: Option<NodeId>,
}

impl Story {
    fn read(page: &Page, feats: &[Features], root: NodeId) -> Story {
        let mut paragraphs = 0;
        let mut end = None;
        for i in page.subtree(root) {
            let id = NodeId(i as u32);
            let f = &feats[i];
            if page.tag(id) != "p" {
                continue;
            }
            let in_story_run = page
                .parent(id)
                .is_some_and(|p| feats[p.index()].prose_p_children >= 2);
            if !in_story_run {
                continue;
            }
            if f.prose_chars > 0 {
                end = Some(id);
            }
            // Anchors, not just weight: "plan", "a month" and "daily" fill
            // any story about money or routines.
            let topical = f.text >= 2.0 && f.anchors > 0;
            if f.own_markup == 0.0 && topical {
                paragraphs += 1;
            }
        }
        Story {
            about_subscriptions: paragraphs >= SUBJECT_PARAGRAPHS,
            end,
        }
    }
}

fn upsell(page: &Page, feats: &[Features], id: NodeId) -> Upsell {
    let f = &feats[id.index()];
    let kind = Kind::ALL
        .into_iter()
        .max_by(|a, b| f.kinds[*a as usize].total_cmp(&f.kinds[*b as usize]))
        .unwrap_or(Kind::Subscription);
    let subtree = page.subtree(id);
    let modal = page.ancestors(id).any(|a| feats[a.index()].modal)
        || subtree.clone().any(|i| feats[i].modal);
    let sticky = page.ancestors(id).any(|a| feats[a.index()].sticky)
        || subtree.clone().any(|i| feats[i].sticky);
    let overlay = if modal {
        Some(Overlay::Modal)
    } else if sticky {
        Some(Overlay::Sticky)
    } else {
        None
    };
    Upsell {
        node: id,
        kind,
        cues: cues(page, feats, id, REASON_CUES),
        overlay,
        score: f.evidence(),
    }
}

/// How many phrases and class tokens a reason names.
const REASON_CUES: usize = 3;

/// The `max` strongest phrases and class tokens of `id`, then its email
/// field and price.
fn cues(page: &Page, feats: &[Features], id: NodeId, max: usize) -> Vec<Cue> {
    let mut cues: Vec<(f32, Cue)> = Vec::new();
    let mut note = |w: f32, cue: Cue| {
        if !cues.iter().any(|(_, c)| *c == cue) {
            cues.push((w, cue));
        }
    };
    let (phrases, tokens) = (Phrases::get(), Tokens::get());
    let mut lower = String::new();
    for i in page.subtree(id) {
        let node = NodeId(i as u32);
        if page.is_hidden(node) {
            continue;
        }
        match &page.node(node).data {
            crate::page::NodeData::Text(t) => {
                lower.clear();
                lower.extend(t.chars().map(crate::case::lower));
                let w: Vec<&str> = words(&lower).collect();
                let looked_up: Vec<Word> = w.iter().map(|w| phrases.lookup(w)).collect();
                phrases.scan(&looked_up, true, &mut |p, i, len| {
                    note(
                        p.weight(),
                        Cue::Phrase {
                            text: crate::substr::join(&w[i..i + len], " "),
                        },
                    )
                });
            }
            crate::page::NodeData::Element(e) => {
                for c in std::iter::once(&e.id).chain(&e.classes) {
                    tokens.marks(c, &mut |t, m| {
                        if let Mark::Promo(_, w) = m {
                            note(
                                w - 0.1,
                                Cue::Class {
                                    text: crate::case::lower_str(t),
                                },
                            );
                        }
                    });
                }
            }
        }
    }
    crate::sort::sort_by(&mut cues, |a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<Cue> = cues.into_iter().take(max).map(|(_, c)| c).collect();
    let f = &feats[id.index()];
    if f.email_inputs > 0 {
        out.push(Cue::EmailField);
    }
    if f.prices > 0 {
        out.push(Cue::Price);
    }
    out
}

/// `kind`'s label and `cues` in English (the command line's reasons).
fn describe(kind: Kind, cues: &[Cue]) -> String {
    if cues == [Cue::Backdrop] {
        return "backdrop of a promo modal".into();
    }
    let parts: Vec<String> = cues
        .iter()
        .map(|c| match c {
            Cue::Phrase { text: p } => format!("“{p}”"),
            Cue::Class { text: t } => format!("class “{t}”"),
            Cue::EmailField => "email field".into(),
            Cue::Price => "price".into(),
            Cue::Backdrop => "backdrop".into(),
        })
        .collect();
    format!("{}: {}", kind.label(), parts.join(", "))
}

/// Words in a class or an id that name the layer a modal dims the page with
/// (`tp-backdrop`, `modal-backdrop`, `pum-overlay`, `fancybox-bg`,
/// `modal-background`, `MuiBackdrop-root`), looked for inside the names
/// lower-cased. An empty sibling of a promo modal named only a modal or a
/// dialog is another dialog waiting for its content (a shop's quick view,
/// a form's error line), which collapsing would break.
const BACKDROP_NAMES: &[&str] = &[
    "backdrop",
    "overlay",
    "bg",
    "background",
    "mask",
    "scrim",
    "shade",
    "dimmer",
    "curtain",
];

/// Whether an element's class or id names a backdrop ([`BACKDROP_NAMES`]).
/// A name that says what the element *has* (`ob-has-background-overlay`
/// on a divider) describes its style, not a layer.
fn named_a_backdrop(e: &crate::page::Element) -> bool {
    std::iter::once(&e.id).chain(&e.classes).any(|name| {
        let name = name.to_ascii_lowercase();
        !crate::substr::contains(&name, "has-")
            && BACKDROP_NAMES
                .iter()
                .any(|w| crate::substr::contains(&name, w))
    })
}

/// A modal's backdrop is a sibling layer without text, named as one:
/// collapsed with it so the page underneath is not left dimmed.
fn add_backdrops(page: &Page, feats: &[Features], found: &mut Vec<Upsell>) {
    let mut extra = Vec::new();
    for u in found.iter().filter(|u| u.overlay == Some(Overlay::Modal)) {
        let Some(parent) = page.parent(u.node) else {
            continue;
        };
        for &s in page.children(parent) {
            let f = &feats[s.index()];
            let Some(e) = page.element(s) else {
                continue;
            };
            let layer = !NOT_A_BOX.contains(&page.tag(s));
            if s != u.node
                && !e.hidden
                && layer
                && named_a_backdrop(e)
                && f.modal
                && !f.structure
                && f.chars == 0
                && !holds_media(page, s)
            {
                extra.push(Upsell {
                    node: s,
                    kind: u.kind,
                    cues: vec![Cue::Backdrop],
                    overlay: Some(Overlay::Modal),
                    score: 0.0,
                });
            }
        }
    }
    for x in extra {
        if !found.iter().any(|u| u.node == x.node) {
            found.push(x);
        }
    }
}

/// Whether an element shows a picture or a video: a text-less sibling of a
/// modal that does is the story's figure (`figure.wp-lightbox-container`),
/// not the modal's backdrop.
fn holds_media(page: &Page, id: NodeId) -> bool {
    page.subtree(id).any(|i| {
        matches!(
            page.tag(NodeId(i as u32)),
            "img" | "picture" | "video" | "iframe" | "canvas" | "object" | "embed"
        )
    })
}

#[cfg(all(test, feature = "cli"))]
mod tests {
    use super::*;
    use crate::native::read_html;

    /// The visible texts of what `find_in_fragment` collapses.
    fn collapsed(html: &str) -> Vec<(String, Upsell)> {
        let page = read_html(html, None);
        find_in_fragment(&page)
            .into_iter()
            .map(|u| (page.visible_text(u.node), u))
            .collect()
    }

    #[test]
    fn the_writers_credit_stays_beside_its_subscribe_button() {
        let credit = "<div class=author><div class=credit><p>Article by Jane Roe</p>\
             <div class=buttons><a href=/contact>Let's talk</a> <a href=/subscribe>Subscribe</a></div></div></div>";
        let found = collapsed(credit);
        assert!(
            found.iter().all(|(text, _)| !text.contains("Jane Roe")),
            "{found:?}"
        );
        // Nor do its buttons, which hold the writer's contact ("Let's
        // talk", a consultant's), and a reader uses that.
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_sidebar_column_is_not_the_sign_up_box_it_opens_with() {
        // A titled box is one box; a heading after the box opens another
        // widget of the column, which stays.
        let column = "<aside class=sidebar><div class=sticky>\
             <div class=scoop-signup><div>Subscribe to the Scoop for event tips delivered straight to your inbox.</div><form><input type=email></form></div>\
             <h3>Categories</h3><div><a href=/category/events>Event Experience</a></div></div></aside>";
        let found = collapsed(column);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(!found[0].0.contains("Categories"), "{:?}", found[0].0);
        let titled = "<aside class=sidebar><div class=box><h3>Stay in the loop</h3>\
             <div class=scoop-signup><div>Subscribe to the Scoop for event tips delivered straight to your inbox.</div><form><input type=email></form></div></div></aside>";
        let found = collapsed(titled);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.contains("Stay in the loop"), "{:?}", found[0].0);
    }

    #[test]
    fn a_footer_row_keeps_the_sites_credits_beside_its_sign_up_form() {
        let html = "<footer><div class=grid><div class=footer-content><h6>Really Good Designs</h6>\
             <p>© Really Good Designs <a href=/about>About</a> <a href=/terms>Terms</a></p></div>\
             <div class=footer-form><h5>Stay on top of your design game.</h5>\
             <p>Subscribe to our newsletter and never miss a tip.</p>\
             <form><input type=email placeholder=Email><input type=submit value=Submit></form></div></div></footer>";
        let found = collapsed(html);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("Stay on top"), "{:?}", found[0].0);
        assert!(!found[0].0.contains('©'), "{:?}", found[0].0);
    }

    #[test]
    fn promo_boxes_in_four_languages_are_collapsed_whole() {
        let cases = [
            (
                "<div class=box><h3>Sign up for our newsletter</h3><p>The best stories, in your inbox every morning.</p><form><input type=email><button>Sign up</button></form></div>",
                Kind::Newsletter,
            ),
            (
                "<div class=box><h3>Jetzt abonnieren</h3><p>Alle Artikel lesen, 4 Wochen gratis testen, danach 9,99 € pro Monat.</p><a href=/abo>Zum Angebot</a></div>",
                Kind::Subscription,
            ),
            (
                "<div class=box><h3>Abonnez-vous</h3><p>Accès illimité à tous nos articles, sans engagement.</p><a href=/abonnement>Je m'abonne</a></div>",
                Kind::Subscription,
            ),
            (
                "<div class=box><h3>Hazte socio</h3><p>Apoya nuestro periodismo independiente desde 3 € al mes.</p><a href=/socios>Únete</a></div>",
                Kind::Membership,
            ),
        ];
        for (html, kind) in cases {
            let found = collapsed(html);
            assert_eq!(found.len(), 1, "{html}: {found:?}");
            let (text, upsell) = &found[0];
            let page = read_html(html, None);
            let all = page.visible_text(page.body().unwrap());
            assert_eq!(*text, all, "the whole box, not a line of it");
            assert_eq!(upsell.kind, kind, "{html}");
            assert_eq!(upsell.overlay, None);
        }
    }

    #[test]
    fn what_only_looks_like_a_promo_stays() {
        let kept = [
            // A contact form built without a `<form>`: its email field
            // alone reads as a sign-up.
            "<div class=contact-form><h3>Get a free consultation</h3>\
             <div class=field><label>Full name</label><input type=text name=name></div>\
             <div class=field><label>Email address*</label><input type=email name=email></div>\
             <div class=field><label>Your message</label><textarea name=message></textarea></div>\
             <button>Get a quote</button></div>",
            // A cookie table's row naming the newsletter banner it governs.
            "<table class=cookies><tr><th>Cookie</th><th>Duration</th><th>Description</th></tr>\
             <tr><td>_ga</td><td>2 years</td><td>Tells visits apart for the site’s statistics.</td></tr>\
             <tr><td>nl_banner</td><td>365 days</td>\
             <td>Determines if the “Get weekly insights straight to your inbox” banner is shown.</td></tr></table>",
            // An advertisement's label in a story.
            "<div class=post-ad-wrap>Advertisement. Scroll to continue reading.</div>",
            // A service business's booking buttons in its header.
            "<div class=mobile-ctas><div class=mobile-booking-cta>\
             <a aria-label='Protection Plan' href=/membership/>Protection Plan</a></div>\
             <div class=mobile-booking-cta><a aria-label='Book Now'>Book Now</a></div></div>",
            // A follow counter for the site's channel on another platform.
            "<div class='social-counter widget'><div class='social-type social-facebook'>\
             <a href=/fb>1,204 Fans</a><a href=/fb>Like</a></div>\
             <div class='social-type social-youtube'><span>32</span><span>Subscribers</span>\
             <a href=/yt>Subscribe</a></div></div>",
            // An event's registration sells no subscription.
            "<div class=cta><p>New to the platform? Join our webinar to get set up for success.</p>\
             <a href=/events/webinar>Register now</a></div>",
            "<div class='notifications background-orange'>Get expert advice on the travel trends that \
             matter today. <a href=/webinar>Join our webinar by signing up now!</a></div>",
            // A contact form whose message field is a line, not a text area.
            "<div class='modal fade'><label>Contact us</label><form>\
             <input type=text name=input_1 placeholder=NAME><input type=text name=input_2 placeholder=COMPANY>\
             <div class=ginput_container_email><input type=text name=input_3 placeholder=EMAIL></div>\
             <input type=text name=input_4 placeholder=COMMENTS><input type=submit value=SEND></form></div>",
            // A quote request: name, phone and email.
            "<div class=quote><p>Get a free quote today. A pro will contact you within 24 hours.</p>\
             <form class=webform-submission-contact-form><label>First and last name</label><input type=text name=name>\
             <label>Phone</label><input type=tel name=phone>\
             <div class='form-item form-type-email'><label>Email</label><input type=email name=email></div>\
             <button>Start your quote</button></form></div>",
            // A sentence of a review written without `<p>`s, as a link.
            "<div class=entry-content>During tax time you will be glad you saved time by being able \
             to pull the financial reports that make accounting so much easier. \
             <a href=https://example.com/signup>LessAccounting offers a 30-day free trial.</a> \
             If you enjoy it, you can choose the Lite or the Team package.<br><br>\
             The Lite package is a good solution for self-employed professionals.</div>",
            // A reader's comment naming a project's mailing list.
            "<div class=comments><div class=comment><div class=comment-body>\
             ..the first time this came up on the kernel mailing list. (hint. not this century.)\
             </div><a href=/reply>Reply</a></div></div>",
            // A follow: "Subscribe to" a podcast calls for nothing, and
            // counts for nothing.
            "<div class=episode><button type=button>Subscribe to Podcast</button> <a href='#comments'>Discuss</a></div>",
            // The site's own trade: a sales demo, named a trial by its class
            // or asked for with an email address, and a shop's restock
            // notice.
            "<a class='btn trial' href=/demo>Book a Demo</a>",
            "<div class=footer-top><strong>See how FieldEdge can improve your operations</strong>\
             <form id=email-form action=/demo/><input type=email placeholder='Email Address'>\
             <button class=btn>Request Demo</button></form></div>",
            "<div class='xoo-wl-popup modal'><span>Join Waitlist</span>\
             <span>We will inform you when the product arrives in stock. Please leave your email address below.</span>\
             <form class=xoo-wl-form><input type=email placeholder=Email><button>Email me when available</button></form></div>",
        ];
        for html in kept {
            assert!(collapsed(html).is_empty(), "{html}: {:?}", collapsed(html));
        }
        // A sign-up form beside a comment form, and one laid out in a
        // table's cell, still go.
        let beside = "<div><form><textarea name=body></textarea><button>Post</button></form>\
             <div class=subscribe-box><h3>Ready for more?</h3><form action=/api/v1/free>\
             <input type=email name=email><button>Subscribe</button></form></div></div>";
        let in_cell = "<table><tr><td><div class=signup><h3>Subscribe to our newsletter</h3>\
             <form><input type=email name=email><button>Sign up</button></form></div></td></tr></table>";
        // Beside the site's phone number, the sign-up goes alone.
        let by_phone = "<div class=footer-col><p>Appointments: <a href='tel:18888240200'>1-888-824-0200</a></p>\
             <div><h4>Sign up for our newsletter</h4><form><input type=email name=email>\
             <button>Subscribe</button></form></div></div>";
        // A sign-up that also asks for a phone number for texts.
        let texts = "<div class=footer-newsletter><h4>Join our newsletter</h4><form>\
             <input type=email name=email><input type=tel name=phone placeholder='Phone number'>\
             <button>Subscribe</button></form></div>";
        for html in [beside, in_cell, by_phone, texts] {
            let found = collapsed(html);
            assert_eq!(found.len(), 1, "{html}: {found:?}");
            assert!(found[0].0.contains("ubscribe"), "{html}: {found:?}");
            assert!(!found[0].0.contains("888"), "{html}: {found:?}");
        }
        // A trial offered beside the demo calls, and goes whole.
        let trial = "<div class=cta><p>Ready to see Workzone in action?</p>\
             <a href=/trial>Start free trial</a> <a href=/demo>Book a demo</a></div>";
        let found = collapsed(trial);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.ends_with("Book a demo"), "{found:?}");
    }

    #[test]
    fn story_text_about_subscriptions_is_not_a_promo() {
        let story = "<div><p>Streaming services lost subscribers this spring as prices rose to fifteen dollars per month, analysts said on Monday.</p>\
            <p>Several services now offer a free trial again, and one of them lets viewers subscribe for a single month at a time.</p>\
            <p>Newsletters about television have also grown, with some writers charging five dollars a month for weekly recommendations.</p></div>";
        assert!(collapsed(story).is_empty());
    }

    #[test]
    fn a_paywall_classed_body_is_never_collapsed() {
        let page = read_html(
            "<article><div class='paywall article-body' data-paywall=metered>\
             <p>The council voted on Tuesday to rebuild the harbour wall that protects four hundred homes.</p>\
             <p>Subscribers had asked for the vote; the wall was breached twice during the storms of last winter.</p>\
             <p>Work is expected to start in the autumn and to take eighteen months to complete.</p></div>\
             <div class=paywall-prompt><p>Subscribe now to keep reading.</p><a href=/subscribe>Subscribe</a></div></article>",
            None,
        );
        let body = page.body().unwrap();
        let root = page
            .subtree(body)
            .map(|i| NodeId(i as u32))
            .find(|&id| {
                page.element(id)
                    .is_some_and(|e| e.has_class("article-body"))
            })
            .unwrap();
        let found = find(&page, root);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(page
            .visible_text(found[0].node)
            .starts_with("Subscribe now"));
        // Without a root to protect, the story paragraphs still protect it.
        let found = find_in_fragment(&page);
        assert!(found.iter().all(|u| !page.contains(u.node, root)));
    }

    #[test]
    fn the_readers_account_is_no_promo() {
        let texts =
            |html: &str| -> Vec<String> { collapsed(html).into_iter().map(|(t, _)| t).collect() };
        // Links to the reader's account, in a header or under comments.
        assert_eq!(
            texts("<header><div class=user-links><a class=signin href=/login>Sign in</a> <a class=signup href=/register>Sign up</a></div></header>"),
            Vec::<String>::new()
        );
        assert_eq!(
            texts("<p class=cta>To view or add a comment, <a href=/login>sign in</a></p>"),
            Vec::<String>::new()
        );
        // A password reset asks for an email address: neither the form nor
        // its field is a sign-up.
        assert_eq!(
            texts("<div class=modal><div class=recover><h3>Recover password</h3><form><label>Enter your email:</label>\
                   <div class=field><input type=email placeholder=Email></div><button>Recover</button></form>\
                   <p>Remembered your password? <a href=/login>Back to login</a></p></div></div>"),
            Vec::<String>::new()
        );
        // A box that sells still goes, sign-in line and all.
        assert_eq!(
            texts("<div class=paywall-prompt><p>Subscribe now for unlimited access.</p><p>Already a subscriber? <a href=/login>Sign in</a></p></div>"),
            ["Subscribe now for unlimited access. Already a subscriber? Sign in"]
        );
    }

    #[test]
    fn modals_and_sticky_bars_are_marked_with_their_backdrop() {
        let layer = "<div class='tp-backdrop tp-active'></div>\
             <div class=tp-modal role=dialog aria-modal=true><div class=tp-container-inner>\
             <h2>You have reached your limit of free articles</h2>\
             <p>Subscribe now for unlimited access. Cancel anytime.</p>\
             <a href=/subscribe>Subscribe</a></div></div>";
        // Injected as siblings: the modal, and its backdrop beside it.
        let modal = collapsed(layer);
        assert_eq!(modal.len(), 2, "{modal:?}");
        assert!(modal.iter().all(|(_, u)| u.overlay == Some(Overlay::Modal)));
        assert!(modal
            .iter()
            .any(|(t, u)| t.is_empty() && u.cues == [Cue::Backdrop]));
        // Injected in one wrapper: the wrapper is the box, backdrop included.
        let wrapped = collapsed(&format!("<div id=offer-layer>{layer}</div>"));
        assert_eq!(wrapped.len(), 1, "{wrapped:?}");
        assert_eq!(wrapped[0].1.overlay, Some(Overlay::Modal));

        // Text-less siblings that show a picture, or are a search or cart
        // layer, are the page's own: only the empty promo layer goes.
        let beside = collapsed(&format!(
            "<figure class=wp-lightbox-container><img src=a.jpg></figure>\
             <div class='search-overlay modal-overlay'></div>{layer}"
        ));
        assert_eq!(beside.len(), 2, "{beside:?}");
        // Nor is a divider whose class says it has a background overlay.
        let divider = collapsed(&format!(
            "<div class='elementor-widget-divider ob-has-background-overlay'></div>{layer}"
        ));
        assert_eq!(divider.len(), 2, "{divider:?}");
        // Empty dialogs beside it are the shop's, waiting for a product.
        let dialogs = collapsed(&format!(
            "<dialog id=product-modal class=product-modal><template><p>x</p></template></dialog>\
             <div class='shopengine-quick-view-modal se-modal-wrapper'></div>{layer}"
        ));
        assert_eq!(dialogs.len(), 2, "{dialogs:?}");
        assert!(dialogs
            .iter()
            .any(|(t, u)| t.is_empty() && u.cues == [Cue::Backdrop]));

        let sticky = collapsed(
            "<div class='sticky-footer'><p>Already a subscriber? Sign in.</p>\
             <a href=/subscribe>Subscribe for $1 a week</a></div>",
        );
        assert_eq!(sticky.len(), 1, "{sticky:?}");
        assert_eq!(sticky[0].1.overlay, Some(Overlay::Sticky));
    }

    #[test]
    fn an_opening_subscribe_calls_where_a_reported_one_does_not() {
        // A footer box whose form a script would add: its text must call.
        let calls = "<div class=col><p class=title>Blog Subscription</p>\
             <p>Subscribe to the TRC blog to receive fresh perspectives and advice.</p></div>";
        assert_eq!(collapsed(calls).len(), 1, "{calls}");
        for kept in [
            // Reported, not asked.
            "<div class=col><p class=title>Blog Subscription</p>\
             <p>Readers who subscribe to the TRC blog receive fresh perspectives.</p></div>",
            // A follow: a feed or a channel sells nothing.
            "<div class=col><p class=title>Blog Subscription</p>\
             <p>Subscribe to the wedding podcast on your phone!</p></div>",
            // A menu entry names a page; a title with no object asks nothing.
            "<div class=col><p class=title>Blog Subscription</p>\
             <p><a href=/blog>Subscribe to the TRC blog to receive advice</a> · <a href=/about>About</a></p></div>",
            "<div class=col><p class=title>Blog Subscription</p><p>Subscribe to:</p></div>",
        ] {
            assert!(collapsed(kept).is_empty(), "{kept}: {:?}", collapsed(kept));
        }
    }

    #[test]
    fn a_writers_note_in_a_sign_up_widget_stays_and_its_form_goes() {
        let note = "Thank you for supporting this newsletter. Your subscription supports my research and \
             writing, and I love researching and writing. To receive new posts and support my work, \
             consider becoming a free or paid subscriber.";
        let html = format!(
            "<div><p>The council voted on Tuesday to rebuild the harbour wall that protects four hundred homes.</p>\
             <p>Work is expected to start in the autumn and to take eighteen months to complete.</p>\
             <div class=subscription-widget-wrap><div class=subscription-widget><div class=preamble><p>{note}</p></div>\
             <div class=subscribe-widget><form action=/api/v1/free><input type=email name=email>\
             <button>Subscribe</button></form></div></div></div></div>"
        );
        let found = collapsed(&html);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Subscribe");
    }

    #[test]
    fn a_headings_anchor_is_its_words_not_a_promo_name() {
        let html = "<div><p>The airline's loyalty scheme changed this year, and members now earn fewer points per flight.</p>\
             <p>Its lounges stay open to members with elite status, the airline said in a statement on Monday.</p>\
             <h4 id=h-membership-discount>Membership discount</h4>\
             <p>Members still get a tenth off fares booked on the airline's own site, as before the change.</p></div>";
        assert!(collapsed(html).is_empty(), "{:?}", collapsed(html));
    }

    #[test]
    fn a_sign_up_box_may_have_a_long_pitch_under_a_heading_that_calls() {
        let blurb = "Our quarterly newsletter is your source for curated content that matters in the fitness \
             industry. We share facility design inspiration, new product updates, facility management \
             best-practices, exercise programming ideas, and more!";
        let html = format!(
            "<footer><div class=row><div class=text><h5>Sign up for our newsletter to stay on top of the latest trends.</h5>\
             <div>{blurb}</div></div><div class=newsletter-signup><form><label>Email address</label><input type=email>\
             <button>Subscribe</button></form></div></div><p>© 2025 Fitness Co. All rights reserved.</p></footer>"
        );
        let found = collapsed(&html);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].0.starts_with("Sign up for our newsletter"),
            "{found:?}"
        );
        assert!(found[0].0.contains("Email address"), "{found:?}");
    }

    #[test]
    fn menus_keep_plain_links_and_lose_calls_to_action() {
        let found = collapsed(
            "<nav><ul><li><a href=/news>News</a></li><li><a href=/newsletters>Newsletters</a></li>\
             <li><a href=/sport>Sport</a></li><li><a href=/newsletter>Join our newsletter</a></li></ul></nav>",
        );
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Join our newsletter"]);
    }

    #[test]
    fn forms_that_ask_more_than_an_email_are_not_promos() {
        let cases = [
            // A contact form: a text area.
            "<section><h2>Write to us</h2><p>Tips and corrections welcome; we read every message.</p>\
             <form><input name=name><input type=email name=email><textarea name=msg></textarea><button>Send</button></form></section>",
            // A demo request: many fields.
            "<div><h3>Get a personalised demo</h3><form><input name=first><input name=last><input type=email name=email>\
             <input name=company><input type=tel name=phone><select name=size></select><button>Request demo</button></form></div>",
            // A search form, with an anti-spam trap named like an email field.
            "<div class=header-search><form role=search><label>Search for: <input type=search name=s></label>\
             <input type=text name=trap_email_field><input type=submit value=Search></form></div>",
            // A question and its answer, which speak of the trial as content.
            "<section class=faq><div class=faq-item><h3>Is there a free trial?</h3>\
             <div>The service offers a 30-day free trial on all plans, to help you explore it with your team. You can get started by <a href=/signup>signing up here</a>.</div></div></section>",
            // A consent dialog quoting the GDPR's \"subscriber or user\".
            "<div class=cookie-consent role=dialog><p>Storage is strictly necessary for the legitimate purpose of enabling a service explicitly requested by the subscriber or user.</p><button>Accept</button></div>",
            // The reply notifications of a comment form: its email field
            // asks where to send replies.
            "<div id=comments class=comments-area><div class='wpdiscuz-subscribe-bar'>\
             <form action='/wp-admin/admin-ajax.php?action=wpdAddSubscription' id=wpdiscuz-subscribe-form>\
             <div class=wpdiscuz-subscribe-form-intro>Notify of</div><select name=wpdiscuzSubscriptionType></select>\
             <div class=wpdiscuz-subscribe-form-email><input class=email type=email name=wpdiscuzSubscriptionEmail placeholder=Email></div>\
             <input type=submit value='&#xf0e0;'></form></div></div>",
            // A log-in dialog, with its "register" link and member wording:
            // the reader opens it to sign in.
            "<div class='login-modal signup-modal' role=dialog><h3>Sign in</h3><p>Welcome back, member!</p>\
             <div class=fields><input type=email name=email placeholder=Email><input type=password name=pw></div>\
             <a href=/register>Register for free</a> <a href=/lost-password>Lost your password?</a></div>",
        ];
        for html in cases {
            let found = collapsed(html);
            assert!(found.is_empty(), "{html}: {found:?}");
        }
    }

    #[test]
    fn menus_keep_their_labels_and_lose_their_calls() {
        // Plain links naming a page stay, a menu is never collapsed whole;
        // a call or a priced offer goes alone.
        let cases: &[(&str, &[&str])] = &[
            (
                "<ul class=top><li><a href=/news>News</a></li><li><a href=/newsletters>Newsletters</a></li>\
                 <li><a href=/subscribe>Subscribe</a></li><li><a class=btn href=/subscribe?src=top>Start your free trial</a></li></ul>",
                &["Start your free trial"],
            ),
            (
                "<div class=footer-col><h4>Company</h4><a href=/about>About us</a> <a href=/subscribe>Subscribe</a> \
                 <a href=/contact>Contact</a> <a href=/jobs>Careers</a></div>",
                &[],
            ),
            (
                "<nav><a href=/world>World</a> <a href=/sport>Sport</a> <a href=/subscribe>Subscribe for €1</a></nav>",
                &["Subscribe for €1"],
            ),
        ];
        for (html, want) in cases {
            let texts: Vec<String> = collapsed(html).into_iter().map(|(t, _)| t).collect();
            assert_eq!(texts, *want, "{html}");
        }
    }

    #[test]
    fn story_paragraphs_that_quote_calls_stay() {
        let story = "<div><p>We tested nine meal kits over three months, paying full price after each free trial ended and cooking every recipe twice.</p>\
            <p>Prices ranged from $8.99 to $13.49 per serving, and every service lets you skip a week or cancel anytime from its app, though two hid the button.</p>\
            <p>The cheapest plan costs $59.94 a week, and new subscribers get their first box free if they sign up before the end of the month.</p></div>";
        assert!(collapsed(story).is_empty());
    }

    #[test]
    fn a_bullet_of_the_storys_list_stays_a_call_of_its_own_goes() {
        let page = |list_end: &str, after: &str| {
            read_html(
                &format!(
                    "<div class=story><p>The agency places engineers with hospitals and clinics across the region, mostly on contracts of a year or more.</p>\
                     <p>It publishes its own figures every quarter, and the latest ones compare well with the rest of the industry:</p>\
                     <ul><li><p>80% of candidates placed within a month</p></li><li><p>Savings of half the cost of temporary staff</p></li>\
                     <li><p>{list_end}</p></li></ul>{after}\
                     <p>The agency says its recruiters interview every candidate in person before sending a file to a client.</p></div>"
                ),
                None,
            )
        };
        let story_root = |page: &Page| {
            page.subtree(page.body().unwrap())
                .map(|i| NodeId(i as u32))
                .find(|&id| page.element(id).is_some_and(|e| e.has_class("story")))
                .unwrap()
        };
        let bullet = page("CVs in your inbox within 72 hours", "");
        assert!(find(&bullet, story_root(&bullet)).is_empty());
        let call = page(
            "Placements in 55 to 90 days",
            "<p>Get the best new jobs in your inbox: sign up for our weekly newsletter.</p>",
        );
        let found = find(&call, story_root(&call));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(call.visible_text(found[0].node).starts_with("Get the best"));
    }

    #[test]
    fn a_call_between_story_paragraphs_goes_a_link_in_a_sentence_stays() {
        let page = |cta: &str| {
            format!(
                "<div><p>The council voted on Tuesday to rebuild the harbour wall that protects four hundred homes in the old town.</p>\
                 <p>The wall was breached twice during the storms of last winter, flooding the fish market for several days.</p>{cta}\
                 <p>Work is expected to start in the autumn and to take eighteen months, the council said in a statement.</p></div>"
            )
        };
        let block = collapsed(&page(
            "<a class=btn href=/subscribe>Subscribe now for $1 a week</a>",
        ));
        let texts: Vec<&str> = block.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["Subscribe now for $1 a week"]);
        let sentence = collapsed(&page(
            "<p>The harbour master told the meeting that fishermen had been asked to <a href=/notices>sign up now</a> for berths at the outer pier, \
             because the inner harbour will be closed to boats for most of the works and the outer pier has room for only forty vessels, \
             fewer than half of the fleet that uses the port in the winter season.</p>",
        ));
        assert!(sentence.is_empty(), "{sentence:?}");
    }

    #[test]
    fn an_appeal_after_the_story_goes_a_closing_line_with_a_button_stays() {
        let story = "<p>The council voted on Tuesday to rebuild the harbour wall that protects four hundred homes in the old town.</p>\
            <p>The wall was breached twice during the storms of last winter, flooding the fish market for several days.</p>";
        let page = |tail: &str| {
            let page = read_html(
                &format!("<article><div class=body>{story}</div>{tail}</article>"),
                None,
            );
            let root = page
                .subtree(page.body().unwrap())
                .map(|i| NodeId(i as u32))
                .find(|&id| page.tag(id) == "article")
                .unwrap();
            let texts: Vec<String> = find(&page, root)
                .into_iter()
                .map(|u| page.visible_text(u.node))
                .collect();
            texts
        };
        let appeal = "<section><h2>Before you go</h2>\
            <p>We have no shareholders and no billionaire owner. Our reporting is paid for by readers like you, so please consider becoming a member.</p>\
            <a href=/membership/join>Become a member</a> <p>Already a member? <a href=/login>Sign in</a></p></section>";
        let texts = page(appeal);
        assert_eq!(texts.len(), 1, "{texts:?}");
        assert!(texts[0].starts_with("Before you go"), "{texts:?}");
        // One call after a closing paragraph: the story's last word.
        let closing = "<div><p>We will keep following the harbour works and the families behind the wall all year.</p>\
            <a href=/membership/join>Become a member today</a></div>";
        let texts = page(closing);
        assert!(texts.iter().all(|t| !t.starts_with("We will")), "{texts:?}");
        // Before the story's last paragraph, the same appeal is story.
        let before = read_html(
            &format!("<article><div class=body>{story}</div>{appeal}<div class=more>{story}</div></article>"),
            None,
        );
        let root = before
            .subtree(before.body().unwrap())
            .map(|i| NodeId(i as u32))
            .find(|&id| before.tag(id) == "article")
            .unwrap();
        assert!(find(&before, root)
            .iter()
            .all(|u| !before.visible_text(u.node).starts_with("Before you go")));
    }

    #[test]
    fn reasons_name_the_cues() {
        let found = collapsed(
            "<aside class=newsletter-box><p>Get the briefing in your inbox.</p><form><input type=email><button>Sign up</button></form></aside>",
        );
        let reason = &found[0].1.reason();
        assert!(reason.starts_with("newsletter sign-up: "), "{reason}");
        assert!(
            reason.contains("“in your inbox”") && reason.contains("email field"),
            "{reason}"
        );
    }

    #[test]
    fn cues_reach_the_page_as_a_tag_and_their_text() {
        let json = |c: Cue| serde_json::to_string(&c).unwrap();
        let phrase = Cue::Phrase {
            text: "in your inbox".into(),
        };
        assert_eq!(json(phrase), r#"{"cue":"phrase","text":"in your inbox"}"#);
        let class = Cue::Class {
            text: "newsletter".into(),
        };
        assert_eq!(json(class), r#"{"cue":"class","text":"newsletter"}"#);
        assert_eq!(json(Cue::EmailField), r#"{"cue":"email_field"}"#);
        assert_eq!(json(Cue::Price), r#"{"cue":"price"}"#);
        assert_eq!(json(Cue::Backdrop), r#"{"cue":"backdrop"}"#);
    }
}
