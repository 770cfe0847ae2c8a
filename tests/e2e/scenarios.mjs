// What the extension must do in a real browser, written once and run in
// Chromium (Playwright) and Firefox (WebDriver) alike. Each scenario gets a
// browser `b` with: name, goto(path), evaluate(fn, arg) (fn runs in the
// page), click(hostSelector, innerSelector) (a real click, inside a shadow
// root), key(name) (a key press in the focused element), screenshot(name),
// toggle() (the toolbar button / command handler), openExtensionPage(path),
// readClipboard(), setColorScheme("dark"|"light"), setMedia("print"|null)
// (the CSS media type), setViewport(width, height), and in Chromium
// console (the lines the page's console got, content scripts' included;
// tests/e2e/soak.mjs reads them).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "./server.mjs";
import { haveDisplay, keyboardScenario } from "./keys.mjs";
import { onSite } from "./sites.mjs";

const AXE = readFileSync(new URL("../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

const messages = (locale) => JSON.parse(readFileSync(new URL(`../../extension/_locales/${locale}/messages.json`, import.meta.url)));
const [english, german] = [messages("en"), messages("de")];
const seed = JSON.parse(readFileSync(new URL("../fixtures/seed-article/expected.json", import.meta.url)));

// --- page-side probes (run inside the page; must be self-contained) ---------

function panelState() {
  const host = document.querySelector("dramatis-panel");
  if (!host) return null;
  const root = host.shadowRoot;
  return {
    visible: !host.hidden && getComputedStyle(host).display !== "none",
    actors: [...root.querySelectorAll(".actor .name")].map((e) => e.textContent),
    quotes: [...root.querySelectorAll(".quote")].map((q) => ({
      text: q.querySelector(".text").textContent,
      speaker: q.querySelector(".speaker").textContent,
    })),
    promoLine: root.querySelector(".promo-line")?.textContent ?? null,
  };
}

function dramatisMeasures() {
  return performance.getEntriesByType("measure").map((m) => m.name).filter((n) => n.startsWith("dramatis:"));
}

function visibleText() {
  return document.body.innerText.replace(/\s+/g, " ");
}

function domSnapshot() {
  return { before: window.__probe?.before ?? null, now: document.documentElement.outerHTML };
}

// --- helpers --------------------------------------------------------------

const PHASES = ["dramatis:instantiate", "dramatis:read", "dramatis:analyze", "dramatis:apply", "dramatis:total"];

/** Polls `fn` in the page until `accept(result)` holds; returns the result. */
async function waitFor(b, fn, arg, what, accept = Boolean, timeout = 15000) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await b.evaluate(fn, arg);
    if (accept(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the content script has finished its run on this page: its
 * `dramatis:total` measure is in the page's timeline (in Chromium and, since
 * at least ESR 153, in Firefox).
 */
async function contentScriptDone(b) {
  await waitFor(b, () => performance.getEntriesByName("dramatis:total").length > 0, null, "dramatis:total");
}

async function visiblePanel(b) {
  return waitFor(b, panelState, null, "a visible panel with actors", (s) => s?.visible && s.actors.length > 0);
}

/**
 * `path` on a site of its own (default: named after the path). The
 * extension remembers per site where a page's CSP made the analysis start
 * (ui/start-memory.js), so every page served with a CSP is visited on a
 * site of its own, and none of them changes how the next scenario's pages
 * on 127.0.0.1 are analysed.
 */
const ownSite = (b, path, site = path.slice(1)) => onSite(b.origin, site, path);

/** The CSP violations our tries caused (the fixture's own inline <style> is not ours). */
const ourViolations = () => window.__probe.violations.filter((v) => /^(worker-src|script-src) (data|blob|wasm-eval)/.test(v));

const norm = (s) => s.replace(/\s+/g, " ").trim();
const goldPeople = seed.actors.filter((a) => a.kind === "person").map((a) => a.name);

/**
 * Every collapse bar's tooltip says in English what the promo sells and the
 * evidence, built from the identifiers the wasm (or, under a strict CSP,
 * the background) hands over: no message key shows through.
 */
async function assertReasonsSaid(b, count = null) {
  const titles = await b.evaluate(() =>
    [...document.querySelectorAll("dramatis-bar")].map((h) => h.shadowRoot.querySelector(".bar").title));
  if (count != null) assert.equal(titles.length, count);
  for (const title of titles) {
    assert.match(title, /^(subscription promo|newsletter sign-up|membership appeal|premium teaser): \S|^backdrop of a promo modal$/);
    assert.doesNotMatch(title, /reason_|cue_|cuePhrase|cueClass|undefined/);
  }
}

// --- scenarios ------------------------------------------------------------

/** The page's body is what it was before the extension ran (the probe's copy). */
async function assertBodyAsBefore(b) {
  const { beforeBody, body } = await b.evaluate(() => ({ beforeBody: window.__probe.beforeBody, body: document.body.outerHTML }));
  assert.equal(body, beforeBody, "the body is not what it was before the extension ran");
}

/** "Show all" brings every promo back, and the body is what it was before. */
async function assertShowAllGivesBodyBack(b) {
  await b.click("dramatis-panel", ".promo-line button");
  await waitFor(b, () => document.querySelectorAll("dramatis-bar").length, null, "no bars", (n) => n === 0);
  await assertBodyAsBefore(b);
}

/**
 * Every gold promo of a fixture (`expected.json`: the sample article's by
 * default) out of view, every story snippet in view.
 */
async function assertPromosHiddenStoryShown(b, gold = seed) {
  const text = await b.evaluate(visibleText);
  const shown = gold.upsells.map(norm).filter((s) => text.includes(s));
  assert.deepEqual(shown, [], "upsell text still visible");
  const hidden = gold.article.map(norm).filter((s) => !text.includes(s));
  assert.deepEqual(hidden, [], "article text hidden");
}

/**
 * Clicking the quote that opens with `opening` lights its words, which
 * start with `words` (the sample article's "We are happy…" by default).
 */
async function assertQuoteLit(b, opening = "We are happy", words = "We are happy with the dialogue") {
  const index = (await b.evaluate(panelDetails)).quotes.findIndex((q) => q.text.startsWith(opening));
  assert.ok(index >= 0, "the quote is not in the panel");
  await b.click("dramatis-panel", `[data-key="quote:${index}"]`);
  const lit = await waitFor(b, highlightState, null, "a highlight", (s) => s.text !== null);
  assert.ok(norm(lit.text).startsWith(words), `highlighted: ${lit.text}`);
  const quote = (await b.evaluate(panelDetails)).quotes[index].text;
  assert.ok(sameText(lit.text, quote), `highlighted "${lit.text}" for the quote "${quote}"`);
}

/**
 * Turns the options page's global "hide promos" switch from `on` to the
 * other way, checking it read `on` first and the other way after.
 */
async function flipOptionsSwitch(b, on) {
  const everywhere = () => document.getElementById("collapse").checked;
  await b.openExtensionPage("options.html");
  await waitFor(b, everywhere, null, `the options' switch ${on ? "on" : "off"}`, (v) => v === on);
  await b.click("body", "#collapse");
  await waitFor(b, everywhere, null, `the options' switch ${on ? "off" : "on"}`, (v) => v === !on);
}

/** Opens the panel's "why?" and gives its signals' lines, once listed. */
async function openWhy(b) {
  await b.click("dramatis-panel", ".why summary");
  return waitFor(b, () => [...document.querySelector("dramatis-panel").shadowRoot.querySelectorAll(".signals li")]
    .map((li) => li.textContent), null, "the signals of an open \"why?\"", (lines) => lines.length > 0);
}

export const scenarios = [
  {
    name: "the sample article gets the panel with its people",
    async run(b) {
      await b.goto("/article");
      const state = await visiblePanel(b);
      await b.screenshot("article");
      const missing = goldPeople.filter((p) => !state.actors.includes(p));
      assert.deepEqual(missing, [], `people missing from the panel (has: ${state.actors.join(", ")})`);
      // "why?" names the detector's signals by their messages.
      const signals = await openWhy(b);
      const names = Object.entries(english).filter(([k]) => k.startsWith("signal_")).map(([, m]) => m.message);
      for (const line of signals) {
        const name = line.replace(/^[+−] /, "");
        assert.ok(names.some((m) => name === m || name === `no ${m}`), `not a signal's message: ${line}`);
      }
    },
  },
  {
    name: "upsells are collapsed and the story stays visible",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      await assertPromosHiddenStoryShown(b);
      const bars = await b.evaluate(() => document.querySelectorAll("dramatis-bar").length);
      assert.ok(bars > 0, "no collapse bar in the page");
      await assertReasonsSaid(b, bars);
    },
  },
  {
    name: "the toolbar/command handler hides and shows the panel",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      await b.toggle();
      await waitFor(b, () => document.querySelector("dramatis-panel")?.hidden === true, null, "panel hidden");
      await b.toggle();
      await waitFor(b, () => document.querySelector("dramatis-panel")?.hidden === false, null, "panel shown again");
    },
  },
  {
    name: "Show restores one promo, Show all restores the page as it was",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      const barsBefore = await b.evaluate(() => document.querySelectorAll("dramatis-bar").length);
      assert.ok(barsBefore >= 2, `expected several collapsed promos, got ${barsBefore}`);
      const first = seed.upsells.map(norm)[0];
      assert.ok(!(await b.evaluate(visibleText)).includes(first));
      await b.click("dramatis-bar", "button");
      await waitFor(b, () => document.querySelectorAll("dramatis-bar").length, null, "one bar fewer", (n) => n === barsBefore - 1);
      assert.ok((await b.evaluate(visibleText)).includes(first), "the promo did not come back");
      await assertShowAllGivesBodyBack(b);
    },
  },
  ...[
    { path: "/article-split-text", rewritten: false },
    { path: "/article-odd-dom", rewritten: true },
  ].map(({ path, rewritten }) => ({
    name: `a DOM its markup does not spell out one for one (${path}): promos collapsed, the story shown, a quote lit at its words, Show all gives the page back`,
    async run(b) {
      await b.goto(path);
      await visiblePanel(b);
      const marks = await b.evaluate(() => performance.getEntriesByName("dramatis:markup-rewritten").length);
      assert.equal(marks > 0, rewritten, rewritten ? "the page was not written again" : "the page was written again");
      await assertPromosHiddenStoryShown(b);
      await assertQuoteLit(b);
      await b.key("Escape");
      await assertShowAllGivesBodyBack(b);
    },
  })),
  {
    name: "an XHTML article (its outerHTML is XML): its promo collapsed, its story shown, a quote lit at its words, Show all gives the page back",
    async run(b) {
      await b.goto("/xhtml-article");
      await visiblePanel(b);
      const xml = await b.evaluate(() => document.contentType);
      assert.equal(xml, "application/xhtml+xml", "not served as XHTML");
      const gold = JSON.parse(readFileSync(new URL("../fixtures/upsell-membership-box/expected.json", import.meta.url), "utf8"));
      await assertPromosHiddenStoryShown(b, gold);
      await assertQuoteLit(b, "Every time", "Every time we thought we had reached the end");
      await b.key("Escape");
      await assertShowAllGivesBodyBack(b);
    },
  },
  {
    name: "a page whose scripts keep changing the DOM while it is analysed: the promos collapsed are the promos, a quote is lit at its words",
    async run(b) {
      await b.goto("/article-busy-dom");
      await visiblePanel(b);
      // The page changed its DOM between the content script's start and end.
      const overlap = await b.evaluate(() => {
        const [total] = performance.getEntriesByName("dramatis:total");
        const ticks = window.__probe.ticks;
        return ticks.filter((t) => t > total.startTime && t < total.startTime + total.duration).length;
      });
      assert.ok(overlap >= 3, `only ${overlap} changes while the content script ran`);
      await assertPromosHiddenStoryShown(b);
      const tickersHidden = await b.evaluate(
        () => [...document.querySelectorAll(".ticker")].filter((t) => t.closest("[style*='display: none']")).length,
      );
      assert.equal(tickersHidden, 0, "a ticker was collapsed");
      await assertQuoteLit(b);
    },
  },
  ...["/article-late-modal", "/article-late-modal-strict-csp"].map((path) => ({
    name: `a paywall modal injected after load is collapsed and scrolling works again (${path})`,
    async run(b) {
      await b.goto(ownSite(b, path));
      await visiblePanel(b);
      await waitFor(b, () => window.__probe.modalShown === true, null, "the modal to appear");
      const state = await waitFor(b, () => {
        const modal = document.querySelector(".tp-modal");
        const backdrop = document.querySelector(".tp-backdrop");
        return {
          modal: getComputedStyle(modal).display,
          backdrop: getComputedStyle(backdrop).display,
          overflow: getComputedStyle(document.body).overflowY,
        };
      }, null, "the modal to be collapsed", (s) => s.modal === "none" && s.backdrop === "none" && s.overflow !== "hidden");
      assert.equal(state.modal, "none");
      const scrolled = await b.evaluate(() => {
        window.scrollTo(0, 400);
        return window.scrollY;
      });
      assert.ok(scrolled > 0, "the page does not scroll");
      await assertReasonsSaid(b);
    },
  })),
  {
    name: "a promo in pieces, or a run of promos, gets one bar, whose Show brings them all back",
    async run(b) {
      await b.goto("/promo-in-pieces");
      await visiblePanel(b);
      const state = () => {
        const shown = (id) => document.getElementById(id).getClientRects().length > 0;
        const bar = document.getElementById("nl-intro").previousElementSibling;
        return {
          intro: shown("nl-intro"),
          form: shown("nl-form"),
          bar: bar?.localName === "dramatis-bar",
          // The bars between the intro and the end of the sidebar.
          barsAfter: [...document.querySelectorAll(".sidebar dramatis-bar")].length,
        };
      };
      const collapsed = await waitFor(b, state, null, "the sign-up collapsed", (s) => !s.intro && !s.form);
      assert.ok(collapsed.bar, "no bar before the sign-up's first piece");
      assert.equal(collapsed.barsAfter, 1, "a bar for each piece");
      // A run of promos across the story's end: its closing newsletter box
      // (the last thing in <article>) and the membership box after it.
      const run = () => {
        const newsletter = document.querySelector(".block-am-newsletter-cta");
        const membership = document.getElementById("membership-offer");
        return {
          newsletter: newsletter.getClientRects().length > 0,
          membership: membership.getClientRects().length > 0,
          barBefore: newsletter.previousElementSibling?.localName === "dramatis-bar",
          barBetween: membership.previousElementSibling?.localName === "dramatis-bar",
        };
      };
      const closing = await b.evaluate(run);
      assert.deepEqual(closing, { newsletter: false, membership: false, barBefore: true, barBetween: false });
      await b.evaluate(() => document.querySelector(".sidebar").scrollIntoView());
      await b.screenshot("promo-in-pieces");
      await b.evaluate(() => document.querySelector(".sidebar dramatis-bar").shadowRoot.querySelector("button").click());
      const shown = await waitFor(b, state, null, "the sign-up back", (s) => s.intro);
      assert.ok(shown.form, "the form did not come back with its heading");
      assert.equal(shown.barsAfter, 0);
      await b.evaluate(() => document.querySelector(".block-am-newsletter-cta").previousElementSibling.shadowRoot.querySelector("button").click());
      const back = await waitFor(b, run, null, "the closing promos back", (s) => s.newsletter);
      assert.ok(back.membership, "the membership box did not come back with the newsletter box");
    },
  },
  {
    name: "a paywall modal there at load is collapsed, the scroll lock on html and body released, and show all puts both back",
    async run(b) {
      await b.goto("/piano-modal");
      // A French story: the panel has no actors (English only), just the promo line.
      await waitFor(b, panelState, null, "the panel", (p) => p?.visible && p.promoLine !== null);
      const state = () => ({
        modal: getComputedStyle(document.querySelector(".tp-modal")).display,
        html: getComputedStyle(document.documentElement).overflowY,
        body: getComputedStyle(document.body).overflowY,
        bodyStyle: document.body.getAttribute("style"),
        htmlStyle: document.documentElement.getAttribute("style"),
      });
      const collapsed = await waitFor(b, state, null, "the modal to be collapsed", (s) => s.modal === "none");
      assert.notEqual(collapsed.html, "hidden", "html still locks scrolling");
      assert.notEqual(collapsed.body, "hidden", "body still locks scrolling");
      await b.click("dramatis-panel", ".promo-line button");
      const restored = await waitFor(b, state, null, "the modal back", (s) => s.modal !== "none");
      assert.equal(restored.bodyStyle, "overflow: hidden", "the body's own lock is not back");
      assert.equal(restored.htmlStyle, "overflow: hidden", "the html's own lock is not back");
      await assertBodyAsBefore(b);
    },
  },
  {
    name: "a promo the page keeps closed is collapsed without a bar, stays hidden when the site opens it, and comes back with show all",
    async run(b) {
      await b.goto("/article-closed-popup");
      await visiblePanel(b);
      const bars = () => [...document.querySelectorAll("dramatis-bar")].map((bar) => ({
        before: bar.nextElementSibling?.id ?? "",
        shown: bar.getClientRects().length > 0,
      }));
      const state = await b.evaluate(bars);
      const popupBar = state.filter((s) => s.before === "nl-popup");
      assert.equal(popupBar.length, 1, "the closed pop-up was not collapsed");
      assert.equal(popupBar[0].shown, false, "a bar is shown where nothing was");
      const others = state.filter((s) => s.before !== "nl-popup");
      assert.ok(others.length >= 2 && others.every((s) => s.shown), "the promos on screen lost their bars");
      await waitFor(b, () => window.__probe.popupOpened === true, null, "the site to open the pop-up");
      const display = await b.evaluate(() => getComputedStyle(document.getElementById("nl-popup")).display);
      assert.equal(display, "none", "the pop-up opened over the story");
      await b.click("dramatis-panel", ".promo-line button");
      await waitFor(b, () => document.querySelectorAll("dramatis-bar").length, null, "no bars", (n) => n === 0);
      const restored = await b.evaluate(() => ({
        display: getComputedStyle(document.getElementById("nl-popup")).display,
        style: document.getElementById("nl-popup").getAttribute("style"),
      }));
      assert.deepEqual(restored, { display: "block", style: null }, "show all did not give the pop-up back as the site left it");
    },
  },
  {
    name: "a page that is not an article gets no panel and an unchanged DOM",
    async run(b) {
      await b.goto("/not-article");
      await contentScriptDone(b);
      const { before, now } = await b.evaluate(domSnapshot);
      assert.ok(before, "the probe did not record the DOM");
      assert.equal(now, before, "the DOM changed");
      assert.equal(await b.evaluate(() => document.querySelector("dramatis-panel, dramatis-bar")), null);
    },
  },
  {
    name: "a single-page site: a story reached by pushState gets the panel, and leaving it takes everything away",
    async run(b) {
      await b.goto("/spa");
      await contentScriptDone(b);
      const ours = () => document.querySelectorAll("dramatis-panel, dramatis-bar").length;
      assert.equal(await b.evaluate(ours), 0, "the shop page got our elements");
      await b.click("body", "#spa-story");
      const state = await visiblePanel(b);
      for (const name of goldPeople) assert.ok(state.actors.includes(name), `missing ${name} after navigating`);
      const text = await b.evaluate(visibleText);
      assert.deepEqual(seed.upsells.map(norm).filter((s) => text.includes(s)), [], "upsell text still visible");
      assert.deepEqual(seed.article.map(norm).filter((s) => !text.includes(s)), [], "article text hidden");
      await b.screenshot("spa-story");
      await b.click("body", "#spa-shop");
      await waitFor(b, ours, null, "the panel and bars to go with the story", (n) => n === 0);
      assert.equal(await b.evaluate(() => location.pathname), "/spa");
      assert.equal(await b.evaluate(() => window.__probe.navigations), 2);
    },
  },
  {
    name: "the analysis worker ends when idle, and a single-page site's next page starts another",
    async run(b) {
      await b.goto("/spa");
      await contentScriptDone(b);
      const ended = () => performance.getEntriesByName("dramatis:worker-ended", "mark").length;
      await waitFor(b, ended, null, "the idle worker to end", (n) => n === 1, 20000);
      await b.click("body", "#spa-story");
      const state = await visiblePanel(b);
      for (const name of goldPeople) assert.ok(state.actors.includes(name), `missing ${name} after the worker ended`);
    },
  },
  {
    name: "a strict-CSP copy of the article still gets its panel",
    async run(b) {
      await b.goto(ownSite(b, "/article-strict-csp"));
      const state = await visiblePanel(b);
      await b.screenshot("article-strict-csp");
      const missing = goldPeople.filter((p) => !state.actors.includes(p));
      assert.deepEqual(missing, [], "people missing from the panel");
      const violations = await b.evaluate(() => window.__probe.violations);
      if (b.name === "chromium") {
        // Proves the fallback ran: Chromium refused wasm in the content script.
        assert.ok(violations.some((v) => v.includes("wasm-eval")), `no wasm-eval violation: ${violations}`);
      }
      const text = await b.evaluate(visibleText);
      assert.deepEqual(seed.upsells.map(norm).filter((s) => text.includes(s)), [], "upsell text visible");
    },
  },
  {
    name: "the analysis runs in a worker; on the page's thread where the CSP refuses the worker; in the background where it refuses wasm",
    async run(b) {
      // Firefox applies no page CSP to the content script's wasm.
      const strict = b.name === "chromium" ? "background" : "content";
      for (const [path, where] of [["/article", "worker"], ["/article-blob-worker", "worker"], ["/article-no-blob-worker", "content"], ["/article-strict-csp", strict], ["/article-worker-without-wasm", strict]]) {
        await b.goto(ownSite(b, path, `where${path.replaceAll("/", "-")}`));
        const state = await visiblePanel(b);
        const missing = goldPeople.filter((p) => !state.actors.includes(p));
        assert.deepEqual(missing, [], `${path}: people missing from the panel`);
        const engines = await b.evaluate(() => performance.getEntriesByType("mark")
          .filter((e) => e.name.startsWith("dramatis:engine-")).map((e) => e.name.slice(16)));
        assert.deepEqual(engines, [where], `${path}: where the analysis ran`);
        const text = await b.evaluate(visibleText);
        assert.deepEqual(seed.upsells.map(norm).filter((s) => text.includes(s)), [], `${path}: upsell text visible`);
      }
    },
  },
  {
    name: "a site whose CSP refused the worker or wasm is not asked again: its next page starts where the first ended",
    async run(b) {
      const strict = b.name === "chromium" ? "background" : "content";
      for (const [path, where] of [["/article-blob-worker", "worker"], ["/article-no-blob-worker", "content"], ["/article-strict-csp", strict]]) {
        const url = ownSite(b, path, `again${path.replaceAll("/", "-")}`);
        for (const visit of ["first", "second"]) {
          await b.goto(url);
          const state = await visiblePanel(b);
          assert.deepEqual(goldPeople.filter((p) => !state.actors.includes(p)), [], `${path}, ${visit} visit: people missing`);
          const engines = await b.evaluate(() => performance.getEntriesByType("mark")
            .filter((e) => e.name.startsWith("dramatis:engine-")).map((e) => e.name.slice(16)));
          assert.deepEqual(engines, [where], `${path}, ${visit} visit: where the analysis ran`);
          const violations = await b.evaluate(ourViolations);
          // The first visit is refused (that is what the site's next pages
          // are spared); the second asks nothing the CSP refuses.
          if (visit === "first") assert.notDeepEqual(violations, [], `${path}: the first visit was refused nothing`);
          else assert.deepEqual(violations, [], `${path}: the second visit was refused again`);
        }
      }
    },
  },
  {
    name: "a site whose CSP only reports what it would refuse gets each of our reports once, not with every page",
    async run(b) {
      // Chromium's first page reports the data: worker and the compile
      // (then the background reads the site's pages); Firefox's first page
      // the data: worker, its second the blob worker (then its pages are
      // analysed on their own thread).
      const settled = b.name === "chromium" ? "background" : "content";
      const url = ownSite(b, "/article-report-only-csp");
      const reported = [];
      let engines = [];
      for (const visit of [1, 2, 3]) {
        await b.goto(url);
        const state = await visiblePanel(b);
        assert.deepEqual(goldPeople.filter((p) => !state.actors.includes(p)), [], `visit ${visit}: people missing`);
        engines = await b.evaluate(() => performance.getEntriesByType("mark")
          .filter((e) => e.name.startsWith("dramatis:engine-")).map((e) => e.name.slice(16)));
        const reports = await b.evaluate(ourViolations);
        if (visit === 1) assert.notDeepEqual(reports, [], "the policy reported nothing of ours: the premise fails");
        assert.deepEqual(reports.filter((r) => reported.includes(r)), [], `visit ${visit}: reported again`);
        reported.push(...reports);
      }
      assert.deepEqual(engines, [settled], "where the third page was analysed");
      return reported.join(", ");
    },
  },
  {
    name: "with no wasm memory left in the tab's process, the article still gets its panel",
    async run(b) {
      await b.goto("/article-no-wasm-memory-left");
      const { refused, memories } = await b.evaluate(() => ({ refused: window.__probe.memoryRefused, memories: window.__probe.made }));
      // The premise: the page really took all the process would give.
      if (!refused) return `skipped: ${memories} wasm memories and no refusal in this browser`;
      const state = await visiblePanel(b);
      const missing = goldPeople.filter((p) => !state.actors.includes(p));
      assert.deepEqual(missing, [], "people missing from the panel");
      const text = await b.evaluate(visibleText);
      assert.deepEqual(seed.upsells.map(norm).filter((s) => text.includes(s)), [], "upsell text visible");
    },
  },
  {
    name: "phase timings are published as performance measures; a shop page stops after its head",
    async run(b) {
      // A shop page is ruled out from its head: its body is never read.
      for (const [path, early] of [["/article", false], ["/not-article", true]]) {
        await b.goto(path);
        await contentScriptDone(b);
        const names = await b.evaluate(dramatisMeasures);
        assert.deepEqual(PHASES.filter((p) => !names.includes(p)), [], `${path}: measures missing`);
        const marked = await b.evaluate(() => performance.getEntriesByName("dramatis:ruled-out-early", "mark").length > 0);
        assert.equal(marked, early, `${path}: ruled out from its head`);
      }
    },
  },
];

