// The keyboard command, pressed for real: extension commands only fire for
// real key events, so the browser runs headful on the X display that
// `xvfb-run` provides and xdotool presses the keys.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

/** The shortcut the manifest suggests, in xdotool's spelling. */
export const TOGGLE_KEYS = "alt+shift+d";

export function pressKeys(keys = TOGGLE_KEYS) {
  execFileSync("xdotool", ["key", "--clearmodifiers", keys]);
}

/** Whether a real X display is there to press keys on. */
export const haveDisplay = Boolean(process.env.DISPLAY);

/** The scenario: the real key hides the panel, and shows it again. */
export const keyboardScenario = {
  name: "the keyboard command (real Alt+Shift+D) toggles the panel",
  run: pressTheShortcut,
};

async function pressTheShortcut(b) {
  if (b.commands) {
    // The suggested key is only a suggestion: check it was assigned.
    const [command] = (await b.commands()).filter((c) => c.name === "toggle-panel");
    assert.equal(command?.shortcut, "Alt+Shift+D", `shortcut not assigned: ${JSON.stringify(command)}`);
  }
  await b.goto("/article");
  const shown = () => {
    const host = document.querySelector("dramatis-panel");
    return host ? !host.hidden : null;
  };
  const until = async (want) => {
    for (let i = 0; i < 50; i++) {
      if ((await b.evaluate(shown)) === want) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`panel ${want ? "not shown" : "not hidden"} after ${TOGGLE_KEYS}`);
  };
  await until(true);
  await b.focusPage();
  pressKeys();
  await until(false);
  pressKeys();
  await until(true);
  assert.ok(true);
}
