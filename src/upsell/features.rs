//! Per-node evidence, computed bottom-up in one pass over the page.
//!
//! Node ids follow document order, so every child has a larger id than its
//! parent: walking the ids backwards visits each node after all of its
//! descendants, and adding a node's totals into its parent's gives subtree
//! totals for every node in one linear pass, with each text scanned once.

use super::lexicon::{Mark, Phrases, Shape, Tokens, Word};
use super::Kind;
use crate::detect::census::has_phone_number;
use crate::page::{Element, NodeData, NodeId, Page};
use crate::substr::part;

/// A paragraph at least this long, with no clear call to action in it, is
/// prose: story text or an editorial teaser, never promo copy.
pub(crate) const PROSE_CHARS: u32 = 80;

/// Text evidence below this in a paragraph still counts as prose: stories
/// say "daily", "join" or "member" without selling anything.
const PROSE_MAX_EVIDENCE: f32 = 2.0;

/// Link targets (`href`, `action`) are weaker evidence than an element's own
/// class: sites link to their subscribe page from menus and footers.
const LINK_TOKEN_FACTOR: f32 = 0.5;

/// A markup token of at least this lexicon weight names what is sold
/// (`newsletter`, `subscribe`, `paywall`, `membership`): a topical anchor.
/// Lighter tokens (`promo`, `cta`, `offer`, `member`, `premium`) are worn by
/// every marketing block, product card and forum post, so they only support.
const MARKUP_ANCHOR_WEIGHT: f32 = 2.5;

/// Where a markup value comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    /// The element's id or class: what the site calls it.
    Own,
    /// A `data-*` or `aria-label` value: often behaviour or configuration
    /// (`data-xf-init="member-tooltip"`), so only topical tokens count.
    Data,
    /// A path segment of a link or form target.
    Target,
    /// A heading's id: its anchor, made of its words
    /// (`h-membership-discount`), so promo tokens there are the text's
    /// subject; page structure (`comments-title`) still counts.
    Anchor,
}

impl Source {
    fn factor(self) -> f32 {
        match self {
            Source::Own | Source::Data | Source::Anchor => 1.0,
            Source::Target => LINK_TOKEN_FACTOR,
        }
    }
}

/// At most this much evidence from one element's own markup or one link, so
/// that a class list repeating `newsletter` five ways counts once.
const MAX_OWN_MARKUP: f32 = 4.0;
const MAX_LINK_MARKUP: f32 = 1.5;

/// A link or button whose text carries this much evidence, or whose target
/// this much, is a call to action (see [`Features::actions`]).
const ACTION_TEXT: f32 = 2.0;
const ACTION_TARGET: f32 = 1.0;

/// A phrase or token of at least this weight is an anchor (see
/// [`Features::anchors`]); of [`CALL_WEIGHT`], a call to action.
const ANCHOR_WEIGHT: f32 = 1.5;
const CALL_WEIGHT: f32 = 3.0;

/// A form asking this many things (name, company, phone, ...) is a contact,
/// demo-request or registration form; a sign-up asks an email address and
/// perhaps a name or two.
pub(crate) const LEAD_FORM_FIELDS: u32 = 6;

/// A form asking for a phone number, an email address and this many fields
/// in all is a quote or demo request (see [`Features::lead_forms`]).
const CALL_BACK_FIELDS: u32 = 3;

/// A price supports other cues: product reviews quote prices too.
const PRICE_EVIDENCE: f32 = 1.0;

