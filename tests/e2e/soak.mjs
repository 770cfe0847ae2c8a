// "Never break the page", checked on real pages: the pages of the WCXB
// corpus loaded one after another in a real browser with the extension
// installed, each at its own address's path (the detector reads it) on a
// site of its own (`wcxb-NNNN.localhost`: the extension remembers per site
// what a page's CSP refused, and one corpus page's must not decide the
// next one's), with
// the page's own scripts kept off by a CSP (so that the extension is the
// only thing that changes the DOM) and nothing fetched from other origins.
// For each page:
//   - a page the extension leaves alone (no panel) has the DOM it had at
//     DOMContentLoaded, byte for byte;
//   - on a page taken for an article, no line of the story is hidden: no
//     ground-truth `with` snippet lies inside a collapsed element, and every
//     one the reader sees once "Show all" has brought the promos back
//     (`innerText`) was in view before it too (a page may hide its own
//     story until its scripts run, as Next.js's streamed pages do: that is
//     no collapse's doing);
//   - its panel's "Show all" brings back the DOM it had before, byte for
//     byte, apart from the panel itself;
//   - the content script finishes (its `dramatis:total` measure) and logs
//     no failure (the console is read in Chromium only: WebDriver gives
//     none in Firefox);
//   - with `--native PATH` (the `dramatis` command), the browser's analysis
//     of the live DOM is the native reader's of the same HTML at the same
//     address: the same verdict, the same number of promos, the same quotes
//     with the same speakers and cues (two DOM implementations, one core).
//
//   node tests/e2e/soak.mjs CORPUS_DIR [--browser chromium,firefox] [--every N | --only ID,…] [--native PATH]
//                           [--strict-csp] [--page-scripts]
//
// It prints one line per failure and a table; it exits 1 when a check
// fails. The corpus is outside the project, so `./build.sh test` does not
// run this: `./build.sh soak CORPUS_DIR` does.
import http from "node:http";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { pathOf } from "./loaded.mjs";
import { onSite } from "./sites.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const VALUED = ["--browser", "--every", "--only", "--native"];
const corpus = args.find((a, i) => !a.startsWith("--") && !VALUED.includes(args[i - 1]));
const browsers = option("--browser", "chromium,firefox").split(",");
const every = Number(option("--every", 1));
// Page ids to check alone ("4170,0001"), to look again at a failure.
const only = option("--only", null)?.split(",");
const native = option("--native", null);
if (!corpus || !existsSync(join(corpus, "ground-truth")) || !browsers.every((name) => ["chromium", "firefox"].includes(name)) || !(every >= 1) || (native && !existsSync(native))) {
  console.error("usage: node tests/e2e/soak.mjs CORPUS_DIR [--browser chromium,firefox] [--every N | --only ID,…] [--native PATH] [--strict-csp] [--page-scripts] (the WCXB corpus)");
  process.exit(2);
}

// Page scripts off, wasm and a worker from a `data:` URL on (Chromium applies a
// page's CSP to the content script's wasm, and both browsers to the
// analysis worker it starts), and no request leaves 127.0.0.1. With
// `--strict-csp` both are off, as on many news sites: the content script
// analyses the page itself in Firefox, and Chromium's hands it to the
// background's wasm. With `--page-scripts` the
// page's inline scripts run (its external ones
// still cannot load): the content script meets pages that change under it
// and add elements after load, and the checks of the DOM byte for byte and
// against the native reader, which need a page only the extension changes,
// are left out.
const strictCsp = args.includes("--strict-csp");
const pageScripts = args.includes("--page-scripts");
const CSP = `default-src 'self' data:; script-src 'self'${pageScripts ? " 'unsafe-inline' 'unsafe-eval'" : ""}` +
  `${strictCsp ? "" : " 'wasm-unsafe-eval'; worker-src data: blob:"}; style-src 'self' 'unsafe-inline' data:`;
const checksDom = !pageScripts;

/** Runs first in every page: what the DOM was before the extension. */
const PROBE = `
window.__soak = { before: null };
document.addEventListener("DOMContentLoaded", () => {
  window.__soak.before = document.documentElement.outerHTML;
});`;
const PROBE_PATH = "/__soak/probe.js";

/** The corpus's pages, every `every`-th, with what the checks need. */
function pages() {
  const ids = readdirSync(join(corpus, "ground-truth"))
    .filter((f) => f.endsWith(".json") && (!only || only.includes(f.replace(/\.json$/, ""))))
    .sort();
  const list = [];
  for (let i = 0; i < ids.length; i += every) {
    const id = ids[i].replace(/\.json$/, "");
    const gt = JSON.parse(readFileSync(join(corpus, "ground-truth", ids[i]), "utf8"));
    list.push({ id, path: pathOf(gt.url), type: gt._internal.page_type.primary, story: gt.ground_truth.with ?? [] });
  }
  return list;
}

