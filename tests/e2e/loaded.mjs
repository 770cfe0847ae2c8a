// What the benchmark and the profiler share: pages served on 127.0.0.1 and
// a headless Chromium with the built extension, warmed up on the first page.
import { chromium } from "playwright-core";
import http from "node:http";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_FLAGS } from "./flags.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Serves `htmlAt(path)` (a path with its query; undefined: 404) and opens
 * Chromium with `dist/extension`; the page at `first` is loaded once,
 * unmeasured, so no figure pays for the browser's cold start. Pages from
 * the corpus point at the whole web: only this server answers. `flags`
 * are more Chromium flags for this run.
 * @returns {{origin: string, context, page, close: () => Promise<void>}}
 */
export async function openWithExtension(htmlAt, first, flags = []) {
  const server = http.createServer((req, res) => {
    const html = htmlAt(req.url);
    if (html === undefined) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const extension = resolve(root, "dist/extension");
  const profile = mkdtempSync(join(tmpdir(), "dramatis-measure-"));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: "/usr/lib/chromium/chromium",
    args: [...CHROMIUM_FLAGS, ...flags, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  await context.route((url) => /^https?:/.test(url.protocol) && !url.href.startsWith(origin), (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(origin + first, { waitUntil: "load" });
  await page.waitForTimeout(500);
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  };
  return { origin, context, page, close };
}

/**
 * The path and query of a corpus page's address, where the benchmark and
 * the soak serve it (the detector reads it); "/" for one the corpus wrote
 * badly.
 */
export function pathOf(url) {
  try {
    const { pathname, search } = new URL(url);
    return pathname + search;
  } catch {
    return "/";
  }
}

/** Readability.js and its readerable check, as one script to run in a page. */
export const READABILITY = ["Readability.js", "Readability-readerable.js"]
  .map((f) => readFileSync(resolve(root, "tests/node_modules/@mozilla/readability", f), "utf8")).join("\n");

/** The `q` quantile of the finite numbers among `values` (NaN if none). */
export function quantile(values, q) {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/**
 * The main thread's share of a page's first run, from its `dramatis:*`
 * measures (`m`, by phase) and where the analysis ran (`engine`, from the
 * `dramatis:engine-*` mark): making the worker, reading and applying, and
 * the analysis only where it ran in the content script itself, as it
 * always did in builds from before the worker, which mark no engine.
 */
export function mainThreadWork(m, engine) {
  const here = engine === "content" || engine == null;
  return (m["start-worker"] ?? 0) + (m.read ?? 0) + (here ? m.analyze ?? 0 : 0) + (m.apply ?? 0);
}
