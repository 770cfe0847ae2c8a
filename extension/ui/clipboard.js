// Writing text to the clipboard from a click in the panel.

/**
 * Writes `text` with the async Clipboard API, falling back to a copy
 * command on a selected textarea inside `root` (our shadow root) where the
 * API is refused. Resolves to whether it worked.
 */
export async function copyText(text, root) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall back below.
  }
  const doc = root.ownerDocument;
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.cssText = "position:fixed;opacity:0;pointer-events:none";
  root.append(area);
  area.select();
  try {
    return doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
