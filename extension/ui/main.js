// The content script's work on one page: load the engine, read and analyse
// the page, and on an article collapse its upsells and show the panel. On a
// page that is not an article nothing in the DOM changes unless the reader
// asks for the panel, and none of the panel's code is even loaded.

import { loadEngine } from "./engine.js";
import { loadSettings, saveSiteSettings } from "./settings.js";
import { begin, measure, measureTotal } from "./timing.js";

/** Messages from `_locales`, with `$1`-style substitutions. */
function translator(api) {
  return (key, ...subs) => api.i18n.getMessage(key, subs) || key;
}

/**
 * Runs on one page. `wasm` is the module's download, already under way.
 */
export async function start(api, wasm) {
  begin();
  const host = location.hostname;
  const settings = await loadSettings(api, host);
  if (settings.never) return;
  const engine = await loadEngine(api, wasm);
  measure("instantiate");
  const { analysis, nodeOf } = await engine.analyzeDocument(document, location.href);
  const t = translator(api);
  let panel = null;
  if (analysis.detection.is_article) {
    const { showArticle } = await import("./article.js");
    panel = showArticle({ api, host, analysis, nodeOf, settings, engine, t });
  }
  measure("apply");
  measureTotal();

  api.runtime.onMessage.addListener(async (message) => {
    if (message?.type !== "dramatis:toggle") return;
    if (!panel) {
      // Not an article: the reader asked, so say why; nothing else changes.
      const { Panel } = await import("./panel.js");
      panel ??= new Panel(document, t, { close: () => panel.hide() });
      panel.setAnalysis(analysis);
    }
    const open = panel.toggle();
    if (analysis.detection.is_article) saveSiteSettings(api, host, { panel: open ? "open" : "closed" });
  });
}
