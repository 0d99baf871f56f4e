import { OFFENSIVE_END, OFFENSIVE_START, toUtc } from "../../dates.ts";
import { type } from "../../styles/tokens.ts";
import { isNarrow } from "../chartStyle.ts";
import { placeText } from "../labelPlacement.ts";
import { spacingWidth, textWidth, wrapWords } from "../textMetrics.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { type Annotation, annotate, LINE } from "./annotations.ts";
import { claimGroups } from "./claimLabels.ts";
import { controlView } from "./view.ts";

/** The y-axis's shares: fewer on a short chart. */
export const shareTicks = (innerH: number) => (innerH < 120 ? [0, 50, 100] : [0, 25, 50, 75, 100]);
/** The least height the plot keeps when notes above it are many (a phone with a reader's
 * wide text spacing): below it, the other figures give way to the beat's own. */
const MIN_PLOT = 2 * LINE;
/** Plot's default tick length and padding: where an axis number ends, left of the plot. */
const Y_TICK_GAP = 9;

/**
 * Where everything on the control chart goes, in pixels, for spec.ts to draw. Every label
 * is placed clear of the others and of the line; a figure with no room beside its dot is
 * named in a note above the chart, never left bare.
 */
export function composeControl(records: ChartRecords, state: GraphicState, size: Size) {
  const view = controlView(records, state);
  const { focus } = view;
  const narrow = isNarrow(size);
  const fontSize = type.chartSmall;
  const turning = view.turning.filter((t) => !narrow || t.key === focus.turningPoint);
  // Turning points' labels alternate between two rows; a phone shows one at a time.
  const margin = {
    top: narrow ? 20 : 34,
    right: narrow ? 12 : 24,
    bottom: 28,
    left: 38 + Math.ceil(spacingWidth("100%", fontSize)),
  };
  // On a short chart (a small phone) labels take one line, and the pocket's size is
  // shown only at the beats about it.
  const short = size.height - margin.top - margin.bottom < 150;
  const groups = claimGroups(view.shares, focus.focus.includes("east-share"));
  const annotations = annotate(records, view, focus, groups, short);
  const innerW = size.width - margin.left - margin.right;
  const t0 = toUtc(OFFENSIVE_START).getTime();
  const t1 = toUtc(OFFENSIVE_END).getTime();
  const turningRow = (i: number) => -(narrow ? 13 : 26) + (i % 2) * 13;

  /** Everything placed, with the given annotations moved into the note above the chart. */
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
        const y = top + turningRow(i);
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
    return { top, innerH, lines, placed, missing, reserved, frame, px, py };
  };
  // A figure or note with no room inside goes above the chart, which moves the chart down
  // and may squeeze out another: place again until every essential one has its place.
  let above: Annotation[] = [];
  let placed = layout(above);
  const left: Annotation[] = [];
  while (placed.missing.some((a) => a.essential && !left.includes(a))) {
    const missing = placed.missing.filter((a) => a.essential && !left.includes(a));
    let next = annotations.filter((a) => above.includes(a) || missing.includes(a));
    // Where the notes would leave the plot too short, other figures are left out, marks
    // and all (the description and the table still give them).
    if (layout(next).innerH < MIN_PLOT) {
      left.push(...missing.filter((a) => a.group && !a.focused));
      next = next.filter((a) => !left.includes(a));
    }
    above = next;
    placed = layout(above);
  }
  const { top, innerH } = placed;
  const hidden = new Set(left.flatMap((a) => a.group?.claims ?? []));
  return {
    view,
    /** The reported shares drawn: all but those left out for want of room. */
    shares: view.shares.filter((c) => !hidden.has(c)),
    narrow,
    margin,
    turning,
    turningRow,
    top,
    innerH,
    /** Lines of the note above the chart. */
    lines: placed.lines,
    labels: placed.placed,
    /** What the labels were kept off, and the frame they were kept in, for the tests. */
    reserved: placed.reserved,
    frame: placed.frame,
    /** Dates and shares to pixels. */
    px: placed.px,
    py: placed.py,
    /** Pixels back to dates and shares, for Plot's scales. */
    xAt: (x: number) => new Date(t0 + ((x - margin.left) / innerW) * (t1 - t0)),
    yAt: (y: number) => (1 - (y - top) / innerH) * 100,
  };
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
