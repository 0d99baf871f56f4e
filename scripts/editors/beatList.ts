import {
  addressOf,
  DEFAULT_LOOK,
  type SnippetSpec,
  snippetCode,
} from "../../src/editors/embedCode.ts";
import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import { COPY, COPY_DONE, PATH, SNIPPET } from "../../src/pageContract.ts";
import { html, lines, type SafeHtml } from "../prerender/html.ts";

/** One beat of the story as the editors' page lists it under its graphic. */
export interface EditorsBeat {
  /** The beat's id in the story. */
  id: string;
  date: string;
  /** Its hed: what the moment is, in a few words. */
  title: string;
  /** The embed's path inside dist/, opened at the beat (`?beat=`). */
  embed: string;
  /** Its picture, named for the beat, with its version in the query. */
  png: { path: string; width: number; height: number };
  /** Its share card page, inside dist/. */
  moment: string;
}

/** A link on the page, absolute with the public address (the page's script makes it so else). */
const link = (path: string, base: string | undefined, label: SafeHtml, download = false) =>
  html`<a class="beat-link" href="${addressOf(path, base)}" ${PATH.write(path)}${download && html` download`}>${label}</a>`;

/**
 * One beat: its date and hed, a Copy button for its pym.js code (the snippet the
 * editor's choices rewrite, shown on request), its PNG and its page to share.
 */
function beatItem(
  graphicTitle: string,
  b: EditorsBeat,
  base: string | undefined,
  page: PageWords,
): SafeHtml {
  const id = `code-beat-${b.id}`;
  const words = page.kit.editors.beats;
  const spec: SnippetSpec = { kind: "pym", path: b.embed, title: graphicTitle };
  const code = snippetCode(spec, { look: DEFAULT_LOOK, base });
  const date = page.beatDate(b.date);
  const what = html`<span class="visually-hidden">${words.forBeat(date, b.id, b.title)}</span>`;
  return lines([
    html`<li class="beat" id="beat-${b.id}">`,
    html`<p class="beat-title"><time datetime="${b.date}">${date}</time> ${b.title}</p>`,
    html`<p class="beat-actions"><button type="button" class="tool-button" ${COPY.write(id)}>${page.kit.editors.copy}<span class="visually-hidden">${words.copyCode}</span>${what}</button>`,
    link(b.png.path, base, html`${words.png}${what}`, true),
    link(b.moment, base, html`${words.sharePage}${what}`),
    html`<span class="copy-done" ${COPY_DONE.write(id)} aria-hidden="true"></span></p>`,
    html`<details class="beat-code"><summary>${words.showCode}${what}</summary><pre class="snippet-code"><code id="${id}" ${SNIPPET.write(JSON.stringify(spec))}>${code}</code></pre></details>`,
    html`</li>`,
  ]);
}

/**
 * A graphic's beats, in story order, folded away: for each, the code that embeds the
 * graphic as the story shows it there (Previous and Next step through the graphic's beats),
 * its picture, and its share card page, whose link preview shows that picture.
 */
export function beatList(
  graphic: { name: string; title: string; beats: readonly EditorsBeat[] },
  base: string | undefined,
  page: PageWords = enPage,
): SafeHtml {
  const words = page.kit.editors.beats;
  return lines([
    html`<details class="beats" id="beats-${graphic.name}">`,
    html`<summary>${words.summary(graphic.beats.length)}</summary>`,
    html`<p class="beats-note">${words.note}</p>`,
    html`<ol class="beat-list">`,
    ...graphic.beats.map((b) => beatItem(graphic.title, b, base, page)),
    html`</ol>`,
    html`</details>`,
  ]);
}
