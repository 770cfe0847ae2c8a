//! The detector's features: every cheap signal, as numbers a model can weigh.
//!
//! Features come in two stages. [`Stage::Cheap`] ones read only the head
//! metadata, the JSON-LD and the address: they cost next to nothing and let
//! most shops, forums and index pages be turned away before the body is
//! looked at. [`Stage::Full`] ones come from the [`Census`] of the body.
//!
//! Counts enter as `ln(1 + n)`: the tenth paragraph says less than the
//! first. Every feature is zero when its signal is absent, so a feature's
//! contribution to the verdict is zero unless it fired.

use super::census::Census;
use super::jsonld::JsonLd;
use super::lexicon::{self, Kind, Template};
use super::schema::SchemaKind;
use super::url::{address_of, UrlShape};
use crate::page::Page;

/// Which stage computes a feature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Cheap,
    Full,
}

macro_rules! features {
    ($($stage:ident $name:ident = $label:literal,)*) => {
        /// One input of the model. Cheap features come first.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Feature { $($name,)* }

        impl Feature {
            pub const ALL: &'static [Feature] = &[$(Feature::$name,)*];

            /// Stable identifier, as the generated model lists it.
            pub const fn name(self) -> &'static str {
                match self { $(Feature::$name => stringify!($name),)* }
            }

            /// Short human-readable name, shown as a detection signal.
            pub const fn label(self) -> &'static str {
                match self { $(Feature::$name => $label,)* }
            }

            pub const fn stage(self) -> Stage {
                match self { $(Feature::$name => Stage::$stage,)* }
            }
        }
    };
}

