import type { DistrictStatus } from "../../data/districtStatus.ts";
import { en } from "../../locale/en.ts";
import type { MapWords } from "../../locale/types.ts";
import { LINE_HEIGHT } from "../chartStyle.ts";
import {
  type Box,
  type PlacedText,
  type TextSpot as Spot,
  segmentBoxes,
  type TextItem,
} from "../labelPlacement.ts";
import { inWeight, type Measure, type Weight } from "../measure.ts";
import { textWidth, wrapWords } from "../textMetrics.ts";
import type { Point } from "./cells.ts";

/** How each piece of text is drawn; spec.ts turns each into its own marks. */
export type TextStyle = "date" | "note" | "legend" | "name" | "pocket" | "river" | "orientation";

export interface MapText {
  style: TextStyle;
  /** The legend swatch's status, for legend text. */
  status?: DistrictStatus;
}

export type MapPlacedText = PlacedText<MapText>;

/** The weight each kind of text is drawn in (spec.ts) and so measured in. */
export const STYLE_WEIGHT: Readonly<Record<TextStyle, Weight>> = {
  date: 700,
  note: 400,
  legend: 400,
  name: 600,
  pocket: 700,
  river: 400,
  orientation: 400,
};

/** The map's date, its title: a pixel larger than its labels. */
export const titleFontSize = (fontSize: number) => fontSize + 1;

export function item(
  variants: readonly (readonly string[])[],
  spots: readonly Spot[],
  style: TextStyle,
  m: Measure,
): TextItem<MapText> {
  return { variants, spots, measure: inWeight(m, STYLE_WEIGHT[style]), datum: { style } };
}

/** A district's name: on its cell, else just off it, else a line further out. */
export function nameItem(
  name: string,
  [x, y]: Point,
  radius: number,
  m: Measure,
): TextItem<MapText> {
  const h = m.size * LINE_HEIGHT;
  const d = Math.min(6, radius / 2);
  const spots: Spot[] = [
    { x, y, anchor: "middle" },
    { x, y: y - h, anchor: "middle" },
    { x, y: y + h, anchor: "middle" },
    { x: x + d, y, anchor: "start" },
    { x: x - d, y, anchor: "end" },
    { x: x + d, y: y - h, anchor: "start" },
    { x: x - d, y: y - h, anchor: "end" },
    { x: x + d, y: y + h, anchor: "start" },
    { x: x - d, y: y + h, anchor: "end" },
    { x, y: y - 2 * h, anchor: "middle" },
    { x, y: y + 2 * h, anchor: "middle" },
  ];
  return item([[name]], spots, "name", m);
}

/** Spots round a symbol: above, below, right, left. */
export function around([x, y]: Point, gap: number, fontSize: number): Spot[] {
  const h = (fontSize * LINE_HEIGHT) / 2;
  return [
    { x, y: y - gap - h, anchor: "middle" },
    { x, y: y + gap + h, anchor: "middle" },
    { x: x + gap, y, anchor: "start" },
    { x: x - gap, y, anchor: "end" },
  ];
}

/**
 * The last pocket's reported size, in the free corners of the canvas first (the cells leave
 * the bottom right empty), on as few lines as fit, off the cells if it can be.
 */
export function pocketItem(
  text: string,
  frame: Box,
  bounds: Box,
  cells: readonly Box[],
  m: Measure,
): TextItem<MapText> {
  const right = frame.x1 - 1;
  const set = inWeight(m, STYLE_WEIGHT.pocket);
  return {
    variants: [1, 2, 3].map((n) => balancedWrap(text, set, n)),
    spots: [
      { x: right, y: frame.y1, anchor: "end", edge: "bottom" },
      { x: right, y: bounds.y0, anchor: "end", edge: "top" },
      { x: right, y: (bounds.y0 + bounds.y1) / 2, anchor: "end" },
    ],
    measure: set,
    prefer: cells,
    datum: { style: "pocket" },
  };
}

/** An edition's ways to set a label, as the placer takes them. */
const copy = (variants: readonly (readonly string[])[]) => variants.map((lines) => [...lines]);

/** The river's name beside its line: west of it from the north down, then east of it. */
export function riverItem(
  river: readonly Point[],
  m: Measure,
  words: MapWords["labels"] = en.map.labels,
): TextItem<MapText> {
  const spots: Spot[] = [
    ...river.map(([x, y]) => ({ x: x - 5, y, anchor: "end" as const })),
    ...river.map(([x, y]) => ({ x: x + 5, y, anchor: "start" as const })),
  ];
  return item(copy(words.river), spots, "river", m);
}

/** The government-held west, named west of the river's middle reaches. */
export function westItem(
  river: readonly Point[],
  m: Measure,
  words: MapWords["labels"] = en.map.labels,
): TextItem<MapText> {
  const middle = river.slice(2, -1);
  const spots: Spot[] = middle.map(([x, y]) => ({ x: x - 8, y, anchor: "end" as const }));
  return item(copy(words.west), spots, "orientation", m);
}

/**
 * Past the road's far end, else under it, else by its middle: under it running back west,
 * over it running on east. The road falls towards the airport in the south-east, so text
 * set that way keeps to one side of it; and it never crosses its own line.
 */
export function roadItem(
  road: readonly Point[],
  m: Measure,
  words: MapWords["labels"] = en.map.labels,
): TextItem<MapText> {
  const end = road.at(-1);
  const middle = road[Math.floor(road.length / 2)];
  if (!end || !middle) return item([], [], "orientation", m);
  return {
    ...item(
      copy(words.road),
      [
        { x: end[0] + 4, y: end[1], anchor: "start" },
        { x: end[0], y: end[1] + 3, anchor: "end", edge: "top" },
        { x: middle[0], y: middle[1] + 3, anchor: "end", edge: "top" },
        { x: middle[0], y: middle[1] - 3, anchor: "start", edge: "bottom" },
      ],
      "orientation",
      m,
    ),
    avoid: segmentBoxes(road),
  };
}

/** The text broken into at most `lines` lines of as even a width as words allow. */
export function balancedWrap(text: string, m: Measure, lines: number): string[] {
  let [lo, hi] = [0, textWidth(text, m)];
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapWords(text, mid, m).length <= lines) hi = mid;
    else lo = mid;
  }
  return wrapWords(text, hi, m);
}
