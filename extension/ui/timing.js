// Phase timings, published as `performance.measure` entries named
// `dramatis:<phase>` so a benchmark on the page can read them beside other
// code (Chromium shares the page's timeline with content scripts).

let started = 0;
let phaseStart = 0;

/** Starts the clock: `dramatis:total` and the first phase count from here. */
export function begin() {
  started = phaseStart = performance.now();
}

/**
 * Records the phase that ends at `at` (now by default), and starts the
 * next one there.
 */
export function measure(phase, at = performance.now()) {
  publish(phase, phaseStart, at);
  phaseStart = at;
}

/**
 * Phases that take turns, as reading the page here and analysing it in a
 * worker do: `slices.switchTo(phase, at)` ends the current slice at `at`
 * (now by default) and `slices.end(at)` the last one; each phase is then
 * published once, from its first slice, lasting the sum of its slices (so
 * a benchmark can tell the main thread's share from the waiting), and the
 * next phase starts at the end.
 */
export function slices(first) {
  const spent = new Map();
  let current = first;
  let since = phaseStart;
  const close = (at) => {
    const [start, total] = spent.get(current) ?? [since, 0];
    spent.set(current, [start, total + (at - since)]);
    since = at;
  };
  return {
    switchTo(phase, at = performance.now()) {
      close(at);
      current = phase;
    },
    end(at = performance.now()) {
      close(at);
      for (const [phase, [start, duration]] of spent) publishFor(phase, start, duration);
      phaseStart = at;
    },
  };
}

/**
 * Records `phase` from `start` to now, apart from the phases that take
 * turns (for work done while another phase waits).
 */
export function measureSince(phase, start) {
  publish(phase, start, performance.now());
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
  publishFor(phase, start, end - start);
}

function publishFor(phase, start, duration) {
  try {
    performance.measure(`dramatis:${phase}`, { start, duration });
  } catch {
    // Timing is best effort; it never breaks the run.
  }
}
