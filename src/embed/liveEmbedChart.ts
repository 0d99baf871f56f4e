import handed from "virtual:records";
import { type Chart, createChart } from "../charts/chart.ts";
import { syncDistrictTable } from "../charts/map/table.ts";
import { graphic } from "../charts/registry.ts";
import type { GraphicState, Size } from "../charts/types.ts";
import { chartRecords } from "../data/chartRecords.ts";

/**
 * An embed's live chart (the chart code, loaded after the picture has painted): drawn at
 * the canvas's width, redrawn when that changes, moved between states with the story's
 * own named transitions. The map keeps its districts table in step.
 */
export function liveEmbedChart(
  graphicName: string,
  canvas: HTMLElement,
  sizeFor: (width: number) => Size,
) {
  const records = chartRecords(handed.data, handed.unclearClaims);
  const definition = graphic(graphicName);
  const chart: Chart = createChart(canvas, definition, records, (error) => {
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
      const plain = { state: state.state, date: state.date, highlight: state.highlight };
      chart.render(plain, measure(), { animate });
      if (graphicName === "map") syncDistrictTable(records, plain);
    },
  };
}
