// What the content script costs in a real browser, set beside Readability.js
// (Firefox's Reader View) and a bare DOM walk on the same pages.
//
//   node tests/e2e/bench.mjs [CORPUS_DIR] [--pages N] [--js-flags=FLAGS]
//
// Pages: the test fixtures, plus N pages of the WCXB corpus when its folder
// is given (a fixed, type-stratified sample). Each page is loaded in headless
// Chromium with the extension; the content script's own `dramatis:*`
// performance measures are read from the page, then Readability's
// isProbablyReaderable() and parse() and a plain JS walk of every node run
// in the same page; the walk is timed again as the first script of the same
// page in a tab without the extension. Prints medians and 95th percentiles
// in milliseconds.
// `--js-flags=FLAGS` hands V8 flags to Chromium, to see how much of a figure
// is the engine's (`--js-flags=--no-liftoff`: wasm compiled by the
// optimising tier only; `--js-flags=--liftoff-only`: by the baseline only).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { READABILITY, mainThreadWork, openWithExtension, pathOf, quantile } from "./loaded.mjs";
import { CHROMIUM_FLAGS } from "./flags.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
const perType = Number(args[args.indexOf("--pages") + 1]) || 70;
const jsFlags = args.filter((a) => a.startsWith("--js-flags="));

/**
 * The pages to measure: [{name, kind: "article"|"other", path, html}], a
 * corpus page at its own address's path (the detector reads it: a shop's
 * `/products/…` is ruled out from its head and address alone).
 */
function pages() {
  const list = [];
  const fixtures = resolve(root, "tests/fixtures");
  for (const name of readdirSync(fixtures).sort()) {
    const exp = JSON.parse(readFileSync(join(fixtures, name, "expected.json"), "utf8"));
    list.push({ name, kind: exp.is_article ? "article" : "other", path: `/${name}`, html: readFileSync(join(fixtures, name, "page.html"), "utf8") });
  }
  if (corpus) {
    if (!existsSync(join(corpus, "ground-truth"))) {
      console.error(`${corpus}: no ground-truth/ folder; is this the WCXB corpus?`);
      process.exit(2);
    }
    // Every k-th page of each type, so the sample is fixed and spread out.
    const byType = {};
    for (const f of readdirSync(join(corpus, "ground-truth")).sort()) {
      const gt = JSON.parse(readFileSync(join(corpus, "ground-truth", f), "utf8"));
      (byType[gt._internal.page_type.primary] ??= []).push({ id: f.replace(".json", ""), url: gt.url });
    }
    for (const [type, pages] of Object.entries(byType)) {
      const n = type === "article" ? perType : Math.ceil(perType / 6);
      const step = Math.max(1, Math.floor(pages.length / n));
      for (let i = 0; i < pages.length && i / step < n; i += step) {
        const { id, url } = pages[i];
        const html = gunzipSync(readFileSync(join(corpus, "html", `${id}.html.gz`))).toString("utf8");
        list.push({ name: `wcxb/${id}`, kind: type === "article" ? "article" : "other", path: pathOf(url), html });
      }
    }
  }
  return list;
}

