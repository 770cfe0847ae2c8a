//! The full stage's look at the page body: three linear passes over the nodes.
//!
//! 1. Reverse document order (children before parents): visible text and
//!    link text of every subtree, summed bottom-up.
//! 2. Document order (parents before children): each element inherits its
//!    parent's context flags (inside a link, in boilerplate, in comments, in
//!    code) and adds its own from its tag, role and class words; elements and
//!    short texts are counted by what they hint at (bylines, dates, prices,
//!    "Add to cart", "Reply"). Boilerplate is never most of the page: a
//!    `<body class="has-sidebar comments-open">` or a wrapper holding half
//!    the text is not a sidebar, whatever its class says; pass 1's totals
//!    tell.
//! 3. Reverse document order again: paragraphs of prose are found and
//!    summed bottom-up, each element looks at its children once (repeated
//!    card and post structures) and is scored as a candidate article root.
//!
//! Each pass touches each node a constant number of times, so the census is
//! linear in the page size. Text lengths count non-whitespace chars: the
//! ratios do not depend on how a page indents its markup.

mod labels;

pub(crate) use labels::has_phone_number;
mod tag;

pub use labels::Words;

use super::lexicon::{self, Kind, Kinds};
use super::schema::{self, SchemaKinds};
use crate::fnv::{self, fnv};
use crate::page::{visible_chars, Element, NodeData, NodeId, Page};
use crate::substr::part;
use labels::DateKind;
use tag::Tag;

/// A `<p>` (or an element's own text run) with at least this many
/// non-whitespace chars of non-link text is a paragraph of prose.
pub const MIN_PARAGRAPH_CHARS: u32 = 60;

/// A paragraph this long is substantial prose, not a caption or teaser.
pub const LONG_PARAGRAPH_CHARS: u32 = 250;

/// Texts up to this many chars are labels: buttons, links, bylines, dates, prices.
pub const MAX_LABEL_CHARS: usize = 60;

/// A link-bearing child up to this many chars can be a card of a listing.
pub const MAX_CARD_CHARS: u32 = 500;

/// Text a signed post holds at least (a reply, not a teaser card).
pub const MIN_SIGNED_POST_CHARS: u32 = 40;

/// Siblings of one shape needed to call them a repeated structure.
pub const MIN_REPEATS: u32 = 3;

/// How far above the article root its headline, byline and date are
/// looked for.
pub const SCOPE_LEVELS: usize = 3;

/// The page's only `<article>` is the root when it holds at least this
/// many times the prose of the best-scoring element in it (see
/// `widen_to_article`). Half: on the corpus's articles this widens four
/// roots that held a section or a paragraph of a sectioned story (their
/// cover of the gold text from 2–16% to all of it) and narrows none; a
/// third widens the same four.
pub const WIDEN_TO_ARTICLE: u32 = 2;

/// Nodes before and after the headline `<h1>` where a dateline or byline
/// belongs to it (kickers and dates sit above headlines, bylines and dates
/// below, after share buttons and standfirsts).
pub const HEADLINE_WINDOW: (usize, usize) = (40, 150);

/// Boilerplate flags apply only to elements holding less than this share of
/// the body's text.
pub const MAX_BOILER_SHARE: f32 = 0.5;

/// What a candidate article root pays per char it holds that is not
/// paragraph text, against one earned per paragraph char: boilerplate and
/// comments cost most, links (menus, teasers, related stories) in full,
/// other text (subheadings, captions, short list items: the story's own
/// furniture) little. Chosen on the tuning half of the corpus's domains
/// (`eval detect` reports both halves).
pub const ROOT_BOILER_COST: f32 = 3.0;
pub const ROOT_LINK_COST: f32 = 1.0;
pub const ROOT_OTHER_COST: f32 = 0.1;

/// Context a node inherits from its ancestors.
mod flag {
    pub const LINK: u8 = 1;
    /// Navigation, header, footer, sidebar, share bar, ad, cookie banner.
    pub const BOILER: u8 = 2;
    /// Reader comments.
    pub const COMMENT: u8 = 4;
    /// `<pre>`, `<code>`.
    pub const CODE: u8 = 8;
    pub const HIDDEN: u8 = 16;
    /// `<article>`, `<main>`, `itemprop=articleBody`, `role=main`: a header
    /// inside these is the story's own, not the site's.
    pub const CONTENT: u8 = 32;
    /// Inside `<body>` (not `<head>`).
    pub const BODY: u8 = 64;
}

/// Counts per hint kind: article, forum, docs, product, listing, service.
pub type KindCounts = [u32; 6];

