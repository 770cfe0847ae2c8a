// End-to-end in real Firefox ESR (Debian's) through geckodriver, the add-on
// installed as a temporary add-on from the packaged .xpi: every scenario
// headless, then the real keyboard command headful on the X display of
// xvfb-run (skipped, and said so, without one).
import { Builder, By, Key } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runInBrowser } from "./scenarios.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const xpi = resolve(root, "dist/dramatis-firefox.xpi");
const out = resolve(root, "tests/e2e/out");
mkdirSync(out, { recursive: true });
const ADDON_ID = JSON.parse(readFileSync(resolve(root, "extension/manifest.json"), "utf8")).browser_specific_settings.gecko.id;
const geckodriver = execFileSync("sh", ["-c", "command -v geckodriver"]).toString().trim();

/**
 * A fresh profile with the add-on; returns the browser interface of
 * scenarios.mjs. A `locale` other than English needs its language pack
 * (Debian's firefox-esr-l10n-*). With `profile` (a directory the caller
 * keeps) the browser starts on that profile, and the add-on is installed
 * there for good (ESR lets an unsigned one be) when it is not yet: so the
 * next launch on it is the same add-on after a browser restart.
 */
export async function launch(server, { headless, locale, profile = null }) {
  const options = new firefox.Options()
    .setBinary("/usr/bin/firefox-esr")
    .windowSize({ width: 1280, height: 900 })
    // No calls home from the test profile.
    .setPreference("app.update.enabled", false)
    .setPreference("browser.shell.checkDefaultBrowser", false)
    .setPreference("datareporting.policy.dataSubmissionEnabled", false)
    .setPreference("toolkit.telemetry.enabled", false)
    // Every page is the test's own, on 127.0.0.1 or `<name>.localhost`:
    // a system proxy must not see them.
    .setPreference("network.proxy.type", 0);
  // A page's own alert() or confirm() is dismissed and forgotten, as
  // Playwright does in Chromium, instead of failing the next command.
  options.setAlertBehavior("dismiss");
  if (headless) options.addArguments("-headless");
  if (profile) options.addArguments("-profile", profile).setPreference("xpinstall.signatures.required", false);
  if (locale) options.setPreference("intl.locale.requested", locale).setPreference("intl.accept_languages", locale);
  const driver = await new Builder()
    .forBrowser("firefox")
    .setFirefoxOptions(options)
    // System access lets the test click the toolbar button and read prefs,
    // as a user's hands would.
    .setFirefoxService(new firefox.ServiceBuilder(geckodriver).addArguments("--allow-system-access"))
    .build();
  // A page that never finishes loading (one that reloads itself) fails
  // its goto after 30 s, as Playwright's does in Chromium, instead of
  // WebDriver's default 300 s.
  await driver.manage().setTimeouts({ pageLoad: 30000 });
  const installed = profile && existsSync(join(profile, "extensions", `${ADDON_ID}.xpi`));
  const addonId = installed ? ADDON_ID : await driver.installAddon(xpi, !profile);

  /** Runs `script` in the browser's privileged (chrome) context. */
  const privileged = async (script, ...args) => {
    await driver.setContext(firefox.Context.CHROME);
    try {
      return await driver.executeAsyncScript(script, ...args);
    } finally {
      await driver.setContext(firefox.Context.CONTENT);
    }
  };

  return {
    name: "firefox",
    origin: server.origin,
    goto: (path) => driver.get(new URL(path, server.origin).href),
    evaluate: (fn, arg) => driver.executeScript(`return (${fn})(arguments[0]);`, arg),
    click: async (host, inner) => {
      const hostElement = await driver.findElement(By.css(host));
      const target = host === "body"
        ? await driver.findElement(By.css(inner))
        : await (await hostElement.getShadowRoot()).findElement(By.css(inner));
      await target.click();
    },
    key: (key) => driver.actions().sendKeys(Key[key.toUpperCase()] ?? key).perform(),
    focusPage: async () => driver.switchTo().window(await driver.getWindowHandle()),
    screenshot: async (name) => writeFileSync(join(out, `firefox-${name}.png`), await driver.takeScreenshot(), "base64"),
    // A real click on the add-on's toolbar button, pinned to the toolbar as
    // a user would.
    toggle: async () => {
      const clicked = await privileged(
        `const done = arguments[arguments.length - 1];
         const id = arguments[0].replace(/[^a-z0-9_-]/gi, "_") + "-browser-action";
         CustomizableUI.addWidgetToArea(id, CustomizableUI.AREA_NAVBAR);
         const button = document.getElementById(id)?.querySelector("toolbarbutton");
         button?.doCommand();
         done(Boolean(button));`,
        addonId,
      );
      if (!clicked) throw new Error("no toolbar button for the add-on");
    },
    openExtensionPage: async (path) => {
      const host = await privileged(
        `arguments[arguments.length - 1](WebExtensionPolicy.getByID(arguments[0]).mozExtensionHostname);`,
        addonId,
      );
      await driver.get(`moz-extension://${host}/${path}`);
    },
    readClipboard: () => privileged(
      `const done = arguments[arguments.length - 1];
       navigator.clipboard.readText().then(done, (e) => done("clipboard error: " + e));`,
    ),
    setColorScheme: (scheme) => privileged(
      `Services.prefs.setIntPref("layout.css.prefers-color-scheme.content-override", arguments[0] === "dark" ? 0 : 1);
       arguments[arguments.length - 1]();`,
      scheme,
    ),
    // What DevTools' print simulation sets: the tab's CSS media type.
    setMedia: (media) => privileged(
      `gBrowser.selectedBrowser.browsingContext.mediumOverride = arguments[0] ?? "";
       arguments[arguments.length - 1]();`,
      media,
    ),
    setViewport: (width, height) => driver.manage().window().setRect({ width, height }),
    close: () => driver.quit(),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runInBrowser("firefox", launch);