/** A plain JS walk of every node of the page it runs in: its time and the nodes. */
function bareWalk() {
  let nodes = 0;
  const visit = (n) => {
    nodes += 1;
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  const t0 = performance.now();
  visit(document.documentElement);
  return { ms: performance.now() - t0, nodes };
}

const list = pages();
// One page at a time, each at its own path (two pages may share one: "/").
let current = list[0];
const htmlAt = (path) => (path === current.path ? current.html : undefined);
const { origin, context, page: warmUp, close } = await openWithExtension(htmlAt, current.path, jsFlags);

const rows = [];
// One tab for all pages, as a reader moving from page to page on one site
// (one host: the browser keeps the process and its compiled code; a site
// per page measured every page cold, about twice as slow). The extension
// remembers per site what a page's CSP refused, so a page of the sample
// whose CSP refused the worker would move where the later ones are
// analysed: the tally of where they ran, printed below, would show it
// (none of this sample's pages does). A page that
// fails (one that reloads itself in a loop) is reported and its tab
// replaced, so it cannot interrupt the pages after it.
let page = warmUp;
for (const p of list) {
  try {
    current = p;
    await page.goto(origin + p.path, { waitUntil: "load", timeout: 20000 });
    await page.waitForFunction(() => performance.getEntriesByName("dramatis:total").length > 0, null, { timeout: 20000 });
    const { ms: walk, nodes } = await page.evaluate(bareWalk);
    const m = await page.evaluate((code) => {
      // The first run's phases (a page whose script changes its address
      // may be analysed again, as a single-page site's next page).
      const measures = {};
      const done = performance.getEntriesByName("dramatis:total")[0];
      for (const e of performance.getEntriesByType("measure")) {
        if (!e.name.startsWith("dramatis:")) continue;
        // Starting the worker is measured in pieces (one or two tries).
        if (e.name === "dramatis:start-worker" && e.startTime <= done.startTime + done.duration) {
          measures["start-worker"] = (measures["start-worker"] ?? 0) + e.duration;
        } else {
          measures[e.name.slice(9)] ??= e.duration;
        }
      }
      const time = (fn) => {
        const t0 = performance.now();
        fn();
        return performance.now() - t0;
      };
      // Readability is loaded only now, after our run, so it cannot slow it.
      (0, eval)(code);
      const readerable = time(() => isProbablyReaderable(document));
      const parse = time(() => new Readability(document.cloneNode(true)).parse());
      const article = document.querySelector("dramatis-panel") !== null;
      return { ...measures, readerable, parse, article };
    }, READABILITY);
    const { early, engine } = await page.evaluate(() => ({
      early: performance.getEntriesByName("dramatis:ruled-out-early", "mark").length > 0,
      engine: performance.getEntriesByType("mark").find((e) => e.name.startsWith("dramatis:engine-"))?.name.slice(16),
    }));
    // In the worker (or the background) the analysis leaves the main
    // thread free for the page while it waits.
    rows.push({ ...p, ...m, walk, nodes, early, engine, work: mainThreadWork(m, engine) });
  } catch (error) {
    console.error(`${p.name}: ${error.message.split("\n")[0]}`);
    // Left behind, not awaited: a page busy reloading itself may never
    // answer the close.
    const stuck = page;
    stuck.goto("about:blank", { timeout: 5000 }).catch(() => {}).finally(() => stuck.close().catch(() => {}));
    page = await context.newPage();
  }
}
// The bare walk above runs after the content script's, in a page whose
// nodes JavaScript has touched already: the first touch of a node makes its
// wrapper object, which the content script pays on every page. So the same
// walk is timed again as the first thing run in each page of a tab without
// the extension: the least any script reading the whole DOM pays.
const plain = await chromium.launch({ headless: true, executablePath: "/usr/lib/chromium/chromium", args: [...CHROMIUM_FLAGS, ...jsFlags] });
const plainPage = await plain.newPage();
await plainPage.route((url) => /^https?:/.test(url.protocol) && !url.href.startsWith(origin), (route) => route.abort());
for (const row of rows) {
  try {
    current = row;
    await plainPage.goto(origin + row.path, { waitUntil: "load", timeout: 20000 });
    row.firstWalk = (await plainPage.evaluate(bareWalk)).ms;
  } catch (error) {
    console.error(`${row.name} (without the extension): ${error.message.split("\n")[0]}`);
  }
}
await plain.close();
await close();

const COLUMNS = [
  ["total", "dramatis:total (wall clock, from start to done)"],
  ["instantiate", "  dramatis:instantiate (settings, the wasm's download and compile, the worker's start: mostly waiting)"],
  ["start-worker", "    of which making the analysis worker and handing it the wasm (main thread)"],
  ["read", "  dramatis:read (the page's markup taken: only its metadata where that rules the page out)"],
  ["analyze", "  dramatis:analyze (in the analysis worker, off the main thread; wall clock)"],
  ["apply", "  dramatis:apply (collapse, panel)"],
  ["work", "main-thread work: making the worker + read + apply (+ analyze where it runs on the page's thread)"],
  ["walk", "a bare JS walk of every node (after the content script's)"],
  ["firstWalk", "the same walk, first in a page without the extension"],
  ["readerable", "Readability isProbablyReaderable()"],
  ["parse", "Readability parse()"],
];
const groups = [
  ["pages Dramatis took for articles", rows.filter((r) => r.article)],
  ["pages Dramatis left alone", rows.filter((r) => !r.article)],
];
console.log(`\nContent-script cost in headless Chromium, ms (median / p95), ${rows.length} pages` +
  `${corpus ? ` (fixtures + WCXB sample from ${corpus})` : " (fixtures only)"}` +
  `${jsFlags.length ? `, Chromium run with ${jsFlags.join(" ")}` : ""}\n`);
console.log(`| measure | ${groups.map(([g, r]) => `${g} (${r.length})`).join(" | ")} |`);
console.log(`|---|${groups.map(() => "---:").join("|")}|`);
for (const [key, label] of COLUMNS) {
  const cells = groups.map(([, r]) => {
    const v = r.map((x) => x[key]).filter((x) => x !== undefined);
    return `${quantile(v, 0.5).toFixed(2)} / ${quantile(v, 0.95).toFixed(2)}`;
  });
  console.log(`| ${label} | ${cells.join(" | ")} |`);
}
for (const [g, r] of groups) {
  const ratio = (key) => quantile(r.map((x) => x[key] / x.parse).filter(Number.isFinite), 0.5).toFixed(2);
  console.log(`\n${g}: per page, median of dramatis / Readability parse(): total ${ratio("total")}, ` +
    `main-thread work ${ratio("work")}; median nodes per page ${quantile(r.map((x) => x.nodes), 0.5)}; ` +
    `ruled out from the head alone: ${r.filter((x) => x.early).length}; analysed ` +
    [...new Set(r.map((x) => x.engine))].map((e) => `${r.filter((x) => x.engine === e).length} in the ${e ?? "(unknown)"}`).join(", "));
}
