// The JS twin of the wasm DOM reader, for pages where the wasm cannot run in
// the content script (a strict page CSP in Chromium). It records the walk as
// a flat list of builder calls for the background to replay into the same
// `PageBuilder` (see src/page/replay.rs): an array `[tag, name, value, …]`
// opens an element, a string is text, `0` closes. It decides nothing: every
// element and text node is recorded, and the builder keeps what it keeps.

/**
 * Records `root` (a document or an element) and its subtree.
 * @returns {{calls: Array, nodes: Node[]}} `nodes[i]` is the DOM node of the
 *   i-th open or text call.
 */
export function recordCalls(root) {
  const calls = [];
  const nodes = [];
  const visit = visitor(calls, nodes);
  if (root.nodeType === Node.DOCUMENT_NODE) {
    for (let c = root.firstChild; c; c = c.nextSibling) visit(c);
  } else {
    visit(root);
  }
  return { calls, nodes };
}

/**
 * Records elements added to the page together as one fragment, under a
 * stand-in `<body>` whose node is `body` (as the wasm reader does).
 */
export function recordAdded(body, added) {
  const calls = [["body"]];
  const nodes = [body];
  const visit = visitor(calls, nodes);
  for (const el of added) visit(el);
  calls.push(0);
  return { calls, nodes };
}

function visitor(calls, nodes) {
  const visit = (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const open = [node.localName];
      for (const attr of node.attributes) open.push(attr.name, attr.value);
      calls.push(open);
      nodes.push(node);
      for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
      calls.push(0);
    } else if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      calls.push(node.nodeValue);
      nodes.push(node);
    }
  };
  return visit;
}

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
 * The same walk as `recordCalls`, written into one string for the wasm in
 * this content script (`Session.readEncoded`): one crossing instead of
 * several calls per node. The content of `skipped` elements (the page
 * model never reads it) is left out, except the text of JSON-LD scripts.
 * @returns {{encoded: string, nodes: Node[]}} `nodes[i]` is the DOM node of
 *   the i-th element or text node written.
 */
export function encodePage(doc, skipped) {
  // One growing string (V8 joins the pieces once, when the wasm takes it)
  // and indexed loops: this walk runs on every page, mostly before the JIT
  // has warmed up.
  let encoded = "";
  const nodes = [];
  const skip = new Set(skipped);
  const visit = (node) => {
    const type = node.nodeType;
    if (type === Node.ELEMENT_NODE) {
      const name = node.localName;
      encoded += OPEN + name;
      const attrs = node.attributes;
      for (let i = 0; i < attrs.length; i++) {
        const attr = attrs[i];
        encoded += ATTRIBUTE + attr.name + VALUE + clean(attr.value);
      }
      nodes.push(node);
      if (!skip.has(name) || (name === "script" && isJsonLd(node))) {
        for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
      }
      encoded += CLOSE;
    } else if (type === Node.TEXT_NODE || type === Node.CDATA_SECTION_NODE) {
      encoded += TEXT + clean(node.nodeValue);
      nodes.push(node);
    }
  };
  for (let c = doc.firstChild; c; c = c.nextSibling) visit(c);
  return { encoded, nodes };
}

function isJsonLd(script) {
  return (script.getAttribute("type") ?? "").trim().toLowerCase() === "application/ld+json";
}
