#!/usr/bin/env bash
# Dramatis: set up, build, package and test. Each step skips what is done.
#
#   ./build.sh          set up what is missing, build the wasm and the extension,
#                       package dist/, analyse the sample article
#   ./build.sh test     the same, then every test: fmt, clippy, docs, native tests,
#                       wasm in headless Chromium, web-ext lint, end-to-end in
#                       Chromium and Firefox (installs browsers and drivers when missing)
#   ./build.sh serve    build, then serve the www/ playground on 127.0.0.1
#   ./build.sh bench [CORPUS_DIR] [--js-flags=FLAGS]
#                       build, then time the content script in Chromium beside
#                       Readability.js (fixtures, plus a WCXB sample if given)
#   ./build.sh profile CORPUS_DIR [--every N] [--filter REGEX]
#                       build, then profile the content script in Chromium on
#                       the sample article and every N-th WCXB article page
#   ./build.sh soak CORPUS_DIR [--browser chromium,firefox] [--every N]
#                       build, then load every (N-th) WCXB page in Chromium and
#                       Firefox and check that the extension breaks none and
#                       that it analyses each as the native reader does
set -euo pipefail
cd "$(dirname "$0")"

# The wasm-bindgen crate is pinned with `=`; the CLI must be the same version.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
GECKODRIVER_VERSION=0.37.1
WASM_TARGET=wasm32-unknown-unknown
WASM_BUDGET_GZ=$((150 * 1024))
NODE_BIN=tests/node_modules/.bin
# Where cargo writes (a developer's CARGO_TARGET_DIR is honoured).
CARGO_OUT=${CARGO_TARGET_DIR:-target}
OUT=target/wasm-bindgen
DIST=dist

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- setup ------------------------------------------------------------------

