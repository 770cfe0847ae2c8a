// The panel's stylesheet, as a module so it can be adopted as a constructed
// sheet (see style.js) without fetching anything. Colours pass WCAG AA
// (4.5:1 for text) in both schemes.
export const PANEL_CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483646 !important;
  inset-block-start: 12px !important; inset-inline-end: 12px !important;
  inset-block-end: auto !important; inset-inline-start: auto !important;
  width: min(360px, calc(100vw - 24px)) !important; display: block !important; }
:host([hidden]) { display: none !important; }
:host([inline]) { position: static !important; width: auto !important; }
/* Docked, the panel would cover the first printed page's story; inline (the
   playground) it is the page's content, and prints. */
@media print { :host(:not([inline])) { display: none !important; } }
/* Narrow screens: a bottom sheet that leaves the story readable above it. */
@media (max-width: 640px) {
  :host(:not([inline])) { inset: auto 0 0 0 !important; width: 100% !important; }
  :host(:not([inline])) .panel { max-height: 45vh; border-radius: 12px 12px 0 0; border-inline: 0; border-block-end: 0; }
}
.panel { box-sizing: border-box; max-height: calc(100vh - 24px); overflow: auto; overscroll-behavior: contain;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f1f24;
  background: #fffdf8; border: 1px solid #cfcabe; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
:host([inline]) .panel { max-height: none; box-shadow: none; }
.head { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; padding: 8px 10px 8px 14px;
  border-block-end: 1px solid #e4e0d6; position: sticky; top: 0; background: inherit; z-index: 1; }
.minimized .head { border-block-end: 0; }
.brand { flex: 1; margin: 0; font-size: 15px; font-weight: 650; letter-spacing: .02em; }
.status { flex-basis: 100%; margin: 0; font-size: 12px; color: #55534d; min-height: 0; }
.status:empty { display: none; }
.body { padding: 6px 14px 14px; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: #55534d; margin: 16px 0 6px; }
ul, ol { list-style: none; margin: 0; padding: 0; }
button { font: inherit; color: inherit; cursor: pointer; border-radius: 5px; }
button:focus-visible, summary:focus-visible, input:focus-visible {
  outline: 2px solid #0b5cad; outline-offset: 2px; }
.icon { border: 0; background: none; font-size: 18px; line-height: 1; padding: 4px 7px; color: #3d3b36; }
.tool { border: 1px solid #cfcabe; background: #f4f1e8; font-size: 12.5px; padding: 3px 9px; }
.tool:hover, .icon:hover { background: #ece8dd; }
.link { border: 0; background: none; padding: 0 2px; color: #0b5cad; text-decoration: underline; }
.more { margin: 6px 0 0; font-size: 13px; }
.why { margin: 6px 0 0; }
.why summary { cursor: pointer; color: #3d3b36; }
.signals { margin: 6px 0 0; padding-inline-start: 14px; font-size: 12.5px; color: #55534d; }
.signals .against { color: #8a3a1c; }
.promos { margin: 10px 0 0; padding: 8px 10px; background: #f4f1e8; border-radius: 8px; font-size: 13px; }
.promo-line { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; margin: 0 0 4px; }
.promo-line:empty { display: none; }
.switch { display: flex; gap: 8px; align-items: center; color: #3d3b36; cursor: pointer; }
.switch input { margin: 0; width: 16px; height: 16px; accent-color: #0b5cad; }
h4 { font-size: 12px; font-weight: 600; color: #55534d; margin: 10px 0 2px; }
.actor { border-block-end: 1px solid #efebe2; }
.name-line { margin: 10px 0 0; font-size: 13px; line-height: 1.6; }
.name-line-label { font-weight: 600; color: #55534d; }
.name-line .actor { border: 0; display: inline; }
.name-line .actor-button { display: inline; width: auto; padding: 0 2px; }
.actor-button { display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; align-items: baseline; width: 100%;
  box-sizing: border-box; text-align: start; border: 0; background: none; padding: 6px 4px; }
button.actor-button:hover { background: #f4f1e8; }
.actor-button[aria-pressed="true"] { background: #fbefc4; box-shadow: inset 3px 0 0 #b8860b; }
.name { font-weight: 600; }
.detail { grid-column: 1 / -1; font-size: 12.5px; color: #55534d; }
.count { grid-column: 2; grid-row: 1; font-size: 12px; color: #55534d; white-space: nowrap; }
.badge { font-size: 11px; padding: 0 6px; border-radius: 8px; background: #ece8dd; color: #47453f; }
.badge.direct { background: #fbefc4; color: #5c4500; }
.badge.mixed { background: #e3ecf8; color: #173e6b; }
.filter { display: flex; gap: 8px; align-items: baseline; margin: 0 0 6px; font-size: 13px; color: #3d3b36; }
.quote { border-block-end: 1px solid #efebe2; }
.quote-button { display: block; width: 100%; box-sizing: border-box; text-align: start; border: 0;
  background: none; padding: 8px 4px; }
button.quote-button:hover { background: #f4f1e8; }
.quote.active .quote-button { background: #fff4c2; }
.text { display: block; padding-inline-start: 10px; border-inline-start: 3px solid #c9a227; }
.quote.indirect .text { border-inline-start-color: #8a8a8a; font-style: italic; }
.quote.mixed .text { border-inline-start-color: #5b86b8; }
.by { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; margin: 4px 0 0; font-size: 12.5px; }
.speaker { font-weight: 600; }
.cue { color: #55534d; }
.empty { color: #55534d; font-style: italic; margin: 4px 0; }
.foot { margin: 14px 0 0; padding-block-start: 8px; border-block-start: 1px solid #e4e0d6; font-size: 12.5px; }
@media (prefers-color-scheme: dark) {
  .panel { color: #ecebe6; background: #1f1f22; border-color: #3c3b38; }
  .head { border-block-end-color: #34332f; }
  h3, h4, .name-line-label, .signals, .detail, .count, .cue, .empty, .status { color: #b9b7af; }
  .signals .against { color: #f0a98a; }
  .why summary, .icon, .switch, .filter { color: #dcdad3; }
  .tool { background: #2a2a2e; border-color: #4a4944; }
  .tool:hover, .icon:hover, button.actor-button:hover, button.quote-button:hover { background: #2c2c30; }
  .promos { background: #28282c; }
  .badge { background: #34332f; color: #dcdad3; }
  .badge.direct { background: #4a3d12; color: #ffe9a8; }
  .badge.mixed { background: #1d3350; color: #cfe2fb; }
  .actor, .quote { border-block-end-color: #2e2d2a; }
  .foot { border-block-start-color: #34332f; }
  .actor-button[aria-pressed="true"], .quote.active .quote-button { background: #3a3218; }
  .link { color: #8cc4ff; }
  button:focus-visible, summary:focus-visible, input:focus-visible { outline-color: #8cc4ff; }
}
@media (prefers-reduced-motion: no-preference) {
  .actor-button, .quote-button { transition: background-color .12s; }
}
`;
