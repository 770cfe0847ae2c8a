// Where the content script spends its time: a CPU profile of every page
// load, taken in headless Chromium with the extension installed, summed
// over pages and printed as the functions with the most self time and the
// most total time (the wasm's functions by name when the build keeps its
// name section, e.g. `wasm-opt -g`).
//
//   node tests/e2e/profile.mjs CORPUS_DIR [--every N] [--filter REGEX] [--under NAME]
//
// `--under NAME` counts only the samples with the function NAME on the stack
// (`--under showArticle`: where applying the results goes).
//
// Pages: the sample article, then every N-th article page of the WCXB
// corpus (default 20). Profiling slows the script down: set the figures
// beside each other, not beside the benchmark's.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { openWithExtension } from "./loaded.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const every = Number(option("--every", 20));
const filter = new RegExp(option("--filter", "."));
const under = option("--under", null);
if (!corpus || !existsSync(join(corpus, "ground-truth"))) {
  console.error("usage: node tests/e2e/profile.mjs CORPUS_DIR [--every N] [--filter REGEX] (the WCXB corpus)");
  process.exit(2);
}

const list = [readFileSync(resolve(root, "tests/fixtures/seed-article/page.html"), "utf8")];
const articles = readdirSync(join(corpus, "ground-truth")).sort().filter((f) => {
  const gt = JSON.parse(readFileSync(join(corpus, "ground-truth", f), "utf8"));
  return gt._internal.page_type.primary === "article";
});
for (let i = 0; i < articles.length; i += every) {
  const id = articles[i].replace(".json", "");
  list.push(gunzipSync(readFileSync(join(corpus, "html", `${id}.html.gz`))).toString("utf8"));
}

const { origin, context, page, close } = await openWithExtension((path) => list[Number(path.slice(1))], "/0");
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
// The first page was loaded once, unprofiled, by openWithExtension.

const selfTime = new Map();
const totalTime = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
const phases = [];
// Samples with the extension's code anywhere on the stack: its work on the
// main thread, with the DOM calls it makes and the collections it sets off.
let extensionTime = 0;
for (let i = 0; i < list.length; i++) {
  await cdp.send("Profiler.start");
  try {
    await page.goto(`${origin}/${i}`, { waitUntil: "load", timeout: 20000 });
    await page.waitForFunction(() => performance.getEntriesByName("dramatis:total").length > 0, null, { timeout: 20000 });
  } catch (error) {
    console.error(`page ${i}: ${error.message.split("\n")[0]}`);
  }
  const { profile } = await cdp.send("Profiler.stop");
  phases.push(await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("measure")
    .filter((e) => e.name.startsWith("dramatis:")).map((e) => [e.name.slice(9), e.duration]))));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id) => {
    const f = byId.get(id).callFrame;
    return `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}`;
  };
  const ours = (id) => byId.get(id).callFrame.url.startsWith("chrome-extension://");
  const within = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.functionName === under) return true;
    return false;
  };
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    if (under && !within(id)) return;
    for (let at = id; at !== undefined; at = parent.get(at)) {
      if (ours(at)) {
        extensionTime += ms;
        break;
      }
    }
    add(selfTime, name(id), ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(at);
      if (!seen.has(key)) add(totalTime, key, ms);
      seen.add(key);
    }
  });
}
await close();

const sum = (key) => phases.reduce((s, p) => s + (p[key] ?? 0), 0).toFixed(0);
console.log(`${list.length} pages profiled; summed phases, ms: read ${sum("read")}, analyze ${sum("analyze")} (wall clock: in the analysis worker it is waiting), apply ${sum("apply")}`);
const idle = /^\((idle|program|root)\)/;
// The page's main thread only: the analysis worker's time is not in it.
const busy = [...selfTime].filter(([k]) => !idle.test(k)).reduce((s, [, ms]) => s + ms, 0);
console.log(`main thread in JavaScript, wasm and the DOM calls they make (not idle, not the browser's own work): ${busy.toFixed(0)} ms summed, ` +
  `of which with the extension's code on the stack ${extensionTime.toFixed(0)} ms`);
for (const [title, map] of [["self time", selfTime], ["total time", totalTime]]) {
  console.log(`\nmost ${title}${under ? ` under ${under}` : ""}, ms summed over the pages`);
  const top = [...map].filter(([k]) => !idle.test(k) && filter.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [key, ms] of top) console.log(`${ms.toFixed(1).padStart(9)}  ${key}`);
}
