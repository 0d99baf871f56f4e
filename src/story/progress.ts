import { chartDate } from "../dates.ts";
import type { ClientBeat } from "./clientStory.ts";

/** The slim progress line in the graphic's bar: the beat's date and how far along it is. */
export function createProgress(root: HTMLElement, total: number) {
  const date = root.querySelector<HTMLElement>("[data-progress-date]");
  const count = root.querySelector<HTMLElement>("[data-progress-count]");
  const fill = root.querySelector<HTMLElement>("[data-progress-fill]");
  return (beat: ClientBeat, index: number) => {
    if (date) date.textContent = `${chartDate(beat.date)} ${beat.date.slice(0, 4)}`;
    if (count) count.textContent = `Moment ${index + 1} of ${total}`;
    fill?.style.setProperty("--progress", String(total > 1 ? index / (total - 1) : 1));
  };
}
