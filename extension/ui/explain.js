// What the analysis found, in the reader's language: the detector's signals
// (the panel's "why?") and a collapsed promo's reason (its bar's tooltip).
// The wasm names them by stable identifiers (src/upsell/mod.rs `Cue`), or
// a signal's feature by its number in features.js (src/detect/mod.rs
// `Signal`); the words are the extension's messages.

import { FEATURES } from "./features.js";

/** "og:type=article", "no byline under the headline" (`signal_*` messages). */
export function signalText(t, { feature, present }) {
  const name = t(`signal_${FEATURES[feature]}`);
  return present ? name : t("signalAbsent", name);
}

/**
 * "newsletter sign-up: “in your inbox”, email field". Phrases and class
 * names are the page's own words, quoted as they are.
 */
export function reasonText(t, { kind, cues }) {
  if (cues.length === 1 && cues[0].cue === "backdrop") return t("reasonBackdrop");
  const parts = cues.map((c) => {
    if (c.cue === "phrase") return t("cuePhrase", c.text);
    if (c.cue === "class") return t("cueClass", c.text);
    return t(`cue_${c.cue}`);
  });
  return t("reasonCues", t(`reason_${kind}`), parts.join(", "));
}
