import handed from "virtual:records";
import { mountGraphic } from "../charts/mount.ts";
import { graphic } from "../charts/registry.ts";
import type { GraphicState, Size } from "../charts/types.ts";
import { chartRecords } from "../data/chartRecords.ts";
import { en } from "../locale/en.ts";

/**
 * An embed's live chart (the chart code, loaded after the picture has painted): drawn at
 * the canvas's width, redrawn when that changes, moved between states with the story's
 * own named transitions, with whatever the graphic keeps in step on the page.
 */
export function liveEmbedChart(
  graphicName: string,
  canvas: HTMLElement,
  sizeFor: (width: number) => Size,
) {
  // The edition the page is written in: every word and format the charts write (src/locale).
  const records = chartRecords(handed.data, handed.unclearClaims, en);
  const chart = mountGraphic(canvas, graphic(graphicName), records, (error) => {
    console.warn("A drawing failed; the last one stays.", error);
  });
  let width = 0;
  const measure = () => sizeFor(canvas.clientWidth);
  new ResizeObserver(() => {
    if (canvas.clientWidth === width) return;
    width = canvas.clientWidth;
    chart.resize(measure());
  }).observe(canvas);
  return {
    show(state: GraphicState, animate: boolean) {
      width = canvas.clientWidth;
      chart.show(state, measure(), animate);
    },
  };
}
