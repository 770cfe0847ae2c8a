// Dramatis content script: a classic script that loads the module doing the
// work. Nothing here may throw into the page: every failure ends quietly.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  import(api.runtime.getURL("ui/main.js"))
    .then((main) => main.start(api))
    .catch((error) => console.debug("dramatis: not started:", error));
})();
