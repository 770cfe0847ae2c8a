// What the reader chose: a global "collapse upsells" switch and per-site
// choices. Kept in `storage.local` (on this device, always there), which
// every page reads, and copied to `storage.sync` where the browser syncs
// it; the background copies what sync brings from the reader's other
// devices back into `storage.local` (`mirrorSync`), so a new device starts
// from the reader's choices and no page has to ask sync. One shape, read
// and written only here:
//
//   { collapseUpsells: boolean,
//     sites: { [hostname]: { never?: true, collapse?: boolean, panel?: "open" | "closed" } } }
//
// A site's `collapse` is kept only where it differs from the global switch,
// and wins over it either way.

const KEYS = ["collapseUpsells", "sites"];

/**
 * Keeps `storage.local` up to date with `storage.sync`: at install (a new
 * device, whose sync may already hold the reader's choices) and on every
 * change sync makes, from another device or from this one's own writes
 * (copied back unchanged). Run by the background, whose listeners wake it.
 * Two writes here in quick succession can leave the first's value in
 * `storage.local` for as long as the second's echo takes to come back.
 */
export function mirrorSync(api) {
  if (!api.storage.sync) return;
  api.runtime.onInstalled.addListener(async () => {
    try {
      if (Object.keys(await api.storage.local.get(KEYS)).length > 0) return;
      const synced = await api.storage.sync.get(KEYS);
      if (Object.keys(synced).length > 0) await api.storage.local.set(synced);
    } catch {
      // No sync in this browser or profile.
    }
  });
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== "sync") return;
    // A key sync lost (its storage cleared) is kept here: the reader's
    // choices are not dropped for that.
    const arrived = Object.fromEntries(KEYS.filter((key) => changes[key]?.newValue !== undefined)
      .map((key) => [key, changes[key].newValue]));
    if (Object.keys(arrived).length > 0) api.storage.local.set(arrived).catch(() => {});
  });
}

async function read(api) {
  return api.storage.local.get(KEYS);
}

async function write(api, changes) {
  await api.storage.local.set(changes);
  try {
    await api.storage.sync?.set(changes);
  } catch {
    // Sync is best effort.
  }
}

/** Everything stored, with defaults filled in. */
export async function readAll(api) {
  const stored = await read(api);
  return { collapseUpsells: stored.collapseUpsells !== false, sites: stored.sites ?? {} };
}

/** What applies on `host`: `{never, collapse, panelOpen}`. */
export async function loadSettings(api, host) {
  let all = { collapseUpsells: true, sites: {} };
  try {
    all = await readAll(api);
  } catch {
    // Storage unavailable: run with the defaults.
  }
  const site = all.sites[host] ?? {};
  return {
    never: site.never === true,
    collapse: site.collapse ?? all.collapseUpsells,
    panelOpen: site.panel !== "closed",
  };
}

/** Merges `changes` into the choices for `host`; `undefined` values are dropped. */
export function saveSiteSettings(api, host, changes) {
  return updateSite(api, host, () => changes);
}

/** Whether promos are hidden on `host`, as the reader switched it there. */
export function saveSiteCollapse(api, host, on) {
  return updateSite(api, host, (all) => ({ collapse: on === all.collapseUpsells ? undefined : on }));
}

/** Merges `changesFor(everything stored)` into the choices for `host`, in one read. */
async function updateSite(api, host, changesFor) {
  try {
    const all = await readAll(api);
    const { sites } = all;
    const site = { ...sites[host], ...changesFor(all) };
    for (const [k, v] of Object.entries(site)) if (v === undefined) delete site[k];
    if (Object.keys(site).length) sites[host] = site;
    else delete sites[host];
    await write(api, { sites });
  } catch {
    // Not remembered; the page still works.
  }
}

export async function setCollapseUpsells(api, on) {
  await write(api, { collapseUpsells: on });
}

export async function forgetSite(api, host) {
  const { sites } = await readAll(api);
  delete sites[host];
  await write(api, { sites });
}
