import type * as Plot from "@observablehq/plot";
import { isNarrow, plotFrame } from "../chartStyle.ts";
import { formatNumber } from "../format.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { layoutCasualties } from "./layout.ts";
import { rowMarks } from "./marks.ts";

/**
 * Casualties by source: one row per claim, a dot for a single figure or a bar for a range,
 * an arrow for "more than", labelled with what it counts, the figure and who claimed it.
 * A total for the whole offensive stands on a line from zero; a single report does not.
 * Claims with no figure (a denial, an attribution) get a row of their own with their words
 * and no mark. Where the canvas is short, rows go on one line (see rows.ts).
 */
export function casualtiesSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const rows = layoutCasualties(records, state, size);
  const { claims, layout, fontSize, line, marginLeft, marginRight } = rows;
  const narrow = isNarrow(size);
  const bottom = layout.bottom + (layout.left.length > 0 ? line + 2 : 0) + 4;
  const marginBottom =
    claims.length === 0 ? 28 : layout.axis ? rows.axisHeight : Math.max(0, size.height - bottom);
  // Right to left the chart is mirrored (layout.ts, mirrorFor), its margins with it.
  const [left, right] =
    records.edition.dir === "rtl" ? [marginRight, marginLeft] : [marginLeft, marginRight];
  const margin = { top: layout.top, right, bottom: marginBottom, left };
  return {
    ...plotFrame(size, margin, fontSize),
    x: {
      ...rows.drawnX,
      ticks: narrow ? 3 : 5,
      tickFormat: (d: number) => formatNumber(d),
      label: null,
      axis: layout.axis ? "bottom" : null,
      grid: layout.axis,
    },
    color: { type: "identity" },
    symbol: { type: "identity" },
    marks: rowMarks(rows),
  };
}
