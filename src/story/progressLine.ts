import { chartDate } from "../dates.ts";

/**
 * The words of the slim progress line in the graphic's bar, written the same way by the
 * prerendered page (scripts/prerender/renderStory.ts) and as the reader scrolls
 * (progress.ts).
 */

/** The beat's date as the line shows it: "26 Nov 2016". */
export const progressDate = (date: string) => `${chartDate(date)} ${date.slice(0, 4)}`;

/** How far along the story a beat is, for screen readers: "Moment 3 of 39". */
export const momentCount = (position: number, total: number) => `Moment ${position} of ${total}`;