/// What the full stage saw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Census {
    /// Visible elements in the body.
    pub elements: u32,
    /// Visible non-whitespace chars in the body.
    pub text_chars: u32,
    /// … of which inside links.
    pub link_chars: u32,
    /// … of which inside boilerplate or comment containers.
    pub boiler_chars: u32,
    /// … of which inside `<pre>` / `<code>`.
    pub code_chars: u32,
    /// Paragraphs of prose (see [`MIN_PARAGRAPH_CHARS`]) and their chars.
    pub paragraphs: u32,
    pub paragraph_chars: u32,
    /// Paragraphs of at least [`LONG_PARAGRAPH_CHARS`].
    pub long_paragraphs: u32,
    pub h1: u32,
    /// `<h2>`–`<h4>`.
    pub subheadings: u32,
    pub articles: u32,
    pub mains: u32,
    pub times: u32,
    pub pres: u32,
    pub tables: u32,
    pub list_items: u32,
    pub forms: u32,
    /// `<input>`, `<textarea>`, `<select>`.
    pub inputs: u32,
    pub buttons: u32,
    pub images: u32,
    /// Elements whose class or id hints at each page type.
    pub class_hints: KindCounts,
    /// … at an author or a date.
    pub class_bylines: u32,
    pub class_dates: u32,
    pub class_comments: u32,
    /// Short texts whose label hints at each page type.
    pub label_hints: KindCounts,
    /// "By Jane Doe", "Written by …".
    pub bylines: u32,
    /// "March 3, 2024", "2024-03-03", "3 Mar 2024".
    pub dates: u32,
    /// "3 hours ago", "2d ago".
    pub relative_dates: u32,
    /// "$12.99", "12,99 €".
    pub prices: u32,
    /// `rel=author` links, `itemprop=author`.
    pub author_marks: u32,
    /// `itemprop=articleBody` / `datePublished`.
    pub article_props: u32,
    /// `itemprop=price` / `offers` / `ratingValue`.
    pub product_props: u32,
    /// `href="tel:…"` links.
    pub phone_links: u32,
    /// schema.org types of `itemtype` attributes.
    pub microdata: SchemaKinds,
    /// Children of one shape, each a short link-bearing box, in the largest
    /// group of one parent, and in all groups together.
    pub max_cards: u32,
    pub cards: u32,
    /// The largest group of such cards that also carry a date: the teasers
    /// of a news or blog index.
    pub max_dated_cards: u32,
    /// The largest group of same-shaped short headed boxes of text that are
    /// not links: a landing page's grid of features or services.
    pub max_tiles: u32,
    /// `<h2>`–`<h4>` outside boilerplate that are mostly a link: the
    /// headlines of teasers (an index page), not a story's own subheadings.
    pub teaser_headings: u32,
    /// Links to an author's page (`/author/jane-doe`): a story's byline.
    pub author_links: u32,
    /// Links to a user's profile (`/u/jane`, `/members/jane.123`): the
    /// posters of a thread.
    pub user_links: u32,
    /// Chars inside those cards.
    pub card_chars: u32,
    /// The longest run of consecutive sibling paragraphs (subheadings,
    /// figures and lists between them allowed) and its chars.
    pub prose_run: u32,
    pub prose_run_chars: u32,
    /// Largest group of same-shaped siblings that each hold prose: posts of
    /// a thread, answers, comments (counted in comment sections too).
    pub max_posts: u32,
    /// Chars inside that group.
    pub post_chars: u32,
    /// Largest group of same-shaped siblings that each carry a date and a
    /// name over some text: the replies of a thread (or a story's comments).
    pub max_signed_posts: u32,
    /// The article root lies inside one member of that group: the "story"
    /// is one post among several.
    pub root_in_post: bool,
    /// Dates (labels and `<time>`), bylines and `<h1>`s around the article
    /// root: inside its nearest `<article>` / `<main>` ancestor within
    /// [`SCOPE_LEVELS`] levels, else its ancestor that many levels up.
    pub dates_near_root: u32,
    pub bylines_near_root: u32,
    pub h1_near_root: bool,
    /// Words of the story's headline in the body (the `<h1>` the dateline
    /// and byline are looked for around); 0 without one. An index or a
    /// landing page is headed "News" or "Our services", a story by a
    /// sentence.
    pub headline_words: u32,
    /// A date / a byline right around the story's headline: the last `<h1>`
    /// before the article root (or the first inside it), from
    /// [`HEADLINE_WINDOW`] nodes before it to [`HEADLINE_WINDOW`]`.1` after.
    pub dateline: bool,
    pub byline: bool,
    /// Form fields and buttons, and calls to action ("Contact us", phone
    /// numbers), around the article root (same scope).
    pub controls_near_root: u32,
    pub calls_to_action_near_root: u32,
    /// Subheadings and list items inside the article root.
    pub root_subheadings: u32,
    pub root_list_items: u32,
    /// Texts holding a phone number.
    pub phone_numbers: u32,
    /// The words of prose-length texts outside boilerplate.
    pub words: Words,
    /// The best article root and its totals.
    pub root: Option<NodeId>,
    pub root_chars: u32,
    pub root_link_chars: u32,
    pub root_paragraph_chars: u32,
    pub root_paragraphs: u32,
    /// The root is or lies inside `<article>` / `<main>` / `articleBody`.
    pub root_in_content: bool,
}

/// Every node's text chars, hidden or not, and every element's [`Tag`]
/// (pass 1).
struct Raw {
    text: Vec<u32>,
    tags: Vec<Tag>,
}

/// Visible text and link chars of every subtree (summed in pass 3).
struct Sizes<'r> {
    text: Vec<u32>,
    link: Vec<u32>,
    tags: &'r [Tag],
}

/// Runs the three passes.
pub fn take(page: &Page) -> Census {
    if page.nodes.is_empty() {
        return Census::default();
    }
    let raw = raw_sizes(page);
    let count = |class_words: ClassWords| {
        let mut c = Census::default();
        let mut marks = Marks::default();
        let (flags, signs) = flag_pass(page, &raw, &mut marks, &mut c, class_words);
        prose_pass(page, &flags, &signs, &raw, &mut c);
        (c, marks)
    };
    // As Readability does when its first pass finds no story: a page whose
    // every paragraph sits in boilerplate by its class words (a CMS that
    // calls each block of a page a widget) is counted again with the class
    // words left out.
    let (mut c, mut marks) = count(ClassWords::MarkBoilerplate);
    if c.root.is_none() {
        let again = count(ClassWords::Ignored);
        if again.0.root.is_some() {
            (c, marks) = again;
        }
    }
    if let Some(root) = c.root {
        let scope = story_scope(page, root);
        let range = page.subtree(scope);
        c.dates_near_root = Marks::count(&marks.dates, range.clone());
        c.bylines_near_root = Marks::count(&marks.bylines, range.clone());
        c.h1_near_root = Marks::count(&marks.h1s, range.clone()) > 0;
        c.controls_near_root = Marks::count(&marks.controls, range.clone());
        c.calls_to_action_near_root = Marks::count(&marks.calls_to_action, range);
        // The headline: the last `<h1>` before the root, else the first
        // inside it, else (no `<h1>` at all) the root's start.
        let headline = marks
            .h1s
            .iter()
            .rev()
            .find(|&&h| (h as usize) < root.index())
            .or_else(|| marks.h1s.iter().find(|&&h| page.contains(root, NodeId(h))))
            .map_or(root.index(), |&h| h as usize);
        if marks.h1s.binary_search(&(headline as u32)).is_ok() {
            c.headline_words = page
                .visible_text(NodeId(headline as u32))
                .split_whitespace()
                .count() as u32;
        }
        let around = headline.saturating_sub(HEADLINE_WINDOW.0)..headline + HEADLINE_WINDOW.1;
        c.dateline = Marks::count(&marks.dates, around.clone()) > 0;
        c.byline = Marks::count(&marks.bylines, around) > 0;
        let inside = page.subtree(root);
        c.root_subheadings = Marks::count(&marks.subheadings, inside.clone());
        c.root_list_items = Marks::count(&marks.list_items, inside);
    }
    c
}

