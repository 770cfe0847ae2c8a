//! Word lists that tell page types apart: words in class names and ids
//! (`add-to-cart`, `byline`, `topic-post`), in addresses (`/products/`,
//! `docs.`), and the short labels of buttons and links ("Add to cart",
//! "Reply", "Edit on GitHub").
//!
//! Each list maps a word to the [`Kinds`] it hints at; the detector only
//! counts hints, the trained model decides what they are worth. Lists are
//! sorted (a test checks) and searched by binary search, case-insensitively,
//! without allocating.

use std::ops::{BitOr, BitOrAssign};

/// What a word hints at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Kind {
    Article = 1 << 0,
    Forum = 1 << 1,
    Docs = 1 << 2,
    Product = 1 << 3,
    Listing = 1 << 4,
    Service = 1 << 5,
    /// Navigation, footers, sidebars, share bars, ads, cookie banners.
    Boiler = 1 << 6,
    /// Reader comments under a story.
    Comment = 1 << 7,
    Byline = 1 << 8,
    Date = 1 << 9,
}

impl Kind {
    /// The hint kinds that name page types, in feature order.
    pub const PAGE_TYPES: [Kind; 6] = [
        Kind::Article,
        Kind::Forum,
        Kind::Docs,
        Kind::Product,
        Kind::Listing,
        Kind::Service,
    ];
}

/// A set of [`Kind`]s.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds(u16);

impl Kinds {
    pub fn has(self, kind: Kind) -> bool {
        self.0 & kind as u16 != 0
    }
}

impl From<Kind> for Kinds {
    fn from(k: Kind) -> Kinds {
        Kinds(k as u16)
    }
}

impl BitOr for Kind {
    type Output = Kinds;
    fn bitor(self, k: Kind) -> Kinds {
        Kinds(self as u16 | k as u16)
    }
}

impl BitOrAssign for Kinds {
    fn bitor_assign(&mut self, k: Kinds) {
        self.0 |= k.0;
    }
}

impl BitOrAssign<Kind> for Kinds {
    fn bitor_assign(&mut self, k: Kind) {
        self.0 |= k as u16;
    }
}

const A: u16 = Kind::Article as u16;
const F: u16 = Kind::Forum as u16;
const D: u16 = Kind::Docs as u16;
const P: u16 = Kind::Product as u16;
const L: u16 = Kind::Listing as u16;
const S: u16 = Kind::Service as u16;
const B: u16 = Kind::Boiler as u16;
const C: u16 = Kind::Comment as u16;
const BY: u16 = Kind::Byline as u16;
const DT: u16 = Kind::Date as u16;

