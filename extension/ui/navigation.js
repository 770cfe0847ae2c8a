// Single-page sites change the story without loading a new document: the
// address changes through `history.pushState`, which a content script cannot
// see (it runs in a world of its own). What it can see, cheaply: the back and
// forward buttons (`popstate`), a changed `<title>`, and a click after which
// the address differs. A new path or query (not a new hash: that is a jump
// within the page) is a new page once its DOM has settled.

/** After the address changes, the DOM must be quiet this long... */
export const SETTLE_MS = 600;
/** ... but the new page is read at most this long after the change. */
export const MAX_SETTLE_MS = 4000;
/** A click may start a navigation that lands a moment later. */
const AFTER_CLICK_MS = [60, 400];

const pageKey = (loc) => loc.origin + loc.pathname + loc.search;

/**
 * Calls `onNavigate(url)` each time the window shows a new page without a
 * new document, once the page's DOM has settled. Returns a stop function.
 */
export function watchNavigation(win, onNavigate) {
  const doc = win.document;
  let current = pageKey(win.location);
  let quietTimer = 0;
  let deadline = 0;
  const settled = () => {
    clearTimeout(quietTimer);
    clearTimeout(deadline);
    quietTimer = deadline = 0;
    settling.disconnect();
    onNavigate(win.location.href);
  };
  // Each batch of changes to the new page restarts the quiet period.
  const settling = new MutationObserver(() => {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(settled, SETTLE_MS);
  });
  const check = () => {
    const key = pageKey(win.location);
    if (key === current) return;
    current = key;
    clearTimeout(deadline);
    settling.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    clearTimeout(quietTimer);
    quietTimer = setTimeout(settled, SETTLE_MS);
    deadline = setTimeout(settled, MAX_SETTLE_MS);
  };
  const afterClick = () => AFTER_CLICK_MS.forEach((ms) => setTimeout(check, ms));
  const title = new MutationObserver(check);
  title.observe(doc.head ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  win.addEventListener("popstate", check);
  doc.addEventListener("click", afterClick, { capture: true, passive: true });
  return () => {
    title.disconnect();
    settling.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(deadline);
    win.removeEventListener("popstate", check);
    doc.removeEventListener("click", afterClick, { capture: true });
  };
}
