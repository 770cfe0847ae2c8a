// What the benchmark and the profiler share: pages served on 127.0.0.1 and
// a headless Chromium with the built extension, warmed up on the first page.
import { chromium } from "playwright-core";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
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
