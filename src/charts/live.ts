import handed from "virtual:records";
import * as Plot from "@observablehq/plot";
import { chartRecords } from "../data/chartRecords.ts";
import { chartEdition } from "../locale/page/chartEdition.ts";
import { yieldToPage } from "../yieldToPage.ts";
import { type MountedGraphic, mountGraphic } from "./mount.ts";
import { graphic } from "./registry.ts";
import { watchStyles } from "./textSpacing.ts";
import type { GraphicAt, Size } from "./types.ts";

/**
 * The chart code, loaded after first paint: one live chart in the sticky graphic at a time,
 * swapped when the beat's graphic changes and re-rendered when its state does.
 */
export function mountLiveGraphic(canvas: HTMLElement, onError: (error: unknown) => void) {
  // The edition the page is written in: every word and format the charts write (src/locale).
  const records = chartRecords(
    handed.data,
    handed.unclearClaims,
    chartEdition(document.documentElement.lang),
  );
  let chart: MountedGraphic | null = null;
  let name: string | null = null;
  // A reader's text-spacing style, added at any time, re-lays the chart's text out.
  watchStyles(() => chart?.restyle());
  return {
    show(shown: GraphicAt, size: Size, animate: boolean) {
      if (shown.graphic !== name) {
        chart?.destroy();
        chart = mountGraphic(canvas, graphic(shown.graphic), records, onError);
        name = shown.graphic;
        animate = false;
      }
      chart?.show(shown, size, animate);
    },
    resize(size: Size) {
      chart?.resize(size);
    },
    /**
     * Draws each graphic once, off the page: the first drawing of a chart type is the
     * slowest (the browser is still compiling its code), and it is better done before the
     * reader reaches it than in the middle of a scroll. Laying out a state and drawing it
     * are separate steps, and the very first drawing, which compiles most of Plot, goes one
     * mark at a time, so no step is long.
     */
    async warmUp(beats: readonly GraphicAt[], size: Size) {
      const seen = new Set<string>();
      for (const beat of beats) {
        const first = seen.size === 0;
        if (seen.has(beat.graphic)) continue;
        seen.add(beat.graphic);
        await yieldToPage();
        const options = graphic(beat.graphic).spec(
          records,
          { state: beat.state, date: beat.date, highlight: beat.highlight },
          size,
        );
        for (const mark of first ? (options.marks ?? []) : []) {
          await yieldToPage();
          Plot.plot({ ...options, marks: [mark] });
        }
        await yieldToPage();
        Plot.plot(options);
      }
    },
  };
}

export type LiveGraphic = ReturnType<typeof mountLiveGraphic>;
