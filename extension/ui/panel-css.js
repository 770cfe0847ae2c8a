// The panel's stylesheet, as a module so it can be adopted as a constructed
// sheet (see style.js) without fetching anything.
export const PANEL_CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483646 !important;
  top: 12px !important; right: 12px !important; bottom: auto !important; left: auto !important;
  width: min(360px, calc(100vw - 24px)) !important; max-height: calc(100vh - 24px) !important;
  display: block !important; }
:host([hidden]) { display: none !important; }
:host([inline]) { position: static !important; width: auto !important; max-height: none !important; }
:host([inline]) .panel { max-height: none; box-shadow: none; }
.panel { box-sizing: border-box; max-height: calc(100vh - 24px); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f1f24;
  background: #fffdf8; border: 1px solid #d6d2c8; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.head { display: flex; align-items: center; gap: 8px; padding: 8px 12px;
  border-bottom: 1px solid #e4e0d6; position: sticky; top: 0; background: inherit; }
.brand { flex: 1; margin: 0; font-size: 15px; font-weight: 650; letter-spacing: .02em; }
.body { padding: 8px 12px 12px; }
h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: #5a5852; margin: 14px 0 6px; }
ul, ol { list-style: none; margin: 0; padding: 0; }
.why summary { cursor: pointer; color: #3d3b36; }
.signals { margin: 4px 0 0 12px; font-size: 12px; color: #5a5852; }
.upsells { display: flex; gap: 8px; align-items: baseline; margin: 8px 0 0; font-size: 13px; }
.actor { display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; padding: 5px 0;
  border-bottom: 1px solid #efebe2; }
.name { font-weight: 600; }
.detail { flex-basis: 100%; font-size: 12.5px; color: #55534d; }
.count { font-size: 12px; color: #55534d; margin-left: auto; }
.badge { font-size: 11px; padding: 0 6px; border-radius: 8px; background: #ece8dd; color: #47453f; }
.quote { padding: 8px 0; border-bottom: 1px solid #efebe2; }
blockquote { margin: 0; padding-left: 10px; border-left: 3px solid #c9a227; }
.quote.indirect blockquote { border-left-color: #8a8a8a; font-style: italic; }
.by { display: flex; gap: 8px; align-items: baseline; margin: 4px 0 0; font-size: 12.5px; }
.speaker { font-weight: 600; }
.cue { color: #55534d; }
.empty { color: #55534d; font-style: italic; margin: 4px 0; }
button { font: inherit; cursor: pointer; border-radius: 4px; }
button:focus-visible, summary:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
.icon { border: 0; background: none; font-size: 20px; line-height: 1; padding: 2px 6px; color: #3d3b36; }
.link { border: 0; background: none; padding: 0; color: #0b5cad; text-decoration: underline; }
@media (prefers-color-scheme: dark) {
  .panel { color: #ecebe6; background: #1f1f22; border-color: #3c3b38; }
  .head { border-bottom-color: #34332f; }
  h3, .signals, .detail, .count, .cue, .empty { color: #b5b3ab; }
  .why summary, .icon { color: #dcdad3; }
  .badge { background: #34332f; color: #dcdad3; }
  .actor, .quote { border-bottom-color: #2e2d2a; }
  .link { color: #8cc4ff; }
  button:focus-visible, summary:focus-visible { outline-color: #8cc4ff; }
}
@media (prefers-reduced-motion: no-preference) { .panel { transition: opacity .15s; } }
`;
