import { SOURCE_TITLE } from "../prerender/source.ts";

/**
 * The line every picture carries: the source, its licence, and where the data and story
 * live. With no public address set, the story is named instead of linked.
 */
export function creditLine(storyLink: string): string {
  return `Source: Wikipedia, ‘${SOURCE_TITLE}’, CC BY-SA 4.0; data and story: ${storyLink}`;
}
