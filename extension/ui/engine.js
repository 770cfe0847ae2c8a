// Where the analysis runs. Normally the wasm runs right here in the content
// script. When it cannot, the page is encoded here in JS as always and the
// same wasm reads it in the background: when the page's CSP forbids
// compiling wasm (Chromium applies the page's CSP to content scripts;
// Firefox does not), and when the tab's process has no room left for one
// more wasm memory (each reserves gigabytes of address space, and after a
// long run of pages in one tab the old pages' instances may not have been
// collected yet). Both engines answer the same two questions and hand back
// a way to find the DOM node of a node id.

import init, * as wasm from "../pkg/dramatis.js";
import { encodeAdded, encodePage, startEncoding } from "./walk.js";
import { mark, measure } from "./timing.js";

/**
 * Loads the engine that works on this page from the wasm download (a
 * Response, or its promise). The wasm-bindgen glue, written to
 * extension/pkg/ by ./build.sh, is bundled in; only compiling and
 * instantiating the wasm can fail (see the top of this file).
 */
export async function loadEngine(api, download) {
  try {
    await init({ module_or_path: download });
    return new ContentEngine(wasm);
  } catch {
    // Chromium says CompileError for the page's CSP and RangeError for no
    // memory left; SpiderMonkey throws the bare string "out of memory".
    // Whatever stopped it here, the background's instance reads the page.
    return BackgroundEngine.start(api);
  }
}

/** The wasm, in the content script, on the DOM encoded here in JS. */
class ContentEngine {
  mode = "content";

  constructor(wasm) {
    this.wasm = wasm;
    this.skipped = wasm.skippedContent();
    this.read = wasm.readAttributes();
    // The walk crosses as UTF-8 bytes: the browser encodes them natively,
    // where a string argument is copied into the wasm by the glue's JS loop.
    this.utf8 = new TextEncoder();
  }

  analyzeDocument(doc, url) {
    // Most pages that are not articles are ruled out by their head and
    // address: the body is then never read. Otherwise the walk goes on
    // from the head it has written.
    const encoding = startEncoding(doc, this.skipped, this.read);
    const early = this.wasm.rejectEarly(this.utf8.encode(encoding.early), url);
    if (early) {
      mark("ruled-out-early");
      measure("read");
      measure("analyze");
      return { analysis: early, nodeOf: () => null };
    }
    const { encoded, nodes } = encoding.finish();
    const session = this.wasm.Session.readEncoded(this.utf8.encode(encoded), url);
    measure("read");
    const analysis = session.analyze();
    measure("analyze");
    return { analysis, ...resolver(session, analysis, (id) => nodes[session.sourceOf(id)]) };
  }

  /**
   * Upsells among elements added to the page together after load, encoded
   * as one fragment, as the background fallback reads them too.
   */
  upsellsIn(elements) {
    const { encoded, nodes } = encodeAdded(document.body, elements, this.skipped, this.read);
    return fromEncoded(this.wasm.upsellsFromEncoded(this.utf8.encode(encoded)), nodes);
  }
}

/**
 * A result for an encoded page or fragment (`{…, sourceOfNode}`), with the
 * way back from its node ids to the walker's DOM nodes.
 */
function fromEncoded({ sourceOfNode, ...result }, nodes) {
  return { ...result, nodeOf: (id) => nodes[sourceOfNode[id]] ?? null };
}

/**
 * Keeps the DOM nodes the results refer to (upsells and the ends of quotes),
 * found by `nodeFor(id)` while the session lives, and frees the session,
 * which holds the whole page.
 */
function resolver(session, analysis, nodeFor) {
  const kept = new Map();
  const keep = (id) => kept.has(id) || kept.set(id, nodeFor(id) ?? null);
  for (const u of analysis.upsells ?? []) keep(u.node);
  for (const span of analysis.quote_spans ?? []) {
    if (span) [span.start_node, span.end_node].forEach(keep);
  }
  session.free();
  return { nodeOf: (id) => kept.get(id) ?? null };
}

/** The wasm, in the background, on the page encoded here in JS. */
class BackgroundEngine {
  mode = "background";

  /** Asks the background once for what the walk may leave out. */
  static async start(api) {
    const reading = await api.runtime.sendMessage({ type: "dramatis:reading" });
    if (!reading?.ok) throw new Error(reading?.error ?? "no reply from the background");
    return new BackgroundEngine(api, reading.ok);
  }

  constructor(api, { skipped, read }) {
    this.api = api;
    this.skipped = skipped;
    this.read = read;
  }

  async analyzeDocument(doc, url) {
    const page = encodePage(doc, this.skipped, this.read);
    measure("read");
    const result = await this.#ask({ type: "dramatis:analyze-encoded", encoded: page.encoded, url }, page.nodes);
    measure("analyze");
    return result;
  }

  async upsellsIn(elements) {
    const { encoded, nodes } = encodeAdded(document.body, elements, this.skipped, this.read);
    return this.#ask({ type: "dramatis:upsells-encoded", encoded }, nodes);
  }

  /** Sends the encoded string (messages go as JSON: a string, not bytes). */
  async #ask(message, nodes) {
    const reply = await this.api.runtime.sendMessage(message);
    if (!reply?.ok) throw new Error(reply?.error ?? "no reply from the background");
    return fromEncoded(reply.ok, nodes);
  }
}
