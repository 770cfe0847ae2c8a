// The content script's work on one page: load the engine, read and analyse
// the page, and on an article collapse its upsells and show the panel. On a
// page that is not an article nothing in the DOM changes.

import { loadEngine } from "./engine.js";
import { Collapser } from "./collapse.js";
import { Panel } from "./panel.js";
import { watchAddedElements } from "./overlays.js";
import { loadSettings, saveSiteSettings } from "./settings.js";
import { begin, measure, measureTotal } from "./timing.js";

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

  let panel = null;
  let collapser = null;
  if (analysis.detection.is_article) {
    collapser = new Collapser(document, t, () => panel?.render(analysis, collapser.count));
    if (settings.collapse) {
      for (const u of analysis.upsells) {
        if (collapser.collapse(nodeOf(u.node), u.reason) && u.overlay) collapser.releaseScrollLocks();
      }
    }
    panel = new Panel(document, t, {
      showAllUpsells: () => collapser.restoreAll(),
      close: () => {
        panel.hide();
        saveSiteSettings(api, host, { panel: "closed" });
      },
    });
    panel.render(analysis, collapser.count);
    if (settings.panelOpen) panel.show();
    if (settings.collapse) watchLateOverlays(engine, collapser);
  }
  measure("apply");
  measureTotal();

  api.runtime.onMessage.addListener((message) => {
    if (message?.type !== "dramatis:toggle") return;
    if (!panel) {
      // Not an article: the reader asked, so say why, without touching the page otherwise.
      panel = new Panel(document, t, { showAllUpsells() {}, close: () => panel.hide() });
      panel.render(analysis, 0);
      panel.hide();
    }
    const open = panel.toggle();
    if (analysis.detection.is_article) saveSiteSettings(api, host, { panel: open ? "open" : "closed" });
  });
}

/** Collapses promo overlays that pages add after load. */
function watchLateOverlays(engine, collapser) {
  watchAddedElements(document, async (element) => {
    try {
      const { upsells, nodeOf } = await engine.upsellsIn(element);
      for (const u of upsells) {
        if (collapser.collapse(nodeOf(u.node), u.reason)) collapser.releaseScrollLocks();
      }
    } catch (error) {
      console.debug("dramatis: overlay check failed:", error);
    }
  });
}
