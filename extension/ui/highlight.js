// Scrolling to a quote in the page and highlighting it without touching the
// DOM: a CSS Custom Highlight where the browser has one, the selection
// otherwise. Clearing it leaves the page exactly as it was.

import { textPoint } from "./markup.js";

const NAME = "dramatis-quote";
let styled = false;

/**
 * A DOM Range for a quote's span in the page (an analysis `quote_spans`
 * entry: runs of text and offsets in them counting Unicode scalar values,
 * which `textPoint` turns into DOM text nodes and UTF-16 offsets).
 */
export function rangeFor(doc, span, nodeOf) {
  const from = span && nodeOf(span.start_node) && textPoint(nodeOf(span.start_node), span.start_offset);
  const to = span && nodeOf(span.end_node) && textPoint(nodeOf(span.end_node), span.end_offset);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Highlights `range` and scrolls it into view. */
export function showRange(doc, range) {
  clearHighlight(doc);
  const view = doc.defaultView;
  const smooth = !view.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  if (view.CSS?.highlights && view.Highlight) {
    ensureHighlightStyle(doc);
    view.CSS.highlights.set(NAME, new view.Highlight(range));
  } else {
    const selection = view.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

/** Removes the highlight, whichever way it was made. */
export function clearHighlight(doc) {
  const view = doc.defaultView;
  if (view.CSS?.highlights?.has(NAME)) view.CSS.highlights.delete(NAME);
}

/** The text highlighted now, if any (for tests and the panel's state). */
export function highlightedText(doc) {
  const h = doc.defaultView.CSS?.highlights?.get(NAME);
  return h ? [...h].map((r) => r.toString()).join(" ") : null;
}

/**
 * `::highlight()` rules only apply from the document's own stylesheets; an
 * adopted constructed sheet adds one without adding a node to the DOM.
 */
function ensureHighlightStyle(doc) {
  if (styled) return;
  try {
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(`::highlight(${NAME}) { background-color: #ffe066; color: #111; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    styled = true;
  } catch {
    // Without the rule the highlight is invisible but harmless.
  }
}
