import { type ClientWords, enClient } from "../locale/page/client.ts";

/**
 * The words of the slim progress line in the graphic's bar, written the same way by the
 * prerendered page (scripts/prerender/renderStory.ts) and as the reader scrolls
 * (progress.ts), in the page's words (`src/locale/page/client.ts`).
 */

/** The beat's date as the line shows it: "26 Nov 2016". */
export const progressDate = (date: string, words: ClientWords = enClient) =>
  words.progressDate(date);

/** How far along the story a beat is, for screen readers: "Moment 3 of 39". */
export const momentCount = (position: number, total: number, words: ClientWords = enClient) =>
  words.momentCount(position, total);

/**
 * How much of the progress line is filled: 0 at the first beat, 1 at the last, and between
 * two beats as far as the reading line has gone through the first of them.
 */
export function progressFill(index: number, progress: number, total: number): number {
  if (total <= 1) return 1;
  return Math.min(1, Math.max(0, (index + progress) / (total - 1)));
}