features! {
    Cheap OgArticle = "og:type=article",
    Cheap OgWebsite = "og:type=website",
    Cheap OgProduct = "og:type=product",
    Cheap OgOther = "other og:type",
    Cheap MetaPublished = "publication date meta",
    Cheap MetaArticle = "article:* meta",
    Cheap MetaAuthor = "author meta",
    Cheap MetaProduct = "product meta",
    Cheap TwitterLargeImage = "large-image card",
    Cheap LdAny = "JSON-LD",
    Cheap LdArticle = "JSON-LD Article",
    Cheap LdTechArticle = "JSON-LD TechArticle",
    Cheap LdProduct = "JSON-LD Product",
    Cheap LdRating = "JSON-LD rating or review",
    Cheap LdFaq = "JSON-LD FAQPage",
    Cheap LdList = "JSON-LD list page",
    Cheap LdForum = "JSON-LD forum or Q&A",
    Cheap LdWebPage = "JSON-LD WebPage",
    Cheap LdOrganization = "JSON-LD organisation or service",
    Cheap LdHowTo = "JSON-LD HowTo or Recipe",
    Cheap LdBreadcrumbs = "JSON-LD breadcrumbs",
    Cheap LdVideo = "JSON-LD video",
    Cheap LdDatePublished = "JSON-LD datePublished",
    Cheap LdAuthor = "JSON-LD author",
    Cheap LdArticleBody = "JSON-LD articleBody",
    Cheap LdArticleDate = "JSON-LD article date",
    Cheap LdArticleAuthor = "JSON-LD article author",
    Cheap TemplatePost = "post template",
    Cheap TemplateSingle = "single-item template",
    Cheap TemplatePage = "page template",
    Cheap TemplateIndex = "index template",
    Cheap TemplateProduct = "product template",
    Cheap HeadlineWords = "headline length",
    Cheap HeadlineNumber = "number in headline",
    Cheap TitleArticleWords = "how/why/best headline",
    Cheap TitleForumWords = "forum headline",
    Cheap TitleDocsWords = "docs headline",
    Cheap TitleProductWords = "shop headline",
    Cheap TitleListingWords = "index headline",
    Cheap TitleServiceWords = "services headline",
    Cheap DescriptionWords = "description length",
    Cheap UrlHome = "home page address",
    Cheap UrlDepth = "address depth",
    Cheap UrlDated = "dated address",
    Cheap UrlSlugWords = "words in address slug",
    Cheap UrlLongNumber = "id in address",
    Cheap UrlSearch = "search address",
    Cheap UrlPaged = "paged address",
    Cheap UrlVersioned = "versioned address",
    Cheap UrlFileExt = "page-file address",
    Cheap UrlArticleSection = "news or blog address",
    Cheap UrlForumSection = "forum address",
    Cheap UrlDocsSection = "docs address",
    Cheap UrlProductSection = "shop address",
    Cheap UrlListingSection = "category address",
    Cheap UrlServiceSection = "services address",
    Cheap UrlArticleLeaf = "news or blog index address",
    Cheap UrlForumLeaf = "forum index address",
    Cheap UrlDocsLeaf = "docs index address",
    Cheap UrlProductLeaf = "shop index address",
    Cheap UrlListingLeaf = "category index address",
    Cheap UrlServiceLeaf = "services index address",
    Full TextChars = "text length",
    Full LinkDensity = "link density",
    Full BoilerShare = "boilerplate share",
    Full TextPerElement = "text per element",
    Full Paragraphs = "paragraphs",
    Full LongParagraphs = "long paragraphs",
    Full MeanParagraph = "paragraph length",
    Full ParagraphShare = "prose share of text",
    Full ProseRun = "run of paragraphs",
    Full ProseRunShare = "run's share of prose",
    Full RootParagraphs = "paragraphs in article body",
    Full RootProse = "article body prose",
    Full RootProseShare = "article body share of prose",
    Full RootTextShare = "article body share of text",
    Full RootLinkDensity = "article body link density",
    Full RootInContent = "body in <article> or <main>",
    Full H1 = "h1 headings",
    Full Subheadings = "subheadings",
    Full Articles = "<article> elements",
    Full Mains = "<main> element",
    Full Times = "<time> elements",
    Full Pres = "code blocks",
    Full CodeShare = "code share of text",
    Full Tables = "tables",
    Full ListItems = "list items",
    Full Forms = "forms",
    Full Inputs = "form fields",
    Full Buttons = "buttons",
    Full Images = "images",
    Full ArticleClasses = "article class names",
    Full ForumClasses = "forum class names",
    Full DocsClasses = "docs class names",
    Full ProductClasses = "shop class names",
    Full ListingClasses = "listing class names",
    Full ServiceClasses = "service class names",
    Full BylineClasses = "author class names",
    Full DateClasses = "date class names",
    Full CommentClasses = "comment sections",
    Full ArticleLabels = "article labels",
    Full ForumLabels = "reply and vote labels",
    Full DocsLabels = "docs labels",
    Full ProductLabels = "add-to-cart labels",
    Full ListingLabels = "read-more labels",
    Full ServiceLabels = "contact-us labels",
    Full Bylines = "byline",
    Full Dates = "dates",
    Full RelativeDates = "relative dates",
    Full Prices = "prices",
    Full AuthorMarks = "author markup",
    Full ArticleProps = "article microdata",
    Full ProductProps = "product microdata",
    Full PhoneLinks = "phone links",
    Full MdArticle = "microdata Article",
    Full MdProduct = "microdata Product",
    Full MdForum = "microdata forum",
    Full MdList = "microdata list",
    Full MdOrganization = "microdata organisation",
    Full MaxCards = "repeated cards",
    Full Cards = "cards",
    Full CardShare = "card share of text",
    Full DatedCards = "repeated dated teasers",
    Full TeaserHeadings = "linked headings",
    Full Tiles = "grid of headed panels",
    Full AuthorLinks = "links to author pages",
    Full UserLinks = "links to user profiles",
    Full MaxPosts = "repeated posts",
    Full PostShare = "text in repeated posts",
    Full SignedPosts = "dated, signed replies",
    Full RootInPost = "body is one post of many",
    Full DatesNearBody = "date by the body",
    Full BylinesNearBody = "byline by the body",
    Full HeadlineNearBody = "headline by the body",
    Full BodyHeadlineWords = "words in the body's headline",
    Full Dateline = "dateline under the headline",
    Full Byline = "byline under the headline",
    Full ControlsNearBody = "form fields by the body",
    Full CallsNearBody = "calls to action by the body",
    Full SubheadingsPerParagraph = "subheadings per paragraph",
    Full RootListItems = "list items in the body",
    Full PhoneNumbers = "phone numbers",
    Full WeShare = "we/our in prose",
    Full YouShare = "you/your in prose",
    Full IShare = "I/my in prose",
    Full CommerceShare = "sales words in prose",
    Full ReportingShare = "said/according in prose",
    Full ReasoningShare = "however/research in prose",
    Full NumberShare = "numbers in prose",
}

