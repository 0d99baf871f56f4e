import { isNarrow, LINE_HEIGHT, labelFontSize, type Margin } from "../chartStyle.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { placeTextInBestOrder } from "../labelOrder.ts";
import type { Box, PlacedText, TextItem } from "../labelPlacement.ts";
import { inWeight, type Measure, measure } from "../measure.ts";
import { spacingWidth } from "../textMetrics.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { at, pauseEnd, within } from "./days.ts";
import { aroundMark, inColumn, inCorners } from "./labelSpots.ts";
import { type LabelDatum, type LabelRequest, labelRequests, type TotalPoint } from "./labels.ts";
import { lineRuns } from "./lines.ts";
import { pauseRows } from "./pauseRows.ts";
import {
  type EvacuationScales,
  markBoxes,
  markRadii,
  type ReportPlaces,
  reportMarks,
  reportPlaces,
} from "./reportMarks.ts";
import { dateScale, evacuationTicks, peopleReach, peopleScale } from "./scales.ts";
import { evacuationView, type Numbered } from "./view.ts";

type View = ReturnType<typeof evacuationView>;

// Where everything on the evacuation chart goes, in pixels, for spec.ts to draw; the
// labels are placed by the charts' one placer (labelPlacement.ts).

export const STRIP = 5;

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
export function layoutEvacuation(records: ChartRecords, state: GraphicState, size: Size) {
  const view = evacuationView(records, state);
  // A phone chart: pauses become a strip, labels may stack.
  const narrow = isNarrow(size);
  const fontSize = labelFontSize(size);
  const m = measure(fontSize, size.text);
  // The y-axis numbers run to "50,000": their room grows with a reader's letter spacing.
  const margin = {
    top: 10,
    right: narrow ? 14 : 30,
    bottom: 28,
    left: 46 + Math.ceil(spacingWidth("50,000", m)),
  };
  const x = dateScale(view, state, size, margin);
  const pauses = pauseRows(
    view.pauses,
    x,
    size,
    margin,
    m,
    narrow,
    records.edition.evacuation.pauses,
  );
  if (pauses.rows) margin.top = Math.round(pauses.rows * pauses.rowPitch + 4);
  const reach = peopleReach(view);
  // Room above the highest mark for a line of label, below the pause strip if there is one.
  const strip = narrow && pauses.rows ? STRIP + 2 : 0;
  const headroom = strip + fontSize * LINE_HEIGHT + 10;
  const scales = { x, y: peopleScale(reach.highest, headroom, size, margin) };
  // Fixed for every state, so the lines keep their places when the chart morphs.
  const claimants = Object.keys(records.cumulativeEvacuation);
  const places = reportPlaces(view, claimants);
  const R = markRadii(narrow);
  const marks = reportMarks(scales, places, R);
  const frame: Box = {
    x0: margin.left,
    y0: margin.top + strip,
    x1: size.width - 1,
    // Clear of the axis line, with the dates below it.
    y1: size.height - margin.bottom - 2,
  };
  const requests = labelRequests(records, state, { view, ...places, ...reach }, marks);
  const items = labelItems(requests, {
    state,
    narrow,
    measure: m,
    frame,
    scales,
    margin,
    size,
    view,
  });
  const obstacles = markBoxes(view, places, marks, reach.remaining, scales);
  const { placed, dropped } = placeTextInBestOrder(items, frame, obstacles, SHUFFLES);
  return {
    view,
    narrow,
    margin,
    innerH: size.height - margin.top - margin.bottom,
    /** The chart's scales, as Plot made them; the spec draws on the same. */
    scales: {
      ...scales,
      px: (d: Date): number => x.apply(d),
      py: (v: number): number => scales.y.apply(v),
    },
    ticks: evacuationTicks(x, size, margin, m, narrow, records.edition),
    /** Where each kind of report sits within its day. */
    x: places.x,
    fontSize,
    /** The pause labels, in rows this far apart. */
    pauses,
    claimants,
    colour: (id: string) => claimantStyle(id).colour,
    R,
    dropped,
    ...drawnReports(placed, dropped, view, places, reach.remaining),
  };
}

/** What placing the labels needs to know of the chart. */
interface LabelFrame {
  state: GraphicState;
  narrow: boolean;
  /** How the labels are set: size and the reader's spacing. */
  measure: Measure;
  frame: Box;
  scales: EvacuationScales;
  margin: Margin;
  size: Size;
  view: View;
}

/** The labels as the placer takes them, each with the spots it may go to. */
function labelItems(requests: readonly LabelRequest[], chart: LabelFrame) {
  const { state, narrow, measure: m, frame, scales, margin, size } = chart;
  const { x } = scales;
  const bands = narrow
    ? []
    : chart.view.pauses.map((p) => ({
        x0: x.apply(at(p.start)),
        x1: x.apply(pauseEnd(p)),
        y0: margin.top,
        y1: size.height - margin.bottom,
      }));
  // A phone has no room for notes on earlier days, and each one it cannot place costs a
  // whole search of its column: they stay in the description.
  return requests
    .filter((r) => !(narrow && r.day && r.day !== state.date))
    .map(
      (r): TextItem<LabelDatum> => ({
        variants: r.variants,
        // A note that names no mark goes in a corner of the plot, never at a leader's end.
        spots: r.target
          ? aroundMark(r.target, m.size, LINE_HEIGHT)
          : r.day
            ? inColumn(x.apply(within(r.day)), frame)
            : inCorners(frame),
        // A claimant's total is drawn in bold (spec.ts): measured so.
        measure: r.datum.kind === "total" ? inWeight(m, 700) : m,
        // Next to the mark over a shaded band reads better than at the end of a leader.
        prefer: bands,
        datum: r.datum,
      }),
    );
}

/**
 * What is drawn: every report whose label found room. A series whose claimant could not be
 * named is left out whole, its earlier values' labels with it.
 */
function drawnReports(
  placed: readonly PlacedText<LabelDatum>[],
  dropped: readonly LabelDatum[],
  view: View,
  places: ReportPlaces,
  remaining: readonly Numbered[],
) {
  const gone = new Set(dropped.flatMap((d) => d.keys));
  const named = new Set([...places.latest].filter(([, p]) => !gone.has(p)).map(([c]) => c));
  const shown = <T extends object>(list: readonly T[]) => list.filter((r) => !gone.has(r));
  const totals = shown(places.totals).filter((p) => named.has(p.claimant));
  const drawnRemaining = shown(remaining);
  return {
    labels: placed.filter(
      (l) => !(l.datum.kind === "value" && !named.has((l.datum.keys[0] as TotalPoint).claimant)),
    ),
    /** What is drawn: every report here has a label in `labels`. */
    drawn: {
      totals,
      /** The totals again, each with the run of points its line joins (see lines.ts). */
      lines: lineRuns(totals, places.x.total, view.pauses),
      others: shown(places.others),
      fled: shown(view.fled),
      convoys: shown(view.convoys),
      remaining: drawnRemaining,
    },
    /** Each count of people still inside drawn, once at each end of its range. */
    remainingLevels: drawnRemaining.flatMap((r) =>
      (r.low === r.high ? [r.high] : [r.low, r.high]).map((level) => ({ ...r, level })),
    ),
  };
}
