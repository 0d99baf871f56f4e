import type * as Plot from "@observablehq/plot";
import { OFFENSIVE_END, toUtc } from "../../dates.ts";
import { isNarrow, labelFontSize, type Margin } from "../chartStyle.ts";
import { type Box, placeText } from "../labelPlacement.ts";
import { inWeight, type Measure, measure } from "../measure.ts";
import { spacingWidth, textWidth, wrapWords } from "../textMetrics.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { type Annotation, annotate, lineOf } from "./annotations.ts";
import { claimGroups } from "./claimLabels.ts";
import { countTitle } from "./countTitle.ts";
import { type ControlPanels, controlPanels } from "./panels.ts";
import { type ControlScales, controlScales, dateScale } from "./scales.ts";
import { controlView } from "./view.ts";

/** The y-axis's shares: fewer on a short panel, so their numbers never touch. */
export const shareTicks = (innerH: number) =>
  innerH < 40 ? [0, 100] : innerH < 120 ? [0, 50, 100] : [0, 25, 50, 75, 100];
/** Plot's default tick length and padding: where an axis number ends, left of the plot. */
export const Y_TICK_GAP = 9;
/** Where the notes above the chart start, from the canvas's left edge. */
export const NOTE_LEFT = 2;
/** From a turning point's rule to its label, on the label's reading side. */
export const TURNING_GAP = 3;
/** A whole-city claim's marker: its radius, and how far its diamond reaches from its middle. */
export const CLAIM_MARK = 3.5;
const CLAIM_REACH = 6;

/**
 * Where everything on the control chart goes, in pixels, for spec.ts to draw. Every label
 * is placed clear of the others and of the marks; a figure with no room beside its mark is
 * named in a note above the chart, never left bare.
 */
export function layoutControl(records: ChartRecords, state: GraphicState, size: Size) {
  const view = controlView(records, state);
  const { focus } = view;
  const narrow = isNarrow(size);
  const fontSize = labelFontSize(size);
  const m = measure(fontSize, size.text);
  const line = lineOf(fontSize);
  const turning = view.turning.filter((t) => !narrow || t.key === focus.turningPoint);
  const margin = controlMargin(records, m, narrow, line);
  // On a short chart (a small phone) labels take one line, and the pocket's size is
  // shown only at the beats about it.
  const short = size.height - margin.top - margin.bottom < 150;
  const annotations = annotate(records, {
    view,
    state,
    shareGroups: claimGroups(view.shares, focus.focus.includes("east-share")),
    claimGroups: claimGroups(view.claims, focus.focus.includes("control-claim")),
    short,
    fontSize,
  });
  const x = dateScale(size, margin);
  const px = dateToPixel(x);
  // The middle of a turning point's label, above the plot: the lower row, or the upper.
  const rtl = records.edition.dir === "rtl";
  const turningRow = (i: number) => -(2 + line / 2) - (!narrow && i % 2 === 0 ? line : 0);
  const chart = { view, size, margin, measure: m, short, x, annotations };
  const turningBoxes = (top: number) =>
    turning.map((t, i) => {
      const y = top + turningRow(i);
      // The beat's own turning point is drawn in bold (spec.ts): measured so.
      const weight = t.key === focus.turningPoint ? 700 : 400;
      const w = textWidth(t.label, inWeight(m, weight));
      const x0 = rtl ? px(t.date) - TURNING_GAP - w : px(t.date) + TURNING_GAP;
      return { x0, y0: y - line / 2, x1: x0 + w, y1: y + line / 2 };
    });
  const layout = (above: readonly Annotation[]) => placeAll(chart, above, turningBoxes);
  const placed = settle(annotations, layout, 2 * line);
  const { top, panels, scales } = placed;
  const hidden = new Set(placed.left.flatMap((a) => a.group?.claims ?? []));
  return {
    view,
    /** The reported shares drawn: all but those left out for want of room. */
    shares: view.shares.filter((c) => !hidden.has(c)),
    /** The whole-city claims drawn, likewise. */
    claims: view.claims.filter((c) => !hidden.has(c)),
    narrow,
    fontSize,
    margin,
    turning,
    turningRow,
    top,
    panels,
    /** The chart's scales, as Plot made them; the spec draws on the same. */
    scales,
    /** The count panel's title, set to fit. */
    // Left to right it may run on into the right margin; right to left it stops at the
    // panel's left edge, clear of the count's axis numbers.
    countTitle: countTitle(
      view,
      records.edition,
      inWeight(m, 600),
      size.width - margin.left - (rtl ? margin.right : 4),
    ),
    /** Lines of the note above the chart. */
    lines: placed.lines,
    labels: placed.placed,
    /** What the labels were kept off, and the frame they were kept in, for the tests. */
    reserved: placed.reserved,
    frame: placed.frame,
    /** Dates and shares to pixels, by those scales. */
    px,
    py: (share: number): number => scales.y.apply(share),
  };
}

