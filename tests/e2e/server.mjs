// The pages the end-to-end tests visit, served by the test itself on
// 127.0.0.1. Fixture pages get a small probe script that lets the test see,
// from the page, what the DOM was before the extension ran and which CSP
// violations happened.
import http from "node:http";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Runs first in every page: records violations and the DOM at DOMContentLoaded. */
const PROBE = `
window.__probe = { violations: [], before: null };
document.addEventListener("securitypolicyviolation", (e) =>
  window.__probe.violations.push(e.effectiveDirective + " " + e.blockedURI + (e.disposition === "report" ? " (report only)" : "")));
document.addEventListener("DOMContentLoaded", () => {
  window.__probe.before = document.documentElement.outerHTML;
  window.__probe.beforeBody = document.body.outerHTML;
});`;

/**
 * A Piano-style paywall modal two seconds after load: a full-screen backdrop
 * and a dialog appended to <body>, and scrolling locked on <body>.
 */
const LATE_MODAL = `
setTimeout(() => {
  const backdrop = document.createElement("div");
  backdrop.className = "tp-backdrop tp-active";
  backdrop.style.cssText = "position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:9998";
  const modal = document.createElement("div");
  modal.className = "tp-modal";
  modal.setAttribute("role", "dialog");
  modal.setAttribute("aria-modal", "true");
  modal.style.cssText = "position:fixed;top:20%;left:25%;width:50%;background:#fff;padding:24px;z-index:9999";
  modal.innerHTML = '<div class="tp-iframe-wrapper"><h2>Subscribe to keep reading</h2>' +
    '<p>You have reached your limit of free articles this month. Start your free trial: $1 for 4 weeks, then $9.99 per month.</p>' +
    '<button class="tp-cta">Subscribe now</button> <a href="/login">Already a subscriber? Sign in</a></div>';
  document.body.append(backdrop, modal);
  document.body.classList.add("tp-modal-open");
  document.body.style.overflow = "hidden";
  window.__probe.modalShown = true;
}, 2000);`;

/**
 * A newsletter pop-up the page's stylesheet keeps closed (`display: none`
 * by class, invisible to the page model) until the site opens it 1.5 s
 * after load.
 */
const CLOSED_POPUP = `
<style>.nl-popup{display:none}.nl-popup.is-open{display:block;position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px;z-index:50}</style>
<div class="nl-popup" id="nl-popup" role="dialog" aria-label="Newsletter">
<h2>Get our morning newsletter</h2>
<p>The day's top stories, delivered to your inbox every morning. Sign up for free.</p>
<form action="/subscribe"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
</div>
`;
// A sidebar whose newsletter sign-up comes in two pieces side by side, its
// heading box and its form, each collapsed on its own.
const PROMO_IN_PIECES = `
<aside class="sidebar">
<h3>Popular</h3><ul>${Array.from({ length: 10 }, (_, i) => `<li><a href="/s${i}">Story number ${i} about the region and its politics</a></li>`).join("")}</ul>
<div class="newsletter-intro" id="nl-intro"><h3>Subscribe to our newsletter</h3><p>Get the best stories from the region in your inbox every week.</p></div>
<!-- the form -->
<form class="newsletter-form" id="nl-form" action="/subscribe"><input type="email" placeholder="Email address"><button type="submit">Sign up</button></form>
<p>Follow us on <a href="/x">X</a> and <a href="/f">Facebook</a>.</p>
</aside>
`;
const OPEN_POPUP = `
setTimeout(() => {
  document.getElementById("nl-popup").classList.add("is-open");
  window.__probe.popupOpened = true;
}, 1500);`;

/**
 * A single-page site: links marked data-spa fetch their page and swap its
 * head metadata and body in place, then pushState; no new document loads.
 */
const SPA = `
const META = "meta, link[rel=canonical], script[type='application/ld+json']";
function addNav() {
  const nav = document.createElement("nav");
  nav.id = "spa-nav";
  nav.innerHTML = '<a id="spa-story" data-spa data-source="/raw/article" href="/spa/story">Story</a> ' +
    '<a id="spa-shop" data-spa data-source="/raw/not-article" href="/spa">Shop</a>';
  document.body.prepend(nav);
}
document.addEventListener("DOMContentLoaded", addNav);
document.addEventListener("click", async (e) => {
  const link = e.target.closest("a[data-spa]");
  if (!link) return;
  e.preventDefault();
  const html = await (await fetch(link.dataset.source)).text();
  const next = new DOMParser().parseFromString(html, "text/html");
  history.pushState({}, "", link.href);
  document.title = next.title;
  document.head.querySelectorAll(META).forEach((m) => m.remove());
  document.head.append(...next.head.querySelectorAll(META));
  document.body.replaceChildren(...next.body.childNodes);
  addNav();
  window.__probe.navigations = (window.__probe.navigations ?? 0) + 1;
});`;

