import { longDate } from "../../src/dates.ts";
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
 * graphic and where the story is, then the source, the version of its text and its licence.
 */
export function creditLine({ organisation, headline, address }: CreditOf): string {
  const story = address ? `‘${headline}’, ${address}` : `‘${headline}’`;
  return `Graphic: ${organisation}, ${story}. Source: Wikipedia, ‘${SOURCE_TITLE}’, text as of ${longDate(SOURCE_TEXT_DATE)}, ${SOURCE_LICENCE_NAME}.`;
}

/**
 * The same credit as a page shows it (the embeds'): the story and the licence linked, each
 * opening in the host's window, not the frame.
 */
export function creditHtml({ organisation, headline, address }: CreditOf): SafeHtml {
  const story = address
    ? html`<a href="${address}" target="_top">‘${headline}’</a>`
    : html`‘${headline}’`;
  return html`Graphic: ${organisation}, ${story}. Source: Wikipedia, ‘${SOURCE_TITLE}’, text as of ${longDate(SOURCE_TEXT_DATE)}, <a href="${SOURCE_LICENCE}" rel="license" target="_top">${SOURCE_LICENCE_NAME}</a>.`;
}
