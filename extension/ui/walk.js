// The content script's reading of the DOM: one walk written into one
// string of builder calls (`decode` in src/page/replay.rs reads it), for
// the wasm in this content script or, under a strict page CSP that stops
// Chromium from compiling wasm here, for the same wasm in the background.
// It decides nothing beyond leaving out what the page model never reads
// (the lists come from the wasm); the builder keeps what it keeps.

// Node types, compared on every node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

// What the wasm reads from `encodePage` (src/page/replay.rs, `decode`).
const OPEN = "\u0001";
const ATTRIBUTE = "\u0002";
const VALUE = "\u0003";
const TEXT = "\u0004";
const CLOSE = "\u0005";
const HAS_MARKER = /[\u0001-\u0005]/;
const MARKERS = /[\u0001-\u0005]/g;

/** Text with the format's markers replaced (one char for one: offsets hold). */
const clean = (s) => (HAS_MARKER.test(s) ? s.replace(MARKERS, "\uFFFD") : s);

/**
 * The page written into one string for the wasm (`Session.readEncoded`, or
 * `analyzeEncoded` in the background): one crossing instead of several
 * calls per node. The content of `skipped` elements (the page model never
 * reads it) is left out, except the text of JSON-LD scripts.
 * @returns {{encoded: string, nodes: Node[]}} `nodes[i]` is the DOM node of
 *   the i-th element or text node written.
 */
export function encodePage(doc, skipped, read = null) {
  return startEncoding(doc, skipped, read).finish();
}

/**
 * Elements added to the page together after load, as one fragment under a
 * stand-in `<body>` (no attributes) whose node is `body`, for
 * `upsellsFromEncoded`.
 * @returns {{encoded: string, nodes: Node[]}}
 */
export function encodeAdded(body, added, skipped, read = null) {
  const nodes = [body];
  const html = body.ownerDocument.contentType === "text/html";
  const writer = encoder(new Set(skipped), nodes, read && html ? new Set(read) : null);
  for (const el of added) writer.visit(el);
  return { encoded: OPEN + "body" + writer.take() + CLOSE, nodes };
}

/**
 * `data-*` values longer than this never reach the page model
 * (`MAX_DATA_ATTRIBUTE_LEN` in src/page/builder.rs, counted there in UTF-8
 * bytes: a value longer than this in UTF-16 units is longer in bytes too).
 */
const MAX_DATA_VALUE = 48;

/**
 * Starts `encodePage` in two steps, so that a page ruled out by its head is
 * never walked further and an article's head is walked once:
 * - `early`: what the detector's cheap stage reads (`rejectEarly` in the
 *   wasm): `<html>` with its attributes and its children up to the
 *   `<head>`, then `<body>` with its attributes and the metadata elements
 *   in it (JSON-LD, `<meta>`, `<link>`, `<title>`: pages put them in the
 *   body too), which the browser finds natively;
 * - `finish()`: the whole page, as `encodePage` gives it, going on from
 *   the head.
 */
export function startEncoding(doc, skipped, read = null) {
  const nodes = [];
  // Only an HTML document lower-cases the attribute names the model reads;
  // elsewhere every attribute is written and the builder sorts them out.
  const names = read && doc.contentType === "text/html" ? new Set(read) : null;
  const writer = encoder(new Set(skipped), nodes, names);
  const html = doc.documentElement;
  const head = doc.head?.parentNode === html ? doc.head : null;
  // The children of <html> after the head, where finish() goes on.
  let next = null;
  if (html) {
    writer.open(html);
    next = html.firstChild;
    while (head && next) {
      const child = next;
      next = next.nextSibling;
      writer.visit(child);
      if (child === head) break;
    }
  }
  const prefix = writer.take();
  let early = prefix;
  const body = doc.body;
  if (html && body) {
    const bodyWriter = encoder(new Set(skipped), [], names);
    bodyWriter.open(body);
    const outside = skipped.join(",");
    for (const el of body.querySelectorAll("script, meta, link, title")) {
      if (!el.parentElement?.closest(outside)) bodyWriter.visit(el);
    }
    early += bodyWriter.take() + CLOSE + CLOSE;
  } else if (html) {
    early += CLOSE;
  }
  return {
    early,
    finish() {
      if (html) {
        for (let c = next; c; c = c.nextSibling) writer.visit(c);
        writer.close();
        for (let c = html.nextSibling; c; c = c.nextSibling) writer.visit(c);
      } else {
        for (let c = doc.firstChild; c; c = c.nextSibling) writer.visit(c);
      }
      return { encoded: prefix + writer.take(), nodes };
    },
  };
}

/**
 * Writes elements and text nodes in `decode`'s format, recording each
 * node written in `nodes`; with `read` (a set of names), only those
 * attributes and short `data-*` ones. One growing string (V8 joins the
 * pieces once, when it is encoded for the wasm).
 */
function encoder(skip, nodes, read) {
  let encoded = "";
  return {
    /** Opens an element, leaving its children unwritten. */
    open(node) {
      encoded += openTag(node, read);
      nodes.push(node);
    },
    /** Writes a node and its subtree. */
    visit(node) {
      encoded += subtree(node, skip, nodes, read);
    },
    close: () => (encoded += CLOSE),
    /** What was written since the last take. */
    take() {
      const out = encoded;
      encoded = "";
      return out;
    },
  };
}

/**
 * `top` and its subtree in `decode`'s format, in one loop: no stack to
 * overflow on a deeply nested page (a script can build one).
 */
function subtree(top, skip, nodes, read) {
  let out = "";
  let node = top;
  for (;;) {
    const type = node.nodeType;
    if (type === ELEMENT_NODE) {
      out += openTag(node, read);
      nodes.push(node);
      const name = node.localName;
      const readsContent = !skip.has(name) || (name === "script" && isJsonLd(node));
      const first = readsContent ? node.firstChild : null;
      if (first) {
        node = first;
        continue;
      }
      out += CLOSE;
    } else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      out += TEXT + clean(node.nodeValue);
      nodes.push(node);
    }
    // On to the next node in document order, closing each element left.
    while (node !== top && !node.nextSibling) {
      node = node.parentNode;
      out += CLOSE;
    }
    if (node === top) return out;
    node = node.nextSibling;
  }
}

/** An element's open marker, name and the attributes `read` keeps. */
function openTag(node, read) {
  let out = OPEN + node.localName;
  if (!node.hasAttributes()) return out;
  // Names, then values: `attributes[i]` would make (and keep) an Attr node
  // for every attribute of the page.
  const names = node.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const kept = !read || read.has(name);
    // Attributes the model never reads (`srcset`, `sizes`, long `data-*`
    // payloads) need not cross.
    if (!kept && !name.startsWith("data-")) continue;
    // (null for a mixed-case name set by script on an HTML element)
    const value = node.getAttribute(name) ?? "";
    if (!kept && value.length > MAX_DATA_VALUE) continue;
    out += ATTRIBUTE + name + VALUE + clean(value);
  }
  return out;
}

function isJsonLd(script) {
  return (script.getAttribute("type") ?? "").trim().toLowerCase() === "application/ld+json";
}
