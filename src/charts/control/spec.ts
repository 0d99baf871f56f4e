import * as Plot from "@observablehq/plot";
import { chartDate, OFFENSIVE_END, OFFENSIVE_START, toUtc } from "../../dates.ts";
import { ink, markOpacity, side, type } from "../../styles/tokens.ts";
import { chartStyle, isNarrow, LINE_HEIGHT, TEXT_HALO } from "../chartStyle.ts";
import { formatClaim } from "../format.ts";
import { type Box, placeText, type TextSpot } from "../labelPlacement.ts";
import { textWidth, wrapWords } from "../textMetrics.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { type ClaimGroup, claimGroups, claimLines, claimSpots } from "./claimLabels.ts";
import type { ControlState } from "./states.ts";
import { controlView } from "./view.ts";

/** The y-axis's shares: fewer on a short chart. */
const shareTicks = (innerH: number) => (innerH < 120 ? [0, 50, 100] : [0, 25, 50, 75, 100]);
/** Plot's default tick length and padding: where an axis number ends, left of the plot. */
const Y_TICK_GAP = 9;

const LINE = type.chartSmall * LINE_HEIGHT;

/** A piece of text the chart places: a reported figure's label, or one of its notes. */
interface Annotation {
  /** Ways to set it, in lines, tried in order at each of its spots. */
  variants: string[][];
  focused: boolean;
  /** A figure's label or the line's note: set above the chart when there is no room inside. */
  essential: boolean;
  /** The text as one line, for the note above the chart when it finds no room inside. */
  inline: string;
  spots: (place: Place) => TextSpot[];
}

interface Place {
  px: (iso: string) => number;
  py: (share: number) => number;
  /** The plotting area, inside the axes. */
  plot: Box;
}

/**
 * Control over time: reported shares of the formerly rebel-held east as labelled points,
 * the count of named districts held as a separate step line, the pocket's size in km² as
 * text (never converted into a share), and the turning points as rules. Every label is
 * placed clear of the others and of the line; a figure with no room beside its dot is
 * named in a note above the chart, never left bare.
 */
