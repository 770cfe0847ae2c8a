// Collapsing upsells in the page, reversibly. An upsell element is hidden with
// an inline `display: none !important` and a slim bar of ours is put in its
// place; restoring puts the element's own `style` attribute back exactly as
// it was and takes our bar out, so the DOM is what it was before. Page nodes
// are never removed.

import { adoptStyles, h } from "./style.js";

const BAR_CSS = `
:host { all: initial !important; display: block !important; margin: 4px 0 !important; }
:host([hidden]) { display: none !important; }
/* On paper a Show button does nothing: a printed or saved page reads as the
   screen does without the bars, its promos still hidden. */
@media print { :host { display: none !important; } }
.bar { display: flex; align-items: center; gap: 8px; box-sizing: border-box; width: 100%;
  font: 13px/1.4 system-ui, sans-serif; color: #3d3d45; background: #f1f0ec;
  border: 1px dashed #b8b5ad; border-radius: 6px; padding: 3px 10px; }
.label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.label::after { content: " ·"; }
button { font: inherit; color: #0b5cad; background: none; border: 0; padding: 2px 4px;
  cursor: pointer; text-decoration: underline; border-radius: 3px; }
button:focus-visible { outline: 2px solid #0b5cad; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .bar { color: #dedcd6; background: #2a2a2e; border-color: #5c5a55; }
  button { color: #8cc4ff; }
  button:focus-visible { outline-color: #8cc4ff; }
}`;

/**
 * Whether `el` is rendered now: it has a box (not under `display: none`),
 * or is a `display: contents` wrapper whose children have theirs. Read for
 * every promo before any of them is collapsed, so that the page is laid
 * out at most once.
 */
export function isRendered(el) {
  return el.getClientRects().length > 0 || el.ownerDocument.defaultView.getComputedStyle(el).display === "contents";
}

/** Saves an element's `style` attribute so it can be put back exactly. */
function saveStyle(el) {
  return el.hasAttribute("style") ? el.getAttribute("style") : null;
}

function putStyle(el, saved) {
  // Chromium writes CSSOM changes back to the attribute lazily: without this
  // read, removing the attribute leaves a `style=""` behind later.
  el.getAttribute("style");
  if (saved === null) el.removeAttribute("style");
  else el.setAttribute("style", saved);
}

/**
 * Which of <html> and <body> lock scrolling, and whether with `position:
 * fixed`. Read before the first collapse, beside isRendered(): a computed
 * style read just after the collapse bars went in would make the browser
 * restyle the whole page on the spot, once more than the frame does anyway.
 */
export function scrollLocks(doc) {
  const view = doc.defaultView;
  const locks = [];
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const cs = view.getComputedStyle(el);
    const fixed = cs.position === "fixed";
    if (cs.overflowY === "hidden" || cs.overflow === "hidden" || (el === doc.body && fixed)) locks.push({ element: el, fixed });
  }
  return locks;
}

/**
 * The first thing the page shows going back from node `n` among its
 * siblings: an element, "text" (words of their parent's own), or null
 * when there is nothing. Blank text, comments, our own bars and elements
 * that show nothing (scripts, styles, `hidden` ones) are passed over; no
 * style is read, which would restyle the page.
 */
function shownBack(n) {
  for (; n; n = n.previousSibling) {
    if (n.nodeType === Node.COMMENT_NODE) continue;
    if (n.nodeType === Node.TEXT_NODE) {
      if (n.data.trim()) return "text";
      continue;
    }
    if (n.nodeType !== Node.ELEMENT_NODE) return "text";
    if (n.localName === "dramatis-bar" || n.hidden || NOTHING_SHOWN.has(n.localName)) continue;
    return n;
  }
  return null;
}

/**
 * The element of `pieces` that the page shows right before `el`, with
 * nothing shown between them, if there is one: the sibling before it, or
 * the last thing inside that sibling (the story's `<article>` ending on its
 * newsletter box, then the membership box after it).
 */
function pieceBefore(el, pieces) {
  let before = shownBack(el.previousSibling);
  while (before && before !== "text" && !pieces.has(before)) before = shownBack(before.lastChild);
  return before === "text" ? null : before;
}

const NOTHING_SHOWN = new Set(["script", "style", "template", "noscript", "link", "meta"]);

export class Collapser {
  /** @param t translation function `(key, ...substitutions) => string` */
  constructor(doc, t, onChange = () => {}) {
    this.doc = doc;
    this.t = t;
    this.onChange = onChange;
    this.items = [];
    this.scrollLocks = [];
  }