/// Where the story's headline, byline and date are looked for: the root's
/// nearest `<article>` / `<main>` ancestor-or-self within [`SCOPE_LEVELS`]
/// levels, else its ancestor that many levels up.
fn story_scope(page: &Page, root: NodeId) -> NodeId {
    let mut scope = root;
    for (level, a) in std::iter::once(root)
        .chain(page.ancestors(root))
        .enumerate()
    {
        if level > SCOPE_LEVELS || page.tag(a) == "body" {
            break;
        }
        scope = a;
        if matches!(page.tag(a), "article" | "main") {
            break;
        }
    }
    scope
}

/// Pass 1: text chars per subtree, hidden text included.
fn raw_sizes(page: &Page) -> Raw {
    let n = page.nodes.len();
    let mut text = vec![0u32; n];
    let mut tags = vec![Tag::Other; n];
    for i in (0..n).rev() {
        let node = &page.nodes[i];
        match &node.data {
            NodeData::Text(t) => text[i] = visible_chars(t),
            NodeData::Element(e) => tags[i] = Tag::of(&e.tag),
        }
        if let Some(p) = node.parent {
            text[p.index()] += text[i];
        }
    }
    Raw { text, tags }
}

/// Nodes of the story's furniture, in document order (pass 2), to count
/// those around the article root once it is known.
#[derive(Default)]
struct Marks {
    dates: Vec<u32>,
    bylines: Vec<u32>,
    h1s: Vec<u32>,
    subheadings: Vec<u32>,
    list_items: Vec<u32>,
    /// Form fields and buttons.
    controls: Vec<u32>,
    /// "Contact us", "Get a quote", phone numbers.
    calls_to_action: Vec<u32>,
}

impl Marks {
    fn element(&mut self, id: u32, tag: Tag, attrs: &Attrs<'_>, hints: Kinds) {
        match tag {
            Tag::H1 => self.h1s.push(id),
            Tag::Subheading => self.subheadings.push(id),
            Tag::Li => self.list_items.push(id),
            Tag::Time => self.dates.push(id),
            Tag::Field | Tag::Button => self.controls.push(id),
            Tag::A if attrs.href.starts_with("tel:") => self.calls_to_action.push(id),
            _ => {}
        }
        if hints.has(Kind::Byline) {
            self.bylines.push(id);
        }
    }

    fn label(&mut self, id: u32, label: &labels::Label) {
        if label.date == Some(DateKind::Absolute) {
            self.dates.push(id);
        }
        if label.byline {
            self.bylines.push(id);
        }
        if label.phone || label.hints.has(Kind::Service) {
            self.calls_to_action.push(id);
        }
    }

    /// How many of `ids` lie in `range`.
    fn count(ids: &[u32], range: std::ops::Range<usize>) -> u32 {
        let from = ids.partition_point(|&i| (i as usize) < range.start);
        let to = ids.partition_point(|&i| (i as usize) < range.end);
        (to - from) as u32
    }
}

/// Pass 2: context flags top-down, element and label counts.
/// What a node itself shows of a post's signature (not inherited; summed
/// up the tree in pass 3).
mod sign {
    /// A date: `<time>`, "March 3, 2024", "4h ago".
    pub const DATED: u8 = 1;
    /// A name: a byline, an author or user-name class, an avatar.
    pub const SIGNED: u8 = 2;
    /// A heading (`<h2>`–`<h4>`).
    pub const HEADED: u8 = 4;
}

/// Whether class and id words mark boilerplate (see [`take`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum ClassWords {
    MarkBoilerplate,
    Ignored,
}

fn flag_pass(
    page: &Page,
    raw: &Raw,
    marks: &mut Marks,
    c: &mut Census,
    class_words: ClassWords,
) -> (Vec<u8>, Vec<u8>) {
    let mut flags = vec![0u8; page.nodes.len()];
    let mut signs = vec![0u8; page.nodes.len()];
    let mut hints_of = ClassHints::new();
    let mut label_buf = String::new();
    let body_text = page.body().map_or(0, |b| raw.text[b.index()]);
    let boiler_limit = (body_text as f32 * MAX_BOILER_SHARE) as u32;
    for (i, node) in page.nodes.iter().enumerate() {
        let inherited = node.parent.map_or(0, |p| flags[p.index()]);
        match &node.data {
            NodeData::Element(e) => {
                let tag = raw.tags[i];
                let attrs = Attrs::of(e);
                // The page's main landmark is not boilerplate, whatever a
                // wrapper's class says (a theme's `content-area
                // has-sidebar` column holds the story).
                let inherited = if tag == Tag::Main || attrs.role == "main" {
                    inherited & !flag::BOILER
                } else {
                    inherited
                };
                let (mut own, hints) =
                    element_flags(e, tag, &attrs, inherited, &mut hints_of, class_words);
                if raw.text[i] >= boiler_limit {
                    own &= !(flag::BOILER | flag::COMMENT);
                }
                if e.hidden {
                    own |= flag::HIDDEN;
                }
                let f = inherited | own;
                flags[i] = f;
                if tag == Tag::Time {
                    signs[i] |= sign::DATED;
                }
                if tag == Tag::Subheading {
                    signs[i] |= sign::HEADED;
                }
                if hints.has(Kind::Byline) || hints.has(Kind::Forum) {
                    signs[i] |= sign::SIGNED;
                }
                if f & flag::BODY != 0 && f & flag::HIDDEN == 0 {
                    count_element(tag, &attrs, hints, c);
                    if tag == Tag::A {
                        match profile_link(attrs.href) {
                            Some(Profile::Author) => c.author_links += 1,
                            Some(Profile::User) => c.user_links += 1,
                            None => {}
                        }
                    }
                    // Headers are often outside `<article>` and so look
                    // like boilerplate: the story's furniture is marked
                    // wherever it is, except in comments.
                    if f & flag::COMMENT == 0 {
                        marks.element(i as u32, tag, &attrs, hints);
                    }
                }
            }
            NodeData::Text(t) => {
                flags[i] = inherited;
                if inherited & flag::BODY == 0 || inherited & flag::HIDDEN != 0 {
                    continue;
                }
                let trimmed = t.trim();
                let story = inherited & flag::COMMENT == 0;
                let prose = inherited & (flag::BOILER | flag::COMMENT | flag::CODE) == 0;
                if trimmed.is_empty() {
                    continue;
                }
                let is_label = trimmed.len() <= MAX_LABEL_CHARS * 4
                    && crate::substr::char_count(trimmed) <= MAX_LABEL_CHARS;
                if is_label {
                    let label = labels::read(trimmed, &mut label_buf);
                    count_label(&label, c);
                    if label.date.is_some() {
                        signs[i] |= sign::DATED;
                    }
                    if label.byline {
                        signs[i] |= sign::SIGNED;
                    }
                    if story {
                        marks.label(i as u32, &label);
                    }
                } else if prose {
                    c.words.add(trimmed);
                    if labels::has_phone_number(trimmed) {
                        c.phone_numbers += 1;
                        marks.calls_to_action.push(i as u32);
                    }
                }
            }
        }
    }
    (flags, signs)
}

