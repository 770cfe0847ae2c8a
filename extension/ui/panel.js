// The panel: the story's actors and who said what, docked at the side of the
// page in a shadow root (page CSS cannot reach in, ours cannot leak out).
// Every string from the page goes in through textContent, never as HTML.

import { adoptStyles, h } from "./style.js";
import { PANEL_CSS } from "./panel-css.js";

const KIND_KEYS = { person: "kindPerson", organization: "kindOrganization", country: "kindCountry", other: "kindOther" };

export class Panel {
  /**
   * @param doc the document to show the panel in
   * @param t translation function `(key, ...substitutions) => string`
   * @param actions `{ showAllUpsells(), close() }`
   */
  constructor(doc, t, actions) {
    this.doc = doc;
    this.t = t;
    this.actions = actions;
    this.host = doc.createElement("dramatis-panel");
    this.root = this.host.attachShadow({ mode: "open" });
    adoptStyles(this.root, PANEL_CSS);
    this.host.hidden = true;
  }

  /**
   * Puts the panel in the page: by default docked over it, appended outside
   * <body> so page layout is untouched; or inline inside `container`.
   */
  mount(container = null) {
    if (container) {
      this.host.setAttribute("inline", "");
      container.replaceChildren(this.host);
    } else if (!this.host.isConnected) {
      this.doc.documentElement.append(this.host);
    }
  }

  get visible() {
    return this.host.isConnected && !this.host.hidden;
  }

  show() {
    this.mount();
    this.host.hidden = false;
  }

  hide() {
    this.host.hidden = true;
  }

  toggle() {
    if (this.visible) this.hide();
    else this.show();
    return this.visible;
  }

  /** Renders an analysis and the number of collapsed upsells. */
  render(analysis, collapsedCount) {
    const { doc, t } = this;
    const d = analysis.detection;
    const header = h(doc, "header", { class: "head" },
      h(doc, "h2", { class: "brand", id: "dramatis-title", text: "Dramatis" }),
      h(doc, "button", { type: "button", class: "icon", "aria-label": t("close"), title: t("close"), text: "×", onclick: () => this.actions.close() }),
    );
    // Plain text (the playground) has no page, hence no verdict.
    const why = d
      ? h(doc, "details", { class: "why" },
        h(doc, "summary", { text: t(d.is_article ? "verdictArticle" : "verdictNotArticle", pct(d.score)) }),
        h(doc, "ul", { class: "signals" },
          d.signals.map((s) => h(doc, "li", { text: `${s.weight >= 0 ? "+" : "−"} ${s.name}` }))))
      : null;
    const upsells = collapsedCount > 0
      ? h(doc, "p", { class: "upsells" },
        h(doc, "span", { text: t("upsellsHidden", String(collapsedCount)) }),
        h(doc, "button", { type: "button", class: "link", text: t("showAll"), onclick: () => this.actions.showAllUpsells() }))
      : null;

    const actors = analysis.actors.length
      ? h(doc, "ul", { class: "actors", role: "list" }, analysis.actors.map((a) => this.#actor(a)))
      : h(doc, "p", { class: "empty", text: t("noActors") });
    const quotes = analysis.quotes.length
      ? h(doc, "ol", { class: "quotes", role: "list" }, analysis.quotes.map((q) => this.#quote(q)))
      : h(doc, "p", { class: "empty", text: t("noQuotes") });

    const body = h(doc, "div", { class: "body" },
      why, upsells,
      h(doc, "section", { "aria-labelledby": "dramatis-actors" },
        h(doc, "h3", { id: "dramatis-actors", text: t("actors") }), actors),
      h(doc, "section", { "aria-labelledby": "dramatis-quotes" },
        h(doc, "h3", { id: "dramatis-quotes", text: t("quotes") }), quotes),
    );
    const panel = h(doc, "aside", { class: "panel", role: "complementary", "aria-labelledby": "dramatis-title" }, header, body);
    if (analysis.title) panel.setAttribute("data-title", analysis.title);
    this.root.replaceChildren(...[...this.root.children].filter((c) => c.localName === "style"), panel);
  }

  #actor(a) {
    const { doc, t } = this;
    const detail = [a.role, a.affiliation].filter(Boolean).join(" · ");
    return h(doc, "li", { class: `actor kind-${a.kind}` },
      h(doc, "span", { class: "name", text: a.name }),
      h(doc, "span", { class: "badge", text: t(KIND_KEYS[a.kind] ?? "kindOther") }),
      detail ? h(doc, "span", { class: "detail", text: detail }) : null,
      a.quotes > 0 ? h(doc, "span", { class: "count", text: t("quoteCount", String(a.quotes)) }) : null,
    );
  }

  #quote(q) {
    const { doc, t } = this;
    return h(doc, "li", { class: `quote ${q.kind}` },
      h(doc, "blockquote", { text: q.text }),
      h(doc, "p", { class: "by" },
        h(doc, "span", { class: "speaker", text: q.speaker ?? t("unknownSpeaker") }),
        h(doc, "span", { class: "badge", text: t(q.kind === "direct" ? "direct" : q.kind === "mixed" ? "mixed" : "indirect") }),
        h(doc, "span", { class: "cue", text: q.cue })),
    );
  }
}

function pct(score) {
  return String(Math.round(score * 100));
}
