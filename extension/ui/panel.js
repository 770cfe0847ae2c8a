// The panel: the story's actors and who said what, docked at the side of the
// page (a bottom sheet on narrow screens) in a shadow root, so page CSS
// cannot reach in and ours cannot leak out. Every string from the page goes
// in through textContent (the `text` prop of h()), never as HTML.
//
// The panel only shows state and reports what the reader asked for through
// `actions`; the content script (or the playground) does the rest.

import { isListed } from "./actors.js";
import { adoptStyles, h } from "./style.js";
import { PANEL_CSS } from "./panel-css.js";
import { counted, languageName } from "./i18n.js";
import { signalText } from "./explain.js";

/**
 * @typedef {object} PanelActions
 * @property {() => void} close
 * @property {(quote: object) => boolean} [highlight] scroll to a quote and highlight it
 * @property {() => void} [clearHighlight]
 * @property {() => Promise<boolean>} [copy] put the summary on the clipboard
 * @property {(hidden: boolean) => void} [setPromosHidden] collapse or restore all promos
 * @property {(on: boolean) => void} [setCollapseOnSite] the per-site switch
 * @property {() => void} [neverOnSite] turn Dramatis off on this site
 * @property {() => void} [turnOnSite] turn it on again (a panel `setOff()`)
 */

/**
 * People or organisations listed before the rest of the group is folded
 * behind "Show N more": a listicle or a market report names dozens of firms
 * (a movers' guide, ninety), and a reader looks for the few that act and
 * speak, which the analysis ranks first. A fold that would hide fewer than
 * MIN_FOLDED costs a click for nothing, so shorter groups are shown whole.
 */
const SHOWN_ACTORS = 8;
const MIN_FOLDED = 3;

/**
 * The verdict's signals listed under "why?" before the rest are folded the
 * same way: every feature that moved the score is one (an article's list
 * runs to thirty), and the strongest, which the analysis ranks first, are
 * the answer.
 */
const SHOWN_SIGNALS = 8;

export class Panel {
  /**
   * @param {Document} doc
   * @param {(key: string, ...subs: string[]) => string} t translations
   * @param {PanelActions} actions
   */
  constructor(doc, t, actions) {
    this.doc = doc;
    this.t = t;
    this.actions = actions;
    this.host = doc.createElement("dramatis-panel");
    // The panel speaks the reader's language; what it quotes from the page
    // is English, the only language the analysis reads (see #quote).
    this.host.lang = t("language");
    this.root = this.host.attachShadow({ mode: "open" });
    adoptStyles(this.root, PANEL_CSS);
    this.host.hidden = true;
    this.analysis = null;
    // Dramatis is off on the site: the panel says so, and nothing else.
    this.off = false;
    this.dirty = false;
    this.state = {
      minimized: false,
      actor: null, // name of the actor whose quotes are shown, or null for all
      unfolded: new Set(), // groups of actors (or "signals") shown whole (see SHOWN_ACTORS)
      why: false, // whether "why?" is open
      highlighted: -1, // index of the highlighted quote
      status: "",
      promos: { hidden: 0, total: 0, siteOn: true },
    };
    // What each control of the tree drawn last does, by its `data-key`:
    // one listener per kind of event on the shadow root rather than one on
    // every control (a long story's panel has dozens, and in Firefox each
    // call into the page's DOM goes through a wrapper).
    this.controls = new Map();
    this.root.addEventListener("click", (e) => this.#act(e, "click"));
    this.root.addEventListener("change", (e) => this.#act(e, "change"));
    // `toggle` does not bubble: it is caught on its way down.
    this.root.addEventListener("toggle", (e) => this.#toggled(e), true);
    this.root.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && this.state.highlighted >= 0) {
        e.stopPropagation();
        this.#clearHighlight();
      }
    });
  }

  /**
   * Puts the panel in the page: docked over it, appended outside <body> so
   * page layout is untouched; or inline inside `container` (the playground).
   */
  mount(container = null) {
    if (container) {
      this.host.setAttribute("inline", "");
      container.replaceChildren(this.host);
    } else if (!this.host.isConnected) {
      // The page's `dir` attribute, not its computed direction: a style
      // read here, just after the collapse bars went in, would make the
      // browser restyle the page on the spot.
      if (this.doc.documentElement.dir === "rtl") this.host.setAttribute("dir", "rtl");
      this.doc.documentElement.append(this.host);
    }
  }

  get visible() {
    return this.host.isConnected && !this.host.hidden;
  }

  show() {
    this.mount();
    this.host.hidden = false;
    if (this.dirty) this.render();
  }

