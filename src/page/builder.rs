//! [`PageBuilder`]: the one way to make a [`Page`].

use super::{push_collapsed, visible_chars, Element, Node, NodeData, NodeId, Page};

/// Attributes kept on elements. Everything else is dropped at build time so
/// the model stays small; `class`, `id` and short `data-*` attributes are kept
/// as well (see [`MAX_DATA_ATTRIBUTE_LEN`]). `is_kept` is the fast test.
pub const KEPT_ATTRIBUTES: &[&str] = &[
    "role",
    "aria-label",
    "aria-modal",
    "href",
    "type",
    "name",
    "itemprop",
    "itemtype",
    "datetime",
    "rel",
    "placeholder",
    "action",
    "lang",
    "dir",
];

/// Attributes the builder reads without keeping them as such: what a driver
/// must pass besides [`KEPT_ATTRIBUTES`] and short `data-*` ones (at most
/// [`MAX_DATA_ATTRIBUTE_LEN`] bytes). A driver may leave out every other
/// attribute: nothing else reaches the page model.
pub const READ_ATTRIBUTES: &[&str] = &["id", "class", "hidden", "style", "property", "content"];

/// Whether an attribute (lower-case name) is in [`KEPT_ATTRIBUTES`]: a
/// `match` the compiler turns into a length switch, for the hot path.
fn is_kept(name: &str) -> bool {
    let kept = matches!(
        name,
        "role"
            | "aria-label"
            | "aria-modal"
            | "href"
            | "type"
            | "name"
            | "itemprop"
            | "itemtype"
            | "datetime"
            | "rel"
            | "placeholder"
            | "action"
            | "lang"
            | "dir"
    );
    debug_assert_eq!(kept, KEPT_ATTRIBUTES.contains(&name));
    kept
}

/// Whether the content of an element (lower-case tag) never reaches the
/// model: [`SKIPPED_CONTENT`] as a `match`.
fn skips_content(tag: &str) -> bool {
    let skips = matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "canvas"
            | "select"
    );
    debug_assert_eq!(skips, SKIPPED_CONTENT.contains(&tag));
    skips
}

/// `s` in lower case, allocating only when it has upper-case ASCII (drivers
/// mostly hand over lower-case names already).
fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(s.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// `data-*` attributes carry component names on many sites
/// (`data-component="paywall"`); longer values are payloads, not names.
pub const MAX_DATA_ATTRIBUTE_LEN: usize = 48;

/// Elements whose content never reaches the model: code, styling, and
/// fallbacks the reader never sees. `<svg>` is kept as an element but its
/// `<title>`s and labels are icon text, not page text.
pub const SKIPPED_CONTENT: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
    "select",
];

/// An element hidden by markup that holds at least this share of a
/// document's body text is shown (see [`PageBuilder::finish`]).
pub const MAX_HIDDEN_SHARE: f32 = 0.5;

/// Which `<meta>` attribute names the entry, strongest first.
const META_KEY_PRIORITY: &[&str] = &["property", "name", "itemprop"];

/// What a driver must do with the children of the element it just opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Descend {
    /// Feed the children (elements and text) before calling `close`.
    Children,
    /// Do not feed the children; still call `close`.
    Skip,
}

/// Where text fed to the builder goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Capture {
    #[default]
    Tree,
    Title,
    JsonLd,
}