/// Words of class names and ids (split at `-`, `_`, digits and camel case).
const CLASS_WORDS: &[(&str, u16)] = &[
    ("accepted", F),
    ("accordion", S),
    ("ad", B),
    ("addtocart", P),
    ("admonition", D),
    ("ads", B),
    ("advert", B),
    ("advertisement", B),
    ("answer", F),
    ("answers", F),
    ("api", D),
    ("appointment", S),
    ("archive", L),
    ("article", A),
    ("articlebody", A),
    ("aside", B),
    ("author", BY),
    ("authors", BY),
    ("avatar", F),
    ("basket", P),
    ("benefits", S),
    ("blog", A),
    ("blogpost", A),
    ("booking", S),
    ("breadcrumb", B),
    ("breadcrumbs", B),
    ("buy", P),
    ("byline", BY),
    ("card", L),
    ("cards", L),
    ("cart", P),
    ("categories", L),
    ("category", L),
    ("checkout", P),
    ("clients", S),
    ("code", D),
    ("codeblock", D),
    ("collection", L),
    ("comment", C),
    ("comments", C),
    ("consent", B),
    ("consultation", S),
    ("contact", S),
    ("contributor", BY),
    ("cookie", B),
    ("cookies", B),
    ("cta", S),
    ("date", DT),
    ("dateline", DT),
    ("datetime", DT),
    ("dek", A),
    ("disqus", C),
    ("doc", D),
    ("docs", D),
    ("documentation", D),
    ("docutils", D),
    ("downvote", F),
    ("enroll", S),
    ("entry", A),
    ("excerpt", L),
    ("facet", L),
    ("facets", L),
    ("faq", S),
    ("filter", L),
    ("filters", L),
    ("footer", B),
    ("forum", F),
    ("forums", F),
    ("gdpr", B),
    ("grid", L),
    ("headerlink", D),
    ("headline", A),
    ("hentry", A),
    ("hero", S),
    ("highlight", D),
    ("hljs", D),
    ("instock", P),
    ("kicker", A),
    ("lede", A),
    ("listing", L),
    ("listings", L),
    ("literal", D),
    ("masthead", B),
    ("megamenu", B),
    ("member", F),
    ("menu", B),
    ("message", F),
    ("messages", F),
    ("method", D),
    ("moderator", F),
    ("nav", B),
    ("navbar", B),
    ("navigation", B),
    ("newsletter", B),
    ("outbrain", B),
    ("outofstock", P),
    ("pager", L),
    ("pagination", L),
    ("parameter", D),
    ("parameters", D),
    ("params", D),
    ("partners", S),
    ("pdp", P),
    ("plans", S),
    ("popular", B),
    ("popup", B),
    ("postbit", F),
    ("poster", F),
    ("prettyprint", D),
    ("price", P),
    ("prices", P),
    ("pricing", S),
    ("product", P),
    ("promo", B),
    ("prose", A),
    ("pubdate", DT),
    ("published", DT),
    ("qty", P),
    ("quantity", P),
    ("question", F),
    ("rating", P),
    ("ratings", P),
    ("recirc", B),
    ("recommended", B),
    ("related", B),
    ("replies", F | C),
    ("reply", F | C),
    ("reputation", F),
    ("respond", C),
    ("result", L),
    ("results", L),
    ("reviews", P),
    ("rst", D),
    ("rustdoc", D),
    ("services", S),
    ("share", B),
    ("sharing", B),
    ("shipping", P),
    ("sidebar", B),
    ("sku", P),
    ("social", B),
    ("sort", L),
    ("sourcecode", D),
    ("sphinx", D),
    ("sponsor", B),
    ("sponsored", B),
    ("stars", P),
    ("stock", P),
    ("story", A),
    ("storybody", A),
    ("subscribe", B),
    ("swatch", P),
    ("swatches", P),
    ("syntax", D),
    ("taboola", B),
    ("teaser", L),
    ("teasers", L),
    ("testimonial", S),
    ("testimonials", S),
    ("thread", F),
    ("threads", F),
    ("thumbnail", L),
    ("tile", L),
    ("tiles", L),
    ("timestamp", DT),
    ("toc", D),
    ("toctree", D),
    ("topic", F),
    ("trending", B),
    ("upvote", F),
    ("userinfo", F),
    ("username", F),
    ("variant", P),
    ("variants", P),
    ("vote", F),
    ("votes", F),
    ("widget", B),
    ("wishlist", P),
    ("writer", BY),
];

