import * as Plot from "@observablehq/plot";
import { toUtc } from "../../dates.ts";
import { ink, markOpacity, side } from "../../styles/tokens.ts";
import { dateTick, LINE_HEIGHT, plotFrame, TEXT_HALO } from "../chartStyle.ts";
import { inPixels as pixels, placedTextMark } from "../placedText.ts";
import type { Direction } from "../svgDirection.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { lineOf } from "./annotations.ts";
import {
  CLAIM_MARK,
  layoutControl,
  NOTE_LEFT,
  shareTicks,
  TURNING_GAP,
  Y_TICK_GAP,
} from "./layout.ts";

type Chart = ReturnType<typeof layoutControl>;

/**
 * Control over time, in two panels on one date axis: above, reported shares of the
 * formerly rebel-held east as labelled points, the pocket's size in km² as text (never
 * converted into a share) and, in a row of their own, the claims that the whole city was
 * held; below, on its own scale, the count of named districts held, as a step line. The
 * turning points are rules across both. Where each piece goes is decided in layout.ts, on the scales of scales.ts.
 */
export function controlSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const chart = layoutControl(records, state, size);
  const { narrow, margin, top, panels, fontSize, scales } = chart;
  const { dir } = records.edition;
  return {
    ...plotFrame(size, { ...margin, top }, fontSize),
    x: {
      ...scales.x,
      ticks: (narrow
        ? ["2016-11-15", "2016-12-01", "2016-12-15"]
        : ["2016-11-15", "2016-11-22", "2016-12-01", "2016-12-08", "2016-12-15", "2016-12-22"]
      ).map(toUtc),
      tickFormat: dateTick(records.edition),
      // Keeps the first date clear of the count's "0" at the corner.
      tickPadding: 5,
      label: null,
    },
    y: {
      ...scales.y,
      ticks: shareTicks(panels.share.y1 - panels.share.y0),
      tickFormat: (d: number) => `${d}${records.edition.control.shareUnit}`,
      label: null,
      grid: true,
    },
    marks: [
      Plot.ruleY([0], { stroke: ink.muted, ariaHidden: "true" }),
      ...turningMarks(chart, dir),
      ...countMarks(chart, dir),
      ...shareMarks(chart),
      ...claimMarks(chart),
      ...textMarks(chart, dir),
    ],
  };
}

/**
 * The turning points: a dotted rule across both panels, its label above them, beside the
 * rule on its reading side (right of it left to right, left of it right to left).
 */
function turningMarks({ turning, view, turningRow }: Chart, dir: Direction): Plot.Markish[] {
  const rtl = dir === "rtl";
  const focused = (t: (typeof turning)[number]) => t.key === view.focus.turningPoint;
  return [
    Plot.ruleX(turning, {
      x: (t) => toUtc(t.date),
      stroke: (t) => (focused(t) ? ink.text : ink.rule),
      strokeDasharray: "2,3",
      ariaHidden: "true",
    }),
    ...turning.map((t, i) =>
      Plot.text([t], {
        x: (d) => toUtc(d.date),
        text: "label",
        frameAnchor: "top",
        textAnchor: rtl ? "end" : "start",
        dx: rtl ? -TURNING_GAP : TURNING_GAP,
        dy: turningRow(i),
        fill: focused(t) ? ink.text : ink.muted,
        fontWeight: focused(t) ? 700 : 400,
        ariaHidden: "true",
      }),
    ),
  ];
}

/**
 * The count panel: its title (from the panel's reading edge), its own axis (none to all),
 * and the dashed step line.
 */
function countMarks(
  { panels, view, countTitle, margin, scales }: Chart,
  dir: Direction,
): Plot.Markish[] {
  const { count } = panels;
  const cy = (n: number): number => scales.count.apply(n);
  const ends = [0, view.total];
  const last = view.steps.at(-1);
  return [
    Plot.ruleY(ends, {
      y: pixels((n: number) => cy(n)),
      stroke: (n: number) => (n === 0 ? ink.muted : ink.rule),
      ariaHidden: "true",
    }),
    Plot.text(ends, {
      x: pixels(() => margin.left - Y_TICK_GAP),
      y: pixels((n: number) => cy(n)),
      text: (n: number) => `${n}`,
      textAnchor: "end",
      fill: ink.text,
      ariaHidden: "true",
    }),
    Plot.text([countTitle], {
      x: pixels(() => (dir === "rtl" ? count.x1 : count.x0)),
      y: pixels(() => panels.countTitleY),
      textAnchor: dir === "rtl" ? "end" : "start",
      fill: ink.text,
      fontWeight: 600,
      ...TEXT_HALO,
      ariaHidden: "true",
    }),
    Plot.line(view.steps, {
      x: (p) => toUtc(p.date),
      y: pixels((p: (typeof view.steps)[number]) => cy(p.government)),
      curve: "step-after",
      stroke: side.government,
      strokeOpacity: markOpacity.namedDistrictSteps,
      strokeWidth: 2,
      strokeDasharray: "5,3",
      ariaHidden: "true",
    }),
    // The count on the beat's date, so a line of one day still shows.
    Plot.dot(last ? [last] : [], {
      x: (p) => toUtc(p.date),
      y: pixels((p: typeof last & object) => cy(p.government)),
      symbol: "square",
      r: 3,
      fill: side.government,
      ariaHidden: "true",
    }),
  ];
}

/** The reported shares: a dot each, an arrow up from an open-ended one ("more than 70%"). */
function shareMarks({ shares }: Chart): Plot.Markish[] {
  return [
    Plot.arrow(
      shares.filter((c) => c.open_ended),
      {
        x: (c) => toUtc(c.date),
        y1: "value_high",
        y2: (c) => Math.min(100, c.value_high + 9),
        stroke: side.government,
        headLength: 5,
        ariaHidden: "true",
      },
    ),
    Plot.dot(shares, {
      x: (c) => toUtc(c.date),
      y: "value_high",
      r: 5,
      fill: side.government,
      stroke: ink.paper,
      strokeWidth: 1.5,
      ariaHidden: "true",
    }),
  ];
}

/** The whole-city claims: a hollow diamond on its date, in their row above the shares. */
function claimMarks({ claims, panels }: Chart): Plot.Markish[] {
  return [
    Plot.dot(claims, {
      x: (c) => toUtc(c.date),
      y: pixels(() => panels.claimY),
      symbol: "diamond",
      r: CLAIM_MARK,
      fill: ink.paper,
      stroke: ink.text,
      strokeWidth: 1.5,
      ariaHidden: "true",
    }),
  ];
}

/** The placed labels, and the note above the chart, from its reading edge. */
function textMarks(
  { labels, lines, top, fontSize, margin }: Chart,
  dir: Direction,
): Plot.Markish[] {
  const rtl = dir === "rtl";
  return [
    ...labels.map((label) =>
      placedTextMark(
        [label],
        label.anchor,
        {
          fill: label.datum.focused ? ink.text : ink.muted,
          fontWeight: label.datum.focused ? 700 : 400,
        },
        dir,
      ),
    ),
    ...lines.map((l) =>
      Plot.text([l.text], {
        frameAnchor: rtl ? "top-right" : "top-left",
        textAnchor: rtl ? "end" : "start",
        lineAnchor: "top",
        lineHeight: LINE_HEIGHT,
        dx: rtl ? margin.right - NOTE_LEFT : NOTE_LEFT - margin.left,
        dy: -top + 2 + l.row * lineOf(fontSize),
        fill: l.focused ? ink.text : ink.muted,
        fontWeight: l.focused ? 700 : 400,
        ariaHidden: "true",
      }),
    ),
  ];
}
