// Renders extension/icons/icon.svg to the PNG sizes the browsers ask for.
// Run once after changing the SVG: node tests/tools/render-icons.mjs
// (the PNGs are committed; the build does not need this).
import { chromium } from "playwright-core";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const icons = fileURLToPath(new URL("../../extension/icons/", import.meta.url));
const svg = await readFile(icons + "icon.svg", "utf8");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>*{margin:0}img{width:${size}px;height:${size}px;display:block}</style>
    <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}">`);
  await page.screenshot({ path: `${icons}icon-${size}.png`, omitBackground: true });
}
await browser.close();