/// Words of host labels and path segments.
const URL_WORDS: &[(&str, u16)] = &[
    ("about", S),
    ("admissions", S),
    ("analysis", A),
    ("api", D),
    ("archive", L),
    ("archives", L),
    ("article", A),
    ("articles", A),
    ("blog", A),
    ("blogs", A),
    ("board", F),
    ("boards", F),
    ("browse", L),
    ("buy", P),
    ("c", L),
    ("careers", S),
    ("categories", L),
    ("category", L),
    ("certificate", S),
    ("collection", L),
    ("collections", L),
    ("column", A),
    ("columns", A),
    ("community", F),
    ("contact", S),
    ("course", S),
    ("courses", S),
    ("directory", L),
    ("discourse", F),
    ("discuss", F),
    ("discussion", F),
    ("discussions", F),
    ("doc", D),
    ("docs", D),
    ("documentation", D),
    ("dp", P),
    ("editorial", A),
    ("features", A),
    ("forum", F),
    ("forums", F),
    ("gitbook", D),
    ("handbook", D),
    ("help", D),
    ("insights", A),
    ("item", P),
    ("itm", P),
    ("kb", D),
    ("latest", D),
    ("library", D),
    ("magazine", A),
    ("manual", D),
    ("news", A),
    ("opinion", A),
    ("plans", S),
    ("post", A),
    ("posts", A),
    ("press", A),
    ("pricing", S),
    ("product", P),
    ("products", P),
    ("program", S),
    ("programs", S),
    ("pulse", A),
    ("question", F),
    ("questions", F),
    ("readthedocs", D),
    ("ref", D),
    ("reference", D),
    ("review", A),
    ("reviews", A),
    ("search", L),
    ("service", S),
    ("services", S),
    ("shop", P),
    ("solutions", S),
    ("stable", D),
    ("stackexchange", F),
    ("stackoverflow", F),
    ("store", P),
    ("stories", A),
    ("story", A),
    ("t", F),
    ("tag", L),
    ("tags", L),
    ("thread", F),
    ("threads", F),
    ("topic", F),
    ("topics", L),
    ("training", S),
    ("tuition", S),
    ("tutorial", D),
    ("tutorials", D),
    ("wiki", D),
];

/// Whole labels of short texts (buttons, links, captions), lower case, words
/// only (digits and punctuation dropped: "12 Replies" is "replies").
const PHRASES: &[(&str, u16)] = &[
    ("about the author", A | BY),
    ("accepted answer", F),
    ("add a comment", F),
    ("add to bag", P),
    ("add to basket", P),
    ("add to cart", P),
    ("add to wishlist", P),
    ("advertisement", A),
    ("answered", F),
    ("api reference", D),
    ("apply now", S),
    ("arguments", D),
    ("asked", F),
    ("book a call", S),
    ("book now", S),
    ("book online", S),
    ("buy it now", P),
    ("buy now", P),
    ("call now", S),
    ("call us", S),
    ("checkout", P),
    ("choose size", P),
    ("color", P),
    ("colour", P),
    ("comments", A),
    ("contact us", S),
    ("continue reading", L),
    ("copy", D),
    ("customer reviews", P),
    ("edit on github", D),
    ("edit this page", D),
    ("edited", F),
    ("enroll now", S),
    ("example", D),
    ("examples", D),
    ("filed under", A),
    ("filter", L),
    ("filters", L),
    ("flag", F),
    ("free consultation", S),
    ("free quote", S),
    ("free returns", P),
    ("free shipping", P),
    ("get a quote", S),
    ("get in touch", S),
    ("get started", S),
    ("improve this answer", F),
    ("improve this question", F),
    ("in stock", P),
    ("installation", D),
    ("joined", F),
    ("last reply", F),
    ("leave a comment", A),
    ("leave a reply", A),
    ("like", F),
    ("likes", F),
    ("load more", L),
    ("min read", A),
    ("minute read", A),
    ("minutes read", A),
    ("more stories", L),
    ("most popular", A),
    ("most read", A),
    ("next", L),
    ("next page", L),
    ("next topic", D),
    ("older posts", L),
    ("on this page", D),
    ("our services", S),
    ("out of stock", P),
    ("parameters", D),
    ("permalink", F),
    ("post reply", F),
    ("posts", F),
    ("previous", L),
    ("previous topic", D),
    ("pricing", S),
    ("product details", P),
    ("quantity", P),
    ("quick reply", F),
    ("quickstart", D),
    ("quote", F),
    ("raises", D),
    ("read more", L),
    ("read next", A),
    ("related articles", A),
    ("related posts", A),
    ("related stories", A),
    ("replies", F),
    ("reply", F),
    ("reply with quote", F),
    ("report", F),
    ("request a quote", S),
    ("request info", S),
    ("request information", S),
    ("results", L),
    ("return value", D),
    ("returns", D),
    ("reviews", P),
    ("schedule a consultation", S),
    ("see all", L),
    ("see also", D),
    ("select size", P),
    ("share this", A),
    ("share this article", A),
    ("share this story", A),
    ("show more", L),
    ("size", P),
    ("size chart", P),
    ("size guide", P),
    ("sold out", P),
    ("solved", F),
    ("sort by", L),
    ("specifications", P),
    ("syntax", D),
    ("table of contents", D),
    ("talk to an expert", S),
    ("testimonials", S),
    ("thread starter", F),
    ("upvote", F),
    ("view all", L),
    ("view more", L),
    ("view source", D),
    ("views", F),
    ("vote", F),
    ("votes", F),
    ("write a review", P),
    ("written by", A | BY),
    ("you may also like", A),
];