/// Directories of author pages: a link into one is a byline.
const AUTHOR_DIRS: &[&str] = &[
    "author",
    "authors",
    "columnist",
    "columnists",
    "contributor",
    "contributors",
    "journalist",
    "journalists",
    "writer",
    "writers",
];

/// Directories (or scripts) of user profiles on forums and Q&A sites
/// (Discourse `/u/`, XenForo `/members/`, vBulletin `member.php`, Reddit
/// `/user/`).
const USER_DIRS: &[&str] = &[
    "member", "members", "profile", "profiles", "u", "user", "users",
];

/// Whose page a link leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Profile {
    Author,
    User,
}

/// Whether `href` leads to an author's or a user's page: a path segment
/// (its name before any `.php`-like extension) is in [`AUTHOR_DIRS`] or
/// [`USER_DIRS`] and something follows it (a name or an id).
fn profile_link(href: &str) -> Option<Profile> {
    let path = crate::substr::split_once(href, "://").map_or(href, |(_, rest)| {
        rest.find('/').map_or("", |i| part(rest, i..))
    });
    let path = part(path, ..path.find('#').unwrap_or(path.len()));
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let mut segments = path.split('/').filter(|s| !s.is_empty()).peekable();
    while let Some(segment) = segments.next() {
        let stem = segment.split('.').next().unwrap_or(segment);
        let followed = segments.peek().is_some() || !query.is_empty();
        if !followed || stem.len() > 11 {
            continue;
        }
        let is = |dirs: &[&str]| dirs.iter().any(|d| d.eq_ignore_ascii_case(stem));
        if is(AUTHOR_DIRS) {
            return Some(Profile::Author);
        }
        if is(USER_DIRS) {
            return Some(Profile::User);
        }
    }
    None
}

/// [`lexicon::class_hints`] of the class names on a page, remembered in a
/// direct-mapped table: pages repeat a few hundred class names thousands
/// of times. A name whose slot another name took since is worked out
/// again, which costs a look-up, never a wrong answer; the table is not a
/// hash map for the wasm's size (the census was one of its four users).
struct ClassHints<'p> {
    slots: Vec<Option<(&'p str, Kinds)>>,
    buf: String,
}

/// Slots of [`ClassHints`]: a power of two, some times the distinct class
/// names of a heavy page, so that few of them share a slot.
const CLASS_SLOTS: usize = 2048;

impl<'p> ClassHints<'p> {
    fn new() -> Self {
        ClassHints {
            slots: vec![None; CLASS_SLOTS],
            buf: String::new(),
        }
    }

    fn get(&mut self, class: &'p str) -> Kinds {
        let slot = &mut self.slots[fnv(fnv::OFFSET, class.as_bytes()) as usize & (CLASS_SLOTS - 1)];
        match *slot {
            Some((known, k)) if known == class => k,
            _ => {
                let k = lexicon::class_hints(class, &mut self.buf);
                *slot = Some((class, k));
                k
            }
        }
    }
}

/// The attributes the census reads, found in one look at the element.
#[derive(Default)]
struct Attrs<'a> {
    role: &'a str,
    itemprop: &'a str,
    itemtype: &'a str,
    href: &'a str,
    rel: &'a str,
}

impl<'a> Attrs<'a> {
    fn of(e: &'a Element) -> Self {
        let mut a = Attrs::default();
        for (name, value) in &e.attrs {
            match name.as_str() {
                "role" => a.role = value,
                "itemprop" => a.itemprop = value,
                "itemtype" => a.itemtype = value,
                "href" => a.href = value,
                "rel" => a.rel = value,
                _ => {}
            }
        }
        a
    }
}

/// The flags an element adds to its inherited ones, and its class hints.
fn element_flags<'p>(
    e: &'p Element,
    tag: Tag,
    attrs: &Attrs<'_>,
    inherited: u8,
    hints_of: &mut ClassHints<'p>,
    class_words: ClassWords,
) -> (u8, Kinds) {
    let mut hints = Kinds::default();
    for class in &e.classes {
        hints |= hints_of.get(class);
    }
    if !e.id.is_empty() {
        hints |= hints_of.get(&e.id);
    }
    let mut own = 0;
    match tag {
        Tag::Body => own |= flag::BODY,
        Tag::A => own |= flag::LINK,
        Tag::Pre | Tag::Code => own |= flag::CODE,
        Tag::Aside => own |= flag::BOILER,
        Tag::Header if inherited & flag::CONTENT == 0 => own |= flag::BOILER,
        Tag::Article | Tag::Main => own |= flag::CONTENT,
        _ => {}
    }
    if matches!(attrs.role, "main" | "article") || attrs.itemprop == "articleBody" {
        own |= flag::CONTENT;
    }
    if matches!(
        attrs.role,
        "navigation" | "banner" | "contentinfo" | "complementary" | "search"
    ) {
        own |= flag::BOILER;
    }
    // Class words only mark boilerplate outside the story container, where
    // a `share` or `related` class on the story's own wrapper is rare.
    if class_words == ClassWords::MarkBoilerplate
        && hints.has(Kind::Boiler)
        && (inherited | own) & flag::CONTENT == 0
    {
        own |= flag::BOILER;
    }
    if hints.has(Kind::Comment) {
        own |= flag::COMMENT;
    }
    (own, hints)
}