/// Number of features.
pub const COUNT: usize = Feature::ALL.len();

/// Number of [`Stage::Cheap`] features (they come first).
pub const CHEAP_COUNT: usize = {
    let mut n = 0;
    while n < COUNT && matches!(Feature::ALL[n].stage(), Stage::Cheap) {
        n += 1;
    }
    n
};

/// Caps on raw values that would otherwise let one odd page dominate.
const MAX_HEADLINE_WORDS: usize = 30;
const MAX_DESCRIPTION_WORDS: usize = 60;
const MAX_URL_DEPTH: u8 = 8;
const MAX_SLUG_WORDS: u8 = 15;

/// A page's feature values, indexed by [`Feature`].
#[derive(Clone, Debug, PartialEq)]
pub struct Features(pub [f32; COUNT]);

impl Default for Features {
    fn default() -> Self {
        Features([0.0; COUNT])
    }
}

impl Features {
    pub fn get(&self, f: Feature) -> f32 {
        self.0[f as usize]
    }

    fn set(&mut self, f: Feature, value: f32) {
        self.0[f as usize] = value;
    }

    fn flag(&mut self, f: Feature, on: bool) {
        self.set(f, if on { 1.0 } else { 0.0 });
    }

    fn count(&mut self, f: Feature, n: u32) {
        self.set(f, (n as f32).ln_1p());
    }

    /// Fills the [`Stage::Cheap`] features from the head and the address.
    pub fn fill_cheap(&mut self, page: &Page) {
        use Feature::*;
        let head = HeadFacts::read(page);
        let og = head.og_type.as_str();
        self.flag(OgArticle, og == "article" || og.ends_with(":article"));
        self.flag(OgWebsite, og == "website");
        self.flag(
            OgProduct,
            crate::substr::contains(og, "product") || og.ends_with("item"),
        );
        self.flag(
            OgOther,
            !og.is_empty()
                && ![OgArticle, OgWebsite, OgProduct]
                    .iter()
                    .any(|&f| self.get(f) > 0.0),
        );
        self.flag(MetaPublished, head.published);
        self.flag(MetaArticle, head.article);
        self.flag(MetaAuthor, head.author);
        self.flag(MetaProduct, head.product);
        self.flag(TwitterLargeImage, head.large_image);

        let ld = JsonLd::scan(page.meta.json_ld.iter().map(String::as_str));
        self.flag(LdAny, !page.meta.json_ld.is_empty());
        for (f, kind) in [
            (LdArticle, SchemaKind::Article),
            (LdTechArticle, SchemaKind::TechArticle),
            (LdProduct, SchemaKind::Product),
            (LdRating, SchemaKind::Rating),
            (LdFaq, SchemaKind::Faq),
            (LdList, SchemaKind::List),
            (LdForum, SchemaKind::Forum),
            (LdWebPage, SchemaKind::WebPage),
            (LdOrganization, SchemaKind::Organization),
            (LdHowTo, SchemaKind::HowTo),
            (LdBreadcrumbs, SchemaKind::Breadcrumbs),
            (LdVideo, SchemaKind::Video),
        ] {
            self.flag(f, ld.kinds.has(kind));
        }
        self.flag(LdDatePublished, ld.date_published);
        self.flag(LdAuthor, ld.author);
        self.flag(LdArticleBody, ld.article_body);
        self.flag(LdArticleDate, ld.article_dated);
        self.flag(LdArticleAuthor, ld.article_authored);

        let mut templates = [false; 5];
        let template_holders = [page.root(), page.body()];
        for e in template_holders
            .into_iter()
            .flatten()
            .filter_map(|id| page.element(id))
        {
            for class in &e.classes {
                if let Some(t) = lexicon::template(class) {
                    templates[t as usize] = true;
                }
            }
        }
        self.flag(TemplatePost, templates[Template::Post as usize]);
        self.flag(TemplateSingle, templates[Template::Single as usize]);
        self.flag(TemplatePage, templates[Template::Page as usize]);
        self.flag(TemplateIndex, templates[Template::Index as usize]);
        self.flag(TemplateProduct, templates[Template::Product as usize]);

        let title = page.meta("og:title").or(page.meta.title.as_deref());
        let headline = title.map_or("", headline_of);
        let words = || headline.split_whitespace();
        self.set(
            HeadlineWords,
            words().count().min(MAX_HEADLINE_WORDS) as f32,
        );
        self.flag(
            HeadlineNumber,
            words().any(crate::substr::starts_with_digit),
        );
        let mut title_kinds = [0u32; 6];
        for w in crate::substr::alphanumeric_runs(headline).filter(|w| !w.is_empty()) {
            let hints = lexicon::title_word(w);
            for (i, kind) in Kind::PAGE_TYPES.iter().enumerate() {
                title_kinds[i] += hints.has(*kind) as u32;
            }
        }
        for (f, n) in [
            TitleArticleWords,
            TitleForumWords,
            TitleDocsWords,
            TitleProductWords,
            TitleListingWords,
            TitleServiceWords,
        ]
        .into_iter()
        .zip(title_kinds)
        {
            self.count(f, n);
        }
        let words = |s: Option<&str>, cap| s.map_or(0, |s| s.split_whitespace().count().min(cap));
        let description = page.meta("description").or(page.meta("og:description"));
        self.set(
            DescriptionWords,
            (words(description, MAX_DESCRIPTION_WORDS) as f32).ln_1p(),
        );

        let url = address_of(page).map(UrlShape::parse).unwrap_or_default();
        self.flag(UrlHome, url.is_home);
        self.set(UrlDepth, url.depth.min(MAX_URL_DEPTH) as f32);
        self.flag(UrlDated, url.dated);
        self.set(UrlSlugWords, url.slug_words.min(MAX_SLUG_WORDS) as f32);
        self.flag(UrlLongNumber, url.long_number);
        self.flag(UrlSearch, url.search);
        self.flag(UrlPaged, url.paged);
        self.flag(UrlVersioned, url.versioned);
        self.flag(UrlFileExt, url.file_ext);
        let sections = [
            UrlArticleSection,
            UrlForumSection,
            UrlDocsSection,
            UrlProductSection,
            UrlListingSection,
            UrlServiceSection,
        ];
        let leaves = [
            UrlArticleLeaf,
            UrlForumLeaf,
            UrlDocsLeaf,
            UrlProductLeaf,
            UrlListingLeaf,
            UrlServiceLeaf,
        ];
        for (i, kind) in Kind::PAGE_TYPES.iter().enumerate() {
            self.flag(sections[i], url.section.has(*kind));
            self.flag(leaves[i], url.leaf.has(*kind));
        }
    }