/**
 * What a page's scripts do to its DOM that its serialization (`outerHTML`,
 * which the content script reads) does not spell out one for one, done at
 * DOMContentLoaded, before the content script runs; the probe's DOM
 * before the extension is taken again after it.
 * - SPLIT_TEXT: every text node of the story's paragraphs cut in two, and
 *   an empty text node first in the body: the serializer joins adjacent
 *   text and writes nothing for an empty node.
 * - ODD_DOM: that, and a script element whose text holds its own end tag
 *   and an element put under a <br>: the serialization reads as another
 *   tree, so the content script writes the page itself.
 */
const SPLIT_TEXT = `
function splitText() {
  for (const p of document.querySelectorAll("p")) {
    for (const t of [...p.childNodes]) if (t.nodeType === 3 && t.length > 20) t.splitText(Math.floor(t.length / 2));
  }
  document.body.prepend(document.createTextNode(""));
}
function retakeProbe() {
  window.__probe.before = document.documentElement.outerHTML;
  window.__probe.beforeBody = document.body.outerHTML;
}
document.addEventListener("DOMContentLoaded", () => {
  splitText();
  retakeProbe();
});`;

const ODD_DOM = `
document.addEventListener("DOMContentLoaded", () => {
  splitText();
  const script = document.createElement("script");
  script.type = "text/plain";
  script.textContent = 'var tail = "</script><div class=\\"promo\\"><p>Subscribe</p></div>";';
  document.body.prepend(script);
  const br = document.createElement("br");
  br.append(document.createElement("span"));
  document.querySelector("article, main, body").append(br);
  retakeProbe();
});`;

/**
 * A page whose scripts never stop changing the DOM while the content script
 * reads and analyses it: from DOMContentLoaded on, for three seconds, a
 * ticker element put first in the body and before the story's first
 * paragraph, every other time one of the first taken out again, and an
 * empty text node first in the body given text: every path into the body
 * shifts meanwhile.
 */
const BUSY_DOM = `
document.addEventListener("DOMContentLoaded", () => {
  const empty = document.createTextNode("");
  document.body.prepend(empty);
  const ticks = (window.__probe.ticks = []);
  const started = performance.now();
  function tick() {
    const n = ticks.length;
    const ticker = document.createElement("div");
    ticker.className = "ticker";
    ticker.textContent = "Markets: tick " + n;
    document.body.prepend(ticker);
    const first = document.querySelector("p");
    first?.parentNode.insertBefore(ticker.cloneNode(true), first);
    if (n % 2) ticker.nextElementSibling?.remove();
    if (n === 5) empty.data = "Breaking: ";
    ticks.push(performance.now());
    if (performance.now() - started < 3000) setTimeout(tick, 1);
  }
  tick();
});`;

/**
 * Takes every wasm memory the renderer process will still reserve, and
 * keeps them: what a long run of pages in one tab leaves behind until the
 * garbage collector frees their instances (each memory reserves gigabytes
 * of address space), so that the content script's instantiate fails.
 */
const NO_WASM_MEMORY_LEFT = `
window.__probe.memories = [];
// SpiderMonkey's out-of-memory ends the script: nothing can catch it.
window.__probe.memoryRefused = "uncatchable";
try {
  for (let i = 0; i < 5000; i++) {
    window.__probe.memories.push(new WebAssembly.Memory({ initial: 1 }));
    window.__probe.made = i + 1;
  }
  window.__probe.memoryRefused = null;
} catch (e) {
  window.__probe.memoryRefused = String(e?.name ?? e);
}`;

/** A strict policy like many news sites': no inline script, no wasm-unsafe-eval. */
export const STRICT_CSP = "default-src 'self'; img-src 'self' data:";

function withProbe(html, ...scripts) {
  const tags = ["/probe.js", ...scripts].map((src) => `<script src="${src}"></script>`).join("\n");
  return html.replace(/<head>/i, `<head>\n${tags}`);
}

/**
 * A fixture page as XHTML (served as `application/xhtml+xml`, parsed as
 * XML): its `outerHTML` is XML's serialization, so the content script
 * writes the page's markup itself. The fixture has no entities and no void
 * elements but `<meta>`.
 */
const asXhtml = (html) =>
  html
    .replace(/<!DOCTYPE html>/i, '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>')
    .replace(/<html([^>]*)>/i, '<html xmlns="http://www.w3.org/1999/xhtml"$1>')
    .replace(/<meta([^>]*?)\s*\/?>/g, "<meta$1/>");

const seedArticle = () => readFileSync(fixtures + "seed-article/page.html", "utf8");

