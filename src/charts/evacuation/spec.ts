import * as Plot from "@observablehq/plot";
import { ink, markOpacity } from "../../styles/tokens.ts";
import { dateTick, plotFrame } from "../chartStyle.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { formatNumber } from "../format.ts";
import { inPixels, leaderMark, placedTextMark } from "../placedText.ts";
import type { Direction } from "../svgDirection.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { at, DAY, pauseEnd } from "./days.ts";
import { layoutEvacuation, STRIP } from "./layout.ts";
import type { Numbered, Pause } from "./view.ts";

type Layout = ReturnType<typeof layoutEvacuation>;
type TotalPoint = Layout["drawn"]["totals"][number];

/** The chart as Plot options: the layout (layout.ts), drawn on its scales (scales.ts). */
export function evacuationSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const layout = layoutEvacuation(records, state, size);
  const { margin, fontSize, scales, ticks } = layout;
  return {
    ...plotFrame(size, margin, fontSize),
    x: { ...scales.x, ticks: ticks.x, tickFormat: dateTick(records.edition), label: null },
    y: {
      ...scales.y,
      ticks: ticks.y,
      tickFormat: (d: number) => formatNumber(d),
      label: null,
      grid: true,
    },
    color: { type: "identity" },
    symbol: { type: "identity" },
    marks: [
      ...pauseMarks(layout),
      Plot.ruleY([0], { stroke: ink.muted, ariaHidden: "true" }),
      ...totalMarks(layout),
      ...singleReportMarks(layout),
      ...stillInsideMarks(layout),
      ...labelMarks(layout, records.edition.dir),
    ],
  };
}

/** The pauses: shaded bands (a strip along the top on a phone), their labels above. */
function pauseMarks({ view, narrow, innerH, margin, pauses }: Layout): Plot.Markish[] {
  const { runs, rowPitch } = pauses;
  type Run = (typeof runs)[number];
  return [
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
      x: inPixels((r: Run) => r.cx),
      y: inPixels((r: Run) => margin.top - 3 - (r.row + 0.5) * rowPitch),
      text: "text",
      textAnchor: "middle",
      lineAnchor: "middle",
      fill: ink.muted,
      ariaHidden: "true",
    }),
  ];
}

/**
 * Each claimant's running totals: one line mark per claimant in every state, so the lines
 * keep their places as the chart morphs; a pause cuts a claimant's line into runs
 * (lines.ts). Then a filled mark at each total.
 */
function totalMarks({ claimants, drawn, x, colour, R }: Layout): Plot.Markish[] {
  return [
    ...claimants.map((id) =>
      Plot.line(
        drawn.lines.filter((p) => p.claimant === id),
        {
          x: x.total,
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
      x: x.total,
      y: "high",
      r: R.total,
      symbol: (p: TotalPoint) => claimantStyle(p.claimant).symbol,
      fill: (p: TotalPoint) => colour(p.claimant),
      stroke: (p: TotalPoint) => colour(p.claimant),
      ariaHidden: "true",
    }),
  ];
}

/** Single reports: people who fled, other counts, and each convoy on a stem from the axis. */
function singleReportMarks({ drawn, x, colour, R }: Layout): Plot.Markish[] {
  const symbol = (r: Numbered) => claimantStyle(r.claimant).symbol;
  const stroke = (r: Numbered) => colour(r.claimant);
  return [
    Plot.dot(drawn.fled, {
      x: x.fled,
      y: "high",
      r: R.fled,
      symbol,
      stroke,
      fill: "none",
      strokeWidth: 1.5,
      ariaHidden: "true",
    }),
    // Fighters among those evacuated, and the like: hollow, in the claimant's colour.
    Plot.dot(drawn.others, {
      x: x.other,
      y: "high",
      r: R.other,
      symbol,
      stroke,
      fill: ink.paper,
      strokeWidth: 1.5,
      ariaHidden: "true",
    }),
    // A single convoy's count stands on the axis: one departure, not a running total.
    Plot.ruleX(drawn.convoys, {
      x: x.convoy,
      y1: 0,
      y2: "high",
      stroke: ink.muted,
      ariaHidden: "true",
    }),
    Plot.dot(drawn.convoys, {
      x: x.convoy,
      y: "high",
      r: R.convoy,
      stroke: ink.text,
      fill: ink.paper,
      ariaHidden: "true",
    }),
  ];
}

/** People still inside: a range is a shaded span across its day, dashed at either end. */
function stillInsideMarks({ drawn, remainingLevels, colour }: Layout): Plot.Markish[] {
  const dayStart = (r: Numbered) => at(r.date);
  const dayEnd = (r: Numbered) => new Date(at(r.date).getTime() + DAY);
  return [
    Plot.rect(drawn.remaining, {
      x1: dayStart,
      x2: dayEnd,
      y1: "low",
      y2: "high",
      fill: (r: Numbered) => colour(r.claimant),
      fillOpacity: markOpacity.remainingRange,
      ariaHidden: "true",
    }),
    Plot.ruleY(remainingLevels, {
      x1: dayStart,
      x2: dayEnd,
      y: "level",
      stroke: (r: Numbered) => colour(r.claimant),
      strokeWidth: 2,
      strokeDasharray: "4,2",
      ariaHidden: "true",
    }),
  ];
}

/** The placed labels and their leaders, where the placer put them; claimants' in bold. */
function labelMarks({ labels }: Layout, dir: Direction): Plot.Markish[] {
  return [
    leaderMark(labels, { stroke: ink.muted, strokeWidth: 0.75 }),
    ...(["start", "middle", "end"] as const).flatMap((anchor) =>
      [true, false].map((named) =>
        placedTextMark(
          labels.filter((l) => (l.datum.kind === "total") === named),
          anchor,
          { fontWeight: named ? 700 : 400, fill: (l: (typeof labels)[number]) => l.datum.colour },
          dir,
        ),
      ),
    ),
  ];
}