/// Words of a page's headline (the longest part of its `<title>`).
const TITLE_WORDS: &[(&str, u16)] = &[
    ("about", S),
    ("agency", S),
    ("all", L),
    ("api", D),
    ("archive", L),
    ("archives", L),
    ("beginner", A),
    ("beginners", A),
    ("best", A),
    ("buy", P),
    ("calculator", S),
    ("careers", S),
    ("categories", L),
    ("category", L),
    ("certificate", S),
    ("certification", S),
    ("checklist", A),
    ("class", D),
    ("collection", L),
    ("collections", L),
    ("community", F),
    ("company", S),
    ("complete", A),
    ("configuration", D),
    ("configure", D),
    ("consultant", S),
    ("consultants", S),
    ("consulting", S),
    ("contact", S),
    ("course", S),
    ("courses", S),
    ("directory", L),
    ("discussion", F),
    ("docs", D),
    ("documentation", D),
    ("edition", P),
    ("error", F),
    ("everything", A),
    ("expert", S),
    ("experts", S),
    ("explained", A),
    ("facts", A),
    ("fees", S),
    ("forum", F),
    ("forums", F),
    ("free", S),
    ("function", D),
    ("functions", D),
    ("glossary", D),
    ("guide", A),
    ("help", F),
    ("hire", S),
    ("history", A),
    ("how", A),
    ("ideas", A),
    ("install", D),
    ("installation", D),
    ("introduction", A | D),
    ("issue", F),
    ("kit", P),
    ("latest", L),
    ("lessons", A),
    ("list", L),
    ("manual", D),
    ("mistakes", A),
    ("module", D),
    ("near", S),
    ("online", P),
    ("order", P),
    ("overview", D),
    ("pack", P),
    ("packages", S),
    ("page", L),
    ("plans", S),
    ("price", P),
    ("pricing", S),
    ("problem", F),
    ("products", L),
    ("program", S),
    ("programs", S),
    ("question", F),
    ("questions", F),
    ("quickstart", D),
    ("quote", S),
    ("reasons", A),
    ("reddit", F),
    ("reference", D),
    ("repair", S),
    ("results", L),
    ("review", A),
    ("reviews", A),
    ("sale", P),
    ("search", L),
    ("service", S),
    ("services", S),
    ("set", P),
    ("shop", P),
    ("should", A),
    ("size", P),
    ("sizes", P),
    ("solutions", S),
    ("solved", F),
    ("steps", A),
    ("store", P),
    ("tag", L),
    ("testimonials", S),
    ("things", A),
    ("thread", F),
    ("tips", A),
    ("topics", L),
    ("training", S),
    ("trends", A),
    ("tuition", S),
    ("tutorial", D),
    ("tutoring", S),
    ("ultimate", A),
    ("usage", D),
    ("versus", A),
    ("vs", A),
    ("ways", A),
    ("what", A),
    ("when", A),
    ("who", A),
    ("why", A),
];

