// The content script's reading of the DOM: the page's markup as the browser
// serializes it (`outerHTML`, written natively, several times faster than a
// walk of the same nodes in JS), for the wasm to read (src/page/markup.rs)
// in the analysis worker, here, or in the background; and the way back
// from the node ids of its results to DOM nodes, by the path of child
// indices the wasm gives for each. Where the browser's serialization does
// not spell out the live tree (an XML document; a DOM that scripts made and
// the serializer cannot write faithfully, which the element count shows),
// the same format is written here, node by node.
// It decides nothing beyond leaving out, in its own writing, what the page
// model never reads (the lists come from the wasm); the builder keeps what
// it keeps.

// Node types, compared on every node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements written without end tag or children (`VOID` in src/page/markup.rs). */
const VOID = new Set(
  "area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr".split(" "),
);

/** Elements whose text is written unescaped (`RAW_TEXT` in src/page/markup.rs). */
const RAW_TEXT = new Set("script style xmp iframe noembed noframes plaintext noscript".split(" "));

/**
 * `data-*` values longer than this never reach the page model
 * (`MAX_DATA_ATTRIBUTE_LEN` in src/page/builder.rs, counted there in UTF-8
 * bytes: a value longer than this in UTF-16 units is longer in bytes too).
 */
const MAX_DATA_VALUE = 48;

/**
 * What the detector's cheap stage reads (`rejectEarly` in the wasm), so
 * that a page ruled out by it is never serialized whole: `<html>` and
 * `<body>` with their attributes, and in a `<head>` the document's
 * metadata elements (JSON-LD, `<meta>`, `<link>`, `<title>`, wherever they
 * are: pages put them in the body too), which the browser finds natively;
 * not the head's scripts and styles, which the model never reads.
 */
export function earlyMarkup(doc, skipped, read = null) {
  const html = doc.documentElement;
  if (!html) return "";
  const writer = new Writer(doc, skipped, read);
  let out = writer.openTag(html) + "<head>";
  const outside = skipped.join(",");
  for (const el of doc.querySelectorAll('meta, link, title, script[type*="ld+json" i]')) {
    if (!el.parentElement?.closest(outside)) out += writer.markupOf(el);
  }
  out += "</head>";
  const body = doc.body;
  if (body) out += writer.openTag(body) + `</${body.localName}>`;
  return out + `</${html.localName}>`;
}

/**
 * The whole page's markup: `{markup, elements}`, where `elements` is the
 * number of elements the live document holds, for the wasm's count to be
 * set against (its results say how many the markup held), or -1 when the
 * markup was written here and needs no such check.
 */
export function pageMarkup(doc, skipped, read = null) {
  const html = doc.documentElement;
  if (!html) return { markup: "", elements: -1 };
  if (!isHtml(doc)) return writtenPage(doc, skipped, read);
  return { markup: html.outerHTML, elements: doc.getElementsByTagName("*").length };
}

/** The page's markup written here, node by node (see `pageMarkup`). */
export function writtenPage(doc, skipped, read = null) {
  const html = doc.documentElement;
  return { markup: html ? new Writer(doc, skipped, read).write(html) : "", elements: -1 };
}

/**
 * Elements added to the page together after load, as the markup of a
 * stand-in `<body>` holding them (`upsellsInMarkup` in the wasm), with the
 * count to check as `pageMarkup` gives it.
 */
export function addedMarkup(added, skipped, read = null) {
  let markup = "<body>";
  let elements = 0;
  const doc = added[0]?.ownerDocument;
  const writer = doc && !isHtml(doc) ? new Writer(doc, skipped, read) : null;
  for (const el of added) {
    markup += writer ? writer.write(el) : el.outerHTML;
    elements += 1 + el.getElementsByTagName("*").length;
  }
  return { markup: markup + "</body>", elements: writer ? -1 : elements };
}

/** Only an HTML document's `outerHTML` is HTML's serialization. */
const isHtml = (doc) => doc.contentType === "text/html";