/// Subtree totals of one node.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Features {
    /// Visible characters, whitespace runs counted as one.
    pub chars: u32,
    /// Visible words (whitespace-separated).
    pub words: u32,
    /// Visible characters inside links.
    pub link_chars: u32,
    pub links: u32,
    /// Weighted call-to-action phrases in the visible text.
    pub text: f32,
    /// Weighted promo tokens in class, id and attribute values.
    pub markup: f32,
    /// Weighted promo tokens in link and form targets (`/subscribe`).
    pub targets: f32,
    /// Promo evidence of this element's own markup alone.
    pub own_markup: f32,
    /// Evidence per [`Kind`], for naming the promo.
    pub kinds: [f32; 4],
    /// Single strong signals of the topic: a phrase of weight 1.5 or more, a
    /// topical markup token (see [`MARKUP_ANCHOR_WEIGHT`]), an email field.
    /// A promo has at least one; many weak ones are not enough.
    pub anchors: u32,
    /// This element's own markup holds a topical token: the site named it
    /// (`class="newsletter-box"`).
    pub named: bool,
    /// Named elements in the subtree.
    pub named_boxes: u32,
    /// Calls to action proper: phrases of weight 3 ("subscribe now",
    /// "sign up for our newsletter"), or two strong cues in a short run of
    /// text ("Subscribe to the weekly newsletter"): they speak to the reader.
    pub calls: u32,
    /// Links and buttons that act: their text is a call ("Subscribe",
    /// "Start free trial") or they lead to a promo page (`/subscribe`).
    pub actions: u32,
    pub forms: u32,
    /// Free-text fields: a form with one is a contact or comment form.
    pub textareas: u32,
    /// Fields a reader fills in: text-like inputs, selects, text areas.
    pub fields: u32,
    /// Phone number fields.
    pub phone_fields: u32,
    /// Forms with at least [`LEAD_FORM_FIELDS`] fields, or asking for a
    /// phone number, an email address and more ([`CALL_BACK_FIELDS`]):
    /// contact, quote, demo request or registration forms, which ask far
    /// more than a sign-up.
    pub lead_forms: u32,
    /// Search fields and search landmarks.
    pub searches: u32,
    /// Password fields: a form with one logs a reader in or manages an
    /// account.
    pub passwords: u32,
    /// Top-level headings: an element holding one frames the page itself.
    pub h1s: u32,
    pub email_inputs: u32,
    pub buttons: u32,
    /// The site's contact details: phone numbers in the text, `tel:` links.
    pub phones: u32,
    /// A currency sign next to a number.
    pub prices: u32,
    /// Characters in prose paragraphs (see [`PROSE_CHARS`]).
    pub prose_chars: u32,
    /// Characters and text evidence of the paragraphs in the subtree: text
    /// blocks of at least [`PROSE_CHARS`], whatever they say (innermost
    /// blocks only, so a `<li><p>` counts once).
    pub para_chars: u32,
    pub para_text: f32,
    /// Characters of the longest of those paragraphs.
    pub longest_para: u32,
    /// Prose `<p>` children of this element.
    pub prose_p_children: u32,
    /// The subtree holds a run of story text: an element with two or more
    /// prose `<p>` children. Such a subtree is never collapsed.
    pub holds_story: bool,
    /// This element's own markup marks it as a modal layer, a fixed bar, or
    /// page structure (navigation, comments).
    pub modal: bool,
    pub sticky: bool,
    pub structure: bool,
    /// This element's own markup marks it as readers' comments.
    pub comments: bool,
    /// Block elements strictly inside this one marked as page structure and
    /// not named a promo: a menu, comments, a table of contents, share
    /// buttons (a `span.menu-label` inside a link is a style, not a menu).
    pub nested_structure: u32,
}

impl Features {
    /// Promo evidence from the element's form fields, buttons and prices.
    pub fn structure_evidence(&self) -> f32 {
        2.5 * self.email_inputs.min(1) as f32
            + 0.5 * self.forms.min(1) as f32
            + 0.5 * self.buttons.min(2) as f32
            + PRICE_EVIDENCE * self.prices.min(2) as f32
    }

    pub fn evidence(&self) -> f32 {
        self.text + self.targets + self.markup + self.structure_evidence()
    }

    /// Evidence from how the element is built rather than what it says:
    /// its markup and its form fields, buttons and prices.
    pub fn build_evidence(&self) -> f32 {
        self.markup + self.structure_evidence()
    }

    /// Evidence that the site itself labelled the element a promo: its own
    /// promo class names, an email field (buttons and prices are in reviews
    /// too, and a review's "Try it" buttons carry `cta` classes).
    pub fn labelled_evidence(&self) -> f32 {
        let own = if self.named { self.own_markup } else { 0.0 };
        own + 2.5 * self.email_inputs.min(1) as f32
    }

    /// Forgets the promo evidence of the subtree, keeping its size and
    /// structure: with no evidence, the top-down walk never enters it.
    fn clear_evidence(&mut self) {
        *self = Features {
            text: 0.0,
            markup: 0.0,
            targets: 0.0,
            own_markup: 0.0,
            kinds: [0.0; 4],
            anchors: 0,
            named: false,
            named_boxes: 0,
            calls: 0,
            actions: 0,
            email_inputs: 0,
            forms: 0,
            buttons: 0,
            prices: 0,
            ..*self
        };
    }

