// Dramatis background: a service worker in Chromium, an event page in
// Firefox, from the same classic script (the build bundles its imports:
// ./build.sh writes dist/extension/bg.js with no ES-module syntax left).
//
// It does three things: turns the toolbar button and the keyboard command
// into a "toggle" message for the tab's content script; when a page's CSP
// stops Chromium from compiling wasm in the content script, runs the same
// wasm here on the page the content script encoded; and copies the
// settings sync brings into the storage pages read (ui/settings.js).

/* global wasm_bindgen */
import { mirrorSync } from "./ui/settings.js";

const api = globalThis.browser ?? globalThis.chrome;
mirrorSync(api);

// Chromium's service worker must load the wasm-bindgen glue synchronously at
// start; Firefox's event page gets it from manifest `background.scripts`.
if (typeof importScripts === "function" && typeof wasm_bindgen === "undefined") {
  importScripts("pkg/dramatis_worker.js");
}

// Where the analysis had to start on each site, as the content scripts
// remember it for the session (ui/start-memory.js, key "starts"): Chromium's
// `storage.session` is closed to them unless opened here; where they keep it
// in `storage.local` instead (Firefox), it is emptied at every browser start.
api.storage.session?.setAccessLevel?.({ accessLevel: "TRUSTED_AND_UNTRUSTED_CONTEXTS" }).catch(() => {});
api.runtime.onStartup.addListener(() => api.storage.local.remove("starts").catch(() => {}));

let engine = null;

/** Instantiates the wasm once, on the first fallback request. */
function loadEngine() {
  engine ??= wasm_bindgen({ module_or_path: api.runtime.getURL("pkg/dramatis_bg.wasm") })
    .then(() => wasm_bindgen);
  return engine;
}

/** What the toolbar button and the keyboard command do: same handler. */
async function togglePanel(tab) {
  if (!tab?.id) return;
  try {
    await api.tabs.sendMessage(tab.id, { type: "dramatis:toggle" });
  } catch {
    // No content script in this tab (a browser page, a file, a store page).
  }
}

api.action.onClicked.addListener((tab) => togglePanel(tab));

api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== "toggle-panel") return;
  tab ??= (await api.tabs.query({ active: true, currentWindow: true }))[0];
  await togglePanel(tab);
});

/**
 * Fallback requests from content scripts, by message type: what their own
 * writing of markup may leave out, and the markup of pages, of their heads
 * and of elements added to them (sent as strings, handed to the wasm as
 * UTF-8 bytes).
 */
const utf8 = new TextEncoder();
const fallback = {
  "dramatis:reading": (wasm) => ({ skipped: wasm.skippedContent(), read: wasm.readAttributes() }),
  "dramatis:reject-early": (wasm, m) => wasm.rejectEarly(utf8.encode(m.markup), m.url ?? null),
  "dramatis:analyze-markup": (wasm, m) => wasm.analyzeMarkup(utf8.encode(m.markup), m.url ?? null),
  "dramatis:upsells-markup": (wasm, m) => wasm.upsellsInMarkup(utf8.encode(m.markup)),
};

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handle = fallback[message?.type];
  if (!handle) return false;
  loadEngine()
    .then((wasm) => sendResponse({ ok: handle(wasm, message) }))
    .catch((error) => sendResponse({ error: String(error) }));
  return true; // responds asynchronously
});

// Tests reach the same handler the command uses through this name.
globalThis.dramatisTogglePanel = togglePanel;
