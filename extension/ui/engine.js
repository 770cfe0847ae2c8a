// Where the analysis runs. The content script always reads the DOM itself
// (only the page's main thread can), as the markup the browser serializes
// (markup.js); the wasm that reads and analyses it runs, in order of
// preference:
// - in a worker this content script starts, so that the analysis holds up
//   neither the page's scripts nor the reader's scrolling;
// - right here in the content script, when the page's CSP forbids a worker
//   made from a `data:` URL or a blob (`worker-src`, or `script-src`);
// - in the background, when the wasm cannot be compiled or instantiated
//   here at all: the page's CSP forbids compiling wasm (Chromium applies the
//   page's CSP to content scripts; Firefox does not), or the tab's process
//   has no room left for one more wasm memory (each reserves gigabytes of
//   address space, and after a long run of pages in one tab the old pages'
//   instances may not have been collected yet).
// All three answer the same two questions and hand back a way to find the
// DOM node of a node id (`located` in markup.js).

import init, * as wasm from "../pkg/dramatis.js";
import workerScript from "../pkg/worker-script.txt";
import { addedMarkup, earlyMarkup, located, pageMarkup, watchChanges, writtenPage } from "./markup.js";
import { mark, measure, measureSince, slices } from "./timing.js";

/**
 * How long a new worker may take to say it is ready (it answers within tens
 * of milliseconds; a worker the page's CSP stops may never say anything in
 * Firefox). After that the content script analyses the page itself.
 */
const WORKER_START_MS = 2000;

/**
 * The ways the analysis can start, in order of preference: a worker from a
 * `data:` URL, a worker from a blob, the content script's own thread, the
 * background. A site whose CSP refused the first ones starts its next pages
 * further down (start-memory.js), so it is not refused again.
 */
export const STARTS = ["data-worker", "blob-worker", "content", "background"];

/** The later of two starts of STARTS (either may be null). */
export const laterStart = (a, b) => (STARTS.indexOf(a) >= STARTS.indexOf(b) ? a : b);

/**
 * The start each thing a policy may block stands for: the `data:` worker,
 * the blob worker, and compiling the wasm, which every start but the
 * background's does in the content script (Chromium checks it against the
 * page's CSP as `script-src wasm-eval`).
 */
const BLOCKED_START = { data: "data-worker", blob: "blob-worker", "wasm-eval": "content" };

/**
 * Watches the page for violations of a CSP it only reports
 * (`Content-Security-Policy-Report-Only`, as sites try a policy out) that
 * our starts cause. Nothing fails under such a policy, so the first start
 * is taken; but every page would file the same report to the site, in
 * Chromium naming `chrome-extension` as its source: page after page, the
 * site would learn that its reader runs an extension. `stop()` ends the
 * watch and says the first start such a policy would not have refused
 * (null if none was reported), for the site's next pages.
 */
export function watchReports(doc) {
  let after = null;
  const listen = (event) => {
    // Ours: no source (Firefox) or the extension's (Chromium); a page's
    // own script is named by its address.
    const ours = event.sourceFile === "" || /^(chrome|moz)-extension\b/.test(event.sourceFile);
    const refused = STARTS.indexOf(BLOCKED_START[event.blockedURI]);
    if (event.disposition === "report" && ours && refused >= 0) after = laterStart(after, STARTS[refused + 1]);
  };
  doc.addEventListener("securitypolicyviolation", listen);
  return {
    stop() {
      doc.removeEventListener("securitypolicyviolation", listen);
      return after;
    },
  };
}

/**
 * Why a start failed when nothing refused it: it gave no answer in time, or
 * the tab had no room left for its wasm. A site's next pages try that start
 * again.
 */
class NotRefused extends Error {}

/**
 * Loads the engine that works on this page from the wasm download (a
 * Response, or its promise), trying the starts of STARTS from `from` on.
 * The engine says which start it is (`start`) and whether every start
 * before it was refused by the page (`refusedBefore`: then the site's next
 * pages may begin there). The ES-module glue and the worker's script
 * (`worker.js` behind the classic glue), written to extension/pkg/ by
 * ./build.sh, are bundled in; only compiling and instantiating the wasm
 * can fail.
 */