setup_build_tools() {
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    step "rustup target add $WASM_TARGET"
    rustup target add "$WASM_TARGET"
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    # Not --locked: its lock file pins a crate version the registry lacks.
    step "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (several minutes, once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  # node_modules/.package-lock.json is npm's record of the last install.
  if [ ! -f tests/node_modules/.package-lock.json ] ||
     [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
    step "npm ci (binaryen, esbuild, web-ext, browser drivers, Readability for the benchmark)"
    npm ci --prefix tests --no-audit --no-fund
  fi
}

setup_test_tools() {
  local missing=()
  for cmd in chromium chromedriver firefox-esr xvfb-run xauth xdotool; do
    command -v "$cmd" >/dev/null || missing+=("$cmd")
  done
  # German for both browsers' interfaces: the end-to-end run checks the
  # extension in a German browser.
  [ -f /usr/lib/chromium/locales/de.pak ] || missing+=(chromium-l10n)
  compgen -G "/usr/lib/firefox-esr/browser/extensions/langpack-de@*.xpi" >/dev/null || missing+=(firefox-esr-l10n-de)
  if [ ${#missing[@]} -gt 0 ]; then
    step "apt-get install browsers and X tools (missing: ${missing[*]})"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      chromium chromium-driver chromium-l10n firefox-esr firefox-esr-l10n-de xvfb xauth xdotool
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -n1 | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
    step "cargo install geckodriver $GECKODRIVER_VERSION (several minutes, once)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

# --- build ------------------------------------------------------------------

build_wasm() {
  step "wasm: cargo build (release, no cli feature)"
  # A bounds check's panic names its source file, so each file of the crate
  # and each dependency's path is a string in the wasm. Trimming them to
  # what follows `src/` and the registry keeps the build machine's paths
  # (`/root/.cargo/…`) out of what ships, and lets a module be split into
  # files for a few bytes.
  local registry="${CARGO_HOME:-$HOME/.cargo}/registry/src/"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=src/= --remap-path-prefix=$registry=" \
    cargo build --lib --release --target "$WASM_TARGET" --no-default-features
  local wasm="$CARGO_OUT/$WASM_TARGET/release/dramatis.wasm"
  # One .wasm, two glues: ES module for the content script and the page,
  # classic script for Chromium's service worker (which cannot import()) and
  # the content script's analysis worker.
  rm -rf "$OUT" && mkdir -p "$OUT"
  wasm-bindgen --target web --out-dir "$OUT/web" --no-typescript "$wasm"
  wasm-bindgen --target no-modules --out-dir "$OUT/worker" --no-typescript "$wasm"
  cmp -s "$OUT/web/dramatis_bg.wasm" "$OUT/worker/dramatis_bg.wasm" ||
    { echo "wasm-bindgen made different modules for web and no-modules" >&2; exit 1; }
  # Debian's binaryen 108 breaks wasm-bindgen output; npm's is current.
  # `--converge` repeats the passes while they still shrink the module;
  # the producers and target-features sections only inform linkers.
  # `--merge-similar-functions` first folds functions that differ only in
  # constants into one with parameters (160 bytes gzipped).
  # `--low-memory-unused` lets it fold constant offsets into loads and
  # stores (640 bytes gzipped): it may assume no address below 1 KiB is
  # used, which holds for what lld links for Rust, which places nothing
  # there (here the stack grows down from 1 MiB and the data starts at
  # 1 MiB; lld's other layout starts the data at 1 KiB).
  # `--ignore-implicit-traps` lets it move or drop loads, stores and
  # divisions as if none could trap (67 bytes gzipped): Rust's own checks
  # come first (bounds, division by zero), so no such trap is ever reached.
  # Not `--traps-never-happen`, which would also assume no panic is.
  # `--one-caller-inline-max-function-size=20`: a function called from one
  # place is otherwise inlined there whatever its size; kept apart, the
  # module is 2% larger raw but about 3.8 KB smaller gzipped (the large
  # analysis functions' bodies compress better as separate functions than
  # spliced into their callers). Any limit from 10 to 40 gives within
  # 0.2 KB of the same; unlimited (the default) and 100 or more do not.
  "$NODE_BIN/wasm-opt" --merge-similar-functions -Oz --ignore-implicit-traps --converge --low-memory-unused \
    --one-caller-inline-max-function-size=20 \
    --strip-producers --strip-target-features \
    "$OUT/web/dramatis_bg.wasm" -o "$OUT/dramatis_bg.wasm"
}

assemble() {
  step "extension: dist/extension, dist/dramatis-chrome.zip, dist/dramatis-firefox.xpi"
  rm -rf "$DIST/extension" "$DIST/www"
  mkdir -p "$DIST"
  cp -r extension "$DIST/extension"
  rm -f "$DIST/extension/icons/icon.svg"
  # Every extension file a page load fetches costs a round trip through the
  # browser process: bundle the content script's modules into one file,
  # ui/main.js (the article code's dynamic import included: no chunk to
  # fetch once a page is known to be an article), and the options page's
  # into options.js. Not minified, so what ships reads like the source.
  # The wasm-bindgen glue is bundled in too (extension/pkg is build output).
  rm -rf "$DIST/extension/ui" "$DIST/extension/options.js" "$DIST/extension/pkg"
  mkdir -p extension/pkg
  cp "$OUT/web/dramatis.js" extension/pkg/dramatis.js
  # The analysis worker runs one script: the classic glue, then the worker's
  # own (extension/ui/worker.js), which uses it. It is bundled into main.js
  # as text (esbuild's loader for .txt), so no page load fetches it; the
  # content script starts the worker from a data: URL of it.
  cat "$OUT/worker/dramatis.js" extension/ui/worker.js > extension/pkg/worker-script.txt
  "$NODE_BIN/esbuild" extension/ui/main.js extension/options.js --bundle --format=esm \
    --outbase=extension --outdir="$DIST/extension" \
    --target=chrome120,firefox128 --log-level=warning
  # The background is a classic script in both browsers (Chromium's service
  # worker loads the glue with importScripts): its imports bundled in.
  "$NODE_BIN/esbuild" extension/bg.js --bundle --format=iife --outfile="$DIST/extension/bg.js" \
    --allow-overwrite --target=chrome120,firefox128 --log-level=warning
  mkdir -p "$DIST/extension/pkg"
  cp "$OUT/worker/dramatis.js" "$DIST/extension/pkg/dramatis_worker.js"
  cp "$OUT/dramatis_bg.wasm" "$DIST/extension/pkg/dramatis_bg.wasm"
  for pkg in dramatis-chrome.zip dramatis-firefox.xpi; do
    python3 - "$DIST/extension" "$DIST/$pkg" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for f in sorted(files):
            path = os.path.join(root, f)
            z.write(path, os.path.relpath(path, src))
PY
  done

  step "www: dist/www"
  cp -r www "$DIST/www"
  mkdir -p "$DIST/www/pkg"
  cp "$OUT/web/dramatis.js" "$OUT/dramatis_bg.wasm" "$DIST/www/pkg/"
  cp -r extension/ui "$DIST/www/ui"
  cp "$DIST/extension/_locales/en/messages.json" "$DIST/www/messages.json"
  # The playground's samples are fixture pages (their expected results are
  # in tests/fixtures).
  mkdir -p "$DIST/www/samples"
  cp tests/fixtures/seed-article/page.html "$DIST/www/samples/seed-article.html"
  cp tests/fixtures/detect-article-meta/page.html "$DIST/www/samples/harbour-tides.html"
  cp tests/fixtures/upsell-inline-promos/page.html "$DIST/www/samples/flood-wall.html"
  cp tests/fixtures/xss-quotes/page.html "$DIST/www/samples/copy-paste-exploits.html"
}

build_cli() {
  # The `native` profile: release settings but optimised for speed (the
  # release profile's size-first settings are for the wasm).
  step "native: cargo build --profile native (the dramatis command, $CARGO_OUT/native/dramatis)"
  cargo build --profile native --bin dramatis
}

report() {
  local wasm="$DIST/extension/pkg/dramatis_bg.wasm"
  local raw gz
  raw=$(wc -c <"$wasm")
  gz=$(gzip -9 -c "$wasm" | wc -c)
  step "sizes"
  printf 'dramatis_bg.wasm after wasm-opt: %d bytes raw, %d bytes gzipped (budget %d gzipped)\n' "$raw" "$gz" "$WASM_BUDGET_GZ"
  printf 'content script JS (content.js + ui/*.js, glue bundled): %d bytes\n' \
    "$(cat "$DIST/extension/content.js" "$DIST"/extension/ui/*.js | wc -c)"
  if [ "$gz" -gt "$WASM_BUDGET_GZ" ]; then
    echo "over the size budget" >&2
    return 1
  fi
  step "the sample article, analysed natively"
  "$CARGO_OUT/native/dramatis" page --summary \
    --url "https://www.al-monitor.com/originals/2023/01/syrias-assad-hosts-russian-envoy-discusses-rapprochement-turkey" \
    tests/fixtures/seed-article/page.html
  cat <<TXT

Load the extension:
  Chrome:  chrome://extensions → Developer mode → Load unpacked → $PWD/$DIST/extension
           ($PWD/$DIST/dramatis-chrome.zip is the package for the Chrome Web Store)
  Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → $PWD/$DIST/dramatis-firefox.xpi
TXT
}

build() {
  setup_build_tools
  build_wasm
  assemble
  build_cli
  report
}

# --- test -------------------------------------------------------------------

test_all() {
  setup_test_tools
  build

  step "cargo fmt --check, cargo clippy -D warnings (native and wasm), cargo doc -D warnings"
  cargo fmt --all -- --check
  cargo clippy --all-targets -- -D warnings
  cargo clippy --target "$WASM_TARGET" --lib --no-default-features -- -D warnings
  cargo clippy --target "$WASM_TARGET" --test web -- -D warnings
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

  step "native tests"
  cargo test

  step "wasm tests in headless Chromium (live-DOM reader vs native reader)"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER=$(command -v chromedriver) \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver.json \
    cargo test --target "$WASM_TARGET" --test web

  step "web-ext lint; the translations against the English messages"
  node tests/e2e/lint.mjs "$DIST/extension"
  node tests/e2e/locales.mjs "$DIST/extension"

  # xvfb-run gives the real-keyboard scenarios an X display; the rest runs headless.
  step "end-to-end: Chromium"
  xvfb-run -a node tests/e2e/chromium.mjs
  step "end-to-end: Firefox ESR"
  xvfb-run -a node tests/e2e/firefox.mjs
  step "end-to-end: the www playground (Chromium)"
  node tests/e2e/www.mjs
  step "all tests passed"
}

serve() {
  build
  step "serving dist/www on http://127.0.0.1:${PORT:-8000}/ (Ctrl-C stops)"
  exec python3 -m http.server "${PORT:-8000}" --bind 127.0.0.1 --directory "$DIST/www"
}

bench() {
  build
  setup_test_tools
  step "content-script cost in Chromium, beside Readability.js"
  node tests/e2e/bench.mjs "$@"
}

profile() {
  build
  setup_test_tools
  step "where the content script spends its time, in Chromium"
  node tests/e2e/profile.mjs "$@"
}

soak() {
  build
  build_cli
  setup_test_tools
  step "never break the page: the WCXB pages in Chromium and Firefox, beside the native reader"
  node tests/e2e/soak.mjs --native "$CARGO_OUT/native/dramatis" "$@"
}

case "${1:-build}" in
  build) build ;;
  test) test_all ;;
  serve) serve ;;
  bench) shift; bench "$@" ;;
  profile) shift; profile "$@" ;;
  soak) shift; soak "$@" ;;
  *) echo "usage: ./build.sh [build|test|serve|bench [CORPUS_DIR] [--js-flags=FLAGS]|profile CORPUS_DIR|soak CORPUS_DIR]" >&2; exit 2 ;;
esac