// --- the panel (issue 5) ---------------------------------------------------

function panelDetails() {
  const root = document.querySelector("dramatis-panel")?.shadowRoot;
  if (!root) return null;
  return {
    actors: [...root.querySelectorAll(".actor")].map((a) => ({
      name: a.querySelector(".name").textContent,
      detail: a.querySelector(".detail")?.textContent ?? "",
    })),
    quotes: [...root.querySelectorAll(".quote")].map((q) => ({
      text: q.querySelector(".text").textContent,
      speaker: q.querySelector(".speaker").textContent,
    })),
    elements: [...root.querySelectorAll("*")].map((e) => e.localName),
    lines: [...root.querySelectorAll(".name-line")].map((l) => l.textContent),
  };
}

function highlightState() {
  const h = CSS.highlights?.get("dramatis-quote");
  return {
    text: h ? [...h].map((r) => r.toString()).join(" ") : null,
    scrollY: window.scrollY,
    body: document.body.outerHTML,
  };
}

const goldQuotes = seed.quotes.filter((q) => q.kind === "direct");
const sameText = (a, b) => norm(a).replace(/[“”"]/g, "").startsWith(norm(b).replace(/[“”"]/g, "").slice(0, 40));

export const panelScenarios = [
  {
    name: "panel: the gold actors with their roles, the direct quotes with their speakers",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      const p = await b.evaluate(panelDetails);
      for (const gold of seed.actors.filter((a) => a.kind === "person")) {
        const shown = p.actors.find((a) => a.name === gold.name);
        assert.ok(shown, `actor ${gold.name} missing`);
        assert.ok(shown.detail.toLowerCase().includes(gold.role.toLowerCase()), `${gold.name}: role shown as ${shown.detail}`);
      }
      const countries = seed.actors.filter((a) => a.kind === "country").map((a) => a.name);
      assert.equal(p.lines.length, 1, `name lines: ${p.lines}`);
      assert.ok(p.lines[0].startsWith("Countries: "), p.lines[0]);
      const listed = p.lines[0].slice("Countries: ".length).split(", ");
      for (const country of countries) assert.ok(listed.includes(country), `${country} missing from ${p.lines[0]}`);
      for (const gold of goldQuotes) {
        const shown = p.quotes.find((q) => sameText(q.text, gold.text));
        assert.ok(shown, `quote missing: ${gold.text.slice(0, 50)}`);
        assert.ok(shown.speaker.includes(gold.speaker) || gold.speaker.includes(shown.speaker), `speaker ${shown.speaker} for ${gold.text.slice(0, 30)}`);
      }
    },
  },
  {
    name: "panel: a name the analysis cannot class is listed as named, never as a place",
    async run(b) {
      await b.goto("/membership-box");
      await visiblePanel(b);
      const p = await b.evaluate(panelDetails);
      assert.ok(p.actors.some((a) => a.name === "Elena Morozova"), "the person is missing");
      assert.deepEqual(p.lines, ["Also named: Black Sea"]);
    },
  },
  {
    name: "panel: a long list of people shows the eight most prominent, \"Show 6 more\" unfolds the rest, and a joint statement is listed under each speaker",
    async run(b) {
      await b.goto("/many-people");
      await visiblePanel(b);
      const people = () => {
        const root = document.querySelector("dramatis-panel").shadowRoot;
        const more = root.querySelector('[data-key="more:groupPeople"]');
        return {
          names: [...root.querySelectorAll("#dramatis-list-groupPeople .actor .name")].map((e) => e.textContent),
          more: more && { text: more.textContent, expanded: more.getAttribute("aria-expanded") },
        };
      };
      const folded = await b.evaluate(people);
      assert.equal(folded.names.length, 8, `listed: ${folded.names.join(", ")}`);
      assert.equal(folded.names[0], "Helen Tran", "the quoted mayor is not listed first");
      assert.deepEqual(folded.more, { text: "Show 6 more", expanded: "false" });
      await b.screenshot("panel-many-people-folded");
      await b.click("dramatis-panel", '[data-key="more:groupPeople"]');
      const open = await waitFor(b, people, null, "the whole list", (p) => p.names.length === 14);
      assert.ok(open.names.includes("Mateo Silva"), `listed: ${open.names.join(", ")}`);
      assert.deepEqual(open.more, { text: "Show fewer", expanded: "true" });
      await b.screenshot("panel-many-people-unfolded");
      // The actor whose quotes are shown stays listed when the group folds.
      await b.click("dramatis-panel", '[data-key="actor:Mateo Silva"]');
      await b.click("dramatis-panel", '[data-key="more:groupPeople"]');
      const kept = await waitFor(b, people, null, "the folded list with the selected actor", (p) => p.names.length === 9);
      assert.equal(kept.names.at(-1), "Mateo Silva", `listed: ${kept.names.join(", ")}`);
      assert.deepEqual(kept.more, { text: "Show 5 more", expanded: "false" });
      await b.click("dramatis-panel", '[data-key="actor:Mateo Silva"]');
      await waitFor(b, people, null, "the folded list again", (p) => p.names.length === 8);
      // A place named twice is listed beside the people; one named once
      // in passing is not.
      const { lines } = await b.evaluate(panelDetails);
      assert.deepEqual(lines, ["Also named: Mill Creek Park"]);
      // A statement two members gave together is listed under each of them.
      for (const name of ["Daniel Osei", "Priya Raman"]) {
        await b.click("dramatis-panel", `[data-key="actor:${name}"]`);
        const mine = await waitFor(b, panelDetails, null, `${name}'s quotes`, (p) => p.quotes.length === 2);
        assert.deepEqual(mine.quotes.map((q) => q.speaker), [name, "Daniel Osei and Priya Raman"]);
        await b.click("dramatis-panel", `[data-key="actor:${name}"]`);
        await waitFor(b, panelDetails, null, "all quotes again", (p) => p.quotes.length > 2);
      }
    },
  },
  {
    name: "panel: \"why?\" lists the eight strongest signals, and \"Show N more\" unfolds the rest without closing it",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      const why = () => {
        const root = document.querySelector("dramatis-panel").shadowRoot;
        const more = root.querySelector('[data-key="more:signals"]');
        return {
          open: root.querySelector("details.why").open,
          signals: [...root.querySelectorAll(".signals li")].map((li) => li.textContent),
          more: more && { text: more.textContent, expanded: more.getAttribute("aria-expanded") },
        };
      };
      // Listed only once "why?" is opened (most readers never do).
      assert.equal((await b.evaluate(why)).signals.length, 0, "signals listed before \"why?\" was opened");
      await b.click("dramatis-panel", ".why summary");
      const folded = await waitFor(b, why, null, "an open \"why?\"", (w) => w.open && w.signals.length > 0);
      assert.equal(folded.signals.length, 8, `listed: ${folded.signals.join(", ")}`);
      const hidden = Number(/^Show (\d+) more$/.exec(folded.more?.text ?? "")?.[1]);
      assert.ok(hidden >= 3, `the fold's control: ${JSON.stringify(folded.more)}`);
      await b.click("dramatis-panel", '[data-key="more:signals"]');
      const open = await waitFor(b, why, null, "every signal", (w) => w.signals.length === 8 + hidden);
      assert.ok(open.open, "\"why?\" closed when it unfolded");
      assert.deepEqual(open.signals.slice(0, 8), folded.signals, "the strongest are no longer first");
      assert.deepEqual(open.more, { text: "Show fewer", expanded: "true" });
    },
  },
  {
    name: "a German article: its promos are collapsed, and the panel says why it lists no actors",
    async run(b) {
      await b.goto("/german");
      await waitFor(b, panelState, null, "a visible panel", (s) => s?.visible);
      const p = await b.evaluate(() => {
        const root = document.querySelector("dramatis-panel").shadowRoot;
        return {
          actors: root.querySelectorAll(".actor").length,
          quotes: root.querySelectorAll(".quote").length,
          note: root.querySelector("#dramatis-actors").parentElement.querySelector(".empty")?.textContent ?? "",
          bars: document.querySelectorAll("dramatis-bar").length,
        };
      });
      assert.equal(p.actors + p.quotes, 0, "actors or quotes guessed on a German page");
      assert.ok(p.note.includes("English text only") && p.note.includes("German"), `note: ${p.note}`);
      assert.ok(p.bars > 0, "the German promos were not collapsed");
    },
  },
  {
    name: "panel: clicking an actor shows only that actor's quotes, clicking again shows all",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      const all = (await b.evaluate(panelDetails)).quotes.length;
      await b.click("dramatis-panel", '[data-key="actor:Bashar al-Assad"]');
      const filtered = await waitFor(b, panelDetails, null, "filtered quotes", (p) => p.quotes.length < all);
      assert.ok(filtered.quotes.length > 0, "no quotes for the actor");
      assert.deepEqual([...new Set(filtered.quotes.map((q) => q.speaker))], ["Bashar al-Assad"]);
      await b.click("dramatis-panel", '[data-key="actor:Bashar al-Assad"]');
      await waitFor(b, panelDetails, null, "all quotes again", (p) => p.quotes.length === all);
    },
  },
  {
    name: "panel: clicking a quote scrolls to it and highlights it; Esc removes it; the DOM is untouched",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      const before = await b.evaluate(highlightState);
      assert.equal(before.text, null);
      const index = (await b.evaluate(panelDetails)).quotes.findIndex((q) => q.text.startsWith("We are happy"));
      assert.ok(index >= 0, "the quote is not in the panel");
      await b.click("dramatis-panel", `[data-key="quote:${index}"]`);
      const lit = await waitFor(b, highlightState, null, "a highlight", (s) => s.text !== null);
      assert.ok(norm(lit.text).startsWith("We are happy with the dialogue"), `highlighted: ${lit.text}`);
      await waitFor(b, highlightState, null, "the page to scroll", (s) => s.scrollY > 0);
      await b.key("Escape");
      const after = await waitFor(b, highlightState, null, "the highlight gone", (s) => s.text === null);
      assert.equal(after.body, before.body, "highlighting changed the DOM");
    },
  },
  {
    name: "panel: Copy puts a Markdown summary on the clipboard",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      await b.click("dramatis-panel", '[data-key="copy"]');
      await waitFor(b, () => document.querySelector("dramatis-panel").shadowRoot.querySelector(".status").textContent, null,
        "the copy status", (s) => s.length > 0);
      const md = await b.readClipboard();
      assert.ok(md.startsWith(`# ${seed.title}`), `clipboard starts: ${md.slice(0, 80)}`);
      assert.ok(md.includes(`${b.origin}/article`), "no URL in the summary");
      assert.ok(md.includes("**Bashar al\-Assad**"), "no actor in the summary");
      assert.ok(md.includes("We are happy with the dialogue"), "no quote in the summary");
    },
  },
  {
    name: "panel: quotes that look like markup are shown as text and never run",
    async run(b) {
      await b.goto("/xss");
      await visiblePanel(b);
      const p = await b.evaluate(panelDetails);
      assert.ok(p.quotes.some((q) => q.text.includes("<img src=x onerror=window.__xss=1>")), "the <img> quote is not shown as text");
      assert.ok(p.quotes.some((q) => q.text.includes("</style><script>")), "the </style> quote is not shown as text");
      assert.ok(!p.elements.includes("img") && !p.elements.includes("script"), `markup became elements: ${p.elements}`);
      assert.equal(await b.evaluate(() => window.__xss ?? null), null, "page text ran as code");
    },
  },
  {
    name: "options: turning promo hiding off persists across reloads and applies to pages",
    async run(b) {
      const checkbox = () => document.getElementById("collapse").checked;
      await b.openExtensionPage("options.html");
      await waitFor(b, checkbox, null, "the switch on", (v) => v === true);
      await b.click("body", "#collapse");
      await b.openExtensionPage("options.html");
      assert.equal(await waitFor(b, checkbox, null, "the switch off", (v) => v === false), false);
      await b.goto("/article");
      await visiblePanel(b);
      assert.equal(await b.evaluate(() => document.querySelectorAll("dramatis-bar").length), 0, "promos collapsed anyway");
      await b.openExtensionPage("options.html");
      await b.click("body", "#collapse");
      await waitFor(b, checkbox, null, "the switch on again", (v) => v === true);
      await b.goto("/article");
      await visiblePanel(b);
      assert.ok(await b.evaluate(() => document.querySelectorAll("dramatis-bar").length) > 0, "promos not collapsed again");
    },
  },
  {
    name: "panel: the site switch off shows the site's promos, on its next pages too; on again hides them",
    async run(b) {
      // On a site of its own: the choice is kept per site.
      const article = ownSite(b, "/article", "site-switch");
      const state = () => ({
        bars: document.querySelectorAll("dramatis-bar").length,
        on: document.querySelector("dramatis-panel")?.shadowRoot.querySelector('[data-key="site-switch"]')?.checked ?? null,
      });
      await b.goto(article);
      await visiblePanel(b);
      const bars = (await b.evaluate(state)).bars;
      assert.ok(bars >= 2, `expected several collapsed promos, got ${bars}`);
      await b.click("dramatis-panel", '[data-key="site-switch"]');
      await waitFor(b, state, null, "the promos shown, the switch off", (s) => s.bars === 0 && s.on === false);
      await assertBodyAsBefore(b);
      await b.goto(article);
      await visiblePanel(b);
      assert.deepEqual(await b.evaluate(state), { bars: 0, on: false }, "the site's next page collapsed its promos");
      await b.click("dramatis-panel", '[data-key="site-switch"]');
      await waitFor(b, state, null, "the promos hidden again", (s) => s.bars === bars && s.on === true);
      await b.goto(article);
      await visiblePanel(b);
      assert.deepEqual(await b.evaluate(state), { bars, on: true }, "the switch on again was not kept");
      // With promo hiding off everywhere (the options page), the site's
      // switch turns it on for that site alone.
      await flipOptionsSwitch(b, true);
      try {
        await b.goto(article);
        await visiblePanel(b);
        assert.deepEqual(await b.evaluate(state), { bars: 0, on: false }, "promos hidden though switched off everywhere");
        await b.click("dramatis-panel", '[data-key="site-switch"]');
        await waitFor(b, state, null, "the site's promos hidden", (s) => s.bars === bars && s.on === true);
        await b.goto(article);
        await visiblePanel(b);
        assert.deepEqual(await b.evaluate(state), { bars, on: true }, "the site's own choice lost to the options' switch");
        await b.goto("/article");
        await visiblePanel(b);
        assert.equal(await b.evaluate(() => document.querySelectorAll("dramatis-bar").length), 0, "another site's promos hidden");
      } finally {
        await flipOptionsSwitch(b, false);
      }
    },
  },
  {
    name: "panel: \"Never on this site\" gives the page back and leaves the site's next pages alone; asked for there, the panel turns it on again, as forgetting the site in the options does",
    async run(b) {
      const article = ownSite(b, "/article", "never-here");
      const host = new URL(article).hostname;
      const shown = () => ({
        panel: document.querySelector("dramatis-panel") !== null,
        bars: document.querySelectorAll("dramatis-bar").length,
      });
      const off = () => {
        const root = document.querySelector("dramatis-panel")?.shadowRoot;
        return root?.querySelector('[data-key="turn-on"]') ? root.querySelector(".empty").textContent : null;
      };
      const neverHere = async () => {
        await b.click("dramatis-panel", '[data-key="never"]');
        await waitFor(b, shown, null, "no panel and no bars", (s) => !s.panel && s.bars === 0);
      };
      const turnOnHere = async (screenshot) => {
        await b.toggle();
        assert.match(await waitFor(b, off, null, "the panel saying Dramatis is off", (text) => text !== null), /off on this site/);
        if (screenshot) await b.screenshot("panel-off");
        await b.click("dramatis-panel", '[data-key="turn-on"]');
        await visiblePanel(b);
        assert.ok((await b.evaluate(shown)).bars >= 2, "the site's promos were not hidden once it was turned on");
      };
      await b.goto(article);
      await visiblePanel(b);
      assert.ok((await b.evaluate(shown)).bars >= 2, "the site's promos were not hidden to begin with");
      await neverHere();
      await assertBodyAsBefore(b);
      // Turned on again in the same page, from the panel the toolbar brings
      // up, with the engine the page loaded (its wasm download is read once).
      await turnOnHere(false);
      const engines = await b.evaluate(() => performance.getEntriesByType("mark").filter((m) => m.name.startsWith("dramatis:engine-")).map((m) => m.name));
      assert.equal(engines.length, 1, `engines loaded: ${engines.join(", ")}`);
      await b.goto(article);
      await visiblePanel(b);
      assert.ok((await b.evaluate(shown)).bars >= 2, "turned on, the site's next page was left alone");
      await neverHere();
      await b.goto(article);
      await waitFor(b, () => performance.getEntriesByName("dramatis:never").length, null, "the run ended as the site is off", (n) => n > 0);
      assert.deepEqual(await b.evaluate(shown), { panel: false, bars: 0 });
      await assertBodyAsBefore(b);
      // On a page loaded with the site off.
      await turnOnHere(true);
      // Off again; the options page lists the site as off, and forgetting
      // it turns it on.
      await neverHere();
      await b.openExtensionPage("options.html");
      const listed = (id) => document.getElementById(id)?.checked ?? null;
      assert.equal(await waitFor(b, listed, `never-${host}`, "the site in the options", (v) => v !== null), true);
      await b.evaluate((id) => document.getElementById(id).parentElement.querySelector(".remove").click(), `never-${host}`);
      await waitFor(b, listed, `never-${host}`, "the site forgotten", (v) => v === null);
      await b.goto(article);
      await visiblePanel(b);
      assert.ok((await b.evaluate(shown)).bars >= 2, "the site's promos were not hidden once it was forgotten");
      // (Last: a screenshot can leave `style=""` on the page's inputs.)
      await b.evaluate(() => {
        const panel = document.querySelector("dramatis-panel").shadowRoot.querySelector(".panel");
        panel.scrollTop = panel.scrollHeight;
      });
      await b.screenshot("panel-foot");
    },
  },
  {
    name: "settings synced from another device apply to this device's next page",
    async run(b) {
      const article = ownSite(b, "/article", "synced");
      const host = new URL(article).hostname;
      // What the browser's sync would write: the sites map as the other
      // device has it, this device's sites plus one switched off there.
      const sync = (site) => b.evaluate(async ([host, site]) => {
        const storage = (globalThis.browser ?? globalThis.chrome).storage;
        const { sites = {} } = await storage.local.get("sites");
        if (site) sites[host] = site;
        else delete sites[host];
        await storage.sync.set({ sites });
        // The background copies it where pages read it.
        for (let i = 0; i < 100; i++) {
          const now = (await storage.local.get("sites")).sites ?? {};
          if (JSON.stringify(now[host] ?? null) === JSON.stringify(site)) return true;
          await new Promise((r) => setTimeout(r, 50));
        }
        return false;
      }, [host, site]);
      const bars = () => document.querySelectorAll("dramatis-bar").length;
      await b.goto(article);
      await visiblePanel(b);
      assert.ok(await b.evaluate(bars) >= 2, "the site's promos were not hidden to begin with");
      // A device where the reader has made choices: the global switch
      // turned off and on again on the options page.
      await flipOptionsSwitch(b, true);
      await flipOptionsSwitch(b, false);
      await b.openExtensionPage("options.html");
      assert.ok(await sync({ collapse: false }), "what sync brought was not copied to this device's settings");
      try {
        await b.goto(article);
        await visiblePanel(b);
        assert.equal(await b.evaluate(bars), 0, "the choice synced from the other device did not apply");
      } finally {
        await b.openExtensionPage("options.html");
        assert.ok(await sync(null), "the synced choice was not taken back");
      }
      await b.goto(article);
      await visiblePanel(b);
      assert.ok(await b.evaluate(bars) >= 2, "the site's promos were not hidden again");
    },
  },
  {
    name: "panel: dark mode follows prefers-color-scheme",
    async run(b) {
      await b.setColorScheme("dark");
      try {
        await b.goto("/article");
        await visiblePanel(b);
        const bg = await b.evaluate(() =>
          getComputedStyle(document.querySelector("dramatis-panel").shadowRoot.querySelector(".panel")).backgroundColor);
        const [r, g, bl] = bg.match(/\d+/g).map(Number);
        assert.ok(r + g + bl < 150, `panel background is not dark: ${bg}`);
        await b.screenshot("panel-dark");
      } finally {
        await b.setColorScheme("light");
      }
    },
  },
  {
    name: "printed, the article has neither the panel nor the collapse bars, and its promos stay hidden",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      const shown = () => {
        const displayed = (e) => getComputedStyle(e).display !== "none";
        const bars = [...document.querySelectorAll("dramatis-bar")];
        const collapsed = [...document.querySelectorAll("[style]")]
          .filter((e) => e.style.getPropertyValue("display") === "none" && e.style.getPropertyPriority("display") === "important");
        return {
          panel: displayed(document.querySelector("dramatis-panel")),
          bars: bars.length,
          barsShown: bars.filter(displayed).length,
          promosShown: collapsed.filter(displayed).length,
          storyShown: [...document.querySelectorAll("article p")].filter(displayed).length,
        };
      };
      const screen = await b.evaluate(shown);
      assert.ok(screen.panel && screen.bars > 0 && screen.barsShown === screen.bars, `on screen: ${JSON.stringify(screen)}`);
      await b.setMedia("print");
      try {
        const paper = await b.evaluate(shown);
        assert.equal(paper.panel, false, "the panel prints over the story");
        assert.equal(paper.barsShown, 0, `${paper.barsShown} collapse bars print`);
        assert.equal(paper.promosShown, 0, "a collapsed promo prints");
        assert.equal(paper.storyShown, screen.storyShown, "story paragraphs missing on paper");
        await b.screenshot("article-print");
      } finally {
        await b.setMedia(null);
      }
      assert.deepEqual(await b.evaluate(shown), screen, "back on screen, the panel and the bars are not as they were");
    },
  },
  {
    name: "panel: on a narrow screen it is a bottom sheet",
    async run(b) {
      await b.setViewport(390, 800);
      try {
        await b.goto("/article");
        await visiblePanel(b);
        const box = await b.evaluate(() => {
          const r = document.querySelector("dramatis-panel").getBoundingClientRect();
          // clientWidth/Height: the viewport without scrollbars, which fixed elements fill.
          const { clientWidth: width, clientHeight: height } = document.documentElement;
          return { left: r.left, right: r.right, bottom: r.bottom, width, height };
        });
        assert.ok(box.left <= 1 && box.right >= box.width - 1, `not full width: ${JSON.stringify(box)}`);
        assert.ok(Math.abs(box.bottom - box.height) <= 1, `not at the bottom: ${JSON.stringify(box)}`);
        await b.screenshot("panel-narrow");
      } finally {
        await b.setViewport(1280, 900);
      }
    },
  },
];