export async function loadEngine(api, download, from = STARTS[0]) {
  const first = Math.max(0, STARTS.indexOf(from));
  let refusedBefore = true;
  const chosen = (engine, start) => Object.assign(engine, { start, refusedBefore });
  if (STARTS[first] === "background") return chosen(await BackgroundEngine.start(api), "background");
  // The worker starts while the wasm compiles; it gets the module after.
  const compiled = compile(download);
  const worker = first <= 1 ? WorkerEngine.start(compiled, workerScript, STARTS[first]) : null;
  worker?.catch(() => {});
  let module;
  try {
    module = await compiled;
  } catch (error) {
    // Chromium says CompileError when the page's CSP forbids wasm.
    refusedBefore = error instanceof WebAssembly.CompileError;
    return chosen(await BackgroundEngine.start(api), "background");
  }
  if (worker) {
    try {
      const engine = await worker;
      return chosen(engine, engine.start);
    } catch (error) {
      // The page's CSP refused the worker (or the module, in Firefox), or the
      // worker could not instantiate it: the analysis runs here instead.
      refusedBefore = !(error instanceof NotRefused);
    }
  }
  try {
    await init({ module_or_path: module });
    return chosen(new ContentEngine(wasm), "content");
  } catch {
    // Chromium says RangeError for no memory left; SpiderMonkey throws the
    // bare string "out of memory". Whatever stopped it here, the
    // background's instance reads the page.
    refusedBefore = false;
    return chosen(await BackgroundEngine.start(api), "background");
  }
}

/**
 * The wasm module, compiled from the download as it arrives (off the main
 * thread). Both browsers serve an extension's `.wasm` as
 * `application/wasm`, which streaming compilation requires.
 */
async function compile(download) {
  const response = await download;
  if (!response.ok) throw new Error(`the wasm download failed: ${response.status}`);
  return WebAssembly.compileStreaming(response);
}

/**
 * How long the worker stays without a request before it is ended, giving
 * back its thread and its memory (the wasm's grows to the largest page it
 * read, and never shrinks). A later request (a single-page site's next
 * page, a late overlay) starts another from the same module.
 */
const WORKER_IDLE_MS = 10000;

/**
 * The wasm in a dedicated worker: the page's markup is taken here and
 * handed over (a string's copy); the analysis comes back as a structured
 * clone.
 */
class WorkerEngine {
  mode = "worker";
  /** The worker, or null while none is needed. */
  #worker = null;
  /** Makes a worker of the script (`new Worker(url)`). */
  #spawn;
  #module = null;
  #pending = new Map();
  #next = 0;
  #broken = null;
  #idle = 0;
  /** When the last reply arrived: the main thread's work resumes there. */
  #arrived = 0;

  /**
   * Starts the worker from a `data:` URL of its script (its text), or,
   * where the page's CSP refuses that, from a blob of the same script (a
   * blob costs the main thread more: two synchronous round trips to the
   * browser's blob registry; its URL is kept for the workers to come);
   * then hands it the module once compiled. From a blob at once when
   * `from` says so (the site's CSP refused the `data:` URL before).
   */
  static async start(compiled, script, from = "data-worker") {
    if (from === "data-worker") {
      const dataUrl = `data:text/javascript,${encodeURIComponent(script)}`;
      try {
        return await WorkerEngine.#startWith(() => new Worker(dataUrl), compiled, "data-worker");
      } catch (error) {
        // Refused, most likely by a CSP without `data:` for workers; unless
        // there is no module to hand over, a blob may do. A worker that
        // did not answer in time would not from a blob either.
        if (error instanceof NotRefused) throw error;
        await compiled;
      }
    }
    const url = URL.createObjectURL(new Blob([script], { type: "text/javascript" }));
    try {
      return await WorkerEngine.#startWith(() => new Worker(url), compiled, "blob-worker");
    } catch (error) {
      URL.revokeObjectURL(url);
      throw error;
    }
  }

