import { chartDate, compareDates } from "../../dates.ts";
import { isNarrow, LINE_HEIGHT, labelFontSize } from "../chartStyle.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { placeTextInBestOrder } from "../labelOrder.ts";
import { type Box, type Mark, segmentBoxes, type TextItem } from "../labelPlacement.ts";
import { spacingWidth, textWidth } from "../textMetrics.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { at, DAY, dayTicks, pauseEnd, pauseRuns, spreadOverDays, within } from "./days.ts";
import { aroundMark, inColumn, inCorners } from "./labelSpots.ts";
import { type LabelDatum, labelRequests, pauseLabels, type TotalPoint } from "./labels.ts";
import { lineRuns } from "./lines.ts";
import { evacuationView, type Numbered } from "./view.ts";

// Where everything on the evacuation chart goes, in pixels, for spec.ts to draw; the
// labels are placed by the charts' one placer (labelPlacement.ts).

export const STRIP = 5;

/** The last day the x-axis shows: the beat's, within the state's span, never too few days. */
export function axisEnd(domain: readonly [string, string], minDays: number, date: string): string {
  const shortest = new Date(at(domain[0]).getTime() + (minDays - 1) * DAY)
    .toISOString()
    .slice(0, 10);
  const last = compareDates(date, shortest) > 0 ? date : shortest;
  return compareDates(last, domain[1]) < 0 ? last : domain[1];
}

/**
 * How many other orders the labels are placed in when the first leaves some out. Each is a
 * whole greedy pass, and the chart is laid out on the main thread at every beat, so the
 * search stays small (a few milliseconds on a phone).
 */
const SHUFFLES = 8;

/**
 * People evacuated over time: each claimant's running totals as points, joined only to the
 * same claimant's next report; single convoys as hollow marks; pauses as shaded bands (a
 * strip along the top on phones); people still inside as dashed marks spanning their range.
 * Every drawn figure carries its value and claimant; a figure whose label finds no room at
 * this size is left out of the drawing (it stays in the description and the table).
 */