fn count_element(tag: Tag, attrs: &Attrs<'_>, hints: Kinds, c: &mut Census) {
    c.elements += 1;
    match tag {
        Tag::H1 => c.h1 += 1,
        Tag::Subheading => c.subheadings += 1,
        Tag::Article => c.articles += 1,
        Tag::Main => c.mains += 1,
        Tag::Time => c.times += 1,
        Tag::Table => c.tables += 1,
        Tag::Pre => c.pres += 1,
        Tag::Li => c.list_items += 1,
        Tag::Form => c.forms += 1,
        Tag::Field => c.inputs += 1,
        Tag::Button => c.buttons += 1,
        Tag::Image => c.images += 1,
        Tag::A => {
            if attrs.href.starts_with("tel:") {
                c.phone_links += 1;
            }
            if attrs.rel.split_whitespace().any(|t| t == "author") {
                c.author_marks += 1;
            }
        }
        _ => {}
    }
    for (slot, kind) in Kind::PAGE_TYPES.iter().enumerate() {
        if hints.has(*kind) {
            c.class_hints[slot] += 1;
        }
    }
    c.class_bylines += hints.has(Kind::Byline) as u32;
    c.class_dates += hints.has(Kind::Date) as u32;
    c.class_comments += hints.has(Kind::Comment) as u32;
    for p in attrs.itemprop.split_whitespace() {
        match p {
            "author" | "creator" => c.author_marks += 1,
            "articleBody" | "datePublished" | "headline" => c.article_props += 1,
            "price" | "offers" | "ratingValue" | "priceCurrency" | "sku" => c.product_props += 1,
            _ => {}
        }
    }
    if !attrs.itemtype.is_empty() {
        c.microdata |= schema::kind_of(attrs.itemtype);
    }
}

/// Counts what a label says.
fn count_label(label: &labels::Label, c: &mut Census) {
    c.bylines += label.byline as u32;
    c.prices += label.price as u32;
    c.phone_numbers += label.phone as u32;
    match label.date {
        Some(DateKind::Absolute) => c.dates += 1,
        Some(DateKind::Relative) => c.relative_dates += 1,
        None => {}
    }
    for (slot, kind) in Kind::PAGE_TYPES.iter().enumerate() {
        if label.hints.has(*kind) {
            c.label_hints[slot] += 1;
        }
    }
}

/// Prose under one node, summed bottom-up (pass 3).
#[derive(Clone, Copy, Default)]
struct Prose {
    chars: u32,
    paragraphs: u32,
    /// Paragraph chars counted in boilerplate and comments too: a thread's
    /// replies are prose even where class names call them comments.
    loose: u32,
    /// The node is itself a paragraph (not only holds some).
    is_paragraph: bool,
    /// Text chars inside boilerplate or comments (links included).
    boiler: u32,
    /// [`sign`] bits of the subtree.
    signs: u8,
}

/// The largest group of repeated posts: its parent and members' shape.
#[derive(Clone, Copy, Default)]
struct PostGroup {
    parent: Option<NodeId>,
    shape: u64,
}

/// Pass 3: paragraphs bottom-up, repeated structures, the article root.
fn prose_pass(page: &Page, flags: &[u8], signs: &[u8], raw: &Raw, c: &mut Census) {
    let n = page.nodes.len();
    let mut sizes = Sizes {
        text: vec![0; n],
        link: vec![0; n],
        tags: &raw.tags,
    };
    let mut prose = vec![Prose::default(); n];
    let mut children: Vec<Child> = Vec::new();
    let mut best: Option<(f32, NodeId)> = None;
    let mut posts = PostGroup::default();
    for i in (0..n).rev() {
        let f = flags[i];
        let node = &page.nodes[i];
        let visible = f & flag::HIDDEN == 0;
        match node.data {
            NodeData::Text(_) if visible => sizes.text[i] = raw.text[i],
            NodeData::Element(_) if visible && sizes.tags[i] == Tag::A => {
                sizes.link[i] = sizes.text[i]
            }
            _ => {}
        }
        let (text, link) = (sizes.text[i], sizes.link[i]);
        let mut pr = prose[i];
        if visible {
            pr.signs |= signs[i];
        }
        match &node.data {
            NodeData::Text(_) if visible && f & flag::BODY != 0 => {
                if f & (flag::BOILER | flag::COMMENT) != 0 {
                    pr.boiler = text;
                }
                c.text_chars += text;
                if f & flag::LINK != 0 {
                    c.link_chars += text;
                }
                if f & (flag::BOILER | flag::COMMENT) != 0 {
                    c.boiler_chars += text;
                }
                if f & flag::CODE != 0 {
                    c.code_chars += text;
                }
            }
            NodeData::Element(_) if f & flag::HIDDEN == 0 && f & flag::BODY != 0 => {
                let tag = sizes.tags[i];
                let prose_allowed = f & (flag::BOILER | flag::COMMENT | flag::CODE) == 0;
                let loose_allowed = f & flag::CODE == 0;
                // The whole of a `<p>`, or the text directly in a block
                // container (`<div>text<br><br>text</div>`, where each long
                // enough text run is a paragraph of its own). Direct text is
                // disjoint from the children's, so nothing counts twice.
                let own = if tag == Tag::P {
                    let chars = text.saturating_sub(link).saturating_sub(pr.loose);
                    OwnProse {
                        chars,
                        paragraphs: 1,
                        long: (chars >= LONG_PARAGRAPH_CHARS) as u32,
                    }
                } else if tag.holds_own_prose() {
                    own_text_runs(page, &node.children, &sizes)
                } else {
                    OwnProse::default()
                };
                if tag == Tag::Subheading && f & flag::BOILER == 0 && text > 0 && link * 2 >= text {
                    c.teaser_headings += 1;
                }
                let paragraph_like = own.chars >= MIN_PARAGRAPH_CHARS && link * 2 <= text;
                if paragraph_like && loose_allowed {
                    pr.loose += own.chars;
                }
                if paragraph_like && prose_allowed {
                    pr.is_paragraph = true;
                    pr.chars += own.chars;
                    pr.paragraphs += own.paragraphs;
                    c.paragraphs += own.paragraphs;
                    c.paragraph_chars += own.chars;
                    c.long_paragraphs += own.long;
                }
                if pr.paragraphs >= 2 {
                    let (run, run_chars) = prose_run(&node.children, &sizes, &prose);
                    if run_chars > c.prose_run_chars {
                        c.prose_run = run;
                        c.prose_run_chars = run_chars;
                    }
                }
                if f & flag::BOILER == 0 && node.children.len() as u32 >= MIN_REPEATS {
                    let before = c.max_posts;
                    let shape =
                        repeated_children(page, &node.children, &sizes, &prose, &mut children, c);
                    if c.max_posts > before {
                        posts = PostGroup {
                            parent: Some(NodeId(i as u32)),
                            shape,
                        };
                    }
                }
                if pr.chars > 0 {
                    let score = root_score(text, link, pr);
                    // Strictly better only: on a tie the deeper element,
                    // seen first, stays.
                    if best.is_none_or(|(b, _)| score > b) {
                        best = Some((score, NodeId(i as u32)));
                    }
                }
            }
            _ => {}
        }
        prose[i] = pr;
        if let Some(p) = node.parent {
            sizes.text[p.index()] += text;
            sizes.link[p.index()] += link;
            prose[p.index()].chars += pr.chars;
            prose[p.index()].paragraphs += pr.paragraphs;
            prose[p.index()].loose += pr.loose;
            prose[p.index()].boiler += pr.boiler;
            prose[p.index()].signs |= pr.signs;
        }
    }
    if let Some((_, best)) = best {
        let root = widen_to_article(page, best, sizes.tags, &prose, flags, c.articles);
        let r = root.index();
        c.root = Some(root);
        c.root_chars = sizes.text[r];
        c.root_link_chars = sizes.link[r];
        c.root_paragraph_chars = prose[r].chars;
        c.root_paragraphs = prose[r].paragraphs;
        c.root_in_content = flags[r] & flag::CONTENT != 0;
        c.root_in_post = posts.parent.is_some_and(|parent| {
            std::iter::once(root)
                .chain(page.ancestors(root))
                .take_while(|&a| a != parent)
                .any(|a| {
                    page.parent(a) == Some(parent)
                        && page.element(a).is_some_and(|e| shape(e) == posts.shape)
                })
        });
    }
}