    /// Whether the subtree is a prose paragraph of its own.
    fn is_prose(&self) -> bool {
        self.chars >= PROSE_CHARS && self.text < PROSE_MAX_EVIDENCE && self.markup <= 0.0
    }

    fn add(&mut self, c: &Features) {
        self.chars += c.chars;
        self.words += c.words;
        self.link_chars += c.link_chars;
        self.links += c.links;
        self.text += c.text;
        self.markup += c.markup;
        self.targets += c.targets;
        for (k, v) in self.kinds.iter_mut().zip(c.kinds) {
            *k += v;
        }
        self.anchors += c.anchors;
        self.named_boxes += c.named_boxes;
        self.calls += c.calls;
        self.actions += c.actions;
        self.forms += c.forms;
        self.textareas += c.textareas;
        self.fields += c.fields;
        self.lead_forms += c.lead_forms;
        self.phone_fields += c.phone_fields;
        self.searches += c.searches;
        self.passwords += c.passwords;
        self.h1s += c.h1s;
        self.email_inputs += c.email_inputs;
        self.buttons += c.buttons;
        self.prices += c.prices;
        self.phones += c.phones;
        self.prose_chars += c.prose_chars;
        self.para_chars += c.para_chars;
        self.para_text += c.para_text;
        self.longest_para = self.longest_para.max(c.longest_para);
        self.holds_story |= c.holds_story;
        self.nested_structure += c.nested_structure;
    }
}

/// The features of every node of the page, indexed by node id.
pub(crate) fn compute(page: &Page) -> Vec<Features> {
    let tokens = Tokens::get();
    let mut all = vec![Features::default(); page.nodes.len()];
    scan_runs(page, Phrases::get(), &mut all);
    for i in (0..page.nodes.len()).rev() {
        let node = &page.nodes[i];
        // Text is scanned already, in its run of inline text.
        if let NodeData::Element(e) = &node.data {
            if e.hidden {
                // Hidden content is not on screen: nothing to collapse,
                // nothing to protect.
                all[i] = Features::default();
                continue;
            }
            element(e, tokens, &mut all[i]);
        }
        let f = all[i];
        if let Some(parent) = node.parent {
            let is_prose_p =
                matches!(&node.data, NodeData::Element(e) if e.tag == "p") && f.is_prose();
            let widget = f.structure
                && !f.named
                && matches!(&node.data, NodeData::Element(e) if !is_inline(&e.tag));
            let p = &mut all[parent.index()];
            p.add(&f);
            p.nested_structure += u32::from(widget);
            if is_prose_p {
                p.prose_p_children += 1;
            }
        }
    }
    all
}

/// Adds the promo tokens of one markup value to `f` (at most `cap` in all)
/// and returns their sum and whether one of them was a topical anchor.
fn mark(tokens: &Tokens, value: &str, how: Source, cap: f32, f: &mut Features) -> (f32, bool) {
    let mut sum = 0.0;
    let mut anchor = false;
    tokens.marks(value, &mut |_, m| match m {
        Mark::Promo(kind, w) if sum < cap && how != Source::Anchor => {
            let topical = w >= MARKUP_ANCHOR_WEIGHT;
            if how == Source::Data && !topical {
                return;
            }
            let w = (w * how.factor()).min(cap - sum);
            sum += w;
            f.kinds[kind as usize] += w;
            if topical {
                f.anchors += 1;
                anchor = true;
            }
        }
        Mark::Modal if how != Source::Target => f.modal = true,
        Mark::Sticky if how != Source::Target => f.sticky = true,
        Mark::Structure if how != Source::Target => f.structure = true,
        Mark::Comments if how != Source::Target => {
            f.structure = true;
            f.comments = true;
        }
        _ => {}
    });
    (sum, anchor)
}

