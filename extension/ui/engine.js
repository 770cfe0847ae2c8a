// Where the analysis runs. Normally the wasm runs right here in the content
// script. When the page's CSP forbids compiling wasm (Chromium applies the
// page's CSP to content scripts; Firefox does not), the DOM is recorded in
// JS and the same wasm runs in the background. Both engines answer the same
// two questions and hand back a way to find the DOM node of a node id.

import init, * as wasm from "../pkg/dramatis.js";
import { recordAdded, recordCalls, startEncoding } from "./walk.js";
import { mark, measure } from "./timing.js";

/**
 * Loads the engine that works on this page from the wasm download (a
 * Response, or its promise). The wasm-bindgen glue, written to
 * extension/pkg/ by ./build.sh, is bundled in; only compiling the wasm can
 * fail, and it does under a strict page CSP in Chromium.
 */
export async function loadEngine(api, download) {
  try {
    await init({ module_or_path: download });
    return new ContentEngine(wasm);
  } catch (error) {
    if (error?.name !== "CompileError") throw error;
    return new BackgroundEngine(api);
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
   * Upsells among elements added to the page together after load: recorded
   * as the background fallback records them (a fragment is small), and
   * read by the same wasm entry point.
   */
  upsellsIn(elements) {
    const { calls, nodes } = recordAdded(document.body, elements);
    return fromCalls(this.wasm.upsellsFromCalls(calls), nodes);
  }
}

/**
 * A result for recorded calls (`{…, sourceOfNode}`), with the way back from
 * its node ids to the recorded DOM nodes.
 */
function fromCalls({ sourceOfNode, ...result }, nodes) {
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

/** The wasm, in the background, on the DOM recorded here in JS. */
class BackgroundEngine {
  mode = "background";

  constructor(api) {
    this.api = api;
  }

  async analyzeDocument(doc, url) {
    const recorded = recordCalls(doc);
    measure("read");
    const { analysis, nodeOf } = await this.#ask("dramatis:analyze-calls", recorded, url);
    measure("analyze");
    return { analysis, nodeOf };
  }

  async upsellsIn(elements) {
    return this.#ask("dramatis:upsells-calls", recordAdded(document.body, elements));
  }

  async #ask(type, { calls, nodes }, url = null) {
    const reply = await this.api.runtime.sendMessage({ type, calls, url });
    if (!reply?.ok) throw new Error(reply?.error ?? "no reply from the background");
    return fromCalls(reply.ok, nodes);
  }
}
