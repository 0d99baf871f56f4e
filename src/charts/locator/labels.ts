import { LINE_HEIGHT } from "../chartStyle.ts";
import type { Box, TextItem, TextSpot } from "../labelPlacement.ts";
import { inWeight, type Measure, type Weight } from "../measure.ts";
import { wrapWords } from "../textMetrics.ts";
import type { Point } from "./scales.ts";

/** How each piece of text is drawn; spec.ts turns each into its own marks. */
export type LocatorTextStyle = "focus" | "place" | "area" | "country" | "note" | "credit";

export interface LocatorText {
  style: LocatorTextStyle;
}

/** The weight each kind of text is drawn in (spec.ts) and so measured in. */
export const STYLE_WEIGHT: Readonly<Record<LocatorTextStyle, Weight>> = {
  focus: 700,
  place: 400,
  area: 400,
  country: 600,
  note: 400,
  credit: 400,
};

const item = (
  variants: readonly (readonly string[])[],
  spots: readonly TextSpot[],
  style: LocatorTextStyle,
  m: Measure,
): TextItem<LocatorText> => ({
  variants,
  spots,
  measure: inWeight(m, STYLE_WEIGHT[style]),
  datum: { style },
});

/** A place's name beside its dot: right, left, above, below, then further out with a leader. */
export function placeItem(
  name: string,
  [x, y]: Point,
  r: number,
  style: LocatorTextStyle,
  m: Measure,
) {
  const h = (m.size * LINE_HEIGHT) / 2;
  const g = r + 3;
  const mark = { x, y, halfWidth: r, halfHeight: r };
  const far = 3 * g;
  return item(
    [[name]],
    [
      { x: x + g, y, anchor: "start" },
      { x: x - g, y, anchor: "end" },
      { x, y: y - g - h, anchor: "middle" },
      { x, y: y + g + h, anchor: "middle" },
      { x: x + far, y: y + far, anchor: "start", leaderFrom: mark },
      { x: x - far, y: y + far, anchor: "end", leaderFrom: mark },
      { x: x - far, y: y - far, anchor: "end", leaderFrom: mark },
      { x: x + far, y: y - far, anchor: "start", leaderFrom: mark },
    ],
    style,
    m,
  );
}

/**
 * An area's name round a point inside it, with no mark of its own: below and to the west
 * first (the province lies round its seat, towards the Turkish border and the coast).
 */
export function areaItem(name: string, [x, y]: Point, m: Measure) {
  const h = m.size * LINE_HEIGHT;
  return item(
    [[name], name.split(" ")],
    [
      { x, y: y + h, anchor: "middle" },
      { x: x - 4, y: y + h, anchor: "end" },
      { x, y: y - h, anchor: "middle" },
      { x: x - 6, y, anchor: "end" },
      { x, y: y + 2 * h, anchor: "middle" },
    ],
    "area",
    m,
  );
}

/**
 * A country's name at its spot, or a line off it; else further off, to the west first (a
 * small country's name goes out over the sea), with a leader back to its spot.
 */
export function countryItem(name: string, [x, y]: Point, m: Measure) {
  const h = m.size * LINE_HEIGHT;
  const spot = { x, y, halfWidth: 1, halfHeight: 1 };
  return item(
    [[name]],
    [
      { x, y, anchor: "middle" },
      { x, y: y + h, anchor: "middle" },
      { x, y: y - h, anchor: "middle" },
      { x: x + 4, y, anchor: "start" },
      { x: x - 4, y, anchor: "end" },
      { x: x - 3 * h, y: y - h, anchor: "end", leaderFrom: spot },
      { x: x - 3 * h, y: y + h, anchor: "end", leaderFrom: spot },
      { x, y: y - 3 * h, anchor: "middle", leaderFrom: spot },
      { x, y: y + 3 * h, anchor: "middle", leaderFrom: spot },
    ],
    "country",
    m,
  );
}

/** The state's note across the top of the frame, as a subtitle: its lines as wrapped. */
export function noteItem(lines: readonly string[], frame: Box, m: Measure) {
  // A block's box reaches a pixel past its anchor (labelPlacement.ts).
  return item([lines], [{ x: frame.x0 + 1, y: frame.y0, anchor: "start", edge: "top" }], "note", m);
}

/** The note's lines: as few as the frame's width allows, of as even a width as words allow. */
export function noteLines(text: string, frame: Box, m: Measure): string[] {
  const set = inWeight(m, STYLE_WEIGHT.note);
  const count = wrapWords(text, frame.x1 - frame.x0 - 2, set).length;
  let [lo, hi] = [0, frame.x1 - frame.x0 - 2];
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapWords(text, mid, set).length <= count) hi = mid;
    else lo = mid;
  }
  return wrapWords(text, hi, set);
}

/** The credit line along the bottom, on one line or two. */
export function creditItem(variants: readonly (readonly string[])[], frame: Box, m: Measure) {
  return item(
    variants,
    [
      { x: frame.x0 + 1, y: frame.y1, anchor: "start", edge: "bottom" },
      { x: frame.x1 - 1, y: frame.y1, anchor: "end", edge: "bottom" },
    ],
    "credit",
    m,
  );
}