/// Completes the features of element `e`, whose descendants' totals `f`
/// holds already, with what the element itself says.
fn element(e: &Element, tokens: &Tokens, f: &mut Features) {
    let (mut own, mut named) = (0.0, false);
    let mut add_own = |value: &str, how: Source, f: &mut Features| {
        let (w, anchor) = mark(tokens, value, how, MAX_OWN_MARKUP - own, f);
        own += w;
        named |= anchor;
    };
    if !is_slug(&e.id) {
        let heading = matches!(e.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
        let how = if heading { Source::Anchor } else { Source::Own };
        add_own(&e.id, how, f);
    }
    for c in &e.classes {
        add_own(c, Source::Own, f);
    }
    let (mut role, mut modal, mut href, mut action, mut input) = (None, false, None, None, "text");
    for (name, value) in &e.attrs {
        match name.as_str() {
            "aria-label" => add_own(value, Source::Data, f),
            // A value of several words is a title or a caption
            // (`data-name="The 15 Best Dog Subscription Boxes"`): the
            // element's content, not what the site calls the element.
            name if name.starts_with("data-") && is_slug(value) => {}
            "role" => role = Some(value.as_str()),
            "aria-modal" => modal = value == "true",
            "type" => input = value.as_str(),
            "href" => href = Some(value.as_str()),
            "action" => action = Some(value.as_str()),
            name if name.starts_with("data-") => add_own(value, Source::Data, f),
            _ => {}
        }
    }
    let tag = e.tag.as_str();
    match role {
        Some("dialog" | "alertdialog") => f.modal = true,
        Some("navigation" | "menu" | "menubar") => f.structure = true,
        _ => {}
    }
    if modal || tag == "dialog" {
        f.modal = true;
    }
    if matches!(tag, "nav" | "menu") {
        f.structure = true;
    }
    // The page's own classes say what the page has or is doing
    // (`has-share-buttons`, `menu-open`), not what it is.
    if matches!(tag, "html" | "body") {
        f.structure = false;
    }
    for segment in href
        .or(action)
        .map(path_of)
        .into_iter()
        .flat_map(|p| p.split('/'))
    {
        // An article's slug names its subject, not a promo.
        if !is_slug(segment) {
            f.targets += mark(tokens, segment, Source::Target, MAX_LINK_MARKUP, f).0;
        }
    }
    if href.is_some_and(|h| h.starts_with("tel:")) {
        f.phones += 1;
    }
    match tag {
        "a" => {
            f.links += 1;
            f.link_chars = f.chars;
        }
        "form" => f.forms += 1,
        "button" => f.buttons += 1,
        "textarea" => {
            f.textareas += 1;
            f.fields += 1;
        }
        "select" => f.fields += 1,
        "h1" => f.h1s += 1,
        "input" => {
            let is = |t: &str| input.eq_ignore_ascii_case(t);
            if is("text") && asks_for_message(e) {
                // A one-line "Comments" or "Your question" field makes a
                // contact form as a text area does.
                f.textareas += 1;
                f.fields += 1;
            } else if is("email") || (is("text") && asks_for_email(e)) {
                f.email_inputs += 1;
                f.fields += 1;
            } else if is("submit") || is("button") {
                f.buttons += 1;
            } else if is("password") {
                f.passwords += 1;
                f.fields += 1;
            } else if is("tel") || (is("text") && field_asks(e, PHONE_FIELD_WORDS)) {
                f.phone_fields += 1;
                f.fields += 1;
            } else if ["text", "number", "url"].iter().any(|t| is(t)) {
                f.fields += 1;
            } else if is("search") {
                f.searches += 1;
            }
        }
        _ => {}
    }
    // A form that asks for a name, a phone number and an email address wants
    // to call the reader back: a quote or demo request. A sign-up asks for
    // an email address, at most with a name or a phone number for texts.
    let call_back = f.phone_fields > 0 && f.email_inputs > 0 && f.fields >= CALL_BACK_FIELDS;
    if tag == "form" && (f.fields >= LEAD_FORM_FIELDS || call_back) {
        f.lead_forms += 1;
    }
    if role == Some("search") {
        f.searches += 1;
    }
    let clickable = matches!(tag, "a" | "button") || role == Some("button");
    if clickable && (f.text >= ACTION_TEXT || f.targets >= ACTION_TARGET) {
        f.actions += 1;
    }
    if role == Some("button") && tag != "button" {
        f.buttons += 1;
    }
    if tag == "input" && f.email_inputs > 0 {
        f.anchors += 1;
        f.kinds[Kind::Newsletter as usize] += 2.5;
    }
    f.own_markup = own;
    f.markup += own;
    if named {
        f.named = true;
        f.named_boxes += 1;
    }
    if tag == "form" && (f.textareas > 0 || f.lead_forms > 0 || f.searches > 0 || f.passwords > 0) {
        // A contact, comment, lead, search or log-in form is no evidence of
        // a promo, not even its email field (or an anti-spam trap named like
        // one): the log-in dialog a reader opens must open. A registration
        // wall still goes by what its text says ("to continue reading").
        f.clear_evidence();
    }
    if matches!(tag, "p" | "li" | "blockquote" | "dd") {
        if f.is_prose() {
            f.prose_chars = f.chars;
        }
        if f.para_chars == 0 && f.chars >= PROSE_CHARS {
            f.para_chars = f.chars;
            f.para_text = f.text;
            f.longest_para = f.chars;
        }
    }
    if f.prose_p_children >= 2 {
        f.holds_story = true;
    }
}

/// Elements that do not break a run of text: a phrase may span them
/// ("<a>Sign up</a> for our newsletter").
pub(crate) fn is_inline(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "span"
            | "b"
            | "strong"
            | "em"
            | "i"
            | "u"
            | "s"
            | "small"
            | "big"
            | "mark"
            | "label"
            | "abbr"
            | "time"
            | "sup"
            | "sub"
            | "code"
            | "cite"
            | "q"
            | "font"
            | "bdi"
            | "bdo"
            | "data"
            | "var"
            | "kbd"
            | "del"
            | "ins"
            | "tt"
            | "wbr"
    )
}