/**
 * Watches `doc` while its markup is analysed, so that the paths of the
 * results lead to the nodes they led to when the markup was taken: the
 * page's scripts go on changing the DOM meanwhile (an ad put first in the
 * body shifts every index after it). `stop()` ends the watch and gives the
 * page's past (`pastOf`).
 */
export function watchChanges(doc) {
  // Batches as they come: a page may make more changes at once than a call
  // can take as arguments.
  const batches = [];
  const observer = new MutationObserver((found) => batches.push(found));
  observer.observe(doc, { childList: true, characterData: true, characterDataOldValue: true, subtree: true });
  let past = null;
  return {
    stop() {
      if (!past) {
        batches.push(observer.takeRecords());
        observer.disconnect();
        past = pastOf(batches);
      }
      return past;
    },
  };
}

/**
 * The DOM as it was before the changes seen (`batches` of mutation
 * records): `children(parent)` gives a parent's child nodes then (undoing
 * its changes, last first), and `length(text)` a text node's length then.
 */
function pastOf(batches) {
  const changes = new Map();
  const texts = new Map();
  for (const r of batches.flat()) {
    if (r.type === "childList") {
      if (!changes.has(r.target)) changes.set(r.target, []);
      changes.get(r.target).push(r);
    } else if (!texts.has(r.target)) {
      texts.set(r.target, r.oldValue ?? "");
    }
  }
  const before = new Map();
  return {
    children(parent) {
      if (!changes.has(parent)) return parent.childNodes;
      if (before.has(parent)) return before.get(parent);
      let list = [...parent.childNodes];
      for (const r of changes.get(parent).reverse()) {
        const added = new Set(r.addedNodes);
        if (added.size) list = list.filter((n) => !added.has(n));
        // Where the change was: after its previous sibling, or first.
        const at = r.previousSibling ? list.indexOf(r.previousSibling) + 1 : 0;
        if (r.removedNodes.length) list = [...list.slice(0, at), ...r.removedNodes, ...list.slice(at)];
      }
      before.set(parent, list);
      return list;
    },
    length: (text) => (texts.has(text) ? texts.get(text).length : text.length),
    /** The children as the serializer wrote them, by parent (`childAt`). */
    written: new Map(),
  };
}

/**
 * A result of the wasm for markup (`[result, nodes, elements]`) as
 * `{result, nodeOf}`: the way from its node ids to DOM nodes (`nodeOf(id)`,
 * null for a node not found, or no longer in the page), found now, before
 * anything of ours changes the page: `root` is the markup's root element's
 * node, and `past` the page as it was when the markup was taken
 * (`watchChanges`). For added elements, `added` lists them: the stand-in
 * root's children. `nodes` holds, for each node, its id, 1 for an element
 * or 0 for text, the length of its path and the path (`paths` in
 * src/web/mod.rs).
 */
export function located([result, nodes], root, past, added = null) {
  const first = added ? (_, i) => added[i] ?? null : (node, i) => childAt(node, i, past);
  const found = new Map();
  for (let at = 0; at < nodes.length; ) {
    const [id, element, length] = [nodes[at], nodes[at + 1], nodes[at + 2]];
    const path = nodes.slice(at + 3, at + 3 + length);
    at += 3 + length;
    let node = path.length ? first(root, path[0]) : root;
    for (let i = 1; node && i < path.length; i++) node = childAt(node, path[i], past);
    const kind = element ? node?.nodeType === ELEMENT_NODE : isText(node);
    found.set(id, kind && node.isConnected ? node : null);
  }
  return { result, nodeOf: (id) => found.get(id) ?? null };
}

const isText = (node) => node?.nodeType === TEXT_NODE || node?.nodeType === CDATA_SECTION_NODE;

/**
 * The `index`-th child of `parent` as the serializer wrote them, in the
 * page's `past`: every element and comment is one, and so is a run of
 * adjacent text nodes, which it joins (its first non-empty node stands for
 * it); an empty text node is written as nothing. Each parent's children
 * are counted once (`past.written`), since paths share their first steps.
 */
