// Where the analysis had to start on a site, remembered for the browser
// session. A page whose CSP refuses our worker or our wasm files a
// violation report for every attempt (`securitypolicyviolation`, and a
// report to the site's `report-uri` where it has one); a site sends the
// same CSP with all its pages, so its next pages start where the first one
// ended instead of being refused again. A start that a policy only
// reported is remembered the same way (`watchReports` in engine.js).
//
// Kept for the browser session only. Chromium opens `storage.session` (in
// memory, never written to disk) to content scripts once the background
// asks it to; Firefox keeps that area from content scripts, so there it is
// `storage.local`, which the background empties at every browser start.
// Which sites a reader visits is nobody's business, ours included: nothing
// of it outlives the session. Where neither can be reached every page
// tries every start, as without this.

/** Its key (the background empties it by that name, bg.js). */
const KEY = "starts";

/** The session's storage where a content script can reach it. */
const area = (api) => api.storage.session ?? api.storage.local;

/** The start remembered for `host`, or null. */
export async function rememberedStart(api, host) {
  try {
    const stored = await area(api).get(KEY);
    return stored[KEY]?.[host] ?? null;
  } catch {
    return null;
  }
}

/** Remembers `start` for `host`. */
export async function rememberStart(api, host, start) {
  try {
    const starts = (await area(api).get(KEY))[KEY] ?? {};
    starts[host] = start;
    await area(api).set({ [KEY]: starts });
  } catch {
    // Not remembered: the next page tries again.
  }
}