export function controlSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const view = controlView(records, state);
  const { focus } = view;
  const narrow = isNarrow(size);
  const fontSize = type.chartSmall;
  const turning = view.turning.filter((t) => !narrow || t.key === focus.turningPoint);
  // Turning points' labels alternate between two rows; a phone shows one at a time.
  const margin = { top: narrow ? 20 : 34, right: narrow ? 12 : 24, bottom: 28, left: 38 };
  // On a short chart (a small phone) labels take one line, and the pocket's size is
  // shown only at the beats about it.
  const short = size.height - margin.top - margin.bottom < 150;
  const groups = claimGroups(view.shares, focus.focus.includes("east-share"));
  const annotations = annotate(records, view, focus, groups, short);
  const innerW = size.width - margin.left - margin.right;
  const t0 = toUtc(OFFENSIVE_START).getTime();
  const t1 = toUtc(OFFENSIVE_END).getTime();

  // Everything is placed in pixels. What finds no room goes into a note above the chart,
  // which moves the chart down, so the rest is placed again until nothing else moves.
  const layout = (above: readonly Annotation[]) => {
    // Each item above the chart on lines of its own: the beat's own in bold.
    let row = 0;
    const lines = above.map((a) => {
      const wrapped = wrapWords(a.inline, fontSize, innerW);
      const at = row;
      row += wrapped.length;
      return { text: wrapped.join("\n"), row: at, focused: a.focused };
    });
    const top = margin.top + row * LINE;
    const innerH = size.height - top - margin.bottom;
    const px = (iso: string) => margin.left + ((toUtc(iso).getTime() - t0) / (t1 - t0)) * innerW;
    const py = (share: number) => top + (1 - share / 100) * innerH;
    const frame = { x0: 2, y0: top - 4, x1: size.width - 2, y1: size.height - margin.bottom };
    const plot = { x0: margin.left, y0: top, x1: size.width - margin.right, y1: frame.y1 };
    const reserved = [
      ...turning.map((t, i) => {
        const y = top - (narrow ? 13 : 26) + (i % 2) * 13;
        const x = px(t.date) + 3;
        return { x0: x, y0: y - LINE / 2, x1: x + textWidth(t.label, fontSize), y1: y + LINE / 2 };
      }),
      ...stepBoxes(view.steps, px, py),
      // The y-axis numbers, right-aligned against the plot's left edge.
      ...shareTicks(innerH).map((t) => {
        const [y, w] = [py(t), textWidth(`${t}%`, fontSize)];
        return {
          x0: margin.left - Y_TICK_GAP - w,
          y0: y - LINE / 2,
          x1: margin.left,
          y1: y + LINE / 2,
        };
      }),
      ...view.shares.map((c) => {
        const [x, y] = [px(c.date), py(c.value_high)];
        const tip = c.open_ended ? py(Math.min(100, c.value_high + 9)) : y;
        return { x0: x - 6, y0: tip - 6, x1: x + 6, y1: y + 6 };
      }),
    ];
    const inside = annotations.filter((a) => !above.includes(a));
    const placed = placeText(
      inside.map((a) => ({
        variants: a.variants,
        spots: a.spots({ px, py, plot }),
        fontSize,
        bold: a.focused,
        datum: a,
      })),
      frame,
      reserved,
    );
    const missing = inside.filter((a) => !placed.some((p) => p.datum === a));
    return { top, innerH, lines, placed, missing };
  };
  let above: Annotation[] = [];
  let placed = layout(above);
  while (placed.missing.some((a) => a.essential)) {
    const missing = placed.missing.filter((a) => a.essential);
    above = annotations.filter((a) => above.includes(a) || missing.includes(a));
    placed = layout(above);
  }
  const { top, innerH, lines } = placed;
  const xAt = (px: number) => new Date(t0 + ((px - margin.left) / innerW) * (t1 - t0));
  const yAt = (py: number) => (1 - (py - top) / innerH) * 100;

  return {
    width: size.width,
    height: size.height,
    marginTop: top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    style: chartStyle(fontSize),
    x: {
      type: "utc",
      domain: [toUtc(OFFENSIVE_START), toUtc(OFFENSIVE_END)],
      ticks: (narrow
        ? ["2016-11-15", "2016-12-01", "2016-12-15"]
        : ["2016-11-15", "2016-11-22", "2016-12-01", "2016-12-08", "2016-12-15", "2016-12-22"]
      ).map(toUtc),
      tickFormat: (d: Date) => chartDate(d.toISOString().slice(0, 10)),
      // Keeps the first date clear of "0%" at the corner.
      tickPadding: 5,
      label: null,
    },
    y: {
      domain: [0, 100],
      ticks: shareTicks(innerH),
      tickFormat: (d: number) => `${d}%`,
      label: null,
      grid: true,
    },
    marks: [
      Plot.ruleY([0], { stroke: ink.muted, ariaHidden: "true" }),
      Plot.ruleX(turning, {
        x: (t) => toUtc(t.date),
        stroke: (t) => (t.key === focus.turningPoint ? ink.text : ink.rule),
        strokeDasharray: "2,3",
        ariaHidden: "true",
      }),
      ...turning.map((t, i) => {
        const focused = t.key === focus.turningPoint;
        return Plot.text([t], {
          x: (d) => toUtc(d.date),
          text: "label",
          frameAnchor: "top",
          textAnchor: "start",
          dx: 3,
          dy: -(narrow ? 13 : 26) + (i % 2) * 13,
          fill: focused ? ink.text : ink.muted,
          fontWeight: focused ? 700 : 400,
          ariaHidden: "true",
        });
      }),
      Plot.line(view.steps, {
        x: (p) => toUtc(p.date),
        y: (p) => p.share * 100,
        curve: "step-after",
        stroke: side.government,
        strokeOpacity: markOpacity.namedDistrictSteps,
        strokeWidth: 2,
        strokeDasharray: "5,3",
        ariaHidden: "true",
      }),
      Plot.arrow(
        view.shares.filter((c) => c.open_ended),
        {
          x: (c) => toUtc(c.date),
          y1: "value_high",
          y2: (c) => Math.min(100, c.value_high + 9),
          stroke: side.government,
          headLength: 5,
          ariaHidden: "true",
        },
      ),
      Plot.dot(view.shares, {
        x: (c) => toUtc(c.date),
        y: "value_high",
        r: 5,
        fill: side.government,
        stroke: ink.paper,
        strokeWidth: 1.5,
        ariaHidden: "true",
      }),
      ...placed.placed.map((label) =>
        Plot.text([label], {
          x: (d: typeof label) => xAt(d.x),
          y: (d: typeof label) => yAt(d.y),
          text: "text",
          textAnchor: label.anchor,
          lineAnchor: "middle",
          lineHeight: LINE_HEIGHT,
          fill: label.datum.focused ? ink.text : ink.muted,
          fontWeight: label.datum.focused ? 700 : 400,
          ...TEXT_HALO,
          ariaHidden: "true",
        }),
      ),
      ...lines.map((l) =>
        Plot.text([l.text], {
          frameAnchor: "top-left",
          textAnchor: "start",
          lineAnchor: "top",
          lineHeight: LINE_HEIGHT,
          dy: -top + 2 + l.row * LINE,
          fill: l.focused ? ink.text : ink.muted,
          fontWeight: l.focused ? 700 : 400,
          ariaHidden: "true",
        }),
      ),
      Plot.text(state.date < OFFENSIVE_START ? ["The offensive begins on 15 November"] : [], {
        frameAnchor: "middle",
        fill: ink.muted,
        ariaHidden: "true",
      }),
    ],
  };
}