/// Builds a [`Page`] from a stream of `open` / `text` / `close` calls in
/// document order. Drivers call `close` once for every `open`, whatever
/// [`Descend`] said.
///
/// ```
/// use dramatis::page::{PageBuilder, Descend};
/// let mut b = PageBuilder::new();
/// b.open("html", [("lang", "en")]);
/// assert_eq!(b.open("p", [("class", "lede intro")]), Descend::Children);
/// b.text("Hello");
/// b.close();
/// b.close();
/// let page = b.finish();
/// assert_eq!(page.meta.lang.as_deref(), Some("en"));
/// assert_eq!(page.visible_text(page.root().unwrap()), "Hello");
/// ```
#[derive(Debug, Default)]
pub struct PageBuilder {
    page: Page,
    /// Open elements that are in the tree, innermost last.
    stack: Vec<NodeId>,
    /// Whether the innermost open element's content is skipped.
    skipping: bool,
    /// Depth of `open` calls whose element is not in the tree (content of a
    /// skipped or captured element that a driver fed anyway).
    detached: usize,
    capture: Capture,
    captured: String,
    /// `open` depth inside `<svg>` and friends, where `<title>` is not the page title.
    foreign_depth: usize,
    /// Elements hidden by their own markup, not only by an ancestor's, in
    /// document order (see [`PageBuilder::finish`]).
    hidden_by_markup: Vec<NodeId>,
}