/** The control chart's margins: room above for the turning points, and for the axes' words. */
function controlMargin(records: ChartRecords, m: Measure, narrow: boolean, line: number) {
  const lastTick = records.edition.axisDate(OFFENSIVE_END);
  // Turning points' labels alternate between two rows; a phone shows one at a time.
  return {
    top: Math.ceil((narrow ? 1 : 2) * line + 4),
    // The last date's label is centred on the plot's right edge: half of it, with a
    // reader's letter and word spacing, must fit in the margin.
    right: Math.max(
      narrow ? 12 : 24,
      Math.ceil((textWidth(lastTick, m) + spacingWidth(lastTick, m)) / 2 + 2),
    ),
    bottom: 28,
    left: shareMargin(`100${records.edition.control.shareUnit}`, m),
  };
}

/** A report's date to its pixel, on the chart's date scale. */
const dateToPixel =
  (x: Plot.Scale) =>
  (iso: string): number =>
    x.apply(toUtc(iso));

/** What every layout of one chart shares. */
interface ChartPlan {
  view: ReturnType<typeof controlView>;
  size: Size;
  margin: Margin;
  /** How the chart's labels are set: size and the reader's spacing, in the regular weight. */
  measure: Measure;
  short: boolean;
  x: Plot.Scale;
  annotations: readonly Annotation[];
}

/**
 * Everything placed, with the given annotations moved into the note above the chart: each
 * on lines of its own, across the whole canvas, the beat's own in bold.
 */
function placeAll(
  { view, size, margin, measure: m, short, x, annotations }: ChartPlan,
  above: readonly Annotation[],
  turningBoxes: (top: number) => Box[],
) {
  const fontSize = m.size;
  const line = lineOf(fontSize);
  const weighed = (focused: boolean) => (focused ? inWeight(m, 700) : m);
  let row = 0;
  const lines = above.map((a) => {
    const wrapped = wrapWords(a.inline, size.width - NOTE_LEFT - 2, weighed(a.focused));
    const at = row;
    row += wrapped.length;
    return { text: wrapped.join("\n"), row: at, focused: a.focused };
  });
  const top = margin.top + row * line;
  const panels = controlPanels(size, margin, top, fontSize, short);
  const scales = controlScales(x, panels, view.total);
  const frame = { x0: 2, y0: top - 4, x1: size.width - 2, y1: panels.share.y1 };
  const reserved = [...turningBoxes(top), ...markBoxes(view, panels, scales, m)];
  const inside = annotations.filter((a) => !above.includes(a));
  const py = (share: number): number => scales.y.apply(share);
  const place = { px: dateToPixel(x), py, claimY: panels.claimY, plot: panels.share };
  const placed = placeText(
    inside.map((a) => ({
      variants: a.variants,
      spots: a.spots(place),
      measure: weighed(a.focused),
      datum: a,
    })),
    frame,
    reserved,
  );
  const missing = inside.filter((a) => !placed.some((p) => p.datum === a));
  return { top, panels, scales, lines, placed, missing, reserved, frame };
}

type Layout = { panels: ControlPanels; missing: Annotation[] };

/**
 * A figure or note with no room inside goes above the chart, which moves the chart down
 * and may squeeze out another: place again until every essential one has its place. Where
 * the notes would leave the share panel shorter than `minPlot`, other figures are left
 * out, marks and all (the description and the table still give them).
 */
function settle<L extends Layout>(
  annotations: readonly Annotation[],
  layout: (above: readonly Annotation[]) => L,
  minPlot: number,
): L & { left: Annotation[] } {
  const height = (l: L) => l.panels.share.y1 - l.panels.share.y0;
  let above: Annotation[] = [];
  let placed = layout(above);
  const left: Annotation[] = [];
  while (placed.missing.some((a) => a.essential && !left.includes(a))) {
    const missing = placed.missing.filter((a) => a.essential && !left.includes(a));
    let next = annotations.filter((a) => above.includes(a) || missing.includes(a));
    if (height(layout(next)) < minPlot) {
      left.push(...missing.filter((a) => a.group && !a.focused));
      next = next.filter((a) => !left.includes(a));
    }
    above = next;
    placed = layout(above);
  }
  return { ...placed, left };
}

/** The left margin: room for the widest share tick ("100%"), in the reader's spacing. */
const shareMargin = (widest: string, m: Measure) =>
  Math.ceil(textWidth(widest, m) + Y_TICK_GAP + 5 + spacingWidth(widest, m));

/** What the labels keep off: the axes' numbers, the dots and arrows, the claims' markers. */
function markBoxes(
  view: ReturnType<typeof controlView>,
  panels: ControlPanels,
  scales: ControlScales,
  m: Measure,
): Box[] {
  const { share } = panels;
  const px = dateToPixel(scales.x);
  const py = (v: number): number => scales.y.apply(v);
  const line = lineOf(m.size);
  const left = share.x0;
  return [
    // The y-axis numbers, right-aligned against the plot's left edge.
    ...shareTicks(share.y1 - share.y0).map((t) => {
      const [y, w] = [py(t), textWidth(`${t}%`, m)];
      return { x0: left - Y_TICK_GAP - w, y0: y - line / 2, x1: left, y1: y + line / 2 };
    }),
    ...view.shares.map((c) => {
      const [x, y] = [px(c.date), py(c.value_high)];
      const tip = c.open_ended ? py(Math.min(100, c.value_high + 9)) : y;
      return { x0: x - 6, y0: tip - 6, x1: x + 6, y1: y + 6 };
    }),
    ...view.claims.map((c) => {
      const [x, y, r] = [px(c.date), panels.claimY, CLAIM_REACH + 1];
      return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
    }),
  ];
}