function childAt(parent, index, past) {
  let written = past.written.get(parent);
  if (!written) {
    written = [];
    let inText = false;
    for (const c of past.children(parent)) {
      if (!isText(c)) {
        inText = false;
        written.push(c);
      } else if (!inText && past.length(c) > 0) {
        inText = true;
        written.push(c);
      }
    }
    past.written.set(parent, written);
  }
  return written[index] ?? null;
}

/**
 * Where the `chars`-th Unicode scalar value of a run of text lies (the wasm
 * counts scalar values, the DOM UTF-16 units): `{node, offset}` in the run
 * that starts at `first` (a node `nodeOf` gave), or null past its end.
 */
export function textPoint(first, chars) {
  let left = chars;
  for (let n = first; isText(n); n = n.nextSibling) {
    let units = 0;
    for (const c of n.nodeValue) {
      if (left === 0) return { node: n, offset: units };
      units += c.length;
      left -= 1;
    }
    if (left === 0) return { node: n, offset: units };
  }
  return null;
}

/**
 * Writes the serializer's format in JS, for a document or a DOM whose own
 * serialization cannot be trusted. Leaves out what the model never reads:
 * attributes outside `read` but short `data-*` ones (in an HTML document,
 * whose attribute names are lower case), and the content of `skipped`
 * elements but JSON-LD's.
 */
class Writer {
  constructor(doc, skipped, read) {
    this.skip = new Set(skipped);
    this.read = read && isHtml(doc) ? new Set(read) : null;
    this.html = isHtml(doc);
  }

  /** An element's markup: the browser's in an HTML document. */
  markupOf(el) {
    return this.html ? el.outerHTML : this.write(el);
  }

  /** `top` and its subtree, in one loop: no stack for a deep DOM to overflow. */
  write(top) {
    let out = "";
    let node = top;
    for (;;) {
      const type = node.nodeType;
      if (type === ELEMENT_NODE) {
        const name = node.localName;
        out += this.openTag(node);
        if (this.skip.has(name) || RAW_TEXT.has(name)) {
          // Text written as it is; the only such text the model reads is
          // JSON-LD's, where `<\/` means `</` and cannot end the script.
          const reads = this.skip.has(name) ? name === "script" && isJsonLd(node) : true;
          if (reads) out += node.textContent.replaceAll("</", "<\\/");
          out += `</${name}>`;
        } else if (!VOID.has(name)) {
          if (node.firstChild) {
            node = node.firstChild;
            continue;
          }
          out += `</${name}>`;
        }
      } else if (isText(node)) {
        out += escapeText(node.nodeValue);
      } else {
        // A comment (or an XML processing instruction): counted among the
        // children, its content never read.
        out += "<!---->";
      }
      // On to the next node in document order, closing each element left.
      while (node !== top && !node.nextSibling) {
        node = node.parentNode;
        out += `</${node.localName}>`;
      }
      if (node === top) return out;
      node = node.nextSibling;
    }
  }

  /** An element's start tag with the attributes the model reads. */
  openTag(node) {
    let out = "<" + node.localName;
    if (!node.hasAttributes()) return out + ">";
    // Names, then values: `attributes[i]` would make (and keep) an Attr node
    // for every attribute of the page.
    const names = node.getAttributeNames();
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const kept = !this.read || this.read.has(name);
      if (!kept && !name.startsWith("data-")) continue;
      // (null for a mixed-case name set by script on an HTML element)
      const value = node.getAttribute(name) ?? "";
      if (!kept && value.length > MAX_DATA_VALUE) continue;
      out += ` ${name}="${escapeAttribute(value)}"`;
    }
    return out + ">";
  }
}

const escapeText = (s) => (/[&<>]/.test(s) ? s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : s);
const escapeAttribute = (s) => (/[&"]/.test(s) ? s.replace(/&/g, "&amp;").replace(/"/g, "&quot;") : s);

function isJsonLd(script) {
  return (script.getAttribute("type") ?? "").trim().toLowerCase() === "application/ld+json";
}
