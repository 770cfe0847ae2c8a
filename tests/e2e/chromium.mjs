// End-to-end in real headless Chromium (Debian's), extension loaded unpacked.
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./server.mjs";
import { runScenarios } from "./scenarios.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const extension = resolve(root, "dist/extension");
const out = resolve(root, "tests/e2e/out");
mkdirSync(out, { recursive: true });

/** Flags for this machine: no sandbox as root, and no calls home. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), "dramatis-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  headless: true,
  executablePath: "/usr/lib/chromium/chromium",
  args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  viewport: { width: 1280, height: 900 },
});
let failed = 1;
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => console.log(`     page error: ${e.message}`));
  const browser = {
    name: "chromium",
    measuresVisible: true,
    goto: (path) => page.goto(server.origin + path, { waitUntil: "load" }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (host, inner) => page.locator(host).first().locator(inner).first().click(),
    screenshot: (name) => page.screenshot({ path: join(out, `chromium-${name}.png`) }),
    // The same handler the toolbar button and the command call, in the worker.
    toggle: () => worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await globalThis.dramatisTogglePanel(tab);
    }),
  };
  failed = await runScenarios(browser);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