  static async #startWith(spawn, compiled, start) {
    const engine = new WorkerEngine(spawn);
    engine.start = start;
    // Making the worker and handing it the module are the main thread's
    // work; its start and the module's instantiation are not.
    let started = performance.now();
    engine.#make();
    measureSince("start-worker", started);
    try {
      engine.#module = await compiled;
      started = performance.now();
      const ready = engine.#ask({ type: "start", module: engine.#module }, WORKER_START_MS);
      measureSince("start-worker", started);
      const reading = await ready;
      engine.skipped = reading.skipped;
      engine.read = reading.read;
      return engine;
    } catch (error) {
      engine.#worker?.terminate();
      throw error;
    }
  }

  constructor(spawn) {
    this.#spawn = spawn;
  }

  /** Makes a worker and wires its replies and failures. */
  #make() {
    const worker = this.#spawn();
    // The worker's script did not load (the page's CSP), it could not take
    // in a request, or it died.
    const broken = (event) => {
      event.preventDefault?.();
      this.#fail(`the analysis worker failed: ${event.message ?? event.type}`);
    };
    worker.onmessage = (event) => {
      this.#arrived = performance.now();
      const { id, ok, error, broken: why } = event.data;
      if (why) return broken({ type: why });
      const pending = this.#pending.get(id);
      this.#pending.delete(id);
      // (An error thrown in the worker: its wasm's, which no CSP causes.)
      if (error === undefined) pending?.resolve(ok);
      else pending?.reject(new NotRefused(error));
      clearTimeout(this.#idle);
      if (this.#pending.size === 0) this.#idle = setTimeout(() => this.#retire(), WORKER_IDLE_MS);
    };
    worker.onerror = broken;
    worker.onmessageerror = broken;
    this.#worker = worker;
  }

  /** Every request, made or to come, fails with `why`. */
  #fail(why) {
    this.#broken = new Error(why);
    for (const pending of this.#pending.values()) pending.reject(this.#broken);
    this.#pending.clear();
  }

  /** Ends the idle worker (`dramatis:worker-ended`). */
  #retire() {
    this.#worker?.terminate();
    this.#worker = null;
    mark("worker-ended");
  }

  async analyzeDocument(doc, url) {
    // Reading here and waiting for the worker take turns: each is
    // published as one phase, so the main thread's share stays visible.
    // The markup crosses as a string (a copy); the worker encodes it.
    const phases = slices("read");
    const head = earlyMarkup(doc, this.skipped, this.read);
    phases.switchTo("analyze");
    const early = await this.#ask({ type: "early", markup: head, url });
    phases.switchTo("read", this.#arrived);
    if (early) {
      mark("ruled-out-early");
      phases.end();
      return { analysis: early, nodeOf: () => null };
    }
    const result = await analyzeMarkupOf(doc, this, async (markup) => {
      phases.switchTo("analyze");
      try {
        return await this.#ask({ type: "page", markup, url });
      } finally {
        phases.switchTo("read", this.#arrived);
      }
    });
    // What follows the reply (taking it in, finding its nodes) is applying.
    phases.end(this.#arrived);
    return result;
  }

  upsellsIn(elements) {
    return upsellsInAdded(elements, this, (markup) => this.#ask({ type: "added", markup }));
  }

  /** One request; fails with the worker, or after `timeout` ms if given. */
  #ask(message, timeout = 0) {
    if (this.#broken) return Promise.reject(this.#broken);
    clearTimeout(this.#idle);
    if (!this.#worker) {
      // Ended when idle: a new one gets the module first, and answers in
      // order. Should it fail to start, the request after it fails saying
      // so, not with the error of a wasm never instantiated.
      this.#make();
      const start = this.#next++;
      this.#pending.set(start, {
        resolve() {},
        reject: (error) => this.#fail(`the analysis worker could not start again: ${error.message}`),
      });
      this.#worker.postMessage({ id: start, type: "start", module: this.#module });
    }
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      let timer = 0;
      const settle = (fn) => (value) => {
        clearTimeout(timer);
        fn(value);
      };
      this.#pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      if (timeout) {
        timer = setTimeout(() => {
          this.#pending.delete(id);
          reject(new NotRefused(`the analysis worker did not answer in ${timeout} ms`));
        }, timeout);
      }
      this.#worker.postMessage({ id, ...message });
    });
  }
}

