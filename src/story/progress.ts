import { clientWordsFor } from "../locale/page/client.ts";
import { PROGRESS_COUNT, PROGRESS_DATE, PROGRESS_FILL } from "../pageContract.ts";
import type { ClientBeat } from "./clientStory.ts";
import { momentCount, progressDate, progressFill } from "./progressLine.ts";

/**
 * The slim progress line in the graphic's bar: the beat's date and how far along it is,
 * filled as far as the reading line has gone through the beat (`progress`, 0 to 1).
 */
export function createProgress(root: HTMLElement, total: number) {
  const date = root.querySelector<HTMLElement>(PROGRESS_DATE.selector);
  const count = root.querySelector<HTMLElement>(PROGRESS_COUNT.selector);
  const fill = root.querySelector<HTMLElement>(PROGRESS_FILL.selector);
  const words = clientWordsFor(document.documentElement.lang);
  return (beat: ClientBeat, index: number, progress = 0) => {
    // Written only when they change: the fill moves on every frame of a scroll.
    setText(date, progressDate(beat.date, words));
    setText(count, momentCount(index + 1, total, words));
    fill?.style.setProperty("--progress", String(progressFill(index, progress, total)));
  };
}

function setText(el: HTMLElement | null, text: string) {
  if (el && el.textContent !== text) el.textContent = text;
}