/**
 * What the chart labels, most important first: the figures the beat is about, the step
 * line's note, the pocket's size, then the other figures, latest first.
 */
function annotate(
  records: ChartRecords,
  view: ReturnType<typeof controlView>,
  focus: ControlState,
  groups: readonly ClaimGroup[],
  short: boolean,
): Annotation[] {
  const claims = [...groups].reverse().map(
    (group): Annotation => ({
      // Where the chart is short, the one-line form first.
      variants: short
        ? [claimLines(records, group, true)]
        : [claimLines(records, group, false), claimLines(records, group, true)],
      focused: group.focused,
      essential: true,
      inline: claimLines(records, group, true).join(" "),
      spots: ({ px, py }) => {
        const first = group.claims[0] as (typeof group.claims)[number];
        return claimSpots(px(first.date), py(first.value_high));
      },
    }),
  );
  const corner = (variants: string[][], focused: boolean, essential: boolean): Annotation => ({
    variants,
    focused,
    essential,
    inline: (variants[0] ?? []).join(" "),
    // The bottom-right corner, which the line reaches only late and high, or just above
    // the other note there; else the top left or top right.
    spots: ({ plot }) => {
      const right = plot.x1 - 4;
      const bottom = plot.y1 - 4;
      return [
        { x: right, y: bottom, anchor: "end", edge: "bottom" },
        // Above the other note, of two lines or of three.
        { x: right, y: bottom - 2 * LINE - 6, anchor: "end", edge: "bottom" },
        { x: right, y: bottom - 3 * LINE - 6, anchor: "end", edge: "bottom" },
        { x: plot.x0 + 4, y: plot.y0 + 8, anchor: "start", edge: "top" },
        { x: right, y: plot.y0 + 8, anchor: "end", edge: "top" },
      ];
    },
  });
  const notes: Annotation[] = [];
  const lastStep = view.steps.at(-1);
  if (lastStep) {
    const held = `${lastStep.government} of ${lastStep.total}`;
    notes.push(
      corner(
        [
          ["Dashed: named districts held,", `${held} (a count, not area)`],
          ["Dashed: named districts", `held, ${held}`, "(a count, not area)"],
        ],
        false,
        true,
      ),
    );
  }
  const pocketFocused = focus.focus.includes("pocket-area");
  if (view.pockets.length && (pocketFocused || !short)) {
    const sizes = view.pockets.map(
      (p) =>
        `${chartDate(p.date)}: ${formatClaim(p.value_low, p.value_high, p.open_ended, p.qualifier, " km²")}`,
    );
    notes.push(
      corner(
        [
          ["Rebel pocket, reported size:", ...sizes],
          ["Rebel pocket,", "reported size:", ...sizes],
        ],
        pocketFocused,
        pocketFocused,
      ),
    );
  }
  const focusedClaims = claims.filter((c) => c.focused);
  return [
    ...focusedClaims,
    ...(pocketFocused ? [...notes].reverse() : notes),
    ...claims.filter((c) => !c.focused),
  ];
}

/** Thin boxes along the step line's treads and risers, for labels to keep off. */
function stepBoxes(
  steps: ReturnType<typeof controlView>["steps"],
  px: (iso: string) => number,
  py: (share: number) => number,
) {
  const boxes = [];
  for (const [i, p] of steps.entries()) {
    const next = steps[i + 1];
    if (!next) break;
    const [xa, xb, ya, yb] = [px(p.date), px(next.date), py(p.share * 100), py(next.share * 100)];
    boxes.push({ x0: xa, y0: ya - 2, x1: xb, y1: ya + 2 });
    boxes.push({ x0: xb - 2, y0: Math.min(ya, yb), x1: xb + 2, y1: Math.max(ya, yb) });
  }
  return boxes;
}
