// The content script's work on one page: load the engine, read and analyse
// the page, and on an article collapse its upsells and show the panel. On a
// page that is not an article nothing in the DOM changes unless the reader
// asks for the panel, and none of the panel's code runs. On a
// single-page site, each new page shown in the same document is analysed
// afresh, after the previous page's collapses are undone and its panel gone.

import { STARTS, laterStart, loadEngine, watchReports } from "./engine.js";
import { rememberStart, rememberedStart } from "./start-memory.js";
import { loadSettings, saveSiteSettings } from "./settings.js";
import { begin, mark, measure, measureTotal } from "./timing.js";
import { watchNavigation } from "./navigation.js";
import { translator } from "./i18n.js";

/**
 * Runs on one page. `wasm` is the module's download, already under way.
 */
export async function start(api, wasm) {
  begin();
  const host = location.hostname;
  const t = translator(api);
  const reports = watchReports(document);
  const [settings, from] = await Promise.all([loadSettings(api, host), rememberedStart(api, host)]);
  // What the toolbar button and the keyboard command do on this page, as
  // it is now: analysed, or left alone because Dramatis is off on the site.
  let toggle = () => {};
  api.runtime.onMessage.addListener((message) => {
    if (message?.type !== "dramatis:toggle") return;
    Promise.resolve(toggle()).catch((error) => console.debug("dramatis: the panel was not toggled:", error));
  });
  // Loaded once per page: a site turned off and on again in the same page
  // goes on with it (the wasm's download is read only once).
  let engine = null;

  /**
   * Dramatis off on this site: nothing on the page changes, but the reader
   * may still ask for the panel, which says so and can turn it on again.
   */
  function leaveAlone() {
    mark("never"); // for a test to know the run ended here
    // Made once, on the first toggle (a promise, so that two quick toggles
    // make one).
    let made = null;
    const make = async () => {
      const { Panel } = await import("./panel.js");
      const panel = new Panel(document, t, {
        close: () => panel.hide(),
        async turnOnSite() {
          panel.remove();
          toggle = () => {};
          try {
            await saveSiteSettings(api, host, { never: undefined });
            begin();
            const fresh = await loadSettings(api, host);
            const analysed = await analyse({ ...fresh, panelOpen: true }, await rememberedStart(api, host), watchReports(document));
            // The reader asked for the panel: an article's is up, any other
            // page's says why it is no article.
            await analysed.reveal();
          } catch (error) {
            console.debug("dramatis: the page was not analysed:", error);
          }
        },
      });
      panel.setOff();
      return panel;
    };
    toggle = async () => {
      made ??= make();
      (await made).toggle();
    };
  }

  /**
   * Analyses the page (and a single-page site's next ones) and shows the
   * results; returns what puts the panel up.
   */
  async function analyse(settings, from, reports) {
    if (!engine) {
      engine = await loadEngine(api, wasm, from ?? undefined);
      measure("instantiate");
      // Where the analysis runs (a benchmark counts its time as the main
      // thread's only when it runs here).
      mark(`engine-${engine.mode}`);
    }
    // What is shown for the page now: its analysis and, on an article, the
    // collapses and panel to undo when the page changes.
    let shown = { analysis: null, panel: null, dispose: null };
    let stopWatching = () => {};
    // "Never on this site" from the panel: the page is given back as it was
    // and left alone, as the site's next pages will be.
    const never = () => {
      saveSiteSettings(api, host, { never: true });
      stopWatching();
      shown.dispose?.();
      shown = { analysis: null, panel: null, dispose: null };
      leaveAlone();
    };
    try {
      shown = await show({ api, host, settings, engine, t, never });
      measureTotal();
    } finally {
      // The site's next pages start past every start this page was refused,
      // or that its policy only reported (the reports have come by now).
      const refused = engine.refusedBefore ? engine.start : null;
      const next = laterStart(laterStart(from, refused), reports.stop());
      if (next && next !== (from ?? STARTS[0])) rememberStart(api, host, next);
    }

    // One page at a time: a second navigation waits for the first one's
    // analysis, so that every page's collapses are undone before the next.
    let queue = Promise.resolve();
    stopWatching = watchNavigation(window, () => {
      queue = queue.then(showNewPage);
    });
    async function showNewPage() {
      begin(); // the new page's phases are measured from here
      try {
        // The reader may have changed the site's settings meanwhile; an open
        // or closed panel stays as it is.
        const fresh = await loadSettings(api, host);
        if (shown.panel) fresh.panelOpen = shown.panel.visible;
        shown.dispose?.();
        shown = { analysis: null, panel: null, dispose: null };
        if (fresh.never) return;
        shown = await show({ api, host, settings: fresh, engine, t, never });
        mark("navigated");
      } catch (error) {
        console.debug("dramatis: the new page was not analysed:", error);
      }
    }

    toggle = async () => {
      const { analysis } = shown;
      if (!analysis) return;
      if (!shown.panel) {
        // Not an article: the reader asked, so say why; nothing else changes.
        const { Panel } = await import("./panel.js");
        const panel = new Panel(document, t, { close: () => panel.hide(), neverOnSite: never });
        panel.setAnalysis(analysis);
        shown.panel = panel;
        shown.dispose = () => panel.remove();
      }
      const open = shown.panel.toggle();
      if (analysis.detection.is_article) saveSiteSettings(api, host, { panel: open ? "open" : "closed" });
    };
    return {
      /** Puts the panel up, if it is not. */
      reveal: () => shown.panel?.visible || toggle(),
    };
  }

  if (settings.never) {
    reports.stop();
    leaveAlone();
  } else {
    await analyse(settings, from, reports);
  }
}

/** Analyses the document as it is now and, on an article, applies the results. */
async function show({ api, host, settings, engine, t, never }) {
  const { analysis, nodeOf } = await engine.analyzeDocument(document, location.href);
  let shown = { analysis, panel: null, dispose: null };
  if (analysis.detection.is_article) {
    const { showArticle } = await import("./article.js");
    shown = { analysis, ...showArticle({ api, host, analysis, nodeOf, settings, engine, t, never }) };
  }
  measure("apply");
  return shown;
}