/// What the page template a CMS names in the classes of `<html>` and
/// `<body>` says (WordPress `single-post` / `page-id-12`, Ghost
/// `post-template`, Shopify `template-product`, Drupal
/// `page-node-type-article`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    /// A blog post or news story.
    Post,
    /// One item of some content type (`single`, `postid-12`): a post, or a
    /// product, event, course in a custom type.
    Single,
    /// A standalone page (about, services, landing page).
    Page,
    /// A home, archive, category, tag or search page.
    Index,
    Product,
}

/// Class names (`=`) and class prefixes (`*`) naming a template.
const TEMPLATES: &[(&str, Template)] = {
    use Template::*;
    &[
        ("=single-post", Post),
        ("*post-template", Post),
        ("*single-format-", Post),
        ("=template-article", Post),
        ("*page-node-type-article", Post),
        ("*node-type-article", Post),
        ("*node--type-article", Post),
        ("=blog-post", Post),
        ("=single", Single),
        ("*postid-", Single),
        ("=view-item", Single),
        ("*page-id-", Page),
        ("*page-template", Page),
        ("=template-page", Page),
        ("*page-node-type-page", Page),
        ("*node-type-page", Page),
        ("=page", Page),
        ("=home", Index),
        ("=blog", Index),
        ("=archive", Index),
        ("=category", Index),
        ("=tag", Index),
        ("=search", Index),
        ("=search-results", Index),
        ("=paged", Index),
        ("=template-index", Index),
        ("=template-blog", Index),
        ("=template-collection", Index),
        ("=template-search", Index),
        ("=home-template", Index),
        ("=tag-template", Index),
        ("*post-type-archive", Index),
        ("*view-list", Index),
        ("=single-product", Product),
        ("=template-product", Product),
        ("*product-template", Product),
        ("=woocommerce-page", Product),
        ("=catalog-product-view", Product),
        ("*node-type-product", Product),
    ]
};

/// The template a class of `<html>` or `<body>` names, if any.
pub fn template(class: &str) -> Option<Template> {
    TEMPLATES.iter().find_map(|(pattern, t)| {
        let hit = match pattern.split_at(1) {
            ("=", name) => class.eq_ignore_ascii_case(name),
            (_, prefix) => class
                .get(..prefix.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix)),
        };
        hit.then_some(*t)
    })
}

/// What a word of running prose says about who writes to whom: a business
/// ("we offer", "contact us"), a reporter ("said", "according to"), an
/// explainer ("however", "research").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProseWord {
    We,
    You,
    I,
    Commerce,
    Reporting,
    Reasoning,
}

