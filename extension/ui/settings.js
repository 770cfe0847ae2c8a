// What the reader chose: a global "collapse upsells" switch and per-site
// choices. Kept in `storage.local` (on this device, always there) and
// mirrored to `storage.sync` where the browser syncs it, so a new device
// starts from the reader's choices. One shape, read and written only here:
//
//   { collapseUpsells: boolean,
//     sites: { [hostname]: { never?: true, collapse?: boolean, panel?: "open" | "closed" } } }
//
// A site's `collapse` is kept only where it differs from the global switch,
// and wins over it either way.

const KEYS = ["collapseUpsells", "sites"];

async function read(api) {
  const local = await api.storage.local.get(KEYS);
  if (Object.keys(local).length === 0 && api.storage.sync) {
    try {
      const synced = await api.storage.sync.get(KEYS);
      if (Object.keys(synced).length > 0) {
        await api.storage.local.set(synced);
        return synced;
      }
    } catch {
      // No sync in this browser or profile.
    }
  }
  return local;
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
export async function saveSiteSettings(api, host, changes) {
  try {
    const { sites } = await readAll(api);
    const site = { ...sites[host], ...changes };
    for (const [k, v] of Object.entries(site)) if (v === undefined) delete site[k];
    if (Object.keys(site).length) sites[host] = site;
    else delete sites[host];
    await write(api, { sites });
  } catch {
    // Not remembered; the page still works.
  }
}

/** Whether promos are hidden on `host`, as the reader switched it there. */
export async function saveSiteCollapse(api, host, on) {
  let everywhere = true;
  try {
    everywhere = (await readAll(api)).collapseUpsells;
  } catch {
    // Storage unavailable: saveSiteSettings fails quietly too.
  }
  await saveSiteSettings(api, host, { collapse: on === everywhere ? undefined : on });
}

export async function setCollapseUpsells(api, on) {
  await write(api, { collapseUpsells: on });
}

export async function forgetSite(api, host) {
  const { sites } = await readAll(api);
  delete sites[host];
  await write(api, { sites });
}
