// The content script's work on one page: load the engine, read and analyse
// the page, and on an article collapse its upsells and show the panel. On a
// page that is not an article nothing in the DOM changes unless the reader
// asks for the panel.

import { loadEngine } from "./engine.js";
import { Collapser } from "./collapse.js";
import { Panel } from "./panel.js";
import { watchAddedElements } from "./overlays.js";
import { loadSettings, saveSiteSettings } from "./settings.js";
import { begin, measure, measureTotal } from "./timing.js";
import { clearHighlight, rangeFor, showRange } from "./highlight.js";
import { toMarkdown } from "./markdown.js";
import { copyText } from "./clipboard.js";

/** Messages from `_locales`, with `$1`-style substitutions. */
function translator(api) {
  return (key, ...subs) => api.i18n.getMessage(key, subs) || key;
}

export async function start(api) {
  begin();
  const host = location.hostname;
  const settings = await loadSettings(api, host);
  if (settings.never) return;
  const engine = await loadEngine(api);
  measure("instantiate");
  const { analysis, nodeOf } = await engine.analyzeDocument(document, location.href);
  const t = translator(api);
  let panel = analysis.detection.is_article
    ? showArticle({ api, host, analysis, nodeOf, settings, engine, t })
    : null;
  measure("apply");
  measureTotal();

  api.runtime.onMessage.addListener((message) => {
    if (message?.type !== "dramatis:toggle") return;
    if (!panel) {
      // Not an article: the reader asked, so say why; nothing else changes.
      panel = new Panel(document, t, { close: () => panel.hide() });
      panel.setAnalysis(analysis);
    }
    const open = panel.toggle();
    if (analysis.detection.is_article) saveSiteSettings(api, host, { panel: open ? "open" : "closed" });
  });
}

/** Collapses the article's promos and shows its panel; returns the panel. */
function showArticle({ api, host, analysis, nodeOf, settings, engine, t }) {
  const promos = analysis.upsells.map((u) => ({ element: nodeOf(u.node), reason: u.reason, overlay: u.overlay === true }));
  let siteOn = settings.collapse;
  let panel = null;
  const collapser = new Collapser(document, t, () =>
    panel?.setPromos({ hidden: collapser.count, total: promos.length, siteOn }));
  const collapse = (promo) => {
    if (collapser.collapse(promo.element, promo.reason) && promo.overlay) collapser.releaseScrollLocks();
  };
  const hideAll = () => promos.forEach(collapse);

  panel = new Panel(document, t, {
    close() {
      panel.hide();
      saveSiteSettings(api, host, { panel: "closed" });
    },
    highlight(quote) {
      const range = rangeFor(document, analysis.text.pieces, nodeOf, quote.start, quote.end);
      if (!range) return false;
      showRange(document, range);
      return true;
    },
    clearHighlight: () => clearHighlight(document),
    copy: () => copyText(toMarkdown({ ...analysis, url: location.href }, t), panel.root),
    setPromosHidden: (hidden) => (hidden ? hideAll() : collapser.restoreAll()),
    setCollapseOnSite(on) {
      siteOn = on;
      saveSiteSettings(api, host, { collapse: on });
      if (on) hideAll();
      else collapser.restoreAll();
      panel.setPromos({ siteOn });
    },
  });
  panel.setAnalysis(analysis);
  panel.setPromos({ hidden: 0, total: promos.length, siteOn });
  if (siteOn) {
    hideAll();
    // Promo overlays that arrive after load join the list, so "Hide again"
    // and the site switch cover them too.
    watchAddedElements(document, async (element) => {
      try {
        const found = await engine.upsellsIn(element);
        for (const u of found.upsells) {
          const promo = { element: found.nodeOf(u.node), reason: u.reason, overlay: true };
          promos.push(promo);
          if (siteOn) collapse(promo);
        }
      } catch (error) {
        console.debug("dramatis: overlay check failed:", error);
      }
    });
  }
  if (settings.panelOpen) panel.show();
  return panel;
}
