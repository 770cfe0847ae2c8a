// What the content script costs in Firefox: its `dramatis:*` phases on the
// articles of a fixed sample of the WCXB corpus, beside Readability.js's
// `parse()` on the same page, in headless Firefox ESR with the built
// extension (`dist/dramatis-firefox.xpi`, or the package given).
//
//   node tests/e2e/bench-firefox.mjs CORPUS_DIR [--every N] [--xpi FILE]
//
// Every N-th article page (default 20), each at its own address's path.
// Set the figures beside each other, not beside Chromium's (`./build.sh
// bench`): the machines' engines differ in more than the extension.
import { Builder } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import http from "node:http";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { READABILITY, mainThreadWork, pathOf, quantile } from "./loaded.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const every = Number(option("--every", 20));
const xpi = resolve(option("--xpi", join(root, "dist/dramatis-firefox.xpi")));
if (!corpus || !existsSync(join(corpus, "ground-truth"))) {
  console.error("usage: node tests/e2e/bench-firefox.mjs CORPUS_DIR [--every N] [--xpi FILE] (the WCXB corpus)");
  process.exit(2);
}

const articles = readdirSync(join(corpus, "ground-truth")).sort()
  .map((f) => ({ id: f.replace(".json", ""), gt: JSON.parse(readFileSync(join(corpus, "ground-truth", f), "utf8")) }))
  .filter(({ gt }) => gt._internal.page_type.primary === "article")
  .filter((_, i) => i % every === 0);

let html = "";
const server = http.createServer((req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;
const geckodriver = execFileSync("sh", ["-c", "command -v geckodriver"]).toString().trim();
const driver = await new Builder()
  .forBrowser("firefox")
  .setFirefoxOptions(new firefox.Options().setBinary("/usr/bin/firefox-esr").addArguments("-headless")
    // Timers to the microsecond, as in Chromium: by default Firefox rounds
    // a page's clock to the millisecond, coarser than what is measured.
    .setPreference("privacy.reduceTimerPrecision", false))
  .setFirefoxService(new firefox.ServiceBuilder(geckodriver))
  .build();
await driver.manage().setTimeouts({ pageLoad: 30000 });
await driver.installAddon(xpi, true);

/** The first run's phases, where the analysis ran, and whether the panel is up. */
const PHASES = `
  const o = {};
  for (const e of performance.getEntriesByType("measure")) if (e.name.startsWith("dramatis:")) o[e.name.slice(9)] ??= e.duration;
  o.engine = performance.getEntriesByType("mark").find((e) => e.name.startsWith("dramatis:engine-"))?.name.slice(16);
  o.article = document.querySelector("dramatis-panel") !== null;
  return o;`;

const rows = [];
try {
  for (const { id, gt } of articles) {
    html = gunzipSync(readFileSync(join(corpus, "html", `${id}.html.gz`))).toString("utf8");
    try {
      await driver.get(origin + pathOf(gt.url));
      let m = {};
      for (const until = Date.now() + 15000; m.total === undefined && Date.now() < until; await driver.sleep(100)) {
        m = await driver.executeScript(PHASES);
      }
      if (m.total === undefined) throw new Error("the content script did not finish within 15 s");
      if (!m.article) continue;
      // Readability is loaded only now, after our run, so it cannot slow it.
      m.parse = await driver.executeScript(`(0, eval)(arguments[0]);
        const t0 = performance.now();
        new Readability(document.cloneNode(true)).parse();
        return performance.now() - t0;`, READABILITY);
      m.work = mainThreadWork(m, m.engine); // (WebDriver gives undefined as null)
      rows.push(m);
    } catch (error) {
      console.error(`${id}: ${String(error.message ?? error).split("\n")[0]}`);
    }
  }
} finally {
  await driver.quit();
  server.close();
}

const median = (values) => quantile(values, 0.5);

console.log(`\nContent-script cost in headless Firefox ESR, ms (median), ${rows.length} pages taken for articles (every ${every}th corpus article)\n`);
console.log("| measure | median |\n|---|---:|");
for (const key of ["total", "instantiate", "start-worker", "read", "analyze", "apply", "work", "parse"]) {
  console.log(`| ${key === "work" ? "main-thread work" : key === "parse" ? "Readability parse()" : `dramatis:${key}`} | ${median(rows.map((r) => r[key])).toFixed(1)} |`);
}
console.log(`\nper page, median of main-thread work / Readability parse(): ${median(rows.map((r) => r.work / r.parse)).toFixed(2)}; ` +
  `analysed ${[...new Set(rows.map((r) => r.engine))].map((e) => `${rows.filter((r) => r.engine === e).length} in the ${e ?? "content script (no engine mark)"}`).join(", ")}`);
