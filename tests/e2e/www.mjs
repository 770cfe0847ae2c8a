// End-to-end for the project page (dist/www) in headless Chromium: the
// playground runs the bundled sample article through the same wasm and
// panel, offline (every request is answered from dist/www or refused).
import { chromium } from "playwright-core";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_FLAGS } from "./flags.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const www = resolve(root, "dist/www");
const out = resolve(root, "tests/e2e/out");
mkdirSync(out, { recursive: true });
const seed = JSON.parse(readFileSync(resolve(root, "tests/fixtures/seed-article/expected.json")));

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png",
};

const server = http.createServer((req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  if (path.endsWith("/")) path += "index.html";
  const file = join(www, path);
  if (!file.startsWith(www) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: "/usr/lib/chromium/chromium", args: CHROMIUM_FLAGS });
let failed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const offsite = [];
  page.on("request", (r) => !r.url().startsWith(origin) && !r.url().startsWith("data:") && offsite.push(r.url()));
  await page.goto(origin + "/");
  await page.waitForSelector("body[data-ready=true]");
  await page.selectOption("#sample", "samples/seed-article.html");
  await page.waitForFunction(() => document.querySelector("#result dramatis-panel")?.shadowRoot?.querySelector(".actor"));
  const shown = await page.evaluate(() => {
    const root = document.querySelector("#result dramatis-panel").shadowRoot;
    return {
      actors: [...root.querySelectorAll(".actor .name")].map((e) => e.textContent),
      quotes: [...root.querySelectorAll(".quote")].map((q) => ({
        text: q.querySelector(".text").textContent, speaker: q.querySelector(".speaker").textContent })),
      marks: document.querySelectorAll("#text mark").length,
    };
  });
  // Every bundled sample loads and gets a panel with actors.
  const samples = await page.evaluate(() => [...document.querySelectorAll("#sample option")].map((o) => o.value).filter(Boolean));
  const sampleActors = {};
  for (const value of samples) {
    await page.evaluate(() => (document.querySelector("#status").textContent = ""));
    await page.selectOption("#sample", value);
    await page.waitForFunction((v) => document.querySelector("#input").value.length > 0 &&
      document.querySelector("#status").textContent.includes("actors"), value);
    sampleActors[value] = await page.evaluate(() =>
      document.querySelector("#result dramatis-panel").shadowRoot.querySelectorAll(".actor").length);
  }
  await page.selectOption("#sample", "samples/seed-article.html");
  await page.waitForFunction(() => document.querySelector("#result dramatis-panel")?.shadowRoot?.querySelector(".actor"));
  const checks = [
    ["every bundled sample gets a panel with actors", () => {
      assert.ok(samples.length >= 3, `only ${samples.length} samples`);
      assert.deepEqual(Object.entries(sampleActors).filter(([, n]) => n === 0), []);
    }],
    ["every gold person is listed", () => {
      const missing = seed.actors.filter((a) => a.kind === "person").map((a) => a.name).filter((n) => !shown.actors.includes(n));
      assert.deepEqual(missing, []);
    }],
    ["the direct quotes are there with their speakers", () => {
      for (const gold of seed.quotes.filter((q) => q.kind === "direct")) {
        const q = shown.quotes.find((x) => x.text.replace(/\s+/g, " ").startsWith(gold.text.slice(0, 30)));
        assert.ok(q, `missing: ${gold.text.slice(0, 40)}`);
        assert.ok(q.speaker.includes(gold.speaker) || gold.speaker.includes(q.speaker), `speaker ${q.speaker}`);
      }
    }],
    ["every quote is marked in the text", () => assert.equal(shown.marks, shown.quotes.length)],
    ["nothing was fetched from elsewhere", () => assert.deepEqual(offsite, [])],
  ];
  const box = await page.locator("section.playground").boundingBox();
  await page.screenshot({ path: join(out, "www-playground.png"), fullPage: true,
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1000) } });
  for (const [name, check] of checks) {
    try {
      check();
      console.log(`ok   www: ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL www: ${name}\n     ${error.message.split("\n").slice(0, 6).join("\n     ")}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
