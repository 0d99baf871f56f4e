import { HEADER_TOP_MAX } from "../embed/embedParams.ts";
import { kitClientWordsFor } from "../locale/page/kitClient.ts";
import { ADDRESSES, BASE, PATH, PREVIEW, SNIPPET, SNIPPET_CHOICES } from "../pageContract.ts";
import {
  DEFAULT_LOOK,
  embedAddress,
  type Look,
  type SnippetChoices,
  type SnippetSpec,
  snippetCode,
} from "./embedCode.ts";

/**
 * Where the story's files are: the public address the build was given, or else the folder
 * this page was opened from (the editors' page sits at the story's root).
 */
export function storyBase(doc: Document): string {
  return BASE.read(doc.documentElement) || new URL("./", doc.baseURI).href;
}

/** The editor's choices as the form holds them. */
export function readChoices(form: HTMLFormElement, base: string): SnippetChoices {
  const data = new FormData(form);
  const theme = data.get("theme");
  const look: Look = {
    theme: theme === "dark" || theme === "auto" ? theme : DEFAULT_LOOK.theme,
    transparent: data.get("background") === "transparent",
  };
  const column = Number(data.get("column"));
  return { look, base, column: column > 0 ? column : undefined, headerTop: readHeaderTop(data) };
}

/** The host's sticky header as the editor gives it: whole pixels, 1 to 400, or none. */
function readHeaderTop(data: FormData): number | undefined {
  const top = Number(data.get("header-top"));
  return Number.isInteger(top) && top > 0 && top <= HEADER_TOP_MAX ? top : undefined;
}

/** Every snippet, preview and download on the page, written with the choices made. */
export function applyChoices(doc: Document, choices: SnippetChoices): void {
  for (const code of doc.querySelectorAll<HTMLElement>(`code${SNIPPET.selector}`)) {
    const spec = JSON.parse(SNIPPET.read(code) ?? "null") as SnippetSpec | null;
    if (spec) code.textContent = snippetCode(spec, choices);
  }
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(`iframe${PREVIEW.selector}`)) {
    const src = embedAddress(PATH.read(frame) ?? "", choices);
    if (frame.getAttribute("src") !== src) frame.src = src;
  }
  for (const link of doc.querySelectorAll<HTMLAnchorElement>(`a${PATH.selector}`))
    link.href = new URL(PATH.read(link) ?? "", choices.base).href;
}

/**
 * Makes every address on the page absolute (from the page's own when the build had no
 * public address: a snippet pasted on another origin must work as it is) and shows the
 * choices, which rewrite every snippet as they change.
 */
export function bindSnippetChoices(doc: Document): void {
  const base = storyBase(doc);
  const form = doc.querySelector<HTMLFormElement>(`form${SNIPPET_CHOICES.selector}`);
  const apply = () =>
    applyChoices(doc, form ? readChoices(form, base) : { look: DEFAULT_LOOK, base });
  const said = doc.querySelector<HTMLElement>(ADDRESSES.selector);
  if (said && !BASE.read(doc.documentElement)) {
    said.textContent = kitClientWordsFor(doc.documentElement.lang).addressesFrom(base);
  }
  apply();
  if (!form) return;
  form.hidden = false;
  form.addEventListener("change", apply);
  // A typed number (the header's height) rewrites the code as it is typed.
  form.addEventListener("input", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
}