/** The page's HTML with the probe first in its head. */
function withProbe(html, origin) {
  const tag = `<script src="${origin}${PROBE_PATH}"></script>`;
  const head = html.match(/<head(\s[^>]*)?>/i);
  return head ? html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length) : tag + html;
}

/** Serves the page under test at its own path, the probe, and nothing else. */
async function serve() {
  let current = null;
  const server = http.createServer((req, res) => {
    const path = req.url;
    if (path === PROBE_PATH) return res.writeHead(200, { "Content-Type": "text/javascript" }).end(PROBE);
    if (!current || path !== current.path) return res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": CSP, "Cache-Control": "no-store" })
      .end(served(current));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  /** The HTML the browser gets for `page`, probe included. */
  // Each page on a site of its own (its probe too, which the CSP allows as
  // the page's own).
  const siteOf = (page) => onSite(origin, `wcxb-${page.id}`, "");
  const served = (page) => withProbe(gunzipSync(readFileSync(join(corpus, "html", `${page.id}.html.gz`))).toString("utf8"), siteOf(page));
  /** Where `page` is served: its address's path, on its site. */
  const urlOf = (page) => siteOf(page) + page.path;
  return { origin, served, urlOf, show: (page) => (current = page), close: () => new Promise((r) => server.close(r)) };
}

const UNATTRIBUTED = JSON.parse(readFileSync(new URL("../../extension/_locales/en/messages.json", import.meta.url))).unknownSpeaker.message;

/**
 * What the native reader makes of the HTML the browser got, at the same
 * address, in the panel's terms: `{article, promos, quotes}`.
 */
function nativeAnalysis(server, page, scratch) {
  const file = join(scratch, "page.html");
  writeFileSync(file, server.served(page));
  const a = JSON.parse(execFileSync(native, ["page", "--url", server.urlOf(page), file], { encoding: "utf8" }));
  return {
    article: a.is_article,
    promos: a.is_article ? a.upsells.length : 0,
    quotes: a.is_article ? a.quotes.map((q) => [q.text, q.speaker ?? UNATTRIBUTED, q.cue]) : [],
  };
}

/** How `browser` and `native` analyses differ, in a few words; null when they agree. */
function disagreement(browser, native) {
  if (browser.article !== native.article) return `article: browser ${browser.article}, native ${native.article}`;
  if (browser.promos !== native.promos) return `promos: browser ${browser.promos}, native ${native.promos}`;
  const key = (q) => q.join(" | ");
  const b = browser.quotes.map(key);
  const n = native.quotes.map(key);
  const onlyB = b.filter((q) => !n.includes(q));
  const onlyN = n.filter((q) => !b.includes(q));
  if (onlyB.length || onlyN.length || b.length !== n.length) {
    const cut = (q) => `«${q.slice(0, 120)}»`;
    return `quotes: ${b.length} in the browser, ${n.length} native; browser only ${onlyB.map(cut).join(", ") || "none"}; native only ${onlyN.map(cut).join(", ") || "none"}`;
  }
  return null;
}

// --- page-side probes (run inside the page; self-contained) ----------------

function state() {
  const host = document.querySelector("dramatis-panel");
  return {
    path: location.pathname + location.search,
    probed: typeof window.__soak?.before === "string",
    engine: performance.getEntriesByType("mark").find((e) => e.name.startsWith("dramatis:engine-"))?.name.slice(16),
    done: performance.getEntriesByName("dramatis:total").length > 0,
    panel: host !== null,
    bars: document.querySelectorAll("dramatis-bar").length,
    showAll: host?.shadowRoot?.querySelector(".promo-line button") != null,
  };
}

/** The panel's account of the page: promos hidden and its quotes (run before "Show all"). */
function panelAnalysis() {
  const root = document.querySelector("dramatis-panel")?.shadowRoot;
  if (!root) return { article: false, promos: 0, quotes: [] };
  const promos = Number(root.querySelector(".promo-line span")?.textContent.match(/\d+/)?.[0] ?? 0);
  const quotes = [...root.querySelectorAll(".quote")]
    .map((q) => [".text", ".speaker", ".cue"].map((part) => q.querySelector(part).textContent));
  return { article: true, promos, quotes };
}

/**
 * Keeps the elements hidden now by an inline `display: none !important`,
 * the collapses' mark (a page may use it too: `collapsedStory` keeps those
 * that "Show all" brings back); returns how many.
 */
function markCollapsed() {
  const hidden = (e) => e.style.getPropertyValue("display") === "none" && e.style.getPropertyPriority("display") === "important";
  window.__soak.hidden = hidden;
  window.__soak.collapsed = [...document.querySelectorAll("[style]")].filter(hidden);
  return window.__soak.collapsed.length;
}

/**
 * The snippets that lay inside an element "Show all" has just brought back
 * (by `markCollapsed`'s test, kept with its list).
 */
function collapsedStory(snippets) {
  const norm = (s) => s.replace(/\s+/g, " ").trim();
  const { hidden, collapsed } = window.__soak;
  const texts = collapsed.filter((e) => !hidden(e)).map((e) => norm(e.textContent));
  return snippets.map(norm).filter((snippet) => snippet && texts.some((t) => t.includes(snippet)));
}

/** The text the reader sees. */
function visibleText() {
  return document.body?.innerText ?? "";
}

const norm = (s) => s.replace(/\s+/g, " ").trim();

/** The snippets in view in `shown` (the promos back) but not in `collapsed`. */
function hiddenBy(snippets, collapsed, shown) {
  const [c, s] = [norm(collapsed), norm(shown)];
  return snippets.map(norm).filter((snippet) => snippet && s.includes(snippet) && !c.includes(snippet));
}

/** Where the DOM now differs from the DOM before the extension, the panel set aside; null when it does not. */
function domChange() {
  const copy = document.documentElement.cloneNode(true);
  copy.querySelector(":scope > dramatis-panel")?.remove();
  const now = copy.outerHTML;
  const before = window.__soak.before;
  if (now === before) return null;
  let i = 0;
  while (i < now.length && now[i] === before[i]) i++;
  const around = (s) => s.slice(Math.max(0, i - 60), i + 100).replace(/\s+/g, " ");
  return `at ${i}: before «${around(before)}» now «${around(now)}»`;
}

// --- the run -------------------------------------------------------------

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` in the page until `accept` holds or `ms` pass; the last value. */
async function poll(b, fn, arg, accept, ms) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await b.evaluate(fn, arg);
    if (accept(value) || Date.now() > until) return value;
    await sleep(100);
  }
}

/** Loads every page in `browserName` and checks it; returns the counts and failures. */
async function soakIn(browserName, server, list) {
  const { launch } = await import(`./${browserName}.mjs`);
  // The pages' own script errors are theirs: not printed.
  const open = () => launch(server, { headless: true, quiet: true });
  let b = await open();
  const failures = [];
  const fail = (page, what) => {
    failures.push({ ...page, what });
    console.log(`${browserName} ${page.id} ${page.type}: ${what}`);
  };
  const counts = { pages: 0, skipped: 0, leftAlone: 0, articles: 0, collapsing: 0, bars: 0, snippets: 0, restored: 0, compared: 0, engines: {} };
  const started = Date.now();
  const scratch = mkdtempSync(join(tmpdir(), "dramatis-soak-"));
  /** Checks one page: false when it is no test of the extension (skipped). */
  async function check(page) {
    // The run's end is its `dramatis:total` measure.
    const s = await poll(b, state, null, (v) => v?.done, 15000);
    if (s?.path !== page.path || !s.probed) {
      // A page that sends the browser elsewhere (a meta refresh), or
      // whose markup kept the probe from running, is no test of the
      // extension.
      console.log(`${browserName} ${page.id} skipped: ${s?.path !== page.path ? `left for ${s?.path}` : "no probe"}`);
      return false;
    }
    counts.pages++;
    counts.engines[s.engine] = (counts.engines[s.engine] ?? 0) + 1;
    const logged = (b.console ?? []).filter((line) => line.startsWith("dramatis:"));
    if (logged.length) fail(page, `the content script logged: ${logged.join(" | ")}`);
    if (!s.done) {
      fail(page, "the content script did not finish within 15 s");
      return true;
    }
    if (native && checksDom) {
      counts.compared++;
      const differs = disagreement(await b.evaluate(panelAnalysis), nativeAnalysis(server, page, scratch));
      if (differs) fail(page, `the browser and the native reader disagree: ${differs}`);
    }
    if (!s.panel) {
      counts.leftAlone++;
      const change = checksDom && (await b.evaluate(domChange));
      if (change) fail(page, `left alone, but its DOM changed ${change}`);
      return true;
    }
    counts.articles++;
    if (s.showAll) {
      counts.collapsing++;
      counts.bars += s.bars;
      counts.snippets += page.story.length;
      const collapsed = await b.evaluate(visibleText);
      await b.evaluate(markCollapsed);
      await b.click("dramatis-panel", ".promo-line button");
      await poll(b, state, null, (v) => v?.bars === 0, 5000);
      const cut = (list) => list.map((t) => `«${t.slice(0, 80)}»`).join(", ");
      const inside = await b.evaluate(collapsedStory, page.story);
      if (inside.length) fail(page, `story collapsed: ${cut(inside)}`);
      // A page whose scripts run may reveal its story meanwhile.
      const hidden = checksDom ? hiddenBy(page.story, collapsed, await b.evaluate(visibleText)) : [];
      if (hidden.length) fail(page, `story hidden: ${cut(hidden)}`);
    }
    if (!checksDom) return true;
    const change = await b.evaluate(domChange);
    if (change) fail(page, `show all did not bring the DOM back ${change}`);
    else counts.restored++;
    return true;
  }

  try {
    for (const page of list) {
      server.show(page);
      if (b.console) b.console.length = 0;
      const countsBefore = { ...counts, engines: { ...counts.engines } };
      let loaded = false;
      try {
        await b.goto(server.urlOf(page));
        loaded = true;
        if (!(await check(page))) counts.skipped++;
      } catch (error) {
        const what = error.message.split("\n")[0];
        if (loaded && !pageScripts) {
          // Only the extension changes a page whose scripts are off: a
          // check that cannot run is a failure.
          fail(page, `the checks stopped: ${what}`);
        } else {
          // A page that will not load, or whose own scripts navigate,
          // replace its document or raise dialogs under the checks.
          Object.assign(counts, countsBefore);
          counts.skipped++;
          console.log(`${browserName} ${page.id} skipped: ${what}`);
        }
        // A page that reloads itself in a loop would go on interrupting the
        // pages after it: a fresh browser for them.
        await b.close().catch(() => {});
        b = await open();
      }
    }
  } finally {
    await b.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  counts.minutes = (Date.now() - started) / 60000;
  counts.console = Boolean(b.console);
  return { counts, failures };
}

const server = await serve();
const list = pages();
const runs = [];
try {
  for (const name of browsers) runs.push({ name, ...(await soakIn(name, server, list)) });
} finally {
  await server.close();
}

const failedPages = ({ failures }, pattern) => new Set(failures.filter((f) => pattern.test(f.what)).map((f) => f.id)).size;
const ROWS = [
  ["pages checked", (r) => r.counts.pages],
  ["… analysed in the worker the content script starts", (r) => r.counts.engines.worker ?? 0],
  ["… analysed on the page's thread (the page's CSP refused the worker)", (r) => r.counts.engines.content ?? 0],
  ["… analysed by the background's wasm (the page's CSP refused wasm in the content script)", (r) => r.counts.engines.background ?? 0],
  ["pages skipped (the page left, or did not load)", (r) => r.counts.skipped],
  ["pages left alone (no panel)", (r) => r.counts.leftAlone],
  ["… whose DOM changed", (r) => (checksDom ? failedPages(r, /^left alone/) : "not checked")],
  ["pages taken for articles (panel shown)", (r) => r.counts.articles],
  ["… with promos collapsed", (r) => r.counts.collapsing],
  ["… … collapse bars on them", (r) => r.counts.bars],
  ["… … ground-truth story snippets on them", (r) => r.counts.snippets],
  ["… … with a story snippet inside a collapsed element", (r) => failedPages(r, /^story collapsed/)],
  ["… … with a story snippet that only \"Show all\" brings into view", (r) => (checksDom ? failedPages(r, /^story hidden/) : "not checked")],
  ["… whose DOM \"Show all\" brought back exactly", (r) => (checksDom ? r.counts.restored : "not checked")],
  ["… whose DOM it did not", (r) => (checksDom ? failedPages(r, /^show all/) : "not checked")],
  ["pages where the content script logged a failure", (r) => (r.counts.console ? failedPages(r, /^the content script logged/) : "not read")],
  ["pages where it did not finish (no `dramatis:total` within 15 s)", (r) => failedPages(r, /^the content script did not/)],
  ["pages analysed by the native reader too (`--native`)", (r) => r.counts.compared],
  ["… where the two disagree (verdict, number of promos, quotes)", (r) => (native && checksDom ? failedPages(r, /^the browser and the native/) : "not run")],
  ["minutes", (r) => r.counts.minutes.toFixed(1)],
];
const under = [strictCsp && "under a CSP without 'wasm-unsafe-eval'", pageScripts && "with the pages' inline scripts running"].filter(Boolean);
console.log(`\n${every === 1 ? "Every page" : `One page in ${every}`} of ${corpus} (${list.length} pages)${under.length ? `, ${under.join(", ")}` : ""}:\n`);
console.log(`| check | ${runs.map((r) => r.name).join(" | ")} |\n|---|${runs.map(() => "---:").join("|")}|`);
for (const [label, value] of ROWS) console.log(`| ${label} | ${runs.map(value).join(" | ")} |`);
if (runs.some((r) => !r.counts.console)) {
  console.log("\n\"not read\": WebDriver gives no console in Firefox.");
}
process.exit(runs.some((r) => r.failures.length) ? 1 : 0);
