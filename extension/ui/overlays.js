// Promo overlays that arrive after load (a Piano-style modal a few seconds
// in, a sticky subscribe bar). A MutationObserver looks at elements added to
// the page for a bounded time and number of batches, so it never costs
// anything for long.

/** How long after start late overlays are looked for. */
export const WATCH_MS = 15000;
/** At most this many added elements are analysed. */
export const MAX_ANALYSED = 60;
/**
 * Whether an added element is worth a look: it has text, or names itself
 * (a textless `tp-backdrop` dims the page as much as the modal blocks it).
 */
function worthALook(el) {
  return Boolean(el.id || el.getAttribute("class")?.trim() || el.textContent?.trim());
}

/**
 * Calls `onAdded(elements)` with the elements added to `doc` together (in
 * one short burst) while watching; an overlay and its backdrop arrive in
 * the same call. Our own elements (`dramatis-*`) are ignored. Returns a stop
 * function.
 */
export function watchAddedElements(doc, onAdded) {
  let analysed = 0;
  let pending = new Set();
  let timer = 0;
  const flush = () => {
    timer = 0;
    const batch = [...pending].filter((el) => el.isConnected && !batchHasAncestor(pending, el))
      .slice(0, MAX_ANALYSED - analysed);
    pending = new Set();
    analysed += batch.length;
    if (batch.length) onAdded(batch);
    if (analysed >= MAX_ANALYSED) stop();
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE || node.localName.startsWith("dramatis-")) continue;
        if (!worthALook(node)) continue;
        pending.add(node);
      }
    }
    if (pending.size && !timer) timer = setTimeout(flush, 50);
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  };
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const deadline = setTimeout(stop, WATCH_MS);
  return stop;
}

function batchHasAncestor(set, el) {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