    /// Fills the [`Stage::Full`] features from the census of the body.
    pub fn fill_full(&mut self, c: &Census) {
        use Feature::*;
        let ratio = |a: u32, b: u32| if b == 0 { 0.0 } else { a as f32 / b as f32 };
        self.count(TextChars, c.text_chars);
        self.set(LinkDensity, ratio(c.link_chars, c.text_chars));
        self.set(BoilerShare, ratio(c.boiler_chars, c.text_chars));
        self.set(TextPerElement, ratio(c.text_chars, c.elements).ln_1p());
        self.count(Paragraphs, c.paragraphs);
        self.count(LongParagraphs, c.long_paragraphs);
        self.set(
            MeanParagraph,
            ratio(c.paragraph_chars, c.paragraphs).ln_1p(),
        );
        self.set(ParagraphShare, ratio(c.paragraph_chars, c.text_chars));
        self.count(ProseRun, c.prose_run);
        self.set(ProseRunShare, ratio(c.prose_run_chars, c.paragraph_chars));
        self.count(RootParagraphs, c.root_paragraphs);
        self.count(RootProse, c.root_paragraph_chars);
        self.set(
            RootProseShare,
            ratio(c.root_paragraph_chars, c.paragraph_chars),
        );
        self.set(RootTextShare, ratio(c.root_chars, c.text_chars));
        self.set(RootLinkDensity, ratio(c.root_link_chars, c.root_chars));
        self.flag(RootInContent, c.root_in_content);
        self.set(H1, c.h1.min(5) as f32);
        self.count(Subheadings, c.subheadings);
        self.count(Articles, c.articles);
        self.flag(Mains, c.mains > 0);
        self.count(Times, c.times);
        self.count(Pres, c.pres);
        self.set(CodeShare, ratio(c.code_chars, c.text_chars));
        self.count(Tables, c.tables);
        self.count(ListItems, c.list_items);
        self.count(Forms, c.forms);
        self.count(Inputs, c.inputs);
        self.count(Buttons, c.buttons);
        self.count(Images, c.images);
        let classes = [
            ArticleClasses,
            ForumClasses,
            DocsClasses,
            ProductClasses,
            ListingClasses,
            ServiceClasses,
        ];
        let labels = [
            ArticleLabels,
            ForumLabels,
            DocsLabels,
            ProductLabels,
            ListingLabels,
            ServiceLabels,
        ];
        for i in 0..Kind::PAGE_TYPES.len() {
            self.count(classes[i], c.class_hints[i]);
            self.count(labels[i], c.label_hints[i]);
        }
        self.count(BylineClasses, c.class_bylines);
        self.count(DateClasses, c.class_dates);
        self.count(CommentClasses, c.class_comments);
        self.count(Bylines, c.bylines);
        self.count(Dates, c.dates);
        self.count(RelativeDates, c.relative_dates);
        self.count(Prices, c.prices);
        self.count(AuthorMarks, c.author_marks);
        self.count(ArticleProps, c.article_props);
        self.count(ProductProps, c.product_props);
        self.count(PhoneLinks, c.phone_links);
        self.flag(MdArticle, c.microdata.has(SchemaKind::Article));
        self.flag(MdProduct, c.microdata.has(SchemaKind::Product));
        self.flag(MdForum, c.microdata.has(SchemaKind::Forum));
        self.flag(MdList, c.microdata.has(SchemaKind::List));
        self.flag(MdOrganization, c.microdata.has(SchemaKind::Organization));
        self.count(MaxCards, c.max_cards);
        self.count(Cards, c.cards);
        self.set(CardShare, ratio(c.card_chars, c.text_chars));
        self.count(DatedCards, c.max_dated_cards);
        self.count(TeaserHeadings, c.teaser_headings);
        self.count(Tiles, c.max_tiles);
        self.count(AuthorLinks, c.author_links);
        self.count(UserLinks, c.user_links);
        self.count(MaxPosts, c.max_posts);
        self.set(PostShare, ratio(c.post_chars, c.text_chars));
        self.count(SignedPosts, c.max_signed_posts);
        self.flag(RootInPost, c.root_in_post);
        self.count(DatesNearBody, c.dates_near_root);
        self.count(BylinesNearBody, c.bylines_near_root);
        self.flag(HeadlineNearBody, c.h1_near_root);
        self.set(
            BodyHeadlineWords,
            c.headline_words.min(MAX_HEADLINE_WORDS as u32) as f32,
        );
        self.flag(Dateline, c.dateline);
        self.flag(Byline, c.byline);
        self.count(ControlsNearBody, c.controls_near_root);
        self.count(CallsNearBody, c.calls_to_action_near_root);
        self.set(
            SubheadingsPerParagraph,
            ratio(c.root_subheadings, c.root_paragraphs),
        );
        self.count(RootListItems, c.root_list_items);
        self.count(PhoneNumbers, c.phone_numbers);
        // Per hundred words, so these sit on a scale like the others.
        let w = &c.words;
        let per_hundred = |n: u32| 100.0 * ratio(n, w.total);
        self.set(WeShare, per_hundred(w.we));
        self.set(YouShare, per_hundred(w.you));
        self.set(IShare, per_hundred(w.i));
        self.set(CommerceShare, per_hundred(w.commerce));
        self.set(ReportingShare, per_hundred(w.reporting));
        self.set(ReasoningShare, per_hundred(w.reasoning));
        self.set(NumberShare, per_hundred(w.numbers));
    }
}

