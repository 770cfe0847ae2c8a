//! schema.org types, as JSON-LD `@type` and microdata `itemtype` name them,
//! grouped into the few kinds that tell page types apart.

use super::flags::flag_set;

/// A group of schema.org types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum SchemaKind {
    /// `Article`, `NewsArticle` and its subtypes, `BlogPosting`, `Report`, …
    Article = 1 << 0,
    /// `TechArticle`, `APIReference`: documentation as often as blog posts.
    TechArticle = 1 << 1,
    /// `Product`, `ProductGroup`, `Offer`, `AggregateOffer`.
    Product = 1 << 2,
    /// `AggregateRating`, `Review`, `Rating`.
    Rating = 1 << 3,
    /// `FAQPage`.
    Faq = 1 << 4,
    /// `ItemList`, `CollectionPage`, `SearchResultsPage`, `OfferCatalog`.
    List = 1 << 5,
    /// `DiscussionForumPosting`, `QAPage`, `Question`, `Answer`, `Comment`.
    Forum = 1 << 6,
    /// `WebPage` and its generic subtypes (`AboutPage`, `ContactPage`).
    WebPage = 1 << 7,
    /// Organisations, local businesses, services, courses, events, places.
    Organization = 1 << 8,
    /// `HowTo`, `Recipe`.
    HowTo = 1 << 9,
    /// `BreadcrumbList`.
    Breadcrumbs = 1 << 10,
    /// `VideoObject`.
    Video = 1 << 11,
}

flag_set! {
    /// A set of [`SchemaKind`]s.
    pub struct SchemaKinds of SchemaKind;
}

/// Exact type names and their kind. Subtypes not listed are caught by the
/// suffix rules in [`kind_of`].
const TYPES: &[(&str, SchemaKind)] = {
    use SchemaKind::*;
    &[
        ("APIReference", TechArticle),
        ("AboutPage", WebPage),
        ("AggregateOffer", Product),
        ("AggregateRating", Rating),
        ("Answer", Forum),
        ("BlogPosting", Article),
        ("BreadcrumbList", Breadcrumbs),
        ("CheckoutPage", Product),
        ("CollectionPage", List),
        ("Comment", Forum),
        ("ContactPage", WebPage),
        ("Course", Organization),
        ("DiscussionForumPosting", Forum),
        ("Event", Organization),
        ("FAQPage", Faq),
        ("HowTo", HowTo),
        ("IndividualProduct", Product),
        ("ItemList", List),
        ("LiveBlogPosting", Article),
        ("LocalBusiness", Organization),
        ("Offer", Product),
        ("OfferCatalog", List),
        ("Place", Organization),
        ("Product", Product),
        ("ProductGroup", Product),
        ("ProductModel", Product),
        ("ProfilePage", WebPage),
        ("QAPage", Forum),
        ("Question", Forum),
        ("Rating", Rating),
        ("Recipe", HowTo),
        ("Report", Article),
        ("Review", Rating),
        ("SearchResultsPage", List),
        ("Service", Organization),
        ("SocialMediaPosting", Article),
        ("TechArticle", TechArticle),
        ("VideoObject", Video),
        ("WebPage", WebPage),
    ]
};

/// Suffixes of the many subtypes (`ReportageNewsArticle`, `MovingCompany`,
/// `CollegeOrUniversity`), checked when the exact table has no entry.
const SUFFIXES: &[(&str, SchemaKind)] = {
    use SchemaKind::*;
    &[
        ("Article", Article),
        ("Business", Organization),
        ("Company", Organization),
        ("Organization", Organization),
        ("Service", Organization),
        ("Store", Organization),
        ("School", Organization),
        ("University", Organization),
        ("Agency", Organization),
        ("Corporation", Organization),
        ("Clinic", Organization),
        ("Restaurant", Organization),
        ("Page", WebPage),
    ]
};

/// The kinds of one `@type` / `itemtype` value: a bare name
/// (`NewsArticle`), a prefixed one (`schema:Product`) or a URL
/// (`https://schema.org/Product`), or several URLs separated by spaces.
pub fn kind_of(value: &str) -> SchemaKinds {
    let mut kinds = SchemaKinds::default();
    for word in value.split_ascii_whitespace() {
        // What follows the last '/', ':' or '#' (a scan over bytes: the standard
        // library's reverse multi-char split is 250 bytes of the wasm).
        let name = match word.bytes().rposition(|b| matches!(b, b'/' | b':' | b'#')) {
            Some(i) => crate::substr::part(word, i + 1..),
            None => word,
        };
        let exact = TYPES
            .binary_search_by(|(n, _)| n.cmp(&name))
            .ok()
            .map(|i| TYPES[i].1);
        let kind = exact.or_else(|| {
            SUFFIXES
                .iter()
                .find(|(suffix, _)| name.ends_with(suffix))
                .map(|&(_, k)| k)
        });
        if let Some(k) = kind {
            kinds |= k;
        }
    }
    kinds
}

#[cfg(test)]
mod tests {
    use super::*;
    use SchemaKind as K;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(TYPES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn names_urls_and_subtypes() {
        let cases: &[(&str, Option<K>)] = &[
            ("NewsArticle", Some(K::Article)),
            ("ReportageNewsArticle", Some(K::Article)),
            ("https://schema.org/Product", Some(K::Product)),
            ("schema:FAQPage", Some(K::Faq)),
            ("TechArticle", Some(K::TechArticle)),
            ("MovingCompany", Some(K::Organization)),
            ("CollegeOrUniversity", Some(K::Organization)),
            ("DiscussionForumPosting", Some(K::Forum)),
            ("Thing", None),
            ("", None),
        ];
        for &(name, want) in cases {
            let got = kind_of(name);
            match want {
                Some(k) => assert!(got.has(k), "{name}: {got:?}"),
                None => assert!(got.is_empty(), "{name}: {got:?}"),
            }
        }
        let both = kind_of("http://schema.org/Product http://schema.org/Offer");
        assert!(both.has(K::Product) && !both.has(K::Article));
    }
}
