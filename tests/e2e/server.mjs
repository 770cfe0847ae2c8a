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
  window.__probe.violations.push(e.effectiveDirective + " " + e.blockedURI));
document.addEventListener("DOMContentLoaded", () => {
  window.__probe.before = document.documentElement.outerHTML;
});`;

/** A strict policy like many news sites': no inline script, no wasm-unsafe-eval. */
export const STRICT_CSP = "default-src 'self'; img-src 'self' data:";

function withProbe(html) {
  return html.replace(/<head>/i, '<head>\n<script src="/probe.js"></script>');
}

const routes = {
  "/probe.js": () => ({ type: "text/javascript", body: PROBE }),
  "/article": () => ({ body: withProbe(readFileSync(fixtures + "seed-article/page.html", "utf8")) }),
  "/article-strict-csp": () => ({
    body: withProbe(readFileSync(fixtures + "seed-article/page.html", "utf8")),
    headers: { "Content-Security-Policy": STRICT_CSP },
  }),
  "/not-article": () => ({ body: withProbe(readFileSync(fixtures + "product-page/page.html", "utf8")) }),
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
