import type { LiveGraphic } from "../charts/live.ts";
import type { Size } from "../charts/types.ts";
import { yieldToPage } from "../yieldToPage.ts";
import type { ClientBeat } from "./clientStory.ts";

/**
 * Loads the chart code into `canvas` and draws each graphic once, off the page. It comes in
 * steps, with the page free to scroll and paint between them: Plot and d3, then the charts,
 * then their records, then a first drawing of each, at the canvas's size when that step
 * comes. `onError` is told of a drawing that fails later, in a task of its own.
 */
export async function loadLiveGraphic(
  canvas: HTMLElement,
  beats: readonly ClientBeat[],
  size: () => Size,
  onError: (error: unknown) => void,
): Promise<LiveGraphic> {
  // No Intl formatter is made on the way: a page's first one loads the browser's locale
  // data, a long task on a slow phone (src/charts/format.ts, scripts/build/lazyPlotFormat.ts).
  await import("../charts/plotRuntime.ts");
  await yieldToPage();
  const { mountLiveGraphic } = await import("../charts/live.ts");
  await yieldToPage();
  const mounted = mountLiveGraphic(canvas, onError);
  await yieldToPage();
  await mounted.warmUp(beats, size());
  return mounted;
}