const routes = {
  "/probe.js": () => ({ type: "text/javascript", body: PROBE }),
  "/late-modal.js": () => ({ type: "text/javascript", body: LATE_MODAL }),
  "/article": () => ({ body: withProbe(seedArticle()) }),
  "/article-late-modal": () => ({ body: withProbe(seedArticle(), "/late-modal.js") }),
  "/article-late-modal-strict-csp": () => ({
    body: withProbe(seedArticle(), "/late-modal.js"),
    headers: { "Content-Security-Policy": STRICT_CSP },
  }),
  "/open-popup.js": () => ({ type: "text/javascript", body: OPEN_POPUP }),
  "/article-closed-popup": () => ({
    body: withProbe(seedArticle().replace(/<\/body>/i, CLOSED_POPUP + "</body>"), "/open-popup.js"),
  }),
  "/no-wasm-memory-left.js": () => ({ type: "text/javascript", body: NO_WASM_MEMORY_LEFT }),
  "/article-no-wasm-memory-left": () => ({ body: withProbe(seedArticle(), "/no-wasm-memory-left.js") }),
  // Wasm allowed, and a worker from a blob but not from a data: URL.
  "/article-blob-worker": () => ({
    body: withProbe(seedArticle()),
    headers: { "Content-Security-Policy": "script-src 'self' 'wasm-unsafe-eval'; worker-src blob:" },
  }),
  // Wasm allowed, a worker neither from a blob nor from a data: URL.
  "/article-no-blob-worker": () => ({
    body: withProbe(seedArticle()),
    headers: { "Content-Security-Policy": "script-src 'self' 'wasm-unsafe-eval'" },
  }),
  // A worker from a blob allowed, wasm not (no 'wasm-unsafe-eval').
  "/article-worker-without-wasm": () => ({
    body: withProbe(seedArticle()),
    headers: { "Content-Security-Policy": "script-src 'self'; worker-src blob:" },
  }),
  "/article-strict-csp": () => ({
    body: withProbe(seedArticle()),
    headers: { "Content-Security-Policy": STRICT_CSP },
  }),
  // The strict policy only reported, not enforced, as sites try one out.
  "/article-report-only-csp": () => ({
    body: withProbe(seedArticle()),
    headers: { "Content-Security-Policy-Report-Only": STRICT_CSP },
  }),
  "/split-text.js": () => ({ type: "text/javascript", body: SPLIT_TEXT }),
  "/odd-dom.js": () => ({ type: "text/javascript", body: ODD_DOM }),
  "/busy-dom.js": () => ({ type: "text/javascript", body: BUSY_DOM }),
  "/article-split-text": () => ({ body: withProbe(seedArticle(), "/split-text.js") }),
  "/article-odd-dom": () => ({ body: withProbe(seedArticle(), "/split-text.js", "/odd-dom.js") }),
  "/article-busy-dom": () => ({ body: withProbe(seedArticle(), "/busy-dom.js") }),
  "/xhtml-article": () => ({ type: "application/xhtml+xml; charset=utf-8", body: withProbe(asXhtml(readFileSync(fixtures + "upsell-membership-box/page.html", "utf8"))) }),
  "/article-rtl": () => ({ body: withProbe(seedArticle().replace('dir="ltr"', 'dir="rtl"')) }),
  "/xss": () => ({ body: withProbe(readFileSync(fixtures + "xss-quotes/page.html", "utf8")) }),
  "/many-people": () => ({ body: withProbe(readFileSync(fixtures + "panel-many-people/page.html", "utf8")) }),
  "/promo-in-pieces": () => ({ body: withProbe(seedArticle().replace(/<\/body>/i, PROMO_IN_PIECES + "</body>")) }),
  "/piano-modal": () => ({ body: withProbe(readFileSync(fixtures + "upsell-piano-modal/page.html", "utf8")) }),
  "/membership-box": () => ({ body: withProbe(readFileSync(fixtures + "upsell-membership-box/page.html", "utf8")) }),
  "/german": () => ({ body: withProbe(readFileSync(fixtures + "upsell-sticky-bar/page.html", "utf8")) }),
  "/not-article": () => ({ body: withProbe(readFileSync(fixtures + "product-page/page.html", "utf8")) }),
  "/spa.js": () => ({ type: "text/javascript", body: SPA }),
  "/spa": () => ({ body: withProbe(readFileSync(fixtures + "product-page/page.html", "utf8"), "/spa.js") }),
  "/raw/article": () => ({ body: seedArticle() }),
  "/raw/not-article": () => ({ body: readFileSync(fixtures + "product-page/page.html", "utf8") }),
};

/** Serves the routes on a free port of 127.0.0.1; resolves to {origin, close}. */
export function startServer() {
  const server = http.createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    const { body, type = "text/html; charset=utf-8", headers = {} } = route();
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store", ...headers }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