/** The wasm, in the content script, on the page's markup. */
class ContentEngine {
  mode = "content";

  constructor(wasm) {
    this.wasm = wasm;
    this.skipped = wasm.skippedContent();
    this.read = wasm.readAttributes();
    // The markup crosses as UTF-8 bytes: the browser encodes them natively,
    // where a string argument is copied into the wasm by the glue's JS loop.
    this.utf8 = new TextEncoder();
  }

  async analyzeDocument(doc, url) {
    // Most pages that are not articles are ruled out by their head and
    // address: the body is then never read.
    const bytes = (markup) => this.utf8.encode(markup);
    return analyzeInTurn(
      doc,
      this,
      (head) => this.wasm.rejectEarly(bytes(head), url),
      (markup) => this.wasm.analyzeMarkup(bytes(markup), url),
    );
  }

  /** Upsells among elements added to the page together after load. */
  upsellsIn(elements) {
    return upsellsInAdded(elements, this, (markup) => this.wasm.upsellsInMarkup(this.utf8.encode(markup)));
  }
}

/**
 * A document's analysis where the page is read, then analysed, in turn (the
 * content script's own wasm, or the background's): `early(head)` is the
 * cheap stage's verdict on the metadata's markup (null: read on),
 * `analyze(markup)` the whole page's analysis, each a result or its
 * promise. Reading and analysing the body are one call: measured as the
 * analysis.
 */
async function analyzeInTurn(doc, engine, early, analyze) {
  const ruledOut = await early(earlyMarkup(doc, engine.skipped, engine.read));
  if (ruledOut) {
    mark("ruled-out-early");
    measure("read");
    measure("analyze");
    return { analysis: ruledOut, nodeOf: () => null };
  }
  measure("read");
  const result = await analyzeMarkupOf(doc, engine, analyze);
  measure("analyze");
  return result;
}

/**
 * The analysis of the page's markup by `analyze(markup)` (a result or its
 * promise), with its nodes located. Where the browser's markup held another
 * number of elements than the live document (a DOM that scripts made and
 * the serializer does not write faithfully), the page is written here and
 * asked about again.
 */
async function analyzeMarkupOf(doc, engine, analyze) {
  let watch = watchChanges(doc);
  try {
    let page = pageMarkup(doc, engine.skipped, engine.read);
    let result = await analyze(page.markup);
    // ([analysis, nodes, elements]: see `located` in markup.js.)
    if (page.elements >= 0 && result[2] !== page.elements) {
      mark("markup-rewritten");
      watch.stop();
      watch = watchChanges(doc);
      page = writtenPage(doc, engine.skipped, engine.read);
      result = await analyze(page.markup);
    }
    const { result: analysis, nodeOf } = located(result, doc.documentElement, watch.stop());
    return { analysis, nodeOf };
  } finally {
    watch.stop();
  }
}

/** Upsells among elements added together after load, as `analyzeMarkupOf` finds a page's. */
async function upsellsInAdded(elements, engine, ask) {
  const watch = watchChanges(document);
  try {
    const { markup } = addedMarkup(elements, engine.skipped, engine.read);
    const { result: upsells, nodeOf } = located(await ask(markup), document.body, watch.stop(), elements);
    return { upsells, nodeOf };
  } finally {
    watch.stop();
  }
}

/** The wasm, in the background, on the page's markup. */
class BackgroundEngine {
  mode = "background";

  /** Asks the background once for what writing markup may leave out. */
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
    return analyzeInTurn(
      doc,
      this,
      (head) => this.#ask({ type: "dramatis:reject-early", markup: head, url }),
      (markup) => this.#ask({ type: "dramatis:analyze-markup", markup, url }),
    );
  }

  upsellsIn(elements) {
    return upsellsInAdded(elements, this, (markup) => this.#ask({ type: "dramatis:upsells-markup", markup }));
  }

  /** Sends the markup (messages go as JSON: a string, not bytes). */
  async #ask(message) {
    const reply = await this.api.runtime.sendMessage(message);
    if (!reply || !("ok" in reply)) throw new Error(reply?.error ?? "no reply from the background");
    return reply.ok;
  }
}
