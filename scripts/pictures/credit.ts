import { longDate } from "../../src/dates.ts";
import { SOURCE_LICENCE_NAME, SOURCE_TEXT_DATE, SOURCE_TITLE } from "../prerender/source.ts";

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