/**
 * axe-core, WCAG 2.1 A and AA rules, on the whole page; only results inside
 * our own elements (the panel, the collapse bars, in their shadow roots)
 * count: the page's own markup is not ours to judge.
 */
async function axeViolations(b) {
  await b.evaluate((src) => (0, eval)(src), AXE);
  return b.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] });
    const ours = (node) => Array.isArray(node.target[0]) && node.target[0][0].startsWith("dramatis-");
    return {
      checked: result.passes.reduce((n, p) => n + p.nodes.filter(ours).length, 0),
      violations: result.violations.flatMap((v) => v.nodes.filter(ours).map((n) => `${v.id}: ${v.help} at ${n.target.flat().join(" ")}`)),
    };
  });
}

export const accessibilityScenarios = [
  {
    name: "panel and collapse bars: no WCAG 2.1 AA violations (axe-core), light and dark",
    async run(b) {
      for (const scheme of ["light", "dark"]) {
        await b.setColorScheme(scheme);
        try {
          await b.goto("/article");
          await visiblePanel(b);
          await b.click("dramatis-panel", "summary");
          const { checked, violations } = await axeViolations(b);
          assert.ok(checked > 20, `axe checked only ${checked} nodes: is it looking at the panel?`);
          assert.deepEqual(violations, [], `${scheme} scheme`);
        } finally {
          await b.setColorScheme("light");
        }
      }
    },
  },
  {
    name: "panel: every control is reached with Tab and works with the keyboard",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      const focused = () => document.querySelector("dramatis-panel").shadowRoot.activeElement?.dataset.key ?? null;
      // "why?" open, so that its own control (its signals' fold) is shown too.
      await b.click("dramatis-panel", ".why summary");
      await waitFor(b, () => document.querySelector("dramatis-panel").shadowRoot.querySelector("details.why").open,
        null, "an open \"why?\"", (open) => open);
      const expected = await b.evaluate(() => [...document.querySelector("dramatis-panel").shadowRoot
        .querySelectorAll("button[data-key], summary[data-key], input[data-key]")].map((e) => e.dataset.key));
      await b.evaluate(() => document.querySelector("dramatis-panel").shadowRoot.querySelector("[data-key=copy]").focus());
      // Tab until every control was reached (stopping there: one more Tab
      // would leave the page for the browser's own toolbar).
      const seen = [];
      for (let i = 0; i < expected.length + 5 && expected.some((k) => !seen.includes(k)); i++) {
        const key = await b.evaluate(focused);
        if (key === null) break;
        if (!seen.includes(key)) seen.push(key);
        if (expected.every((k) => seen.includes(k))) break;
        await b.key("Tab");
      }
      assert.deepEqual(expected.filter((k) => !seen.includes(k)), [], `not reached with Tab (reached: ${seen.join(", ")})`);
      // Enter on an actor filters, like a click.
      const actor = seen.find((k) => k.startsWith("actor:"));
      assert.ok(actor, "no quoted actor to filter by");
      await b.evaluate((k) => document.querySelector("dramatis-panel").shadowRoot.querySelector(`[data-key="${k}"]`).focus(), actor);
      await b.key("Enter");
      await waitFor(b, (k) => document.querySelector("dramatis-panel").shadowRoot
        .querySelector(`[data-key="${k}"]`)?.getAttribute("aria-pressed"), actor, "the actor pressed", (v) => v === "true");
    },
  },
  {
    name: "panel: open or closed is remembered per site",
    async run(b) {
      await b.goto("/article");
      await visiblePanel(b);
      await b.click("dramatis-panel", '[data-key="close"]');
      await b.goto("/article");
      await contentScriptDone(b);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await b.evaluate(() => document.querySelector("dramatis-panel")?.hidden ?? true), true, "panel open after closing it");
      await b.toggle();
      await visiblePanel(b);
      await b.goto("/article");
      await visiblePanel(b);
    },
  },
  {
    name: "panel: docks on the left of a right-to-left page",
    async run(b) {
      await b.goto("/article-rtl");
      await visiblePanel(b);
      const box = await b.evaluate(() => {
        const r = document.querySelector("dramatis-panel").getBoundingClientRect();
        return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
      });
      assert.ok(box.left < 40 && box.right < box.width / 2, `not docked left: ${JSON.stringify(box)}`);
    },
  },
];