impl PageBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records the page's address (from the driver: `location.href`, `--url`).
    pub fn set_url(&mut self, url: &str) {
        self.page.url = Some(url.to_string());
    }

    /// Opens an element. `attrs` are all the element's attributes as the
    /// driver sees them; the builder keeps what the model needs.
    pub fn open<'a>(
        &mut self,
        tag: &str,
        attrs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Descend {
        // One body for every driver's iterator type: the wasm carries one copy.
        self.open_element(tag, &mut attrs.into_iter())
    }

    fn open_element<'a>(
        &mut self,
        tag: &str,
        attrs: &mut dyn Iterator<Item = (&'a str, &'a str)>,
    ) -> Descend {
        // Content of a skipped or captured element that a driver feeds anyway
        // must not land in the tree.
        if self.detached > 0 || self.capture != Capture::Tree || self.skipping {
            self.detached += 1;
            return Descend::Skip;
        }

        let tag = lower(tag).into_owned();
        let mut element = Element {
            block: super::text::is_block(&tag),
            tag,
            ..Element::default()
        };
        let mut script_type = None;
        let mut meta_key = None;
        let mut meta_content = None;
        let mut rel = None;
        let mut href = None;
        let mut own_hidden = false;
        for (name, value) in attrs {
            let name = lower(name);
            match name.as_ref() {
                "id" => element.id = value.to_string(),
                "class" => {
                    element.classes = value.split_ascii_whitespace().map(str::to_string).collect()
                }
                "hidden" => own_hidden = true,
                "style" => own_hidden |= style_hides(value),
                _ => {}
            }
            match (element.tag.as_str(), name.as_ref()) {
                ("script", "type") => script_type = Some(value.trim().to_ascii_lowercase()),
                // Whatever order a driver reports attributes in, `property`
                // wins over `name`, which wins over `itemprop`.
                ("meta", "property" | "name" | "itemprop") => {
                    let rank = META_KEY_PRIORITY.iter().position(|k| *k == name.as_ref());
                    if meta_key.as_ref().is_none_or(|(r, _)| rank < *r) {
                        meta_key = Some((rank, value.trim().to_ascii_lowercase()));
                    }
                }
                ("meta", "content") => meta_content = Some(value.trim().to_string()),
                ("link", "rel") => rel = Some(value.to_ascii_lowercase()),
                ("link", "href") => href = Some(value.trim().to_string()),
                ("input", "type") if value.eq_ignore_ascii_case("hidden") => own_hidden = true,
                _ => {}
            }
            let keep = is_kept(&name)
                || (name.starts_with("data-") && value.len() <= MAX_DATA_ATTRIBUTE_LEN);
            if keep {
                element.attrs.push((name.into_owned(), value.to_string()));
            }
        }

        // Drivers report attributes in different orders (a browser keeps
        // source order, html5ever's map does not): the model sorts them.
        crate::sort::sort_by(&mut element.attrs, |a, b| a.cmp(b));

        let parent = self.stack.last().copied();
        let parent_hidden = parent
            .and_then(|p| self.page.element(p))
            .is_some_and(|e| e.hidden);
        element.hidden = own_hidden || parent_hidden;

        match element.tag.as_str() {
            "html" if parent.is_none() => {
                self.page.meta.lang = element.attr("lang").map(str::to_string);
                self.page.meta.dir = element.attr("dir").map(str::to_string);
            }
            "meta" => {
                if let (Some((_, k)), Some(c)) = (meta_key, meta_content) {
                    if !k.is_empty() {
                        self.page.meta.meta.push((k, c));
                    }
                }
            }
            "link" => {
                let canonical = rel.is_some_and(|r| r.split_whitespace().any(|t| t == "canonical"));
                if canonical && self.page.meta.canonical.is_none() {
                    self.page.meta.canonical = href;
                }
            }
            _ => {}
        }

        let descend =
            if element.tag == "script" && script_type.as_deref() == Some("application/ld+json") {
                self.capture = Capture::JsonLd;
                Descend::Children
            } else if element.tag == "title"
                && self.foreign_depth == 0
                && self.page.meta.title.is_none()
            {
                self.capture = Capture::Title;
                Descend::Children
            } else if skips_content(&element.tag) {
                Descend::Skip
            } else {
                Descend::Children
            };
        if matches!(element.tag.as_str(), "svg" | "math") {
            self.foreign_depth += 1;
        }

        let id = self.push(parent, NodeData::Element(element));
        if own_hidden {
            self.hidden_by_markup.push(id);
        }
        self.stack.push(id);
        self.skipping = descend == Descend::Skip;
        descend
    }

    /// Adds text inside the innermost open element.
    pub fn text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.capture {
            Capture::Title | Capture::JsonLd => self.captured.push_str(text),
            // One driver text node, one model text node (adjacent ones are
            // not merged), so that text offsets map back to DOM text nodes.
            Capture::Tree if self.detached == 0 && !self.skipping => {
                let parent = self.stack.last().copied();
                self.push(parent, NodeData::Text(text.to_string()));
            }
            Capture::Tree => {}
        }
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) {
        if self.detached > 0 {
            self.detached -= 1;
            return;
        }
        let Some(id) = self.stack.pop() else { return };
        // Only elements whose content is kept can be below the one closed.
        self.skipping = false;
        match std::mem::replace(&mut self.capture, Capture::Tree) {
            Capture::Title => {
                let mut title = String::new();
                push_collapsed(&mut title, &self.captured);
                self.page.meta.title = Some(title.trim_end().to_string());
            }
            Capture::JsonLd => self
                .page
                .meta
                .json_ld
                .push(self.captured.trim().to_string()),
            Capture::Tree => {}
        }
        self.captured.clear();
        if matches!(self.page.tag(id), "svg" | "math") {
            self.foreign_depth -= 1;
        }
    }

    /// Number of nodes in the tree so far: a driver that keeps its own node
    /// table sees whether an `open` or `text` call added a node.
    pub fn node_count(&self) -> usize {
        self.page.nodes.len()
    }

    /// The finished page. Elements still open are closed.
    ///
    /// An element hidden by markup that holds at least half of a document's
    /// body text (`MAX_HIDDEN_SHARE`) is shown: it is a
    /// wrapper a page keeps invisible until its scripts run (a fade-in),
    /// which a reader sees once they have. Elements hidden by their own
    /// markup inside it stay hidden. A fragment (`<body>` standing for the
    /// elements a page added) keeps its hidden elements: a pop-up added
    /// hidden is not seen yet, however much of the fragment it is.
    pub fn finish(mut self) -> Page {
        let page = &mut self.page;
        let is_document = page.root().is_some_and(|r| page.tag(r) == "html");
        let Some(body) = page.body().filter(|_| is_document) else {
            return self.page;
        };
        let chars = |page: &Page, id: NodeId| -> u32 {
            page.subtree(id)
                .filter_map(|i| match &page.nodes[i].data {
                    NodeData::Text(t) => Some(visible_chars(t)),
                    NodeData::Element(_) => None,
                })
                .sum()
        };
        // The outermost hidden elements (disjoint subtrees), with their text.
        let outermost: Vec<(NodeId, u32)> = self
            .hidden_by_markup
            .iter()
            .copied()
            .filter(|&id| {
                !page
                    .parent(id)
                    .and_then(|p| page.element(p))
                    .is_some_and(|e| e.hidden)
            })
            .map(|id| (id, chars(page, id)))
            .filter(|&(_, n)| n > 0)
            .collect();
        if outermost.is_empty() {
            return self.page;
        }
        let limit = (chars(page, body) as f32 * MAX_HIDDEN_SHARE) as u32;
        let shown: Vec<NodeId> = outermost
            .into_iter()
            .filter(|&(_, n)| n >= limit.max(1))
            .map(|(id, _)| id)
            .collect();
        if shown.is_empty() {
            return self.page;
        }
        // Hidden again from the first shown wrapper on, in document order:
        // by an element's own markup, unless it is a shown wrapper, or by
        // its parent's.
        let from = shown[0].index();
        for i in from..page.nodes.len() {
            let id = NodeId(i as u32);
            let own = self.hidden_by_markup.binary_search(&id).is_ok() && !shown.contains(&id);
            let parent_hidden = page
                .parent(id)
                .and_then(|p| page.element(p))
                .is_some_and(|e| e.hidden);
            if let NodeData::Element(e) = &mut page.nodes[i].data {
                e.hidden = own || parent_hidden;
            }
        }
        self.page
    }

    fn push(&mut self, parent: Option<NodeId>, data: NodeData) -> NodeId {
        let id = NodeId(self.page.nodes.len() as u32);
        self.page.nodes.push(Node {
            parent,
            children: Vec::new(),
            data,
        });
        if let Some(p) = parent {
            self.page.nodes[p.index()].children.push(id);
        }
        id
    }
}

