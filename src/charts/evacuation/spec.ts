import * as Plot from "@observablehq/plot";
import { chartDate, toUtc } from "../../dates.ts";
import { ink, type } from "../../styles/tokens.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { claimantName, formatNumber, formatRange } from "../format.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { evacuationView, type Numbered } from "./view.ts";

const DAY = 86_400_000;

/** Labels in the left part of the chart read rightwards from their mark, the rest leftwards. */
function anchorFor(iso: string, [start, end]: readonly [string, string]): "start" | "end" {
  const t = toUtc(iso).getTime();
  const t0 = toUtc(start).getTime();
  const t1 = toUtc(end).getTime();
  return (t - t0) / (t1 - t0 || 1) < 0.45 ? "start" : "end";
}
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

  return {
    width: size.width,
    height: size.height,
    marginTop: 26,
    marginRight: narrow ? 14 : 30,
    marginBottom: 28,
    marginLeft: 46,
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
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(
          lastOfEach.filter((p) => anchorFor(p.date, view.config.domain) === anchor),
          {
            x: (p) => midday(p.date),
            y: "high",
            text: (p) => `${name(p.claimant)}: ${formatRange(p.low, p.high, p.openEnded)}`,
            textAnchor: anchor,
            dx: anchor === "start" ? 9 : -9,
            dy: -9,
            fontWeight: 700,
            fill: (p: { claimant: string }) => claimantStyle(p.claimant).colour,
            stroke: ink.paper,
            strokeWidth: 3,
            paintOrder: "stroke",
            ariaHidden: "true",
          },
        ),
      ),
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
      Plot.text(view.fled, {
        x: (r) => midday(r.date),
        y: "high",
        text: (r: Numbered) =>
          `${r.qualifier ? `${r.qualifier} ` : ""}${single(r)} fled · ${name(r.claimant)}`,
        textAnchor: "start",
        dx: 8,
        fill: ink.text,
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
      ...[0, 1].map((parity) =>
        Plot.text(
          view.convoys.filter((r) => (r.convoy ?? 0) % 2 === parity),
          {
            x: (r) => midday(r.date),
            y: "high",
            text: (r: Numbered) =>
              `Convoy ${r.convoy ?? ""}: ${r.qualifier ? `${r.qualifier} ` : ""}${single(r)}`,
            textAnchor: "start",
            dx: 7,
            dy: parity === 0 ? 10 : -8,
            fill: ink.muted,
            ariaHidden: "true",
          },
        ),
      ),
      Plot.ruleY(view.remaining, {
        x1: (r: Numbered) => at(r.date),
        x2: (r: Numbered) => new Date(at(r.date).getTime() + DAY),
        y: "high",
        stroke: (r) => claimantStyle(r.claimant).colour,
        strokeWidth: 2,
        strokeDasharray: "4,2",
        ariaHidden: "true",
      }),
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(
          view.remaining.filter((r) => anchorFor(r.date, view.config.domain) === anchor),
          {
            x: (r) => midday(r.date),
            y: "high",
            text: (r) =>
              `Still inside: ${r.qualifier ? `${r.qualifier} ` : ""}${single(r)} (${name(r.claimant)})`,
            textAnchor: anchor,
            dx: anchor === "start" ? 6 : -6,
            dy: 11,
            fill: ink.text,
            ariaHidden: "true",
          },
        ),
      ),
    ],
  };
}
