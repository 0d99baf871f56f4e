import { textWidth } from "./textMetrics.ts";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Anchor = "start" | "middle" | "end";

/** Lines of chart text are this many em apart; Plot's text marks are given the same. */
export const LINE_HEIGHT = 1.2;

/** Where a block of text may go: x by its anchor, y at its middle unless `edge` says. */
export interface TextSpot {
  x: number;
  y: number;
  anchor: Anchor;
  /** y is the block's top or bottom edge, whatever its number of lines. */
  edge?: "top" | "bottom";
}

export interface TextItem<T> {
  /** Ways to break the text into lines, tried in order at each spot. */
  variants: readonly (readonly string[])[];
  /** Spots in order of preference. */
  spots: readonly TextSpot[];
  fontSize: number;
  bold?: boolean;
  /** Boxes this item, and only this one, must keep clear of. */
  avoid?: readonly Box[];
  /** Boxes it keeps clear of if any of its spots allows, else ignores. */
  prefer?: readonly Box[];
  datum: T;
}

export interface PlacedText<T> {
  text: string;
  /** Where to draw it: x at the anchor, y at the block's middle. */
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
  datum: T;
}

/** The box a block of lines takes at a spot, with a pixel to spare either side. */
export function blockBox(
  lines: readonly string[],
  fontSize: number,
  spot: TextSpot,
  bold = false,
): Box {
  const w = Math.max(...lines.map((l) => textWidth(l, fontSize, bold))) + 2;
  const h = lines.length * fontSize * LINE_HEIGHT;
  const x0 =
    spot.anchor === "start" ? spot.x - 1 : spot.anchor === "end" ? spot.x + 1 - w : spot.x - w / 2;
  const y0 = spot.edge === "top" ? spot.y : spot.edge === "bottom" ? spot.y - h : spot.y - h / 2;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

/**
 * Greedy placement of a chart's text, in priority order: each item takes the first of its
 * spots (and, at that spot, the first of its line breaks) that stays inside the frame and
 * clear of the obstacles and of every item placed before it, and clear of the boxes it
 * would rather avoid if any spot allows. An item with no free spot is left out rather than
 * drawn over another, so what matters most goes first; the caller decides what a left-out
 * label means for its mark.
 */
export function placeText<T>(
  items: readonly TextItem<T>[],
  frame: Box,
  obstacles: readonly Box[],
): PlacedText<T>[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedText<T>[] = [];
  for (const item of items) {
    const found = firstFree(item, frame, taken);
    if (!found) continue;
    taken.push(found.box);
    placed.push({ ...found, datum: item.datum });
  }
  return placed;
}

function firstFree<T>(item: TextItem<T>, frame: Box, taken: readonly Box[]) {
  const passes = item.prefer?.length ? [[...taken, ...item.prefer], taken] : [taken];
  for (const obstacles of passes) {
    for (const spot of item.spots) {
      for (const lines of item.variants) {
        const box = blockBox(lines, item.fontSize, spot, item.bold);
        const clear = (t: Box) => !overlaps(t, box);
        if (inside(box, frame) && obstacles.every(clear) && (item.avoid ?? []).every(clear)) {
          const y = (box.y0 + box.y1) / 2;
          return { text: lines.join("\n"), x: spot.x, y, anchor: spot.anchor, box };
        }
      }
    }
  }
  return undefined;
}

const inside = (a: Box, frame: Box) =>
  a.x0 >= frame.x0 && a.x1 <= frame.x1 && a.y0 >= frame.y0 && a.y1 <= frame.y1;

export const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