/// The page's only `<article>`, instead of `root`, when `root` lies in it
/// and the article holds [`WIDEN_TO_ARTICLE`] times its prose or more.
///
/// The root's score pays for links and for text that is not prose, so a
/// story cut into sections with lists of links between them (a progress
/// report citing its patches) scores best at one section, even one
/// paragraph. A page with a single `<article>` has said where its story
/// is; a page with several is an index or a thread, and keeps its root.
fn widen_to_article(
    page: &Page,
    root: NodeId,
    tags: &[Tag],
    prose: &[Prose],
    flags: &[u8],
    articles: u32,
) -> NodeId {
    if articles != 1 {
        return root;
    }
    page.ancestors(root)
        .find(|a| tags[a.index()] == Tag::Article)
        .filter(|a| {
            flags[a.index()] & flag::BOILER == 0
                && prose[a.index()].chars >= WIDEN_TO_ARTICLE * prose[root.index()].chars
        })
        .unwrap_or(root)
}

/// How good an article root an element with these totals makes: it earns
/// its paragraphs' chars and pays for everything else it would drag into
/// the story, boilerplate and links most.
fn root_score(text: u32, link: u32, pr: Prose) -> f32 {
    let boiler = pr.boiler as f32;
    // Links in boilerplate are paid for as boilerplate; `link` may also
    // hold a few link chars of the paragraphs themselves, which `other`
    // then absorbs below zero.
    let links = link.saturating_sub(pr.boiler) as f32;
    let other = (text.saturating_sub(pr.chars) as f32 - boiler - links).max(0.0);
    pr.chars as f32 - ROOT_BOILER_COST * boiler - ROOT_LINK_COST * links - ROOT_OTHER_COST * other
}

/// Prose an element holds itself (not through child elements).
#[derive(Clone, Copy, Default)]
struct OwnProse {
    chars: u32,
    paragraphs: u32,
    /// … of at least [`LONG_PARAGRAPH_CHARS`].
    long: u32,
}

/// The direct text of a container: every text child counts, each one of
/// at least [`MIN_PARAGRAPH_CHARS`] is a paragraph (one at least when the
/// runs only add up to that much).
fn own_text_runs(page: &Page, children: &[NodeId], sizes: &Sizes<'_>) -> OwnProse {
    let mut own = OwnProse::default();
    for &ch in children {
        if matches!(page.nodes[ch.index()].data, NodeData::Text(_)) {
            let len = sizes.text[ch.index()];
            own.chars += len;
            own.paragraphs += (len >= MIN_PARAGRAPH_CHARS) as u32;
            own.long += (len >= LONG_PARAGRAPH_CHARS) as u32;
        }
    }
    own.paragraphs = own.paragraphs.max(1);
    own
}

/// The longest run of consecutive paragraphs among `children` (neutral
/// children skipped, anything else with text breaks the run): its length
/// and chars. A story is one long run; a landing page is many short
/// sections.
fn prose_run(children: &[NodeId], sizes: &Sizes<'_>, prose: &[Prose]) -> (u32, u32) {
    let (mut run, mut chars, mut best) = (0, 0, (0, 0));
    for &ch in children {
        let p = prose[ch.index()];
        if p.is_paragraph {
            run += 1;
            chars += p.chars;
            if chars > best.1 {
                best = (run, chars);
            }
        } else if sizes.text[ch.index()] > 0 && !sizes.tags[ch.index()].neutral_in_run() {
            (run, chars) = (0, 0);
        }
    }
    best
}

/// A child in [`repeated_children`].
#[derive(Clone, Copy)]
struct Child {
    shape: u64,
    /// A short box holding a link.
    card: bool,
    /// … and a date.
    dated: bool,
    /// A short box of text under its own heading, not a link: one panel
    /// of a landing page's grid of features or services.
    tile: bool,
    /// A box holding prose.
    post: bool,
    /// A box of text, not links, carrying a date and a name.
    signed: bool,
    text: u32,
}

