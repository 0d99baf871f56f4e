import type * as Plot from "@observablehq/plot";
import { type Box, type Mark, segmentBoxes } from "../labelPlacement.ts";
import { spreadOverDays, within } from "./days.ts";
import type { ReportMarks, TotalPoint } from "./labels.ts";
import { lineRuns } from "./lines.ts";
import type { evacuationView, Numbered } from "./view.ts";

// Where each report is drawn: its moment within its day, then its mark in pixels, on the
// chart's scales, for its label to name and every other label to keep off.

type View = ReturnType<typeof evacuationView>;

/** The marks' radii: a little smaller on a phone. */
export const markRadii = (narrow: boolean) => ({
  total: narrow ? 4 : 5,
  fled: narrow ? 4 : 4.5,
  convoy: narrow ? 3.5 : 4,
  other: narrow ? 3.5 : 4.5,
});
export type Radii = ReturnType<typeof markRadii>;

/**
 * Each claimant's running totals as points, each series' latest, the other counts with a
 * number, and where in its day each report sits (several of one day spread across it).
 */
export function reportPlaces(view: View, claimants: readonly string[]) {
  const others = view.others.flatMap((g) => (g.point ? [g.point] : []));
  const totals: TotalPoint[] = view.totals.flatMap((s) =>
    s.points.map((p) => ({ ...p, claimant: s.claimant })),
  );
  const order = (p: TotalPoint) => claimants.indexOf(p.claimant);
  const totalTime = spreadOverDays(
    [...totals].sort((a, b) => order(a) - order(b)),
    (p) => p.date,
  );
  const convoyTime = spreadOverDays(
    [...view.convoys].sort((a, b) => (a.convoy ?? 0) - (b.convoy ?? 0)),
    (r) => r.date,
  );
  const fledTime = spreadOverDays(view.fled, (r) => r.date);
  const otherTime = spreadOverDays(others, (r) => r.date);
  return {
    totals,
    /** Each series' latest point: the one its claimant's label names. */
    latest: new Map(totals.map((p) => [p.claimant, p])),
    others,
    x: {
      total: (p: TotalPoint) => within(p.date, totalTime.get(p) ?? 0.5),
      fled: (r: Numbered) => within(r.date, fledTime.get(r) ?? 0.5),
      convoy: (r: Numbered) => within(r.date, convoyTime.get(r) ?? 0.5),
      other: (r: Numbered) => within(r.date, otherTime.get(r) ?? 0.5),
    },
  };
}
export type ReportPlaces = ReturnType<typeof reportPlaces>;

/** The chart's two scales, as Plot made them. */
export interface EvacuationScales {
  x: Plot.Scale;
  y: Plot.Scale;
}

/** Each kind of report's mark in pixels, on the chart's scales. */
export function reportMarks(
  { x, y }: EvacuationScales,
  places: ReportPlaces,
  R: Radii,
): ReportMarks {
  const dot = (t: Date, v: number, r: number): Mark => ({
    x: x.apply(t),
    y: y.apply(v),
    halfWidth: r,
    halfHeight: r,
  });
  return {
    total: (p) => dot(places.x.total(p), p.high, R.total),
    fled: (r) => dot(places.x.fled(r), r.high, R.fled),
    other: (r) => dot(places.x.other(r), r.high, R.other),
    // A count of people still inside spans its day, and its range of people.
    remaining: (r) => ({
      x: x.apply(within(r.date)),
      y: (y.apply(r.low) + y.apply(r.high)) / 2,
      halfWidth: (x.apply(within(r.date, 1)) - x.apply(within(r.date, 0))) / 2,
      halfHeight: (y.apply(r.low) - y.apply(r.high)) / 2 + 1.5,
    }),
    convoys: (group) => {
      const xs = group.map((r) => x.apply(places.x.convoy(r)));
      const ys = group.map((r) => y.apply(r.high));
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const [halfWidth, halfHeight] = [(x1 - x0) / 2 + R.convoy, (y1 - y0) / 2 + R.convoy];
      return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, halfWidth, halfHeight };
    },
  };
}

/** What labels must keep off: every mark, a convoy's stem, the lines between reports. */
export function markBoxes(
  view: View,
  places: ReportPlaces,
  marks: ReportMarks,
  remaining: readonly Numbered[],
  { x, y }: EvacuationScales,
): Box[] {
  const boxes: Box[] = [
    ...places.totals.map(marks.total),
    ...view.fled.map(marks.fled),
    ...view.convoys.map((r) => marks.convoys([r])),
    ...places.others.map(marks.other),
    ...remaining.map(marks.remaining),
  ].map((t) => ({
    x0: t.x - t.halfWidth - 1,
    y0: t.y - t.halfHeight - 1,
    x1: t.x + t.halfWidth + 1,
    y1: t.y + t.halfHeight + 1,
  }));
  for (const r of view.convoys) {
    const cx = x.apply(places.x.convoy(r));
    boxes.push(
      ...segmentBoxes([
        [cx, y.apply(0)],
        [cx, y.apply(r.high)],
      ]),
    );
  }
  const allRuns = lineRuns(places.totals, places.x.total, view.pauses);
  for (const run of new Set(allRuns.map((p) => p.run))) {
    const points = allRuns.filter((p) => p.run === run);
    boxes.push(...segmentBoxes(points.map((p) => [x.apply(places.x.total(p)), y.apply(p.high)])));
  }
  return boxes;
}