/// A run this short with two strong cues ("Sign up for the weekly
/// newsletter") is a call to action even when no single phrase is one.
const SHORT_RUN_CHARS: u32 = 100;

/// Fills in the text evidence of every visible text node. Phrases are
/// matched over runs of inline text (a block's text up to the next block
/// boundary), and a hit belongs to its text node, or to the nearest
/// element holding all of it when it spans several.
fn scan_runs(page: &Page, phrases: &'static Phrases, all: &mut [Features]) {
    let mut run = Run::default();
    // The element that bounds the run each node belongs to, and whether
    // the node lies in a link inside that run.
    let mut bound = vec![0u32; page.nodes.len()];
    let mut in_link = vec![false; page.nodes.len()];
    for (i, node) in page.nodes.iter().enumerate() {
        let parent_bound = node.parent.map_or(i as u32, |p| bound[p.index()]);
        let parent_in_link = node.parent.is_some_and(|p| in_link[p.index()]);
        match &node.data {
            NodeData::Element(e) => {
                let inline = is_inline(&e.tag);
                bound[i] = if inline { parent_bound } else { i as u32 };
                in_link[i] = inline && (e.tag == "a" || parent_in_link);
            }
            NodeData::Text(t) => {
                bound[i] = parent_bound;
                if page.is_hidden(crate::page::NodeId(i as u32)) {
                    continue;
                }
                if run.bound != Some(parent_bound) {
                    run.flush(page, phrases, all);
                    run.bound = Some(parent_bound);
                    run.opens_in_link = parent_in_link;
                }
                let (chars, words) = phrases.read(t, i as u32, &mut run.words);
                all[i].chars = chars;
                all[i].words = words;
                all[i].phones = u32::from(has_phone_number(t));
                run.chars += chars;
            }
        }
    }
    run.flush(page, phrases, all);
}

/// The words of one run of text, each with the text node it came from.
#[derive(Default)]
struct Run {
    bound: Option<u32>,
    /// The run's first text lies in a link.
    opens_in_link: bool,
    words: Vec<Word>,
    chars: u32,
}