/// Looks at the children of one element for repeated shapes: cards (short
/// boxes holding a link), posts (boxes holding prose) and signed posts
/// (dated, named boxes of text: replies, answers, comments). Returns the
/// shape of its largest post group.
fn repeated_children(
    page: &Page,
    children: &[NodeId],
    sizes: &Sizes<'_>,
    prose: &[Prose],
    found: &mut Vec<Child>,
    c: &mut Census,
) -> u64 {
    found.clear();
    let mut largest = (0, 0);
    for &ch in children {
        let Some(e) = page.element(ch) else { continue };
        let i = ch.index();
        let (text, link) = (sizes.text[i], sizes.link[i]);
        let child = Child {
            shape: shape(e),
            card: link > 0 && text > 0 && text <= MAX_CARD_CHARS,
            dated: prose[i].signs & sign::DATED != 0,
            post: prose[i].loose > 0 && sizes.tags[i].can_be_post(),
            tile: prose[i].signs & sign::HEADED != 0 && text <= MAX_CARD_CHARS && link * 2 < text,
            signed: prose[i].signs & (sign::DATED | sign::SIGNED) == sign::DATED | sign::SIGNED
                && text >= MIN_SIGNED_POST_CHARS
                && link * 2 < text,
            text,
        };
        if child.card || child.post || child.signed || child.tile {
            found.push(child);
        }
    }
    crate::sort::sort_by_key(found, |ch| ch.shape);
    for group in found.chunk_by(|a, b| a.shape == b.shape) {
        let count = |is: fn(&Child) -> bool| group.iter().filter(|ch| is(ch)).count() as u32;
        let chars = |is: fn(&Child) -> bool| -> u32 {
            group.iter().filter(|ch| is(ch)).map(|ch| ch.text).sum()
        };
        let cards = count(|ch| ch.card);
        if cards >= MIN_REPEATS {
            c.cards += cards;
            c.max_cards = c.max_cards.max(cards);
            c.card_chars += chars(|ch| ch.card);
            let dated = count(|ch| ch.card && ch.dated);
            if dated >= MIN_REPEATS {
                c.max_dated_cards = c.max_dated_cards.max(dated);
            }
        }
        let posts = count(|ch| ch.post);
        if posts >= MIN_REPEATS && posts > largest.0 {
            largest = (posts, group[0].shape);
            if posts > c.max_posts {
                c.max_posts = posts;
                c.post_chars = chars(|ch| ch.post);
            }
        }
        let tiles = count(|ch| ch.tile);
        if tiles >= MIN_REPEATS {
            c.max_tiles = c.max_tiles.max(tiles);
        }
        let signed = count(|ch| ch.signed);
        if signed >= MIN_REPEATS {
            c.max_signed_posts = c.max_signed_posts.max(signed);
        }
    }
    largest.1
}