/// Words of running prose, lower case.
const PROSE_WORDS: &[(&str, ProseWord)] = &[
    ("according", ProseWord::Reporting),
    ("added", ProseWord::Reporting),
    ("affordable", ProseWord::Commerce),
    ("although", ProseWord::Reasoning),
    ("announced", ProseWord::Reporting),
    ("appointment", ProseWord::Commerce),
    ("argued", ProseWord::Reporting),
    ("because", ProseWord::Reasoning),
    ("book", ProseWord::Commerce),
    ("booking", ProseWord::Commerce),
    ("call", ProseWord::Commerce),
    ("certified", ProseWord::Commerce),
    ("claimed", ProseWord::Reporting),
    ("clients", ProseWord::Commerce),
    ("confirmed", ProseWord::Reporting),
    ("consultation", ProseWord::Commerce),
    ("contact", ProseWord::Commerce),
    ("customers", ProseWord::Commerce),
    ("despite", ProseWord::Reasoning),
    ("discount", ProseWord::Commerce),
    ("enroll", ProseWord::Commerce),
    ("evidence", ProseWord::Reasoning),
    ("example", ProseWord::Reasoning),
    ("expert", ProseWord::Commerce),
    ("experts", ProseWord::Commerce),
    ("explained", ProseWord::Reporting),
    ("free", ProseWord::Commerce),
    ("guarantee", ProseWord::Commerce),
    ("guaranteed", ProseWord::Commerce),
    ("hire", ProseWord::Commerce),
    ("however", ProseWord::Reasoning),
    ("i", ProseWord::I),
    ("i'd", ProseWord::I),
    ("i'll", ProseWord::I),
    ("i'm", ProseWord::I),
    ("i've", ProseWord::I),
    ("indeed", ProseWord::Reasoning),
    ("insisted", ProseWord::Reporting),
    ("instance", ProseWord::Reasoning),
    ("licensed", ProseWord::Commerce),
    ("me", ProseWord::I),
    ("moreover", ProseWord::Reasoning),
    ("my", ProseWord::I),
    ("noted", ProseWord::Reporting),
    ("offer", ProseWord::Commerce),
    ("offers", ProseWord::Commerce),
    ("our", ProseWord::We),
    ("ours", ProseWord::We),
    ("packages", ProseWord::Commerce),
    ("percent", ProseWord::Reasoning),
    ("pricing", ProseWord::Commerce),
    ("professional", ProseWord::Commerce),
    ("professionals", ProseWord::Commerce),
    ("provide", ProseWord::Commerce),
    ("provides", ProseWord::Commerce),
    ("quote", ProseWord::Commerce),
    ("register", ProseWord::Commerce),
    ("reported", ProseWord::Reporting),
    ("research", ProseWord::Reasoning),
    ("researchers", ProseWord::Reasoning),
    ("said", ProseWord::Reporting),
    ("satisfaction", ProseWord::Commerce),
    ("says", ProseWord::Reporting),
    ("schedule", ProseWord::Commerce),
    ("services", ProseWord::Commerce),
    ("since", ProseWord::Reasoning),
    ("solutions", ProseWord::Commerce),
    ("spokesman", ProseWord::Reporting),
    ("spokesperson", ProseWord::Reporting),
    ("spokeswoman", ProseWord::Reporting),
    ("stated", ProseWord::Reporting),
    ("studies", ProseWord::Reasoning),
    ("study", ProseWord::Reasoning),
    ("survey", ProseWord::Reasoning),
    ("team", ProseWord::Commerce),
    ("therefore", ProseWord::Reasoning),
    ("though", ProseWord::Reasoning),
    ("today", ProseWord::Commerce),
    ("told", ProseWord::Reporting),
    ("trusted", ProseWord::Commerce),
    ("us", ProseWord::We),
    ("warned", ProseWord::Reporting),
    ("we", ProseWord::We),
    ("we'll", ProseWord::We),
    ("we're", ProseWord::We),
    ("we've", ProseWord::We),
    ("whether", ProseWord::Reasoning),
    ("while", ProseWord::Reasoning),
    ("wrote", ProseWord::Reporting),
    ("you", ProseWord::You),
    ("you'll", ProseWord::You),
    ("you're", ProseWord::You),
    ("you've", ProseWord::You),
    ("your", ProseWord::You),
    ("yours", ProseWord::You),
];

/// The class of one prose word, if it has one.
pub fn prose_word(word: &str) -> Option<ProseWord> {
    find(PROSE_WORDS, &PROSE_SHAPES, word)
}

/// Longest word or phrase in any table, in bytes.
const MAX_ENTRY_BYTES: usize = 32;

/// For each first letter `a`–`z`, a bit per entry length (0–31) and a bit
/// per second letter that some entry of a table has: most words of a page
/// are ruled out here, before any string is compared.
struct Shapes {
    lengths: [u32; 26],
    seconds: [u32; 26],
}

/// The [`Shapes`] of a table, computed at compile time.
const fn shapes<T>(table: &[(&str, T)]) -> Shapes {
    let mut out = Shapes {
        lengths: [0; 26],
        seconds: [0; 26],
    };
    let mut i = 0;
    while i < table.len() {
        let b = table[i].0.as_bytes();
        if b.len() >= 2 && b[0].is_ascii_lowercase() && b.len() < 32 {
            let first = (b[0] - b'a') as usize;
            out.lengths[first] |= 1 << b.len();
            out.seconds[first] |= second_bit(b[1]);
        }
        i += 1;
    }
    out
}

