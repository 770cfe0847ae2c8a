// Which of the analysis's actors the panel and its Markdown copy list.

/**
 * People, organisations and countries are listed however often the story
 * names them. A name of no such kind (a place, a product, a programme) is
 * listed when it is quoted or named at least twice. Of such names on every
 * fourth corpus article page, 1,369 of 1,886 are named once and never
 * quoted, mostly a heading's capitals or a product in passing ("Use AI
 * Agents", "Click-Through Rates"), which only filled the "Also named" line.
 */
export function isListed(actor) {
  return actor.kind !== "other" || actor.quotes > 0 || actor.named > 1;
}
