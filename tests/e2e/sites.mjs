// Where the test servers' pages are visited. Every server listens on
// 127.0.0.1 and answers whatever the host; both browsers resolve
// `<name>.localhost` to 127.0.0.1 too, which gives each page a site of
// its own.

/**
 * The address of `path` on the site `<site>.localhost`. The extension
 * remembers per site where a page's CSP made the analysis start
 * (extension/ui/start-memory.js): pages of different sites (each corpus
 * page of the soak, each CSP of the end-to-end server) served from one host
 * would let one page's CSP decide how the next pages are analysed. (The
 * bench keeps one host, for a warm process: see tests/e2e/bench.mjs.)
 */
export function onSite(origin, site, path) {
  return `${origin.replace("127.0.0.1", `${site.replace(/[^a-z0-9-]/gi, "-")}.localhost`)}${path}`;
}