/// Separators between a headline and the site's name in a `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// The headline in a title: its longest part between separators
/// ("Council approves budget | City News" → "Council approves budget").
fn headline_of(title: &str) -> &str {
    let mut parts = vec![title];
    for sep in TITLE_SEPARATORS {
        parts = parts
            .into_iter()
            .flat_map(|p| crate::substr::split(p, sep))
            .collect();
    }
    parts
        .into_iter()
        .max_by_key(|p| p.split_whitespace().count())
        .unwrap_or(title)
        .trim()
}

/// What the `<meta>` tags say, read in one pass over them.
#[derive(Default)]
struct HeadFacts {
    /// `og:type`, lower case.
    og_type: String,
    published: bool,
    article: bool,
    author: bool,
    product: bool,
    large_image: bool,
}

/// `<meta>` keys that carry a publication date besides `article:*`.
const DATE_META_KEYS: &[&str] = &[
    "citation_publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "parsely-pub-date",
    "pubdate",
    "publish-date",
    "publish_date",
    "publishdate",
    "sailthru.date",
];

/// `<meta>` keys that name an author.
const AUTHOR_META_KEYS: &[&str] = &[
    "article:author",
    "author",
    "byl",
    "citation_author",
    "dc.creator",
    "parsely-author",
    "sailthru.author",
];

