import { kitClientWordsFor } from "../locale/page/kitClient.ts";
import { COPY, COPY_DONE, COPY_STATUS } from "../pageContract.ts";

/** How long "Copied" stays beside a button, in ms. */
const NOTE_MS = 4000;

/**
 * Puts text on the clipboard: the Clipboard API where the page may use it, else the old
 * way, a selected text area and the copy command. False when neither worked.
 */
export async function copyText(doc: Document, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API (an insecure context, an old browser) or no permission: try the old way.
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.readOnly = true;
  area.className = "copy-fallback";
  doc.body.append(area);
  area.focus({ preventScroll: true });
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/**
 * Every Copy button copies the code it names (its `COPY` is the code's id). The result
 * is said in the page's polite live region and shown beside the button; where the browser
 * lets nothing copy, the code is unfolded and selected for the reader to copy by hand.
 * Focus stays on the button.
 */
export function bindCopyButtons(doc: Document): void {
  const status = doc.querySelector<HTMLElement>(COPY_STATUS.selector);
  let clearing = 0;
  const say = (text: string) => {
    if (!status) return;
    // Emptied first, so a second "Copied" in a row is said again.
    status.textContent = "";
    window.setTimeout(() => {
      status.textContent = text;
    }, 50);
  };
  for (const button of doc.querySelectorAll<HTMLButtonElement>(`button${COPY.selector}`)) {
    const id = COPY.read(button) ?? "";
    const code = doc.getElementById(id);
    const note = doc.querySelector<HTMLElement>(COPY_DONE.is(id));
    if (!code) continue;
    button.addEventListener("click", async () => {
      const copied = await copyText(doc, code.textContent ?? "");
      button.focus({ preventScroll: true });
      if (!copied) {
        // Folded code must be seen to be copied by hand.
        const folded = code.closest("details");
        if (folded) folded.open = true;
        doc.getSelection()?.selectAllChildren(code);
      }
      const words = kitClientWordsFor(doc.documentElement.lang);
      const said = copied ? words.copied : words.selectedHint;
      say(said);
      for (const other of doc.querySelectorAll<HTMLElement>(COPY_DONE.selector))
        other.textContent = "";
      if (note) note.textContent = copied ? words.copied : words.selected;
      window.clearTimeout(clearing);
      clearing = window.setTimeout(() => {
        if (note) note.textContent = "";
      }, NOTE_MS);
    });
  }
}
