// Styles for our shadow roots. A constructed stylesheet is not an inline
// <style>, so a page CSP without 'unsafe-inline' cannot block it; a <style>
// element is the fallback where adopting a sheet across the content-script
// boundary fails.

// One parsed sheet per document and CSS text: every collapse bar of a page
// adopts the same sheet instead of parsing its CSS again.
const sheets = new WeakMap();

function sheetFor(doc, css) {
  let byCss = sheets.get(doc);
  if (!byCss) sheets.set(doc, (byCss = new Map()));
  let sheet = byCss.get(css);
  if (!sheet) {
    sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(css);
    byCss.set(css, sheet);
  }
  return sheet;
}

/** Gives `root` (a ShadowRoot) the stylesheet `css`. */
export function adoptStyles(root, css) {
  try {
    const sheet = sheetFor(root.ownerDocument, css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Fall through to a <style> element.
  }
  const style = root.ownerDocument.createElement("style");
  style.textContent = css;
  root.append(style);
}

/**
 * Creates an element of our own in `doc`: attributes are set as properties
 * or attributes, children appended; text only ever goes in as text nodes
 * (`text`, or a string child), never parsed as markup.
 */
export function h(doc, tag, props = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") el.textContent = value;
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  // One append for all children: every call into the page's DOM counts
  // (in Firefox each goes through a wrapper). Strings become text nodes.
  const kids = children.flat().filter((child) => child !== null && child !== undefined && child !== false);
  if (kids.length) el.append(...kids);
  return el;
}