  hide() {
    this.#clearHighlight(false);
    this.host.hidden = true;
  }

  /** Takes the panel out of the page for good. */
  remove() {
    this.#clearHighlight(false);
    this.host.remove();
  }

  toggle() {
    if (this.visible) this.hide();
    else this.show();
    return this.visible;
  }

  /** Shows an analysis (a page's, or a text's without `detection`). */
  setAnalysis(analysis) {
    this.analysis = analysis;
    this.state.actor = null;
    this.state.unfolded = new Set();
    this.state.highlighted = -1;
    this.render();
  }

  /** Shows that Dramatis is off on the site, with the control that turns it on. */
  setOff() {
    this.off = true;
    this.render();
  }

  /** Updates the promo counts: `{hidden, total, siteOn}`. */
  setPromos(promos) {
    this.state.promos = { ...this.state.promos, ...promos };
    this.render();
  }

  /** Redraws the panel; while it is hidden, only notes that it must. */
  render() {
    this.dirty = !this.visible;
    if ((!this.analysis && !this.off) || this.dirty) return;
    const focused = this.root.activeElement?.dataset?.key;
    const { doc } = this;
    const s = this.state;
    this.controls = new Map();
    const panel = h(doc, "aside", {
      class: `panel${s.minimized ? " minimized" : ""}`,
      role: "complementary",
      "aria-labelledby": "dramatis-title",
    }, this.#header(), s.minimized ? null : this.#body());
    this.root.replaceChildren(...[...this.root.children].filter((c) => c.localName === "style"), panel);
    if (focused) this.root.querySelector(`[data-key="${CSS.escape(focused)}"]`)?.focus();
  }

  /** Runs what the control the event came from does, if it does so on `type`. */
  #act(event, type) {
    const key = event.target.closest?.("[data-key]")?.dataset.key;
    const control = key && this.controls.get(key);
    if (control?.type === type) control.run(event);
  }

