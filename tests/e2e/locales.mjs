// The extension's translations, checked against the English messages they
// translate: the same keys, the same `$N` substitutions, no empty message,
// every plural category the language uses for counts, and counted messages
// that read right (extension/ui/i18n.js). Every problem of every locale is
// listed, by file, before the run fails.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { counted, translator } from "../../extension/ui/i18n.js";

const dir = resolve(process.argv[2] ?? "extension", "_locales");
const problems = [];

const loaded = new Map();

/** A locale's messages, or null (and, once, a problem named by its file). */
function load(locale) {
  if (!loaded.has(locale)) {
    const file = join(dir, locale, "messages.json");
    try {
      loaded.set(locale, JSON.parse(readFileSync(file, "utf8")));
    } catch (error) {
      problems.push(`${file}: ${error.message}`);
      loaded.set(locale, null);
    }
  }
  return loaded.get(locale);
}

/**
 * The browser's `i18n` API over one messages file, as the extension's
 * translator (`extension/ui/i18n.js`) calls it: `$1`… filled from the
 * substitutions, "" for a missing key; it counts the calls.
 */
function i18nOf(messages) {
  const api = {
    calls: 0,
    i18n: {
      getMessage(key, substitutions = []) {
        api.calls += 1;
        const message = messages[key]?.message;
        return message === undefined ? "" : message.replace(/\$(\d)/g, (_, n) => substitutions[Number(n) - 1] ?? "");
      },
    },
  };
  return api;
}

/** The extension's translator over one file. */
const translatorOf = (messages) => translator(i18nOf(messages));

const substitutions = (message) => [...new Set(message.match(/\$\d/g) ?? [])].sort().join(" ");

const en = load("en");
if (!en) {
  console.log(problems.join("\n"));
  process.exit(1);
}
const locales = readdirSync(dir).sort();
for (const locale of locales) {
  const messages = load(locale);
  if (!messages) continue;
  const file = join(dir, locale, "messages.json");
  const say = (what) => problems.push(`${file}: ${what}`);
  if (messages.language?.message !== locale) say(`"language" is "${messages.language?.message}", not "${locale}"`);
  for (const key of Object.keys(en)) {
    const m = messages[key]?.message;
    if (typeof m !== "string" || !m.trim()) say(`no message for "${key}"`);
    else if (substitutions(m) !== substitutions(en[key].message)) {
      say(`"${key}" has substitutions [${substitutions(m)}], English [${substitutions(en[key].message)}]`);
    }
  }
  for (const key of Object.keys(messages)) if (!(key in en)) say(`"${key}" is not an English message`);
  // Counted messages: every category the language gives a count under a
  // thousand has its own message, so no small count falls back to "other".
  const plurals = new Intl.PluralRules(locale);
  const used = new Set(Array.from({ length: 1000 }, (_, n) => plurals.select(n)));
  // (A counted message is one English has in "_one" and "_other" forms;
  // "kind_other" is the kind "other", not a plural.)
  const countedKeys = Object.keys(en).filter((k) => k.endsWith("_one")).map((k) => k.slice(0, -4));
  for (const base of countedKeys.filter((b) => `${b}_other` in en)) {
    for (const category of used) if (!(`${base}_${category}` in messages)) say(`no "${base}_${category}"`);
  }
}

// What the counted messages read, in each language's own rules.
const expect = [
  ["en", "upsellsHidden", 1, "1 promo hidden"],
  ["en", "upsellsHidden", 3, "3 promos hidden"],
  ["de", "upsellsHidden", 1, "1 Werbeblock ausgeblendet"],
  ["de", "upsellsHidden", 2, "2 Werbeblöcke ausgeblendet"],
  ["fr", "upsellsHidden", 0, "0 promo masquée"],
  ["fr", "upsellsHidden", 1, "1 promo masquée"],
  ["fr", "upsellsHidden", 2, "2 promos masquées"],
  // French "many" (a million) has no message of its own: "other" serves.
  ["fr", "upsellsHidden", 1000000, "1000000 promos masquées"],
  ["es", "quoteCount", 1, "1 cita"],
  ["es", "quoteCount", 4, "4 citas"],
];
for (const [locale, key, n, want] of expect) {
  const messages = load(locale);
  if (!messages) continue;
  const got = counted(translatorOf(messages), key, n);
  if (got !== want) problems.push(`${locale}: ${key} for ${n} reads "${got}", not "${want}"`);
}
// A language tag the browser does not know still gives a message.
const odd = counted(translatorOf({ ...en, language: { message: "not a tag!" } }), "upsellsHidden", 1);
if (odd !== "1 promos hidden") problems.push(`an unknown language tag gives "${odd}"`);

// Each message is asked of the browser once, whatever it is filled with,
// and filled as the browser would: "Filter by" for every actor is one call.
{
  const api = i18nOf(en);
  const t = translator(api);
  const said = [t("filterBy", "Ann Lee"), t("filterBy", "Bo $1 Chan"), t("filterBy"), t("noSuchMessage", "x")];
  const filter = (name) => en.filterBy.message.replace("$1", () => name);
  const want = [filter("Ann Lee"), filter("Bo $1 Chan"), filter(""), "noSuchMessage"];
  if (JSON.stringify(said) !== JSON.stringify(want)) problems.push(`the translator says ${JSON.stringify(said)}, not ${JSON.stringify(want)}`);
  if (api.calls !== 2) problems.push(`the translator asked the browser ${api.calls} times for two messages, not 2`);
}

console.log(`locales: ${locales.join(", ")}; ${Object.keys(en).length} messages each`);
if (problems.length) {
  console.log(problems.map((p) => `FAIL ${p}`).join("\n"));
  process.exit(1);
}
console.log("locales: every message translated, substitutions and plurals agree");
