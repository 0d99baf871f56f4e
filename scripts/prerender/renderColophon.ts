import type { PageWords } from "../../src/locale/page/types.ts";
import { PRINT_ADDRESS } from "../../src/pageContract.ts";
import { html, lines } from "./html.ts";
import { SOURCE_LICENCE, SOURCE_LICENCE_NAME, SOURCE_TITLE, SOURCE_URL } from "./source.ts";

/**
 * An address as printed: left to right whatever the page's direction, and readable (the
 * source's en dash as a dash, not %E2%80%93; a browser takes either).
 */
const address = (url: string) => html`<span class="print-url" dir="ltr">${decodeURI(url)}</span>`;

/**
 * The printed copy's last lines (#22), shown in print alone (print.css): the source, with
 * its address and licence spelled out, and the story's own address. `storyAddress` is the
 * page's public address when the build has one; without it the line is written hidden and
 * empty, and the story's script fills it from the address the page was opened at
 * (`src/story/printAddress.ts`), so a page without JavaScript prints no empty line.
 */
export function renderColophon(words: PageWords, storyAddress: string | undefined): string {
  const source = words.printSource(
    SOURCE_TITLE,
    address(SOURCE_URL),
    SOURCE_LICENCE_NAME,
    address(SOURCE_LICENCE),
  );
  return lines([
    html`<footer class="print-colophon">`,
    html`<p>${source}</p>`,
    html`<p class="print-story-address"${storyAddress ? html`` : html` hidden`}>${words.printAddress} <span class="print-url" dir="ltr" ${PRINT_ADDRESS.write()}>${storyAddress ?? ""}</span></p>`,
    html`</footer>`,
  ]).text;
}
