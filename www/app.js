// The playground: the extension's wasm and panel, run on pasted text or
// HTML, with the quotes marked in the text the analysis read.
import init, { analyzeMarkup, analyzeText, readAttributes, skippedContent } from "./pkg/dramatis.js";
import { pageMarkup } from "./ui/markup.js";
import { Panel } from "./ui/panel.js";
import { toMarkdown } from "./ui/markdown.js";
import { copyText } from "./ui/clipboard.js";

const $ = (id) => document.getElementById(id);
const status = (text) => ($("status").textContent = text);

/** `_locales` messages, with `$1` substitutions, as the extension has them. */
async function loadTranslator() {
  const messages = await (await fetch("messages.json")).json();
  return (key, ...subs) =>
    (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? "");
}

/** Looks like markup rather than prose. */
function isHtml(text) {
  return /^\s*</.test(text) && /<\/(p|div|body|html|article)>/i.test(text);
}

/** The analysis, and the text its offsets count into. */
function analyse(input) {
  if (!isHtml(input)) {
    const result = analyzeText(input);
    return { analysis: { ...result, title: null }, text: input };
  }
  // Read as the content script reads a page: its markup as the browser
  // serializes it, read in the wasm.
  const doc = new DOMParser().parseFromString(input, "text/html");
  const { markup } = pageMarkup(doc, skippedContent(), readAttributes());
  const [analysis] = analyzeMarkup(new TextEncoder().encode(markup), null);
  return { analysis, text: analysis.text.text };
}

/**
 * The analysed text with each quote in a <mark> and each speaker mention in
 * a <b>, built from text nodes only. Spans nest (a quote inside a longer
 * one); one that crosses another's end is cut there. Returns the marks by
 * quote index.
 */
function renderText(container, text, quotes) {
  const chars = [...text];
  const spans = [];
  quotes.forEach((q, i) => {
    spans.push({ start: q.start, end: q.end, tag: "mark", quote: i, kind: q.kind });
    if (q.speaker_start != null) spans.push({ start: q.speaker_start, end: q.speaker_end, tag: "b" });
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const marks = new Map();
  const slice = (from, to) => document.createTextNode(chars.slice(from, to).join(""));
  // Fills `parent` with chars [from, to) and the spans (sorted) inside them.
  const fill = (parent, from, to, inner) => {
    let at = from;
    while (inner.length) {
      const s = inner.shift();
      const end = Math.min(s.end, to);
      if (s.start < at || s.start >= end) continue;
      const children = [];
      while (inner.length && inner[0].start < end) children.push(inner.shift());
      parent.append(slice(at, s.start));
      const el = document.createElement(s.tag);
      if (s.tag === "mark") {
        el.className = s.kind;
        marks.set(s.quote, el);
      }
      fill(el, s.start, end, children);
      parent.append(el);
      at = end;
    }
    parent.append(slice(at, to));
  };
  container.replaceChildren();
  fill(container, 0, chars.length, spans);
  return marks;
}

async function main() {
  await init({ module_or_path: "pkg/dramatis_bg.wasm" });
  const t = await loadTranslator();
  let marks = new Map();
  let current = null;
  const panel = new Panel(document, t, {
    close() {},
    highlight(quote) {
      const mark = marks.get(current.analysis.quotes.indexOf(quote));
      if (!mark) return false;
      for (const m of marks.values()) m.classList.remove("active");
      mark.classList.add("active");
      mark.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
      return true;
    },
    clearHighlight() {
      for (const m of marks.values()) m.classList.remove("active");
    },
    copy: () => copyText(toMarkdown(current.analysis, t), panel.root),
  });

  const run = () => {
    const input = $("input").value;
    if (!input.trim()) return status("Paste some text first.");
    const started = performance.now();
    current = analyse(input);
    const ms = performance.now() - started;
    panel.setAnalysis(current.analysis);
    panel.mount($("result"));
    panel.show();
    marks = renderText($("text"), current.text, current.analysis.quotes);
    $("text-section").hidden = false;
    status(`${current.analysis.actors.length} actors, ${current.analysis.quotes.length} quotes, in ${ms.toFixed(1)} ms.`);
  };

  $("sample").addEventListener("change", async (e) => {
    if (!e.target.value) return;
    $("input").value = await (await fetch(e.target.value)).text();
    run();
  });
  $("run").addEventListener("click", run);
  status("Ready.");
  document.body.dataset.ready = "true";
}

main().catch((error) => status(`Could not start: ${error}`));
