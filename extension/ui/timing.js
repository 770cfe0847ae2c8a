// Phase timings, published as `performance.measure` entries named
// `dramatis:<phase>` so a benchmark on the page can read them beside other
// code (Chromium shares the page's timeline with content scripts).

let started = 0;
let phaseStart = 0;

/** Starts the clock: `dramatis:total` and the first phase count from here. */
export function begin() {
  started = phaseStart = performance.now();
}

/** Records the phase that ends now, and starts the next one. */
export function measure(phase) {
  const now = performance.now();
  publish(phase, phaseStart, now);
  phaseStart = now;
}

/** Marks a moment of the run (`dramatis:<name>`) for a benchmark to see. */
export function mark(name) {
  try {
    performance.mark(`dramatis:${name}`);
  } catch {
    // Best effort, like the measures.
  }
}

/** Records `dramatis:total`, from `begin()` to now. */
export function measureTotal() {
  publish("total", started, performance.now());
}

function publish(phase, start, end) {
  try {
    performance.measure(`dramatis:${phase}`, { start, end });
  } catch {
    // Timing is best effort; it never breaks the run.
  }
}
