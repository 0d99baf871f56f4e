import { enPage } from "../../src/locale/page/en.ts";
import type { PageWords } from "../../src/locale/page/types.ts";
import { html, type SafeHtml } from "../prerender/html.ts";
import {
  SOURCE_LICENCE,
  SOURCE_LICENCE_NAME,
  SOURCE_TEXT_DATE,
  SOURCE_TITLE,
} from "../prerender/source.ts";

export interface CreditOf {
  /** Who publishes the story (`STORY_ORGANISATION`). */
  organisation: string;
  headline: string;
  /** The story's public address, or undefined: then the story is named, not linked. */
  address: string | undefined;
}

/**
 * The line every picture and every use carries, as a newsroom prints it: who made the
 * graphic and where the story is, then the source, the version of its text and its licence,
 * in the edition's words (English by default).
 */
export function creditLine(
  { organisation, headline, address }: CreditOf,
  words: PageWords = enPage,
): string {
  const name = words.kit.storyName(headline);
  return words.kit.creditText({
    organisation,
    story: address ? `${name}, ${address}` : name,
    source: SOURCE_TITLE,
    date: words.longDate(SOURCE_TEXT_DATE),
    licence: SOURCE_LICENCE_NAME,
  });
}

/**
 * The same credit as a page shows it (the embeds'): the story and the licence linked, each
 * opening in the host's window, not the frame.
 */
export function creditHtml(
  { organisation, headline, address }: CreditOf,
  words: PageWords = enPage,
): SafeHtml {
  const name = words.kit.storyName(headline);
  return words.kit.creditHtml({
    organisation,
    story: address ? html`<a href="${address}" target="_top">${name}</a>` : html`${name}`,
    source: SOURCE_TITLE,
    date: words.longDate(SOURCE_TEXT_DATE),
    licence: html`<a href="${SOURCE_LICENCE}" rel="license" target="_top">${SOURCE_LICENCE_NAME}</a>`,
  });
}