impl Run {
    fn flush(&mut self, page: &Page, phrases: &'static Phrases, all: &mut [Features]) {
        let words = &self.words;
        let mut first_anchor = None;
        let (mut anchors, mut calls) = (0, 0);
        // An opening imperative ("Subscribe to …") calls unless the run
        // names a feed or a channel (a phrase of weight 0): "Subscribe to
        // the wedding podcast!" is a follow, and its imperative counts for
        // nothing. So it is weighed after the run.
        let (mut imperative, mut follow) = (None, false);
        phrases.scan(words, !self.opens_in_link, &mut |p, i, len| {
            // A phrase across inline elements ("join <a>Bread Dad's recipe
            // newsletter</a>") belongs to the element holding all of it,
            // not to its first part.
            let owner = words[i + 1..i + len]
                .iter()
                .fold(words[i].owner, |a, w| common_ancestor(page, a, w.owner))
                as usize;
            let weight = p.weight();
            follow |= weight == 0.0;
            if p.initial && weight >= CALL_WEIGHT {
                imperative = Some((owner, p.kind, weight));
                return;
            }
            let f = &mut all[owner];
            f.text += weight;
            f.kinds[p.kind as usize] += weight;
            if weight >= ANCHOR_WEIGHT {
                f.anchors += 1;
                anchors += 1;
                first_anchor.get_or_insert(owner);
            }
            if weight >= CALL_WEIGHT {
                f.calls += 1;
                calls += 1;
            }
        });
        if let Some((owner, kind, weight)) = imperative.filter(|_| !follow) {
            let f = &mut all[owner];
            f.text += weight;
            f.kinds[kind as usize] += weight;
            f.anchors += 1;
            f.calls += 1;
            calls += 1;
        }
        if let Some(first) = first_anchor {
            if calls == 0 && anchors >= 2 && self.chars <= SHORT_RUN_CHARS {
                all[first].calls += 1;
            }
        }
        // A price: a currency sign before or after a number.
        let number = |j: usize| words.get(j).is_some_and(|w| w.shape == Shape::Number);
        for (i, w) in words.iter().enumerate() {
            if w.shape == Shape::Currency && (number(i + 1) || (i > 0 && number(i - 1))) {
                let f = &mut all[w.owner as usize];
                f.prices += 1;
                f.kinds[Kind::Subscription as usize] += PRICE_EVIDENCE;
            }
        }
        self.words.clear();
        self.chars = 0;
    }
}

/// The nearest node holding both `a` and `b` (node indices).
fn common_ancestor(page: &Page, a: u32, b: u32) -> u32 {
    if a == b {
        return a;
    }
    let (a, b) = (NodeId(a), NodeId(b));
    std::iter::once(a)
        .chain(page.ancestors(a))
        .find(|&up| page.contains(up, b))
        .map_or(a.0, |up| up.0)
}

/// An id or path segment made of a text's words
/// (`§what-this-means-for-writers`): it names the text, not a role.
fn is_slug(id: &str) -> bool {
    // Counted in one pass that stops at the fourth word: every id and link
    // segment of the page comes through here.
    let (mut words, mut in_word) = (0, false);
    for c in id.chars() {
        let alphanumeric = c.is_alphanumeric();
        if alphanumeric && !in_word {
            words += 1;
            if words >= SLUG_TOKENS {
                return true;
            }
        }
        in_word = alphanumeric;
    }
    false
}

/// Ids of at least this many words are slugs (see [`is_slug`]).
const SLUG_TOKENS: usize = 4;

/// The path of a URL (no scheme, host, query): where its words are.
fn path_of(url: &str) -> &str {
    let rest = crate::substr::split_once(url, "://")
        .map_or(url, |(_, r)| r.split_once('/').map_or("", |(_, p)| p));
    match rest.bytes().position(|b| b == b'?' || b == b'#') {
        Some(end) => part(rest, ..end),
        None => rest,
    }
}

/// A text field whose name or placeholder asks for an email address.
fn asks_for_email(e: &Element) -> bool {
    field_asks(e, &["mail", "correo", "courriel"])
}

/// Words of a field asking the reader to write to the site: a message, a
/// comment, a question, an enquiry (English, German, French, Spanish). A
/// sign-up never asks them.
const MESSAGE_FIELD_WORDS: &[&str] = &[
    "message",
    "comment",
    "question",
    "enquir",
    "inquir",
    "nachricht",
    "anfrage",
    "mensaje",
    "consulta",
];

/// Words of a field asking for a phone number.
const PHONE_FIELD_WORDS: &[&str] = &["phone", "mobile", "telef", "teléf"];

/// A text field whose name or placeholder asks for a message.
fn asks_for_message(e: &Element) -> bool {
    field_asks(e, MESSAGE_FIELD_WORDS)
}

/// Whether a field's name, placeholder, `aria-label` or id holds one of
/// `words`.
fn field_asks(e: &Element, words: &[&str]) -> bool {
    ["name", "placeholder", "aria-label", "id"].iter().any(|a| {
        let v = if *a == "id" {
            Some(e.id.as_str())
        } else {
            e.attr(a)
        };
        v.is_some_and(|v| {
            let v = crate::case::lower_str(v);
            words.iter().any(|w| crate::substr::contains(&v, w))
        })
    })
}