/// An element's shape: its tag and first class, hashed.
fn shape(e: &Element) -> u64 {
    let h = fnv(fnv::OFFSET, e.tag.as_bytes());
    let h = fnv(h, b".");
    fnv(h, e.classes.first().map_or("", String::as_str).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageBuilder;

    /// More distinct names than the table has slots, asked twice in
    /// turn: every answer is the lexicon's, whichever name held a slot.
    #[test]
    fn class_hints_cache_answers_as_the_lexicon_does() {
        let words = ["byline", "post", "cart", "nav", "comment", "price", "x"];
        let names: Vec<String> = (0..3 * CLASS_SLOTS)
            .map(|i| format!("{}-{i}", words[i % words.len()]))
            .chain(words.iter().map(|w| w.to_string()))
            .collect();
        let mut cache = ClassHints::new();
        let mut buf = String::new();
        for _ in 0..2 {
            for name in &names {
                assert_eq!(
                    cache.get(name),
                    lexicon::class_hints(name, &mut buf),
                    "{name}"
                );
            }
        }
        // Names with hints and names without, so a wrong slot would show.
        let hinted = names.iter().filter(|n| cache.get(n) != Kinds::default());
        assert!((CLASS_SLOTS..names.len()).contains(&hinted.count()));
    }

    const PROSE: &str = "The committee met on Thursday and agreed, after a long debate, to publish the report in full next week.";

    /// A `<p>` of [`PROSE`].
    fn paragraph(b: &mut PageBuilder) {
        b.open("p", []);
        b.text(PROSE);
        b.close();
    }

    /// A body with a nav of links, an article of `paras` paragraphs and a
    /// footer.
    fn page(paras: usize) -> Page {
        let mut b = PageBuilder::new();
        b.open("html", []);
        b.open("body", []);
        b.open("nav", []);
        b.open("ul", []);
        for i in 0..5 {
            b.open("li", []);
            b.open("a", [("href", "/x")]);
            b.text(&format!("Section {i}"));
            b.close();
            b.close();
        }
        b.close();
        b.close();
        b.open("div", [("class", "story-body")]);
        b.open("p", []);
        b.text("By Jane Doe");
        b.close();
        b.open("time", []);
        b.text("March 3, 2024");
        b.close();
        for _ in 0..paras {
            paragraph(&mut b);
        }
        b.close();
        b.open("footer", []);
        paragraph(&mut b);
        b.close();
        b.close();
        b.close();
        b.finish()
    }

    #[test]
    fn root_is_the_story_container_not_the_footer() {
        let p = page(4);
        let c = take(&p);
        let root = c.root.unwrap();
        assert!(p.element(root).unwrap().has_class("story-body"));
        assert_eq!(c.root_paragraphs, 4);
        assert_eq!(c.paragraphs, 4, "the footer's prose is boilerplate");
        assert_eq!(c.bylines, 1);
        assert_eq!(c.dates, 1);
        assert_eq!(c.times, 1);
        // The nav's list items look like cards, but the nav is boilerplate.
        assert_eq!(c.cards, 0);
    }

    /// `articles` `<article>`s, the first a story in three sections, each a
    /// paragraph and a list of long links (a progress report citing its
    /// patches), which costs the story's score more than its prose earns.
    fn sectioned(articles: usize) -> Page {
        let mut b = PageBuilder::new();
        b.open("html", []);
        b.open("body", []);
        for n in 0..articles {
            b.open("article", [("id", if n == 0 { "story" } else { "other" })]);
            for _ in 0..3 {
                b.open("section", []);
                paragraph(&mut b);
                b.open("ul", []);
                for i in 0..4 {
                    b.open("li", []);
                    b.open("a", [("href", "/patch")]);
                    b.text(&format!(
                        "Patch {i}: allow casts between integers and pointers"
                    ));
                    b.close();
                    b.close();
                }
                b.close();
                b.close();
            }
            b.close();
        }
        b.close();
        b.close();
        b.finish()
    }

    #[test]
    fn a_single_article_holds_the_whole_sectioned_story() {
        let p = sectioned(1);
        let c = take(&p);
        let root = c.root.unwrap();
        assert_eq!(p.tag(root), "article");
        assert_eq!(c.root_paragraphs, 3);
        // With several `<article>`s nothing says which holds the story:
        // the best-scoring element stays the root.
        let p = sectioned(2);
        let c = take(&p);
        assert_eq!(p.tag(c.root.unwrap()), "p");
        assert_eq!(c.root_paragraphs, 1);
    }

    #[test]
    fn the_main_landmark_is_not_boilerplate_whatever_its_wrapper_says() {
        // A theme's column "content-area has-sidebar" holds `<main>` and
        // the story; a real sidebar beside it holds a paragraph too.
        let mut b = PageBuilder::new();
        b.open("html", []);
        b.open("body", []);
        b.open("div", [("class", "content-area has-sidebar")]);
        b.open("main", []);
        for _ in 0..3 {
            paragraph(&mut b);
        }
        b.close();
        b.close();
        b.open("div", [("class", "sidebar")]);
        paragraph(&mut b);
        b.close();
        // Menus holding most of the page's text, so that the column is
        // no exception by its size.
        b.open("nav", []);
        for _ in 0..40 {
            b.open("a", [("href", "/")]);
            b.text("Section and subsection");
            b.close();
        }
        b.close();
        b.close();
        b.close();
        let p = b.finish();
        let c = take(&p);
        assert_eq!(p.tag(c.root.expect("a root")), "main");
        assert_eq!(c.root_paragraphs, 3);
        assert_eq!(c.paragraphs, 3, "the sidebar's prose is boilerplate");
    }

    #[test]
    fn a_story_in_blocks_named_like_boilerplate_is_still_found() {
        // Every block of the story carries a class word of boilerplate (a
        // CMS's "widget"): counted with class words, no paragraph is left
        // outside boilerplate.
        let mut b = PageBuilder::new();
        b.open("html", []);
        b.open("body", []);
        b.open("div", [("class", "blog-right")]);
        for _ in 0..3 {
            b.open("div", [("class", "widget-span")]);
            paragraph(&mut b);
            b.close();
        }
        b.close();
        b.open("nav", []);
        b.open("a", [("href", "/")]);
        b.text("Home");
        b.close();
        b.close();
        b.close();
        b.close();
        let p = b.finish();
        let c = take(&p);
        let root = c.root.expect("a root");
        assert!(p.element(root).unwrap().has_class("blog-right"));
        assert_eq!(c.root_paragraphs, 3);
        assert_eq!(c.paragraphs, 3);
    }

    /// An index page: headline "News", three dated teasers whose headings
    /// are links to author-signed stories, and a grid of three headed
    /// panels of plain text.
    #[test]
    fn index_furniture() {
        let mut b = PageBuilder::new();
        b.open("html", []);
        b.open("body", []);
        b.open("h1", []);
        b.text("News");
        b.close();
        b.open("div", [("class", "teasers")]);
        for i in 0..3 {
            b.open("div", [("class", "teaser")]);
            b.open("h3", []);
            b.open("a", [("href", "/news/story")]);
            b.text(&format!("Council story number {i}"));
            b.close();
            b.close();
            b.open("time", []);
            b.text("March 3, 2024");
            b.close();
            b.open("a", [("href", "/author/jane-doe")]);
            b.text("Jane Doe");
            b.close();
            b.close();
        }
        b.close();
        b.open("div", [("class", "features")]);
        for _ in 0..3 {
            b.open("div", [("class", "panel")]);
            b.open("h2", []);
            b.text("Fast delivery");
            b.close();
            b.open("p", []);
            b.text("We ship every order on the day it is placed, wherever you are in the country, at no extra cost.");
            b.close();
            b.close();
        }
        b.close();
        b.open("a", [("href", "/u/someone")]);
        b.text("someone");
        b.close();
        b.close();
        b.close();
        let c = take(&b.finish());
        assert_eq!(c.teaser_headings, 3);
        assert_eq!(c.max_dated_cards, 3);
        assert_eq!(c.max_tiles, 3, "panels, not the linked teasers");
        assert_eq!(c.author_links, 3);
        assert_eq!(c.user_links, 1);
        assert!(c.root.is_some(), "{c:?}");
        assert_eq!(c.headline_words, 1);
        // A story's headline is a sentence.
        let p = page(3);
        assert_eq!(take(&p).headline_words, 0, "no <h1> at all");
    }

    #[test]
    fn profile_links() {
        for (href, want) in [
            ("/author/jane-doe/", Some(Profile::Author)),
            (
                "https://news.example.com/authors/jdoe",
                Some(Profile::Author),
            ),
            ("/u/someone", Some(Profile::User)),
            (
                "https://forum.example.com/members/jane.123/",
                Some(Profile::User),
            ),
            ("member.php?u=42", Some(Profile::User)),
            ("/authors", None),
            ("/users/", None),
            ("/about/our-writers-guide", None),
            ("/2024/03/05/a-user-story", None),
            ("#author", None),
        ] {
            assert_eq!(profile_link(href), want, "{href}");
        }
    }

    #[test]
    fn totals_add_up() {
        let p = page(2);
        let c = take(&p);
        let prose = PROSE.chars().filter(|c| !c.is_whitespace()).count() as u32;
        assert_eq!(c.paragraph_chars, 2 * prose);
        assert_eq!(c.root_paragraph_chars, 2 * prose);
        let nav = "Section0".len() as u32 * 5;
        assert_eq!(c.link_chars, nav);
        assert_eq!(c.boiler_chars, nav + prose);
        assert_eq!(
            c.text_chars,
            nav + 3 * prose + "ByJaneDoe".len() as u32 + "March3,2024".len() as u32
        );
    }
}
