import handed from "virtual:records";
import { type MountedGraphic, mountGraphic } from "../charts/mount.ts";
import { graphic } from "../charts/registry.ts";
import type { ChartRecords, Size } from "../charts/types.ts";
import { chartRecords } from "../data/chartRecords.ts";
import { chartEdition } from "../locale/page/chartEdition.ts";
import { EXPLORE_CANVAS } from "../pageContract.ts";
import { graphicsOn } from "./dayGraphics.ts";

// As the story's sticky graphic does: a canvas not laid out yet is drawn at the charts' floor.
const sizeOf = (canvas: HTMLElement): Size => ({
  width: Math.max(280, Math.round(canvas.clientWidth)),
  height: Math.max(150, Math.round(canvas.clientHeight)),
});

/**
 * The explore section's three charts, each mounted the one way every graphic is
 * (`mountGraphic`), drawn for a day in the story state `graphicsOn` gives it, and
 * redrawn at its canvas's size when that changes.
 */
export function mountExploreCharts(section: HTMLElement, onError: (error: unknown) => void) {
  const records: ChartRecords = chartRecords(
    handed.data,
    handed.unclearClaims,
    chartEdition(document.documentElement.lang),
  );
  const charts = new Map<string, { canvas: HTMLElement; chart: MountedGraphic }>();
  for (const canvas of section.querySelectorAll<HTMLElement>(EXPLORE_CANVAS.selector)) {
    const name = EXPLORE_CANVAS.read(canvas) ?? "";
    charts.set(name, { canvas, chart: mountGraphic(canvas, graphic(name), records, onError) });
  }
  const resized = new ResizeObserver(() => {
    for (const { canvas, chart } of charts.values()) chart.resize(sizeOf(canvas));
  });
  for (const { canvas } of charts.values()) resized.observe(canvas);
  return {
    records,
    show(day: string, animate: boolean) {
      for (const at of graphicsOn(day)) {
        const mounted = charts.get(at.graphic);
        mounted?.chart.show(at, sizeOf(mounted.canvas), animate);
      }
    },
  };
}
