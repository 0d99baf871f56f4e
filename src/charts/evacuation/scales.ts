import * as Plot from "@observablehq/plot";
import { compareDates } from "../../dates.ts";
import type { Edition } from "../../locale/types.ts";
import type { Margin } from "../chartStyle.ts";
import type { Measure } from "../measure.ts";
import { textWidth } from "../textMetrics.ts";
import type { GraphicState, Size } from "../types.ts";
import { at, DAY, dayTicks } from "./days.ts";
import type { evacuationView, Numbered } from "./view.ts";

// The evacuation chart's scales, made by Plot: the layout places its labels with them and
// the spec hands Plot the same definitions, so a report lands on one pixel in both.

type View = ReturnType<typeof evacuationView>;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The last day the x-axis shows: the beat's, within the state's span, never too few days. */
export function axisEnd(domain: readonly [string, string], minDays: number, date: string): string {
  const shortest = isoDay(new Date(at(domain[0]).getTime() + (minDays - 1) * DAY));
  const last = compareDates(date, shortest) > 0 ? date : shortest;
  return compareDates(last, domain[1]) < 0 ? last : domain[1];
}

/** The dates: from the state's first day to the end of the last it shows. */
export function dateScale(view: View, state: GraphicState, size: Size, margin: Margin) {
  const end = axisEnd(view.config.domain, view.config.minDays, state.date);
  return Plot.scale({
    x: {
      type: "utc",
      domain: [at(view.config.domain[0]), new Date(at(end).getTime() + DAY)],
      range: [margin.left, size.width - margin.right],
    },
  });
}

/**
 * What the people axis reaches to: the highest evacuation figure, and the counts of people
 * still inside drawn beside it. A count far above every evacuation figure would flatten
 * them all against the axis: it is written as a note instead of drawn.
 */
export function peopleReach(view: View) {
  const others = view.others.flatMap((g) => (g.point ? [g.point] : []));
  const evacuated = Math.max(
    1_000,
    ...others.map((r) => r.high),
    ...view.totals.flatMap((s) => s.points.map((p) => p.high)),
    ...view.fled.map((r) => r.high),
    ...view.convoys.map((r) => r.high),
  );
  const asNote = (r: Numbered) => r.high > 1.3 * evacuated;
  const remaining = view.remaining.filter((r) => !asNote(r));
  return {
    highest: Math.max(evacuated, ...remaining.map((r) => r.high)),
    remaining,
    notes: view.remaining.filter(asNote),
  };
}

/** People, from none at the axis to the highest figure, `headroom` pixels below the top. */
export function peopleScale(highest: number, headroom: number, size: Size, margin: Margin) {
  const innerH = size.height - margin.top - margin.bottom;
  const yMax = highest / Math.min(1 / 1.08, 1 - headroom / innerH);
  return Plot.scale({
    y: { domain: [0, yMax], range: [size.height - margin.bottom, margin.top] },
  });
}

/** The axes' ticks: dates that fit between the axis's start and the canvas's edge. */
export function evacuationTicks(
  x: Plot.Scale,
  size: Size,
  margin: Margin,
  m: Measure,
  narrow: boolean,
  edition: Edition,
) {
  const [t0, t1] = x.domain as [Date, Date];
  const first = isoDay(t0);
  const last = isoDay(new Date(t1.getTime() - DAY));
  const xTicks = dayTicks(first, last, narrow ? (size.width < 340 ? 3 : 5) : 8, (tick) => {
    const half = textWidth(edition.axisDate(isoDay(tick)), m) / 2;
    return x.apply(tick) - half >= margin.left - 10 && x.apply(tick) + half <= size.width;
  });
  const innerH = size.height - margin.top - margin.bottom;
  const yTicks = Math.max(2, Math.min(5, Math.floor(innerH / 60)));
  return { x: xTicks, y: yTicks };
}
