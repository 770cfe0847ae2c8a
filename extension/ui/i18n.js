// The reader's language: messages from `_locales` through the i18n API,
// counted messages, and language names, all in the language of the messages
// in use (their "language" message), which is not always the browser's: a
// browser in Polish reads the English fallback, and wants English plurals
// and "German", not "niemiecki", inside an English sentence.

/**
 * `_locales` messages with `$1`-style substitutions; a missing one is its
 * key. Each message is asked of the browser once per page: the panel says
 * the same words for every quote and signal, and every `getMessage` is a
 * call through the extension bindings.
 */
export function translator(api) {
  const said = new Map();
  return (key, ...subs) => {
    const id = subs.length ? `${key}\u0000${subs.join("\u0000")}` : key;
    let message = said.get(id);
    if (message === undefined) {
      message = api.i18n.getMessage(key, subs) || key;
      said.set(id, message);
    }
    return message;
  };
}

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
