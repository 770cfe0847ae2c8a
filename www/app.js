// The playground: the extension's wasm and panel, run on pasted text or HTML.
import init, { Session, analyzeText } from "./pkg/dramatis.js";
import { Panel } from "./ui/panel.js";

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

function analyse(input) {
  if (!isHtml(input)) return analyzeText(input);
  const doc = new DOMParser().parseFromString(input, "text/html");
  const session = Session.read(doc, null);
  try {
    return session.analyze();
  } finally {
    session.free();
  }
}

async function main() {
  await init({ module_or_path: "pkg/dramatis_bg.wasm" });
  const t = await loadTranslator();
  const panel = new Panel(document, t, { showAllUpsells() {}, close() {} });

  const run = () => {
    const input = $("input").value;
    if (!input.trim()) return status("Paste some text first.");
    const started = performance.now();
    const analysis = analyse(input);
    panel.render(analysis, 0);
    panel.mount($("result"));
    panel.show();
    status(`Analysed in ${(performance.now() - started).toFixed(1)} ms.`);
  };

  $("sample").addEventListener("change", async (e) => {
    if (!e.target.value) return;
    $("input").value = await (await fetch(e.target.value)).text();
    run();
  });
  $("run").addEventListener("click", run);
  status("Ready.");
}

main().catch((error) => status(`Could not start: ${error}`));