export function evacuationLayout(records: ChartRecords, state: GraphicState, size: Size) {
  const view = evacuationView(records, state);
  // A phone chart: pauses become a strip, labels may stack.
  const narrow = isNarrow(size);
  const fontSize = labelFontSize(size);
  const start = view.config.domain[0];
  const end = axisEnd(view.config.domain, view.config.minDays, state.date);
  const t0 = at(start).getTime();
  const t1 = at(end).getTime() + DAY;

  // The y-axis numbers run to "50,000": their room grows with a reader's letter spacing.
  const margin = {
    top: 10,
    right: narrow ? 14 : 30,
    bottom: 28,
    left: 46 + Math.ceil(spacingWidth("50,000", fontSize)),
  };
  const innerW = size.width - margin.left - margin.right;
  const pxOfTime = (t: number) => margin.left + ((t - t0) / (t1 - t0)) * innerW;
  // On a phone every pause reads "Paused" (or "Delayed"): one row, the latest pause (the beat's news)
  // labelled first, and a strip with no room for its label explained by its neighbours'.
  // Rows of pause labels far enough apart that their letters never touch.
  const rowPitch = fontSize * 1.4;
  const runs = pauseLabels(
    pauseRuns(view.pauses, narrow)
      .map((r) => ({ ...r, x: pxOfTime((r.start.getTime() + r.end.getTime()) / 2) }))
      .reverse(),
    fontSize,
    { x0: margin.left, x1: size.width - 2 },
    narrow ? 1 : 3,
    rowPitch,
  );
  const bandRows = runs.length ? Math.max(...runs.map((r) => r.row)) + 1 : 0;
  if (bandRows) margin.top = Math.round(bandRows * rowPitch + 4);
  const innerH = size.height - margin.top - margin.bottom;

  const others = view.others.flatMap((g) => (g.point ? [g.point] : []));
  const evacuated = Math.max(
    1_000,
    ...others.map((r) => r.high),
    ...view.totals.flatMap((s) => s.points.map((p) => p.high)),
    ...view.fled.map((r) => r.high),
    ...view.convoys.map((r) => r.high),
  );
  // A count of people still inside far above every evacuation figure would flatten them all
  // against the axis: it is written as a note instead of drawn.
  const asNote = (r: Numbered) => r.high > 1.3 * evacuated;
  const remaining = view.remaining.filter((r) => !asNote(r));
  const notes = view.remaining.filter(asNote);
  // Room above the highest mark for a line of label, below the pause strip if there is one.
  const strip = narrow && bandRows ? STRIP + 2 : 0;
  const headroom = strip + fontSize * LINE_HEIGHT + 10;
  const yMax =
    Math.max(evacuated, ...remaining.map((r) => r.high)) /
    Math.min(1 / 1.08, 1 - headroom / innerH);
  const px = (d: Date) => pxOfTime(d.getTime());
  const py = (v: number) => size.height - margin.bottom - (v / yMax) * innerH;
  const dateAt = (x: number) => new Date(t0 + ((x - margin.left) / innerW) * (t1 - t0));
  const valueAt = (y: number) => ((size.height - margin.bottom - y) / innerH) * yMax;
  const dayWidth = (DAY / (t1 - t0)) * innerW;

  // Fixed for every state, so the lines keep their places when the chart morphs.
  const claimants = Object.keys(records.cumulativeEvacuation);
  const totals: TotalPoint[] = view.totals.flatMap((s) =>
    s.points.map((p) => ({ ...p, claimant: s.claimant })),
  );
  // Each series' latest point: the one its claimant's label names.
  const latest = new Map(totals.map((p) => [p.claimant, p]));
  const totalTime = spreadOverDays(
    [...totals].sort((a, b) => claimants.indexOf(a.claimant) - claimants.indexOf(b.claimant)),
    (p) => p.date,
  );
  const convoyTime = spreadOverDays(
    [...view.convoys].sort((a, b) => (a.convoy ?? 0) - (b.convoy ?? 0)),
    (r) => r.date,
  );
  const fledTime = spreadOverDays(view.fled, (r) => r.date);
  const otherTime = spreadOverDays(others, (r) => r.date);
  const xTotal = (p: TotalPoint) => within(p.date, totalTime.get(p) ?? 0.5);
  const xConvoy = (r: Numbered) => within(r.date, convoyTime.get(r) ?? 0.5);
  const xFled = (r: Numbered) => within(r.date, fledTime.get(r) ?? 0.5);
  const xOther = (r: Numbered) => within(r.date, otherTime.get(r) ?? 0.5);

  const R = {
    total: narrow ? 4 : 5,
    fled: narrow ? 4 : 4.5,
    convoy: narrow ? 3.5 : 4,
    other: narrow ? 3.5 : 4.5,
  };
  const dot = (x: Date, v: number, r: number): Mark => ({
    x: px(x),
    y: py(v),
    halfWidth: r,
    halfHeight: r,
  });
  const remainingTarget = (r: Numbered): Mark => ({
    x: px(within(r.date)),
    y: (py(r.low) + py(r.high)) / 2,
    halfWidth: dayWidth / 2,
    halfHeight: (py(r.low) - py(r.high)) / 2 + 1.5,
  });

  // What labels must keep off: every mark, the lines between reports.
  const obstacles: Box[] = [
    ...totals.map((p) => dot(xTotal(p), p.high, R.total)),
    ...view.fled.map((r) => dot(xFled(r), r.high, R.fled)),
    ...view.convoys.map((r) => dot(xConvoy(r), r.high, R.convoy)),
    ...others.map((r) => dot(xOther(r), r.high, R.other)),
    ...remaining.map(remainingTarget),
  ].map((t) => ({
    x0: t.x - t.halfWidth - 1,
    y0: t.y - t.halfHeight - 1,
    x1: t.x + t.halfWidth + 1,
    y1: t.y + t.halfHeight + 1,
  }));
  for (const r of view.convoys)
    obstacles.push(
      ...segmentBoxes([
        [px(xConvoy(r)), py(0)],
        [px(xConvoy(r)), py(r.high)],
      ]),
    );
  const allRuns = lineRuns(totals, xTotal, view.pauses);
  for (const run of new Set(allRuns.map((p) => p.run))) {
    const points = allRuns.filter((p) => p.run === run);
    obstacles.push(...segmentBoxes(points.map((p) => [px(xTotal(p)), py(p.high)])));
  }
  const bands = view.pauses.map((p) => ({
    x0: px(at(p.start)),
    x1: px(pauseEnd(p)),
    y0: margin.top,
    y1: size.height - margin.bottom,
  }));

  const colour = (id: string) => claimantStyle(id).colour;
  const frame: Box = {
    x0: margin.left,
    y0: margin.top + strip,
    x1: size.width - 1,
    // Clear of the axis line, with the dates below it.
    y1: size.height - margin.bottom - 2,
  };
  const requests = labelRequests(
    records,
    state,
    { view, totals, latest, remaining, notes },
    {
      total: (p) => dot(xTotal(p), p.high, R.total),
      fled: (r) => dot(xFled(r), r.high, R.fled),
      other: (r) => dot(xOther(r), r.high, R.other),
      remaining: remainingTarget,
      convoys: (group) => {
        const xs = group.map((r) => px(xConvoy(r)));
        const ys = group.map((r) => py(r.high));
        const [x0, x1, y0, y1] = [
          Math.min(...xs),
          Math.max(...xs),
          Math.min(...ys),
          Math.max(...ys),
        ];
        return {
          x: (x0 + x1) / 2,
          y: (y0 + y1) / 2,
          halfWidth: (x1 - x0) / 2 + R.convoy,
          halfHeight: (y1 - y0) / 2 + R.convoy,
        };
      },
    },
  );
  // A phone has no room for notes on earlier days, and each one it cannot place costs a
  // whole search of its column: they stay in the description.
  const items = requests
    .filter((r) => !(narrow && r.day && r.day !== state.date))
    .map(
      (r): TextItem<LabelDatum> => ({
        variants: r.variants,
        // A note that names no mark goes in a corner of the plot, never at a leader's end.
        spots: r.target
          ? aroundMark(r.target, fontSize, LINE_HEIGHT)
          : r.day
            ? inColumn(px(within(r.day)), frame)
            : inCorners(frame),
        fontSize,
        // Next to the mark over a shaded band reads better than at the end of a leader.
        prefer: narrow ? [] : bands,
        datum: r.datum,
      }),
    );
  const { placed, dropped } = placeTextInBestOrder(items, frame, obstacles, SHUFFLES);
  const gone = new Set(dropped.flatMap((d) => d.keys));
  // A series whose claimant could not be named is left out whole.
  const namedSeries = new Set([...latest].filter(([, p]) => !gone.has(p)).map(([c]) => c));
  const shown = <T extends object>(list: readonly T[]) => list.filter((r) => !gone.has(r));
  const shownTotals = shown(totals).filter((p) => namedSeries.has(p.claimant));
  const lines = lineRuns(shownTotals, xTotal, view.pauses);
  const labels = placed.filter(
    (l) =>
      !(l.datum.kind === "value" && !namedSeries.has((l.datum.keys[0] as TotalPoint).claimant)),
  );

  const remainingLevels = shown(remaining).flatMap((r) =>
    (r.low === r.high ? [r.high] : [r.low, r.high]).map((level) => ({ ...r, level })),
  );
  const xTicks = dayTicks(start, end, narrow ? (size.width < 340 ? 3 : 5) : 8, (tick) => {
    const half = textWidth(chartDate(tick.toISOString().slice(0, 10)), fontSize) / 2;
    return px(tick) - half >= margin.left - 10 && px(tick) + half <= size.width;
  });
  const yTicks = Math.max(2, Math.min(5, Math.floor(innerH / 60)));

  return {
    view,
    narrow,
    margin,
    innerH,
    /** The scales, both ways between data and pixels, and their ticks. */
    axes: { t0, t1, yMax, px, py, dateAt, valueAt, xTicks, yTicks },
    /** Where each kind of report sits within its day. */
    x: { total: xTotal, fled: xFled, convoy: xConvoy, other: xOther },
    fontSize,
    /** The pause labels, in rows this far apart. */
    pauses: { runs, rowPitch },
    claimants,
    colour,
    R,
    labels,
    dropped,
    /** What is drawn: every report here has a label in `labels`. */
    drawn: {
      totals: shownTotals,
      /** The totals again, each with the run of points its line joins (see lines.ts). */
      lines,
      others: shown(others),
      fled: shown(view.fled),
      convoys: shown(view.convoys),
      remaining: shown(remaining),
    },
    remainingLevels,
  };
}
