import * as Plot from "@observablehq/plot";
import { ink, markOpacity } from "../../styles/tokens.ts";
import { dateTick, LINE_HEIGHT, plotFrame, TEXT_HALO } from "../chartStyle.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { formatNumber } from "../format.ts";
import type { PlacedText } from "../labelPlacement.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { evacuationLayout, STRIP } from "./compose.ts";
import { at, DAY, pauseEnd } from "./days.ts";
import type { LabelDatum } from "./labels.ts";
import type { Numbered, Pause } from "./view.ts";

/** The chart as Plot options: the layout (compose.ts), drawn. */
export function evacuationSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const layout = evacuationLayout(records, state, size);
  const { view, narrow, margin, innerH, claimants, colour, R, labels, drawn } = layout;
  const { dateAt, valueAt, yMax, t0, t1 } = layout.axes;
  const { runs, rowPitch } = layout.pauses;
  const { total: xTotal, fled: xFled, convoy: xConvoy, other: xOther } = layout.x;
  const { remainingLevels, fontSize } = layout;
  type TotalPoint = (typeof drawn.totals)[number];
  return {
    ...plotFrame(size, margin, fontSize),
    x: {
      type: "utc",
      domain: [new Date(t0), new Date(t1)],
      ticks: layout.axes.xTicks,
      tickFormat: dateTick,
      label: null,
    },
    y: {
      domain: [0, yMax],
      ticks: layout.axes.yTicks,
      tickFormat: (d: number) => formatNumber(d),
      label: null,
      grid: true,
    },
    color: { type: "identity" },
    symbol: { type: "identity" },
    marks: [
      Plot.rectX(view.pauses, {
        x1: (p: Pause) => at(p.start),
        x2: pauseEnd,
        fill: narrow ? ink.rule : ink.faint,
        // The pale band is edged in the muted ink, which stands out from the paper and
        // from the band (WCAG 1.4.11); the fill alone would not.
        stroke: ink.muted,
        strokeWidth: 1,
        // A hairline between pauses that touch; on phones, a strip along the top.
        insetLeft: 0.5,
        insetRight: 0.5,
        insetBottom: narrow ? innerH - STRIP : 0,
        ariaHidden: "true",
      }),
      Plot.text(runs, {
        x: (r: (typeof runs)[number]) => dateAt(r.cx),
        y: (r: (typeof runs)[number]) => valueAt(margin.top - 3 - (r.row + 0.5) * rowPitch),
        text: "text",
        textAnchor: "middle",
        lineAnchor: "middle",
        fill: ink.muted,
        ariaHidden: "true",
      }),
      Plot.ruleY([0], { stroke: ink.muted, ariaHidden: "true" }),
      // One mark per claimant in every state, so the lines keep their places as the chart
      // morphs; a pause cuts a claimant's line into runs (lines.ts).
      ...claimants.map((id) =>
        Plot.line(
          drawn.lines.filter((p) => p.claimant === id),
          {
            x: xTotal,
            y: "high",
            z: "run",
            stroke: colour(id),
            strokeDasharray: claimantStyle(id).dash,
            strokeWidth: 1.5,
            ariaHidden: "true",
          },
        ),
      ),
      Plot.dot(drawn.totals, {
        x: xTotal,
        y: "high",
        r: R.total,
        symbol: (p: TotalPoint) => claimantStyle(p.claimant).symbol,
        fill: (p: TotalPoint) => colour(p.claimant),
        stroke: (p: TotalPoint) => colour(p.claimant),
        ariaHidden: "true",
      }),
      Plot.dot(drawn.fled, {
        x: xFled,
        y: "high",
        r: R.fled,
        symbol: (r: Numbered) => claimantStyle(r.claimant).symbol,
        stroke: (r: Numbered) => colour(r.claimant),
        fill: "none",
        strokeWidth: 1.5,
        ariaHidden: "true",
      }),
      // Fighters among those evacuated, and the like: hollow, in the claimant's colour.
      Plot.dot(drawn.others, {
        x: xOther,
        y: "high",
        r: R.other,
        symbol: (r: Numbered) => claimantStyle(r.claimant).symbol,
        stroke: (r: Numbered) => colour(r.claimant),
        fill: ink.paper,
        strokeWidth: 1.5,
        ariaHidden: "true",
      }),
      // A single convoy's count stands on the axis: one departure, not a running total.
      Plot.ruleX(drawn.convoys, {
        x: xConvoy,
        y1: 0,
        y2: "high",
        stroke: ink.muted,
        ariaHidden: "true",
      }),
      Plot.dot(drawn.convoys, {
        x: xConvoy,
        y: "high",
        r: R.convoy,
        stroke: ink.text,
        fill: ink.paper,
        ariaHidden: "true",
      }),
      // People still inside: a range is a shaded span between its two ends.
      Plot.rect(drawn.remaining, {
        x1: (r: Numbered) => at(r.date),
        x2: (r: Numbered) => new Date(at(r.date).getTime() + DAY),
        y1: "low",
        y2: "high",
        fill: (r: Numbered) => colour(r.claimant),
        fillOpacity: markOpacity.remainingRange,
        ariaHidden: "true",
      }),
      Plot.ruleY(remainingLevels, {
        x1: (r: Numbered) => at(r.date),
        x2: (r: Numbered) => new Date(at(r.date).getTime() + DAY),
        y: "level",
        stroke: (r: Numbered) => colour(r.claimant),
        strokeWidth: 2,
        strokeDasharray: "4,2",
        ariaHidden: "true",
      }),
      Plot.link(
        labels.filter((l) => l.leader),
        {
          x1: (l: PlacedText<LabelDatum>) => dateAt(l.leader?.x1 ?? 0),
          y1: (l: PlacedText<LabelDatum>) => valueAt(l.leader?.y1 ?? 0),
          x2: (l: PlacedText<LabelDatum>) => dateAt(l.leader?.x2 ?? 0),
          y2: (l: PlacedText<LabelDatum>) => valueAt(l.leader?.y2 ?? 0),
          stroke: ink.muted,
          strokeWidth: 0.75,
          ariaHidden: "true",
        },
      ),
      ...(["start", "middle", "end"] as const).flatMap((anchor) =>
        [true, false].map((named) =>
          Plot.text(
            labels.filter((l) => l.anchor === anchor && (l.datum.kind === "total") === named),
            {
              // Placed in pixels, then turned back into dates and people for the scales.
              x: (l: PlacedText<LabelDatum>) => dateAt(l.x),
              y: (l: PlacedText<LabelDatum>) => valueAt(l.y),
              text: (l: PlacedText<LabelDatum>) => l.lines.join("\n"),
              textAnchor: anchor,
              lineAnchor: "middle",
              lineHeight: LINE_HEIGHT,
              fontWeight: named ? 700 : 400,
              fill: (l: PlacedText<LabelDatum>) => l.datum.colour,
              ...TEXT_HALO,
              ariaHidden: "true",
            },
          ),
        ),
      ),
    ],
  };
}