/**
 * Run in a browser whose interface is in German (`launch(server, {locale:
 * "de"})`): what the extension writes into pages and its own pages follow
 * the browser's language, counts included.
 */

export const germanScenario = {
  name: "in a German browser the bars, the panel and the options page are in German",
  async run(b) {
    await b.goto("/article");
    await visiblePanel(b);
    const seen = () => {
      const root = document.querySelector("dramatis-panel").shadowRoot;
      const bar = document.querySelector("dramatis-bar");
      return {
        bars: document.querySelectorAll("dramatis-bar").length,
        // What the bars hide: a promo in pieces, or a run of promos, shares
        // one bar, and the panel counts the promos.
        hidden: [...document.body.querySelectorAll("*")]
          .filter((e) => e.style.getPropertyValue("display") === "none" && e.style.getPropertyPriority("display") === "important").length,
        bar: bar?.shadowRoot.querySelector(".label").textContent ?? null,
        barButton: bar?.shadowRoot.querySelector("button").textContent ?? null,
        barLang: bar?.lang ?? null,
        panelLang: document.querySelector("dramatis-panel").lang,
        quoteLang: root.querySelector(".quote .text")?.lang ?? null,
        heading: root.querySelector("#dramatis-actors").textContent,
        promos: root.querySelector(".promo-line span")?.textContent ?? null,
        barTitles: [...document.querySelectorAll("dramatis-bar")].map((h) => h.shadowRoot.querySelector(".bar").title),
      };
    };
    const before = await b.evaluate(seen);
    await b.screenshot("article-de");
    assert.ok(before.bars >= 2, `expected several collapsed promos, got ${before.bars}`);
    assert.equal(before.bar, "Abo-Werbung ausgeblendet");
    assert.equal(before.barButton, "Zeigen");
    assert.equal(before.heading, "Akteure");
    assert.ok(before.hidden >= before.bars, `${before.hidden} promos hidden behind ${before.bars} bars`);
    assert.equal(before.promos, `${before.hidden} Werbeblöcke ausgeblendet`);
    assert.deepEqual([before.barLang, before.panelLang, before.quoteLang], ["de", "de", "en"], "lang attributes");
    // What the wasm names by identifier is said in German: every signal of
    // "why?" is a German signal message, and every bar's tooltip names what
    // the promo sells in German.
    const signalNames = Object.entries(german).filter(([k]) => k.startsWith("signal_")).map(([, m]) => m.message);
    for (const line of await openWhy(b)) {
      const name = line.replace(/^[+−] /, "");
      assert.ok(signalNames.some((m) => name === m || name === `ohne ${m}`), `signal not in German: ${line}`);
    }
    const kinds = Object.entries(german).filter(([k]) => k.startsWith("reason_")).map(([, m]) => m.message);
    for (const title of before.barTitles) {
      assert.ok(kinds.some((k) => title.startsWith(`${k}: `)) || title === german.reasonBackdrop.message, `bar tooltip not in German: ${title}`);
      assert.ok(!/email field|class “/.test(title), `English cue in: ${title}`);
    }
    await b.screenshot("article-de-why");
    // Down to one hidden promo: the singular. The last bars go first (the
    // sample article ends on a run of two promos under one bar).
    for (let n = before.bars; n > 1; n--) {
      await b.evaluate(() => [...document.querySelectorAll("dramatis-bar")].at(-1).shadowRoot.querySelector("button").click());
      await waitFor(b, () => document.querySelectorAll("dramatis-bar").length, null, "one bar fewer", (m) => m === n - 1);
    }
    const last = await waitFor(b, seen, null, "the promo line", (s) => s.bars === 1);
    assert.equal(last.hidden, 1, "the first bar hides one promo");
    assert.equal(last.promos, "1 Werbeblock ausgeblendet");

    await b.goto("/german");
    const note = await waitFor(b, () => {
      const host = document.querySelector("dramatis-panel");
      return host && !host.hidden ? host.shadowRoot.querySelector(".empty")?.textContent : null;
    }, null, "the panel's note on a German page");
    assert.equal(note, "Akteure und Zitate werden nur in englischen Texten erkannt; diese Seite ist auf Deutsch.");

    await b.openExtensionPage("options.html");
    const options = await waitFor(b, () => ({ lang: document.documentElement.lang, title: document.querySelector("h1").textContent }),
      null, "the options page", (o) => o.lang === "de");
    assert.equal(options.title, "Dramatis-Einstellungen");
  },
};

