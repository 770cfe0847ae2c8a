// Dramatis content script: a classic script that loads the module doing the
// work. The wasm download starts at once, beside the module's, so neither
// waits for the other. Nothing here may throw into the page: every failure
// ends quietly.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const wasm = fetch(api.runtime.getURL("pkg/dramatis_bg.wasm"));
  wasm.catch(() => {}); // a failed download is reported by the engine
  import(api.runtime.getURL("ui/main.js"))
    .then((main) => main.start(api, wasm))
    .catch((error) => console.debug("dramatis: not started:", error));
})();
