// What the reader chose, in extension storage (`storage.local`, so nothing
// leaves the device): a global "collapse upsells" switch and per-site
// choices. One shape, read and written only here.

export const DEFAULTS = Object.freeze({ collapseUpsells: true, sites: {} });

/** Per-site choices: `never` (do nothing on this site), `collapse` (false to keep upsells), `panel` ("open" | "closed"). */
export async function loadSettings(api, host) {
  let stored = {};
  try {
    stored = await api.storage.local.get(["collapseUpsells", "sites"]);
  } catch {
    // Storage unavailable: run with the defaults.
  }
  const settings = { ...DEFAULTS, ...stored };
  const site = settings.sites?.[host] ?? {};
  return {
    never: site.never === true,
    collapse: settings.collapseUpsells !== false && site.collapse !== false,
    panelOpen: site.panel !== "closed",
  };
}

/** Merges `changes` into the stored choices for `host`. */
export async function saveSiteSettings(api, host, changes) {
  try {
    const { sites = {} } = await api.storage.local.get("sites");
    sites[host] = { ...sites[host], ...changes };
    await api.storage.local.set({ sites });
  } catch {
    // Not remembered; the page still works.
  }
}