/// The bit of a second byte: one per letter, one shared by all else.
const fn second_bit(b: u8) -> u32 {
    let b = b.to_ascii_lowercase();
    if b.is_ascii_lowercase() {
        1 << (b - b'a')
    } else {
        1 << 26
    }
}

/// Whether a table with these shapes may hold `word` (or a word of `len`
/// bytes starting like it).
fn may_hold(shapes: &Shapes, word: &[u8], len: usize) -> bool {
    let [first, second, ..] = *word else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    if !first.is_ascii_lowercase() || len >= 32 {
        return false;
    }
    let f = (first - b'a') as usize;
    shapes.lengths[f] & (1 << len) != 0 && shapes.seconds[f] & second_bit(second) != 0
}

const CLASS_SHAPES: Shapes = shapes(CLASS_WORDS);
const URL_SHAPES: Shapes = shapes(URL_WORDS);
const TITLE_SHAPES: Shapes = shapes(TITLE_WORDS);
const PHRASE_SHAPES: Shapes = shapes(PHRASES);
const PROSE_SHAPES: Shapes = shapes(PROSE_WORDS);

/// Binary search of a table of lower-case entries for `word`, ignoring
/// ASCII case: the word is ruled out by its shape or lower-cased once into
/// a stack buffer and compared as plain bytes.
fn find<T: Copy>(table: &[(&str, T)], shapes: &Shapes, word: &str) -> Option<T> {
    let bytes = word.as_bytes();
    if bytes.len() > MAX_ENTRY_BYTES || !may_hold(shapes, bytes, bytes.len()) {
        return None;
    }
    let mut buf = [0u8; MAX_ENTRY_BYTES];
    for (b, w) in buf.iter_mut().zip(bytes) {
        *b = w.to_ascii_lowercase();
    }
    let key = &buf[..bytes.len()];
    table
        .binary_search_by(|(w, _)| w.as_bytes().cmp(key))
        .ok()
        .map(|i| table[i].1)
}

fn lookup(table: &[(&str, u16)], shapes: &Shapes, word: &str) -> Kinds {
    find(table, shapes, word).map_or(Kinds::default(), Kinds)
}

/// Hints of one word of a class name or id.
pub fn class_word(word: &str) -> Kinds {
    lookup(CLASS_WORDS, &CLASS_SHAPES, word)
}

/// Hints of one host label or path word.
pub fn url_word(word: &str) -> Kinds {
    lookup(URL_WORDS, &URL_SHAPES, word)
}

/// Hints of one headline word.
pub fn title_word(word: &str) -> Kinds {
    lookup(TITLE_WORDS, &TITLE_SHAPES, word)
}

/// Hints of a short text, normalised by [`normalize_label`].
pub fn phrase(label: &str) -> Kinds {
    lookup(PHRASES, &PHRASE_SHAPES, label)
}

/// The hints of all words of a class attribute value or id:
/// `c-article__byline`, `topicPost`, `add-to-cart` (the joined form of
/// every two and three adjacent words is tried too, so `add-to-cart` also
/// reads as `addtocart`).
pub fn class_hints(value: &str, buf: &mut String) -> Kinds {
    let mut kinds = Kinds::default();
    let mut words: [&str; 3] = [""; 3];
    for word in split_class(value) {
        kinds |= class_word(word);
        words.rotate_left(1);
        words[2] = word;
        for n in [2, 3] {
            let parts = &words[3 - n..];
            let len: usize = parts.iter().map(|w| w.len()).sum();
            let start = [
                parts[0].bytes().next().unwrap_or(0),
                parts[0]
                    .as_bytes()
                    .get(1)
                    .copied()
                    .or_else(|| parts[1].bytes().next())
                    .unwrap_or(0),
            ];
            if parts.iter().all(|w| !w.is_empty()) && may_hold(&CLASS_SHAPES, &start, len) {
                buf.clear();
                parts.iter().for_each(|w| buf.push_str(w));
                kinds |= class_word(buf);
            }
        }
    }
    kinds
}