impl HeadFacts {
    fn read(page: &Page) -> Self {
        let mut h = HeadFacts::default();
        for (key, value) in &page.meta.meta {
            let key = key.as_str();
            let empty = value.trim().is_empty();
            match key {
                "og:type" if h.og_type.is_empty() => h.og_type = value.trim().to_ascii_lowercase(),
                "twitter:card" => h.large_image |= value == "summary_large_image",
                _ => {}
            }
            if empty {
                continue;
            }
            if key == "article:published_time"
                || key == "og:article:published_time"
                || DATE_META_KEYS.contains(&key)
            {
                h.published = true;
            }
            if key.starts_with("article:") || key.starts_with("og:article:") {
                h.article = true;
            }
            if AUTHOR_META_KEYS.contains(&key) {
                h.author = true;
            }
            // Yoast SEO's Slack/Twitter labels: "Written by", "Est. reading time".
            if key.starts_with("twitter:label") {
                let v = value.to_ascii_lowercase();
                h.author |= v.starts_with("written by");
                h.article |= crate::substr::contains(&v, "reading time");
            }
            if key.starts_with("product:") || key.starts_with("og:price") {
                h.product = true;
            }
        }
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageBuilder;

    #[test]
    fn cheap_features_come_first() {
        const { assert!(CHEAP_COUNT > 0 && CHEAP_COUNT < COUNT) };
        assert!(Feature::ALL[CHEAP_COUNT..]
            .iter()
            .all(|f| f.stage() == Stage::Full));
        for (i, f) in Feature::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i);
        }
    }

    #[test]
    fn head_and_address() {
        let mut b = PageBuilder::new();
        b.set_url("https://news.example.com/2024/03/05/council-approves-budget-after-long-debate");
        b.open("html", []);
        b.open("head", []);
        b.open("meta", [("property", "og:type"), ("content", "Article")]);
        b.close();
        b.open(
            "meta",
            [
                ("property", "article:published_time"),
                ("content", "2024-03-05"),
            ],
        );
        b.close();
        b.open("meta", [("name", "author"), ("content", "")]);
        b.close();
        b.open("title", []);
        b.text("Council approves budget after long debate | Example News");
        b.close();
        b.open("script", [("type", "application/ld+json")]);
        b.text(r#"{"@type":"NewsArticle","datePublished":"2024-03-05"}"#);
        b.close();
        b.close();
        b.open(
            "body",
            [("class", "wp-singular single-post postid-7 has-sidebar")],
        );
        b.close();
        b.close();
        let mut x = Features::default();
        x.fill_cheap(&b.finish());
        use Feature::*;
        for on in [
            OgArticle,
            MetaPublished,
            MetaArticle,
            LdArticle,
            LdDatePublished,
            UrlDated,
            UrlArticleSection,
            TemplatePost,
            TemplateSingle,
        ] {
            assert_eq!(x.get(on), 1.0, "{on:?}");
        }
        for off in [
            OgOther,
            MetaAuthor,
            LdProduct,
            UrlHome,
            UrlArticleLeaf,
            TemplatePage,
        ] {
            assert_eq!(x.get(off), 0.0, "{off:?}");
        }
        assert_eq!(x.get(HeadlineWords), 6.0, "site name cut off");
        assert_eq!(x.get(UrlSlugWords), 6.0);
        assert!(x.0[CHEAP_COUNT..].iter().all(|&v| v == 0.0));
    }
}