  /**
   * A control of the panel: the element `tag` with `data-key` = `key` (what
   * refocuses it after a redraw, and finds what it does), which runs `run`
   * on a `type` event.
   */
  #control(tag, type, key, props, run, ...children) {
    this.controls.set(key, { type, run });
    return h(this.doc, tag, { ...props, "data-key": key }, ...children);
  }

  #button(key, props, run, ...children) {
    return this.#control("button", "click", key, { type: "button", ...props }, run, ...children);
  }

  /**
   * "why?" opened or closed by the reader. Its signals are listed only once
   * it is open, as most readers never open it; the details element a redraw
   * makes open reports a toggle too, which changes nothing.
   */
  #toggled(event) {
    const details = event.target;
    if (details.localName !== "details" || details.open === this.state.why) return;
    this.state.why = details.open;
    if (details.open) this.render();
  }

  #header() {
    const { doc, t } = this;
    const s = this.state;
    return h(doc, "header", { class: "head" },
      h(doc, "h2", { class: "brand", id: "dramatis-title", text: t("panelTitle") }),
      this.actions.copy
        ? this.#button("copy", { class: "tool", text: t("copy"), title: t("copyLabel"), "aria-label": t("copyLabel") }, () => this.#copy())
        : null,
      this.#button("minimize", {
        class: "icon",
        "aria-expanded": String(!s.minimized),
        "aria-label": t(s.minimized ? "expand" : "minimize"), title: t(s.minimized ? "expand" : "minimize"),
        text: s.minimized ? "▸" : "▾",
      }, () => {
        s.minimized = !s.minimized;
        this.render();
      }),
      this.#button("close", { class: "icon", "aria-label": t("close"), title: t("close"), text: "×" }, () => this.actions.close()),
      h(doc, "p", { class: "status", role: "status", "aria-live": "polite", text: s.status }),
    );
  }

  #body() {
    const { doc, t } = this;
    if (this.off) {
      return h(doc, "div", { class: "body" }, h(doc, "p", { class: "empty", text: t("offOnSite") }),
        h(doc, "p", {}, this.#button("turn-on", { class: "tool", text: t("turnOnSite") }, () => this.actions.turnOnSite?.())));
    }
    const a = this.analysis;
    if (a.detection && !a.detection.is_article) {
      return h(doc, "div", { class: "body" }, this.#verdict(a.detection),
        h(doc, "p", { class: "empty", text: t("notArticleNote") }), this.#footer());
    }
    // A page in a language the analysis does not read gets its promos
    // hidden and a word on why there are no actors, not a guessed list.
    const unread = a.speech_unread && h(doc, "p", { class: "empty", text: t("speechUnread", languageName(t, a.speech_unread)) });
    return h(doc, "div", { class: "body" },
      this.#verdict(a.detection),
      this.#promos(),
      h(doc, "section", { class: "section", "aria-labelledby": "dramatis-actors" },
        h(doc, "h3", { id: "dramatis-actors", text: t("actors") }),
        unread || this.#actors(a.actors)),
      unread ? null : h(doc, "section", { class: "section", "aria-labelledby": "dramatis-quotes" },
        h(doc, "h3", { id: "dramatis-quotes", text: t("quotes") }),
        this.#quotes()),
      this.#footer(),
    );
  }

  /** The site's off switch, where the panel is on a page (not in the playground). */
  #footer() {
    if (!this.actions.neverOnSite) return null;
    return h(this.doc, "p", { class: "foot" },
      this.#button("never", { class: "link", text: this.t("neverOnSite") }, () => this.actions.neverOnSite()));
  }

  #verdict(d) {
    // Plain text (the playground) has no page, hence no verdict.
    if (!d) return null;
    const { doc, t } = this;
    const open = this.state.why;
    const summary = h(doc, "summary", { "data-key": "why", text: t(d.is_article ? "verdictArticle" : "verdictNotArticle", String(Math.round(d.score * 100))) });
    if (!open) return h(doc, "details", { class: "why" }, summary);
    // Kept open across redraws (a click on its "Show N more" is one).
    const { shown, more } = this.#fold(d.signals, "signals", SHOWN_SIGNALS, () => false);
    return h(doc, "details", { class: "why", open }, summary,
      h(doc, "ul", { class: "signals", id: "dramatis-list-signals", "aria-label": t("signals") },
        shown.map((s) => h(doc, "li", { class: s.weight >= 0 ? "for" : "against", text: `${s.weight >= 0 ? "+" : "−"} ${signalText(t, s)}` }))),
      more);
  }

  #promos() {
    const { doc, t } = this;
    const p = this.state.promos;
    if (!this.actions.setPromosHidden || (p.total === 0 && p.siteOn)) return null;
    const line = p.hidden > 0
      ? [h(doc, "span", { text: counted(t, "upsellsHidden", p.hidden) }),
        this.#button("promos", { class: "link", text: t("showAll") }, () => this.actions.setPromosHidden(false))]
      : p.total > 0
        ? [h(doc, "span", { text: counted(t, "upsellsShown", p.total) }),
          this.#button("promos", { class: "link", text: t("hideAgain") }, () => this.actions.setPromosHidden(true))]
        : [];
    const site = h(doc, "label", { class: "switch" },
      this.#control("input", "change", "site-switch", { type: "checkbox", checked: p.siteOn },
        (e) => this.actions.setCollapseOnSite?.(e.target.checked)),
      h(doc, "span", { text: t("collapseOnSite") }));
    return h(doc, "div", { class: "promos" }, h(doc, "p", { class: "promo-line" }, line), site);
  }

  /**
   * People and organisations as a ranked list each (who acts and speaks);
   * countries, and the other names the analysis could not class (a region,
   * a cited survey, a firm or a person it does not know), as one compact
   * line of names each: the line says which is which, so a person is never
   * listed as a place.
   */
  #actors(actors) {
    const { doc, t } = this;
    if (!actors.length) return h(doc, "p", { class: "empty", text: t("noActors") });
    const of = (kind) => actors.filter((a) => a.kind === kind);
    const list = (group, key) => group.length
      ? [h(doc, "h4", { id: `dramatis-${key}`, text: t(key) }), ...this.#folded(group, key)]
      : [];
    const line = (group, key) => group.length
      ? h(doc, "p", { class: "name-line" },
        h(doc, "span", { class: "name-line-label", text: t(key) }),
        ...group.flatMap((a, i) => [i ? ", " : " ", a.quotes
          ? this.#actor(a, "span")
          : h(doc, "span", { class: "line-name", text: a.name })]))
      : null;
    return [
      ...list(of("person"), "groupPeople"),
      ...list(of("organization"), "groupOrganizations"),
      line(of("country"), "groupCountries"),
      line(of("other").filter(isListed), "groupOthers"),
    ];
  }

  /**
   * A group's list, cut after its SHOWN_ACTORS most prominent (the analysis
   * ranks them) with a control to show the rest; the actor whose quotes are
   * shown stays in view either way.
   */
  #folded(group, key) {
    const { doc } = this;
    const { shown, more } = this.#fold(group, key, SHOWN_ACTORS, (a) => a.name === this.state.actor);
    const id = `dramatis-list-${key}`;
    return [
      h(doc, "ul", { class: "actors", role: "list", id, "aria-labelledby": `dramatis-${key}` }, shown.map((a) => this.#actor(a))),
      more,
    ];
  }

  /**
   * A ranked list cut after its first `count` (and any item `kept` says
   * must stay in view), with the control that shows the rest or folds them
   * again; the list's element is `dramatis-list-${key}`. No fold that
   * would hide fewer than MIN_FOLDED.
   */
  #fold(items, key, count, kept) {
    const { t } = this;
    const s = this.state;
    const foldable = items.length >= count + MIN_FOLDED;
    const unfolded = !foldable || s.unfolded.has(key);
    const shown = unfolded ? items : items.filter((item, i) => i < count || kept(item));
    const more = foldable
      ? this.#button(`more:${key}`, {
        class: "link more",
        "aria-expanded": String(unfolded), "aria-controls": `dramatis-list-${key}`,
        text: unfolded ? t("showFewer") : t("showMore", String(items.length - shown.length)),
      }, () => {
        if (unfolded) s.unfolded.delete(key);
        else s.unfolded.add(key);
        this.render();
      })
      : null;
    return { shown, more };
  }

  #actor(actor, tag = "li") {
    const { doc, t } = this;
    const selected = this.state.actor === actor.name;
    const detail = [actor.role, actor.affiliation].filter(Boolean).join(" · ");
    const content = [
      // The group heading says what kind of actor this is.
      h(doc, "span", { class: "name", text: actor.name }),
      actor.quotes ? h(doc, "span", { class: "count", text: counted(t, "quoteCount", actor.quotes) }) : null,
      detail ? h(doc, "span", { class: "detail", text: detail }) : null,
    ];
    // Only quoted actors filter the quotes; the others are plain list items.
    const body = actor.quotes
      ? this.#button(`actor:${actor.name}`, {
        class: "actor-button", "aria-pressed": String(selected), title: t("filterBy", actor.name),
      }, () => {
        this.state.actor = selected ? null : actor.name;
        this.render();
      }, content)
      : h(doc, "div", { class: "actor-button" }, content);
    return h(doc, tag, { class: `actor kind-${actor.kind}` }, body);
  }

  #quotes() {
    const { doc, t } = this;
    const all = this.analysis.quotes;
    if (!all.length) return h(doc, "p", { class: "empty", text: t("noQuotes") });
    const who = this.state.actor;
    // A quote two actors give together is listed under each of them.
    const by = (q) => q.speaker === who || Boolean(q.speakers?.includes(who));
    const shown = all.map((q, i) => [q, i]).filter(([q]) => !who || by(q));
    const filter = who
      ? h(doc, "p", { class: "filter" },
        h(doc, "span", { text: t("quotesBy", who) }),
        this.#button("all-quotes", { class: "link", text: t("allQuotes") }, () => {
          this.state.actor = null;
          this.render();
        }))
      : null;
    return [filter, h(doc, "ol", { class: "quotes", role: "list" }, shown.map(([q, i]) => this.#quote(q, i)))];
  }

  #quote(q, i) {
    const { doc, t } = this;
    const active = this.state.highlighted === i;
    const kind = t(`quote_${q.kind}`);
    const speaker = q.speaker ?? t("unknownSpeaker");
    const canJump = Boolean(this.actions.highlight);
    const content = [
      h(doc, "span", { class: "text", lang: "en", text: q.text }),
      h(doc, "span", { class: "by" },
        h(doc, "span", { class: "speaker", text: speaker }),
        h(doc, "span", { class: `badge ${q.kind}`, text: kind }),
        h(doc, "span", { class: "cue", lang: "en", text: q.cue })),
    ];
    return h(doc, "li", { class: `quote ${q.kind}${active ? " active" : ""}` },
      canJump
        ? this.#button(`quote:${i}`, {
          // The visible text (quote, speaker, kind, cue) is the accessible name.
          class: "quote-button", "aria-pressed": String(active), title: t("jumpToQuote"),
        }, () => (active ? this.#clearHighlight() : this.#highlight(q, i)), content)
        : h(doc, "div", { class: "quote-button" }, content));
  }

  #highlight(q, i) {
    if (this.actions.highlight(q)) {
      this.state.highlighted = i;
      this.state.status = this.t("highlighted");
    } else {
      this.state.status = this.t("notInPage");
    }
    this.render();
  }

  #clearHighlight(render = true) {
    if (this.state.highlighted < 0) return;
    this.actions.clearHighlight?.();
    this.state.highlighted = -1;
    this.state.status = "";
    if (render) this.render();
  }

  async #copy() {
    const ok = await this.actions.copy();
    this.state.status = this.t(ok ? "copied" : "copyFailed");
    this.render();
  }
}
