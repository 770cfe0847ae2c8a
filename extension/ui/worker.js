// Dramatis analysis worker: the page's analysis off the page's main thread.
//
// The content script starts it as a dedicated worker from this file behind
// the wasm-bindgen glue for classic scripts (which defines `wasm_bindgen`):
// ./build.sh joins the two into one text that is bundled into main.js
// (`extension/pkg/worker-script.txt`), and the content script starts the
// worker from a `data:` URL of it. A classic script, not a module, and not
// loaded from the extension: a page's CSP may refuse both.
// The content script hands it the wasm module it compiled, and still reads
// the DOM (only the page's main thread can), as the markup the browser
// serializes; the worker reads the markup into the page model and analyses
// it, so that neither holds up the page's
// own scripts, its scrolling or the reader's input.
//
// Protocol: every message is `{id, type, ...}` and gets one `{id, ok}` or
// `{id, error}` back; `start` comes first, with the compiled module.

/* global wasm_bindgen */

// The markup comes as a string (a copy across threads), encoded here.
const utf8 = new TextEncoder();

const requests = {
  /** Instantiates the wasm; answers what writing markup may leave out. */
  start({ module }) {
    wasm_bindgen.initSync({ module });
    return { skipped: wasm_bindgen.skippedContent(), read: wasm_bindgen.readAttributes() };
  },
  /** The early verdict from the head alone (`null`: read the body). */
  early: ({ markup, url }) => wasm_bindgen.rejectEarly(utf8.encode(markup), url),
  /** The whole page's analysis: `{analysis, nodes, elements}`. */
  page: ({ markup, url }) => wasm_bindgen.analyzeMarkup(utf8.encode(markup), url),
  /** Upsells among elements added after load: `{upsells, nodes, elements}`. */
  added: ({ markup }) => wasm_bindgen.upsellsInMarkup(utf8.encode(markup)),
};

self.onmessage = ({ data }) => {
  let reply;
  try {
    reply = { id: data.id, ok: requests[data.type](data) };
  } catch (error) {
    reply = { id: data.id, error: String(error) };
  }
  self.postMessage(reply);
};

// A message the worker cannot take in (Firefox will not hand the wasm module
// to a worker whose page's CSP forbids wasm) leaves its request unanswered:
// say so, and the content script stops waiting.
self.onmessageerror = () => self.postMessage({ broken: "a request could not be received" });
