// The options page: the global "hide promos" switch and per-site choices,
// stored through ui/settings.js like everything else.
import { forgetSite, readAll, saveSiteSettings, setCollapseUpsells } from "./ui/settings.js";
import { translator } from "./ui/i18n.js";

const api = globalThis.browser ?? globalThis.chrome;
const t = translator(api);
const $ = (id) => document.getElementById(id);

document.documentElement.lang = t("language");
for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
$("new-site").placeholder = t("optionsSitePlaceholder");

function saved() {
  $("status").textContent = t("optionsSaved");
}

/** A hostname from what the reader typed: a bare host or a whole URL. */
function hostOf(input) {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  try {
    return new URL(text.includes("://") ? text : `https://${text}`).hostname || null;
  } catch {
    return null;
  }
}

function siteRow(host, site) {
  const li = document.createElement("li");
  const id = `never-${host}`;
  const never = Object.assign(document.createElement("input"), { type: "checkbox", id, checked: site.never === true });
  never.addEventListener("change", async () => {
    await saveSiteSettings(api, host, { never: never.checked || undefined });
    saved();
  });
  const label = Object.assign(document.createElement("label"), { htmlFor: id });
  const name = Object.assign(document.createElement("strong"), { textContent: host });
  const promos = { false: t("optionsPromosShown"), true: t("optionsPromosHidden") }[site.collapse] ?? "";
  const notes = [site.panel === "closed" ? t("optionsPanelClosed") : "", promos]
    .filter(Boolean).join(", ");
  label.append(name, ` — ${t("optionsNever")}${notes ? ` (${notes})` : ""}`);
  const remove = Object.assign(document.createElement("button"), { type: "button", textContent: "×", className: "remove" });
  remove.setAttribute("aria-label", t("optionsRemove", host));
  remove.addEventListener("click", async () => {
    await forgetSite(api, host);
    saved();
    await render();
  });
  li.append(never, label, remove);
  return li;
}

async function render() {
  const { collapseUpsells, sites } = await readAll(api);
  $("collapse").checked = collapseUpsells;
  const hosts = Object.keys(sites).sort();
  $("sites").replaceChildren(...(hosts.length
    ? hosts.map((host) => siteRow(host, sites[host]))
    : [Object.assign(document.createElement("li"), { className: "empty", textContent: t("optionsNoSites") })]));
}

$("collapse").addEventListener("change", async (e) => {
  await setCollapseUpsells(api, e.target.checked);
  saved();
});

$("add").addEventListener("submit", async (e) => {
  e.preventDefault();
  const host = hostOf($("new-site").value);
  if (!host) return;
  await saveSiteSettings(api, host, { never: true });
  $("new-site").value = "";
  saved();
  await render();
});

render();