  /** How many elements are hidden (a promo in pieces counts each piece). */
  get count() {
    return this.items.reduce((n, item) => n + item.pieces.length, 0);
  }

  /**
   * Hides `element` behind a bar; returns false when it is already hidden.
   * A promo the page does not show yet (`seen` false: a closed pop-up, a
   * newsletter box behind a menu) is kept hidden for when the page opens
   * it, but its bar is not shown: a bar where nothing was would only
   * clutter, and its Show would bring nothing into view. The panel's
   * "show all" restores it with the others.
   *
   * An element right after a collapsed one, with nothing shown between
   * them, is the same promo in another piece (a sign-up's heading box, then
   * its form) or the next promo of a run (the story's closing newsletter
   * box, then the membership box after the story): it joins that bar
   * instead of stacking a second one under it, and the bar's Show brings
   * both back.
   */
  collapse(element, reason, seen = true) {
    const holds = (item, el) => item.pieces.some((p) => p.element === el || p.element.contains(el));
    if (!element?.isConnected || this.items.some((i) => holds(i, element))) return false;
    // An element around a new one's pieces absorbs them (the pieces are
    // siblings: it holds all of them or none).
    for (const inner of this.items.filter((i) => element.contains(i.pieces[0].element))) this.restore(inner);
    const piece = { element, style: saveStyle(element) };
    const lastPieces = new Map(this.items.map((i) => [i.pieces.at(-1).element, i]));
    const before = lastPieces.get(pieceBefore(element, lastPieces));
    const joined = before && before.bar.hidden === !seen ? before : null;
    if (joined) {
      joined.pieces.push(piece);
    } else {
      const item = { pieces: [piece], bar: this.#bar(reason) };
      item.bar.hidden = !seen;
      item.bar.addEventListener("dramatis-show", () => this.restore(item));
      element.before(item.bar);
      this.items.push(item);
    }
    element.style.setProperty("display", "none", "important");
    this.onChange();
    return true;
  }

  /** Shows one collapsed promo again, every piece of it. */
  restore(item) {
    const i = this.items.indexOf(item);
    if (i < 0) return;
    this.items.splice(i, 1);
    for (const piece of item.pieces) putStyle(piece.element, piece.style);
    item.bar.remove();
    if (this.items.length === 0) this.#restoreScrollLocks();
    this.onChange();
  }

  /** Shows everything again, scroll locks included. */
  restoreAll() {
    for (const item of [...this.items]) this.restore(item);
  }

  /**
   * A modal overlay usually locks scrolling on <html> or <body>
   * (`overflow: hidden`, sometimes `position: fixed`). Once the overlay is
   * collapsed, scrolling is given back; restoreAll() takes that back too.
   * `locks` is what scrollLocks() read before the collapse, when the page
   * had not changed yet; without it the styles are read now.
   */
  releaseScrollLocks(locks = scrollLocks(this.doc)) {
    for (const { element: el, fixed } of locks) {
      if (this.scrollLocks.some((l) => l.element === el)) continue;
      const lock = { element: el, style: saveStyle(el) };
      el.style.setProperty("overflow", "visible", "important");
      if (fixed) el.style.setProperty("position", "static", "important");
      lock.ours = el.getAttribute("style");
      this.scrollLocks.push(lock);
    }
  }

  #restoreScrollLocks() {
    // Only where our release is still in place: once the site has set the
    // style again (its modal closed, a single-page site moved on), putting
    // the old lock back would freeze a page that no longer asks for it.
    for (const lock of this.scrollLocks) {
      if (lock.element.getAttribute("style") === lock.ours) putStyle(lock.element, lock.style);
    }
    this.scrollLocks = [];
  }

  #bar(reason) {
    const host = this.doc.createElement("dramatis-bar");
    host.lang = this.t("language");
    const root = host.attachShadow({ mode: "open" });
    adoptStyles(root, BAR_CSS);
    const show = h(this.doc, "button", {
      type: "button",
      text: this.t("barShow"),
      "aria-label": this.t("barShowLabel"),
      onclick: () => host.dispatchEvent(new CustomEvent("dramatis-show")),
    });
    root.append(
      h(this.doc, "div", { class: "bar", role: "note", title: reason },
        h(this.doc, "span", { class: "label", text: this.t("barHidden") }),
        show),
    );
    return host;
  }
}
