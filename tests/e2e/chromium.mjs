// End-to-end in real Chromium (Debian's), the extension loaded unpacked:
// every scenario headless, then the real keyboard command headful on the X
// display of xvfb-run (skipped, and said so, without one).
import { chromium } from "playwright-core";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runInBrowser } from "./scenarios.mjs";
import { CHROMIUM_FLAGS } from "./flags.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const extension = resolve(root, "dist/extension");
const out = resolve(root, "tests/e2e/out");
mkdirSync(out, { recursive: true });


/**
 * A fresh profile with the extension; returns the browser interface of
 * scenarios.mjs. Chromium on Linux takes its interface language, which the
 * extension's messages follow, from LANGUAGE (with Debian's chromium-l10n).
 * `console` collects what the page's console says, content scripts
 * included; `quiet` leaves the page's own errors unprinted.
 */
export async function launch(server, { headless, locale, quiet = false, profile: kept = null }) {
  const profile = kept ?? mkdtempSync(join(tmpdir(), "dramatis-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    headless,
    executablePath: "/usr/lib/chromium/chromium",
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    viewport: { width: 1280, height: 900 },
    ...(locale ? { env: { ...process.env, LANGUAGE: locale }, locale } : {}),
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  if (!quiet) page.on("pageerror", (e) => console.log(`     page error: ${e.message}`));
  const said = [];
  page.on("console", (m) => said.push(m.text()));
  return {
    name: "chromium",
    origin: server.origin,
    goto: (path) => page.goto(new URL(path, server.origin).href, { waitUntil: "load" }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    click: (host, inner) => page.locator(host).first().locator(inner).first().click(),
    key: (key) => page.keyboard.press(key),
    focusPage: () => page.bringToFront(),
    screenshot: (name) => page.screenshot({ path: join(out, `chromium-${name}.png`) }),
    // The same handler the toolbar button and the command call, in the worker.
    toggle: () => worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await globalThis.dramatisTogglePanel(tab);
    }),
    openExtensionPage: (path) => page.goto(`chrome-extension://${extensionId}/${path}`),
    readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    setMedia: (media) => page.emulateMedia({ media }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    commands: () => worker.evaluate(() => chrome.commands.getAll()),
    console: said,
    close: async () => {
      await context.close();
      if (!kept) rmSync(profile, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runInBrowser("chromium", launch);
