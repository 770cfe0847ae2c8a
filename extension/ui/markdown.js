// The panel's summary as Markdown, for the clipboard: title, address,
// actors, and who said what. Page text is escaped so it stays text.

import { isListed } from "./actors.js";
import { counted, languageName } from "./i18n.js";

/** Backslash-escapes what Markdown would read as markup. */
export function escapeMarkdown(text) {
  return String(text).replace(/[\\`*_{}[\]()<>#+!|~]/g, "\\$&").replace(/\s+/g, " ").trim();
}

/**
 * @param {{title?: string, url?: string, actors: object[], quotes: object[], speech_unread?: string}} summary
 * @param t translation function
 */
export function toMarkdown({ title, url, actors, quotes, speech_unread: unread }, t) {
  const lines = [`# ${escapeMarkdown(title || t("untitled"))}`, ""];
  if (url) lines.push(`<${url}>`, "");
  lines.push(`## ${t("actors")}`, "");
  if (unread) return lines.concat(escapeMarkdown(t("speechUnread", languageName(t, unread))), "").join("\n");
  if (!actors.length) lines.push(t("noActors"));
  for (const a of actors.filter(isListed)) {
    const detail = [a.role, a.affiliation].filter(Boolean).map(escapeMarkdown).join(", ");
    const quoted = a.quotes > 0 ? ` · ${counted(t, "quoteCount", a.quotes)}` : "";
    lines.push(`- **${escapeMarkdown(a.name)}** (${t(`kind_${a.kind}`)}${detail ? `; ${detail}` : ""})${quoted}`);
  }
  lines.push("", `## ${t("quotes")}`, "");
  if (!quotes.length) lines.push(t("noQuotes"));
  for (const q of quotes) {
    const speaker = q.speaker ? escapeMarkdown(q.speaker) : t("unknownSpeaker");
    const text = q.kind === "indirect" ? escapeMarkdown(q.text) : `“${escapeMarkdown(q.text)}”`;
    lines.push(`- **${speaker}** (${escapeMarkdown(q.cue)}, ${t(`quote_${q.kind}`)}): ${text}`);
  }
  return lines.join("\n") + "\n";
}