/**
 * Across a browser restart: `browsers.relaunch(profile)` starts the browser
 * on a profile directory the scenario keeps (the extension in it as a
 * reader's would be), and each browser is closed before the next starts.
 */
const restartScenario = {
  name: "what a site's CSP refused is remembered for the browser session only: after a restart its first page asks again",
  async run({ relaunch }) {
    const profile = mkdtempSync(join(tmpdir(), "dramatis-restart-"));
    const visits = [];
    try {
      for (const pages of [2, 1]) {
        const b = await relaunch(profile);
        try {
          const url = ownSite(b, "/article-no-blob-worker", "restart");
          for (let i = 0; i < pages; i++) {
            await b.goto(url);
            const state = await visiblePanel(b);
            assert.deepEqual(goldPeople.filter((p) => !state.actors.includes(p)), [], `visit ${visits.length + 1}: people missing`);
            visits.push(await b.evaluate(ourViolations));
          }
        } finally {
          await b.close();
        }
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const [first, second, afterRestart] = visits;
    assert.notDeepEqual(first, [], "the first visit was refused nothing: the premise fails");
    assert.deepEqual(second, [], "the second visit, in the same session, was refused again");
    assert.deepEqual(afterRestart, first, "after the restart the site's first page did not ask again (the memory outlived the session)");
  },
};

/** Runs every scenario, reports each, and returns the number that failed. */
export async function runScenarios(b, only = [...scenarios, ...panelScenarios, ...accessibilityScenarios]) {
  let failed = 0;
  // E2E_ONLY=text runs only the scenarios whose name contains it (for development).
  const filter = process.env.E2E_ONLY;
  for (const s of only.filter((x) => !filter || x.name.includes(filter))) {
    const started = Date.now();
    try {
      const note = await s.run(b);
      console.log(`ok   ${b.name}: ${s.name}${note ? ` (${note})` : ""} [${Date.now() - started} ms]`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${b.name}: ${s.name}\n     ${String(error.stack ?? error).split("\n").slice(0, 6).join("\n     ")}`);
    }
  }
  return failed;
}

/**
 * The whole end-to-end run in one browser: every scenario in a headless
 * instance, the German one in a headless instance in German, then the real
 * keyboard command in a headful one on the X display of xvfb-run (skipped,
 * and said so, without one). `launch(server, {headless, locale})` returns
 * the browser interface described at the top, its interface in `locale`
 * when given. Exits the process with the outcome.
 */
export async function runInBrowser(name, launch) {
  const server = await startServer();
  let failed = 0;
  try {
    const runs = [[true, undefined], [true, [germanScenario], "de"], [false, [keyboardScenario]]];
    for (const [headless, list, locale] of runs) {
      if (!headless && !haveDisplay) {
        console.log(`skip ${name}: ${keyboardScenario.name} (no X display; ./build.sh test runs this under xvfb-run)`);
        continue;
      }
      const b = await launch(server, { headless, locale });
      try {
        failed += await runScenarios(b, list);
      } finally {
        await b.close();
      }
    }
    const relaunch = (profile) => launch(server, { headless: true, profile });
    failed += await runScenarios({ name, relaunch }, [restartScenario]);
  } finally {
    await server.close();
  }
  process.exit(failed ? 1 : 0);
}
