// The reader's language: messages from `_locales` through the i18n API,
// counted messages, and language names, all in the language of the messages
// in use (their "language" message), which is not always the browser's: a
// browser in Polish reads the English fallback, and wants English plurals
// and "German", not "niemiecki", inside an English sentence.

/**
 * `_locales` messages with `$1`-style substitutions; a missing one is its
 * key. Each message is asked of the browser once per page, whatever it is
 * filled with: with a private-use character standing for each substitution,
 * which is then filled in here. The panel says the same words for every
 * quote, actor and signal ("Filter by X", "3 quoted", a collapse's cues),
 * and every `getMessage` is a call through the extension bindings (in
 * Chromium each one asks for the UI language again).
 */
export function translator(api) {
  const templates = new Map();
  return (key, ...subs) => {
    let template = templates.get(key);
    if (template === undefined) {
      template = api.i18n.getMessage(key, SUBSTITUTION_MARKS) || null;
      templates.set(key, template);
    }
    if (template === null) return key;
    return template.replace(MARKED, (mark) => subs[mark.charCodeAt(0) - FIRST_MARK] ?? "");
  };
}

/** U+E000…U+E008: what the browser is given for `$1`…`$9`, the most `getMessage` fills. */
const FIRST_MARK = 0xe000;
const SUBSTITUTION_MARKS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(FIRST_MARK + i));
const MARKED = /[\ue000-\ue008]/g;

/**
 * `key`'s message for the number `n`, with `n` as its `$1`. The i18n API has
 * no plurals, so `_locales` holds one message per CLDR plural category the
 * language tells apart ("upsellsHidden_one", "upsellsHidden_other"; French
 * "one" is 0 and 1), and the category is chosen here.
 */
export function counted(t, key, n) {
  const rules = pluralRules(t("language"));
  const category = rules ? rules.select(n) : "other";
  const specific = `${key}_${category}`;
  const message = t(specific, String(n));
  // A category the locale has no message for (French "many", for
  // millions) takes "other".
  return message === specific ? t(`${key}_other`, String(n)) : message;
}

// One PluralRules per language: the panel counts a line per quoted actor.
const pluralRulesByLanguage = new Map();

/** The plural rules of `language`, or null for a tag the browser does not know. */
function pluralRules(language) {
  if (!pluralRulesByLanguage.has(language)) {
    let rules = null;
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      // An unknown language tag: every count takes the general form.
    }
    pluralRulesByLanguage.set(language, rules);
  }
  return pluralRulesByLanguage.get(language);
}

/** The name of a language tag in the messages' language ("de" → "German"), else the tag. */
export function languageName(t, tag) {
  try {
    return new Intl.DisplayNames([t("language")], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
