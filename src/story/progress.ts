import { PROGRESS_COUNT, PROGRESS_DATE, PROGRESS_FILL } from "../pageContract.ts";
import type { ClientBeat } from "./clientStory.ts";
import { momentCount, progressDate } from "./progressLine.ts";

/** The slim progress line in the graphic's bar: the beat's date and how far along it is. */
export function createProgress(root: HTMLElement, total: number) {
  const date = root.querySelector<HTMLElement>(PROGRESS_DATE.selector);
  const count = root.querySelector<HTMLElement>(PROGRESS_COUNT.selector);
  const fill = root.querySelector<HTMLElement>(PROGRESS_FILL.selector);
  return (beat: ClientBeat, index: number) => {
    if (date) date.textContent = progressDate(beat.date);
    if (count) count.textContent = momentCount(index + 1, total);
    fill?.style.setProperty("--progress", String(total > 1 ? index / (total - 1) : 1));
  };
}