/// Whether an inline `style` attribute hides the element.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|decl| {
        let Some((property, value)) = decl.split_once(':') else {
            return false;
        };
        let value = value.trim();
        let value = value
            .strip_suffix("important")
            .and_then(|v| v.trim_end().strip_suffix('!'))
            .unwrap_or(value)
            .trim_end();
        let property = property.trim();
        (property.eq_ignore_ascii_case("display") && value.eq_ignore_ascii_case("none"))
            || (property.eq_ignore_ascii_case("visibility") && value.eq_ignore_ascii_case("hidden"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_metadata_is_collected() {
        let mut b = PageBuilder::new();
        b.open("HTML", [("lang", "de"), ("dir", "ltr")]);
        b.open("head", []);
        b.open("title", []);
        b.text("  A  title\n");
        b.close();
        b.open("meta", [("property", "og:type"), ("content", " article ")]);
        b.close();
        b.open("meta", [("charset", "utf-8")]);
        b.close();
        b.open("link", [("rel", "Canonical"), ("href", "https://x.test/a")]);
        b.close();
        b.open("script", [("type", "application/ld+json")]);
        b.text(r#"{"@type":"NewsArticle"}"#);
        b.close();
        b.open("script", []);
        b.text("var x = 1;");
        b.close();
        b.close();
        b.close();
        let page = b.finish();
        assert_eq!(page.meta.title.as_deref(), Some("A title"));
        assert_eq!(page.meta.lang.as_deref(), Some("de"));
        assert_eq!(page.meta("og:type"), Some("article"));
        assert_eq!(page.meta.meta.len(), 1);
        assert_eq!(page.meta.canonical.as_deref(), Some("https://x.test/a"));
        assert_eq!(page.meta.json_ld, [r#"{"@type":"NewsArticle"}"#]);
        assert!(page
            .nodes
            .iter()
            .all(|n| !matches!(&n.data, NodeData::Text(t) if t.contains("var x"))));
    }

    #[test]
    fn skipped_content_stays_out_even_when_fed() {
        let mut b = PageBuilder::new();
        b.open("div", []);
        assert_eq!(b.open("noscript", []), Descend::Skip);
        assert_eq!(b.open("p", []), Descend::Skip);
        b.text("enable js");
        b.close();
        b.close();
        assert_eq!(b.open("svg", []), Descend::Skip);
        b.open("title", []);
        b.text("icon");
        b.close();
        b.close();
        b.text("kept");
        b.close();
        let page = b.finish();
        assert_eq!(page.visible_text(NodeId(0)), "kept");
        assert_eq!(page.meta.title, None);
        assert_eq!(page.nodes.len(), 4);
    }

    #[test]
    fn hidden_is_inherited_and_read_from_markup() {
        let mut b = PageBuilder::new();
        b.open("div", [("style", "color:red; DISPLAY : none !important")]);
        b.open("span", []);
        b.close();
        b.close();
        b.open("input", [("type", "hidden")]);
        b.close();
        b.open("p", [("style", "display:block")]);
        b.close();
        let page = b.finish();
        assert!(page.element(NodeId(0)).unwrap().hidden);
        assert!(page.element(NodeId(1)).unwrap().hidden);
        assert!(page.element(NodeId(2)).unwrap().hidden);
        assert!(!page.element(NodeId(3)).unwrap().hidden);
    }

    /// `<html><body>` (or, as a fragment, `<body>` alone) holding a menu
    /// and a wrapper hidden until scripts run, with a story and a hidden
    /// dropdown in it.
    fn faded_in(document: bool) -> Page {
        let mut b = PageBuilder::new();
        if document {
            b.open("html", []);
        }
        b.open("body", []);
        b.open("nav", []);
        b.text("Home News Sport");
        b.close();
        b.open("div", [("id", "app"), ("style", "visibility: hidden")]);
        b.open("p", []);
        b.text("The committee met on Thursday and agreed to publish the report.");
        b.close();
        b.open("ul", [("hidden", "")]);
        b.text("Dropdown entries");
        b.close();
        b.close();
        b.finish()
    }

    #[test]
    fn a_wrapper_hiding_most_of_a_document_is_shown() {
        let page = faded_in(true);
        let body = page.body().unwrap();
        let text = page.visible_text(body);
        assert!(text.contains("The committee met"), "{text}");
        assert!(!text.contains("Dropdown"), "{text}");
        let hidden = |id: &str| {
            let n = (0..page.nodes.len() as u32)
                .map(NodeId)
                .find(|&n| page.element(n).is_some_and(|e| e.id == id || e.tag == id))
                .unwrap();
            page.element(n).unwrap().hidden
        };
        assert!(!hidden("app"));
        assert!(!hidden("p"));
        assert!(hidden("ul"), "hidden by its own markup inside the wrapper");
        // Added to a page, a hidden element is not seen yet.
        let fragment = faded_in(false);
        assert_eq!(
            fragment.visible_text(fragment.body().unwrap()),
            "Home News Sport"
        );
    }

    #[test]
    fn attributes_are_filtered() {
        let mut b = PageBuilder::new();
        b.open(
            "a",
            [
                ("href", "/x"),
                ("onclick", "evil()"),
                ("data-component", "paywall"),
                ("data-blob", &"x".repeat(200)),
                ("class", " btn  btn-primary "),
            ],
        );
        b.close();
        let page = b.finish();
        let a = page.element(NodeId(0)).unwrap();
        assert_eq!(a.attr("href"), Some("/x"));
        assert_eq!(a.attr("data-component"), Some("paywall"));
        assert_eq!(a.attr("onclick"), None);
        assert_eq!(a.attr("data-blob"), None);
        assert_eq!(a.classes, ["btn", "btn-primary"]);
    }
}
