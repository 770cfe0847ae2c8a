// An article page: its promos collapsed, its panel shown. Run by main.js
// only once the page is known to be an article.

import { Collapser, isRendered, scrollLocks } from "./collapse.js";
import { Panel } from "./panel.js";
import { watchAddedElements } from "./overlays.js";
import { saveSiteCollapse, saveSiteSettings } from "./settings.js";
import { clearHighlight, rangeFor, showRange } from "./highlight.js";
import { toMarkdown } from "./markdown.js";
import { copyText } from "./clipboard.js";
import { reasonText } from "./explain.js";

/**
 * Collapses the article's promos and shows its panel; returns the panel and
 * a function that undoes it all (for the next page of a single-page site).
 */
export function showArticle({ api, host, analysis, nodeOf, settings, engine, t, never }) {
  // Whether each promo is on screen is read before the first collapse
  // changes the layout.
  const promos = analysis.upsells.map((u) => {
    const element = nodeOf(u.node);
    return { element, reason: reasonText(t, u), overlay: u.overlay != null, seen: element != null && isRendered(element) };
  });
  // So are the page's scroll locks, when a promo is an overlay: the
  // collapses at load use them (later ones read the page as it is then).
  let locksAtLoad = settings.collapse && promos.some((p) => p.overlay) ? scrollLocks(document) : null;
  let siteOn = settings.collapse;
  let panel = null;
  // The panel's promo line follows every collapse and restore, but a
  // collapse-all or show-all redraws it once, not once per promo.
  let batch = false;
  const syncPromos = () => batch || panel?.setPromos({ hidden: collapser.count, total: promos.length, siteOn });
  const batched = (work) => () => {
    batch = true;
    try {
      work();
    } finally {
      batch = false;
    }
    syncPromos();
  };
  const collapser = new Collapser(document, t, syncPromos);
  const collapse = (promo, locks) => {
    if (collapser.collapse(promo.element, promo.reason, promo.seen) && promo.overlay) collapser.releaseScrollLocks(locks);
  };
  const hideAll = batched(() => {
    const locks = locksAtLoad ?? undefined;
    locksAtLoad = null;
    promos.forEach((promo) => collapse(promo, locks));
  });
  const showAll = batched(() => collapser.restoreAll());

  panel = new Panel(document, t, {
    close() {
      panel.hide();
      saveSiteSettings(api, host, { panel: "closed" });
    },
    highlight(quote) {
      const span = analysis.quote_spans[analysis.quotes.indexOf(quote)];
      const range = rangeFor(document, span, nodeOf);
      if (!range) return false;
      showRange(document, range);
      return true;
    },
    clearHighlight: () => clearHighlight(document),
    copy: () => copyText(toMarkdown({ ...analysis, url: location.href }, t), panel.root),
    setPromosHidden: (hidden) => (hidden ? hideAll() : showAll()),
    neverOnSite: never,
    setCollapseOnSite(on) {
      siteOn = on;
      saveSiteCollapse(api, host, on);
      if (on) hideAll();
      else showAll();
    },
  });
  // With the site switched off nothing is collapsed, but the panel still
  // counts the promos and shows the switch to turn it back on.
  if (siteOn) hideAll();
  else syncPromos();
  panel.setAnalysis(analysis);
  let stopWatching = () => {};
  if (siteOn) {
    // Promo overlays that arrive after load join the list, so "Hide again"
    // and the site switch cover them too.
    stopWatching = watchAddedElements(document, async (elements) => {
      try {
        const found = await engine.upsellsIn(elements);
        for (const u of found.upsells) {
          const element = found.nodeOf(u.node);
          const promo = { element, reason: reasonText(t, u), overlay: true, seen: element != null && isRendered(element) };
          promos.push(promo);
          if (siteOn) collapse(promo);
        }
      } catch (error) {
        console.debug("dramatis: overlay check failed:", error);
      }
    });
  }
  if (settings.panelOpen) panel.show();
  const dispose = () => {
    stopWatching();
    clearHighlight(document);
    batch = true; // the panel goes too: no redraw
    collapser.restoreAll();
    panel.remove();
  };
  return { panel, dispose };
}
