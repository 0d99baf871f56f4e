import * as Plot from "@observablehq/plot";
import { chartDate, toUtc } from "../../dates.ts";
import { ink, type } from "../../styles/tokens.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { claimantName, formatNumber, formatRange } from "../format.ts";
import { placeLabels } from "../labelPlacement.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { evacuationView, type Numbered } from "./view.ts";

const DAY = 86_400_000;

type LabelKind = "total" | "remaining" | "fled" | "convoy";

const at = (iso: string) => toUtc(iso);
/** Midday, so a report sits in the middle of its day and pauses cover whole days. */
const midday = (iso: string) => new Date(toUtc(iso).getTime() + DAY / 2);

/**
 * People evacuated over time: each claimant's running totals as points, joined only to the
 * same claimant's next report; single convoys as hollow marks; pauses as shaded bands;
 * people still inside as labelled marks of their own.
 */
export function evacuationSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const view = evacuationView(records, state);
  const narrow = size.width < 520;
  const [start, end] = view.config.domain;
  const values = [
    ...view.totals.flatMap((s) => s.points.map((p) => p.high)),
    ...view.fled.map((r) => r.high),
    ...view.remaining.map((r) => r.high),
    ...view.convoys.map((r) => r.high),
  ];
  const yMax = Math.max(10_000, ...values) * 1.12;
  const totals = view.totals.flatMap((s) => s.points.map((p) => ({ ...p, claimant: s.claimant })));
  const lastOfEach = view.totals.map((s) => ({
    ...(s.points.at(-1) as (typeof s.points)[number]),
    claimant: s.claimant,
  }));
  const name = (id: string) => claimantName(records, id);
  const single = (r: Numbered) => formatRange(r.low, r.high, r.open_ended);
  const margin = { top: 26, right: narrow ? 14 : 30, bottom: 28, left: 46 };
  const t0 = at(start).getTime();
  const t1 = at(end).getTime() + DAY;
  const innerW = size.width - margin.left - margin.right;
  const innerH = size.height - margin.top - margin.bottom;
  const px = (d: Date) => margin.left + ((d.getTime() - t0) / (t1 - t0)) * innerW;
  const py = (v: number) => size.height - margin.bottom - (v / yMax) * innerH;
  const dateAt = (x: number) => new Date(t0 + ((x - margin.left) / innerW) * (t1 - t0));
  const valueAt = (y: number) => ((size.height - margin.bottom - y) / innerH) * yMax;
  const withPrefix = (r: Numbered) => `${r.qualifier ? `${r.qualifier} ` : ""}${single(r)}`;
  const candidate = (
    date: string,
    value: number,
    text: string,
    kind: LabelKind,
    colour: string,
  ) => ({
    x: px(midday(date)),
    // Just above the mark it names.
    y: py(value) - 10,
    text,
    datum: { kind, colour },
  });
  // Every label in one pass, most important first, so none is drawn over another.
  const labels = placeLabels(
    [
      ...lastOfEach.map((p) =>
        candidate(
          p.date,
          p.high,
          `${name(p.claimant)}: ${formatRange(p.low, p.high, p.openEnded)}`,
          "total",
          claimantStyle(p.claimant).colour,
        ),
      ),
      ...view.remaining.map((r) =>
        candidate(
          r.date,
          r.high,
          `Still inside: ${withPrefix(r)} (${name(r.claimant)})`,
          "remaining",
          ink.text,
        ),
      ),
      ...view.fled.map((r) =>
        candidate(r.date, r.high, `${withPrefix(r)} fled · ${name(r.claimant)}`, "fled", ink.text),
      ),
      ...view.convoys.map((r) =>
        candidate(
          r.date,
          r.high,
          `Convoy ${r.convoy ?? ""}: ${withPrefix(r)}`,
          "convoy",
          ink.muted,
        ),
      ),
    ],
    { x0: 2, y0: margin.top, x1: size.width - 2, y1: size.height - margin.bottom },
    [],
    type.chartSmall,
  );

  return {
    width: size.width,
    height: size.height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    style: {
      fontFamily: type.sans,
      fontSize: `${type.chartSmall}px`,
      background: "transparent",
      overflow: "visible",
    },
    x: {
      type: "utc",
      domain: [at(start), new Date(at(end).getTime() + DAY)],
      ticks: narrow ? 3 : 6,
      tickFormat: (d: Date) => chartDate(d.toISOString().slice(0, 10)),
      label: null,
    },
    y: {
      domain: [0, yMax],
      ticks: narrow ? 4 : 5,
      tickFormat: (d: number) => formatNumber(d),
      label: null,
      grid: true,
    },
    color: { type: "identity" },
    symbol: { type: "identity" },
    marks: [
      Plot.rectX(view.pauses, {
        x1: (p) => at(p.start),
        x2: (p) => new Date(at(p.end).getTime() + (p.end === p.start ? DAY / 2 : 0)),
        fill: ink.faint,
        ariaHidden: "true",
      }),
      // Pauses one or two days apart: their labels take turns on two lines.
      ...[0, 1].map((row) =>
        Plot.text(
          view.pauses.filter((_p, i) => i % 2 === row),
          {
            x: (p) => at(p.start),
            frameAnchor: "top",
            textAnchor: "start",
            dx: 2,
            dy: row === 0 ? -20 : -8,
            text: (p) => (narrow ? "Paused" : p.label),
            fill: ink.muted,
            ariaHidden: "true",
          },
        ),
      ),
      Plot.ruleY([0], { stroke: ink.muted, ariaHidden: "true" }),
      ...view.totals.map((series) =>
        Plot.line(series.points, {
          x: (p) => midday(p.date),
          y: "high",
          stroke: claimantStyle(series.claimant).colour,
          strokeDasharray: claimantStyle(series.claimant).dash,
          strokeWidth: 1.5,
          ariaHidden: "true",
        }),
      ),
      Plot.dot(totals, {
        x: (p) => midday(p.date),
        y: "high",
        r: 5,
        symbol: (p: { claimant: string }) => claimantStyle(p.claimant).symbol,
        fill: (p) => claimantStyle(p.claimant).colour,
        stroke: (p) => claimantStyle(p.claimant).colour,
        ariaHidden: "true",
      }),
      Plot.dot(view.fled, {
        x: (r) => midday(r.date),
        y: "high",
        r: 4.5,
        symbol: (r: Numbered) => claimantStyle(r.claimant).symbol,
        stroke: (r) => claimantStyle(r.claimant).colour,
        fill: "none",
        strokeWidth: 1.5,
        ariaHidden: "true",
      }),
      Plot.dot(view.convoys, {
        x: (r) => midday(r.date),
        y: "high",
        r: 4,
        stroke: ink.text,
        fill: ink.paper,
        ariaHidden: "true",
      }),
      Plot.ruleY(view.remaining, {
        x1: (r: Numbered) => at(r.date),
        x2: (r: Numbered) => new Date(at(r.date).getTime() + DAY),
        y: "high",
        stroke: (r) => claimantStyle(r.claimant).colour,
        strokeWidth: 2,
        strokeDasharray: "4,2",
        ariaHidden: "true",
      }),
      ...(["start", "middle", "end"] as const).flatMap((anchor) =>
        [true, false].map((total) =>
          Plot.text(
            labels.filter((l) => l.anchor === anchor && (l.datum.kind === "total") === total),
            {
              // Placed in pixels, then turned back into dates and people for the scales.
              x: (l: (typeof labels)[number]) => dateAt(l.tx),
              y: (l: (typeof labels)[number]) => valueAt(l.ty),
              text: "text",
              textAnchor: anchor,
              fontWeight: total ? 700 : 400,
              fill: (l: (typeof labels)[number]) => l.datum.colour,
              stroke: ink.paper,
              strokeWidth: 3,
              paintOrder: "stroke",
              ariaHidden: "true",
            },
          ),
        ),
      ),
    ],
  };
}