/// Splits a class or id into words at anything but ASCII letters and at
/// lower-to-upper case changes (`topicPost` → `topic`, `Post`).
fn split_class(value: &str) -> impl Iterator<Item = &str> {
    // Boundaries are ASCII bytes, so slicing at them keeps UTF-8 whole.
    let bytes = value.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && !bytes[at].is_ascii_alphabetic() {
            at += 1;
        }
        if at == bytes.len() {
            return None;
        }
        let from = at;
        at += 1;
        while at < bytes.len()
            && bytes[at].is_ascii_alphabetic()
            && !(bytes[at].is_ascii_uppercase() && bytes[at - 1].is_ascii_lowercase())
        {
            at += 1;
        }
        Some(&value[from..at])
    })
}

/// Lower-cases `text` into `out`, keeping only letters and single spaces
/// between words: "  12 Replies »" becomes "replies".
pub fn normalize_label(text: &str, out: &mut String) {
    out.clear();
    for word in text.split(|c: char| !c.is_alphabetic() && c != '\'') {
        let word = word.trim_matches('\'');
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_lower_case_and_unique() {
        for (name, table) in [
            ("TITLE_WORDS", TITLE_WORDS),
            ("CLASS_WORDS", CLASS_WORDS),
            ("URL_WORDS", URL_WORDS),
            ("PHRASES", PHRASES),
        ] {
            for w in table.windows(2) {
                assert!(w[0].0 < w[1].0, "{name}: {:?} before {:?}", w[0].0, w[1].0);
            }
            assert!(PROSE_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
            assert!(table.iter().all(|(w, _)| w.len() <= MAX_ENTRY_BYTES));
            for (word, _) in table {
                assert_eq!(*word, word.to_lowercase(), "{name}");
            }
        }
    }

    #[test]
    fn class_values_split_into_hints() {
        let mut buf = String::new();
        let cases: &[(&str, &[Kind])] = &[
            ("c-article__byline", &[Kind::Article, Kind::Byline]),
            ("topicPost", &[Kind::Forum]),
            ("btn add-to-cart", &[Kind::Product]),
            ("PostContent", &[]),
            ("site-nav2 sidebar", &[Kind::Boiler]),
            ("", &[]),
            ("Don’t-share", &[Kind::Boiler]),
        ];
        for (value, want) in cases {
            let got = class_hints(value, &mut buf);
            let want = want.iter().fold(Kinds::default(), |mut k, &w| {
                k |= w;
                k
            });
            assert_eq!(got, want, "{value}");
        }
    }

    #[test]
    fn templates() {
        for (class, want) in [
            ("single-post", Some(Template::Post)),
            ("post-template-default", Some(Template::Post)),
            ("postid-3360", Some(Template::Single)),
            ("page-id-12", Some(Template::Page)),
            ("template-product", Some(Template::Product)),
            ("page-node-type-article", Some(Template::Post)),
            ("home", Some(Template::Index)),
            ("homepage-hero", None),
            ("wp-custom-logo", None),
        ] {
            assert_eq!(template(class), want, "{class}");
        }
    }

    #[test]
    fn labels_normalise_then_match() {
        let mut buf = String::new();
        for (text, kind) in [
            ("  Add to Cart ", Kind::Product),
            ("12 Replies »", Kind::Forum),
            ("Edit on GitHub", Kind::Docs),
            ("Contact us!", Kind::Service),
            ("Read more…", Kind::Listing),
        ] {
            normalize_label(text, &mut buf);
            assert!(phrase(&buf).has(kind), "{text} → {buf}");
        }
        normalize_label("Parliament votes", &mut buf);
        assert_eq!(phrase(&buf), Kinds::default());
    }
}
