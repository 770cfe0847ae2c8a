// End-to-end in real Firefox ESR (Debian's) through geckodriver, the add-on
// installed as a temporary add-on from the packaged .xpi.
import { Builder, By } from "selenium-webdriver";
import firefox from "selenium-webdriver/firefox.js";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./server.mjs";
import { runScenarios } from "./scenarios.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const xpi = resolve(root, "dist/dramatis-firefox.xpi");
const out = resolve(root, "tests/e2e/out");
mkdirSync(out, { recursive: true });
const geckodriver = execFileSync("sh", ["-c", "command -v geckodriver"]).toString().trim();

const server = await startServer();
const options = new firefox.Options()
  .setBinary("/usr/bin/firefox-esr")
  .addArguments("-headless")
  .windowSize({ width: 1280, height: 900 })
  // No calls home from the test profile.
  .setPreference("app.update.enabled", false)
  .setPreference("browser.shell.checkDefaultBrowser", false)
  .setPreference("datareporting.policy.dataSubmissionEnabled", false)
  .setPreference("toolkit.telemetry.enabled", false);
const driver = await new Builder()
  .forBrowser("firefox")
  .setFirefoxOptions(options)
  .setFirefoxService(new firefox.ServiceBuilder(geckodriver).addArguments("--allow-system-access"))
  .build();

let failed = 1;
try {
  const addonId = await driver.installAddon(xpi, true);
  const browser = {
    name: "firefox",
    measuresVisible: false,
    goto: (path) => driver.get(server.origin + path),
    evaluate: (fn, arg) => driver.executeScript(`return (${fn})(arguments[0]);`, arg),
    click: async (host, inner) => {
      const root = await driver.findElement(By.css(host)).getShadowRoot();
      const target = await root.findElement(By.css(inner));
      await target.click();
    },
    screenshot: async (name) => writeFileSync(join(out, `firefox-${name}.png`), await driver.takeScreenshot(), "base64"),
    // A real click on the add-on's toolbar button, pinned to the toolbar as
    // a user would, from the browser's privileged context.
    toggle: async () => {
      await driver.setContext(firefox.Context.CHROME);
      try {
        const clicked = await driver.executeScript(
          `const id = arguments[0].replace(/[^a-z0-9_-]/gi, "_") + "-browser-action";
           CustomizableUI.addWidgetToArea(id, CustomizableUI.AREA_NAVBAR);
           const button = document.getElementById(id)?.querySelector("toolbarbutton");
           button?.doCommand();
           return Boolean(button);`,
          addonId,
        );
        if (!clicked) throw new Error("no toolbar button for the add-on");
      } finally {
        await driver.setContext(firefox.Context.CONTENT);
      }
    },
  };
  failed = await runScenarios(browser);
} finally {
  await driver.quit();
  await server.close();
}
process.exit(failed ? 1 : 0);
