import { LINE_HEIGHT } from "./chartStyle.ts";
import type { Measure } from "./measure.ts";
import { textWidth } from "./textMetrics.ts";

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Anchor = "start" | "middle" | "end";

/** What a label names, in pixels: a dot (half sizes = radius), a rule or a group of marks. */
export interface Mark {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

/** Where a block of text may go: x by its anchor, y at its middle unless `edge` says. */
export interface TextSpot {
  x: number;
  y: number;
  anchor: Anchor;
  /** y is the block's top or bottom edge, whatever its number of lines. */
  edge?: "top" | "bottom";
  /** A spot away from the mark it names: a leader line joins them. */
  leaderFrom?: Mark;
}

/** A block of lines' size, for spots that depend on it (round a mark). */
export interface BlockSize {
  width: number;
  height: number;
}

export interface TextItem<T> {
  /** Ways to break the text into lines. */
  variants: readonly (readonly string[])[];
  /**
   * Spots in order of preference. Fixed spots each try every line break before the next
   * spot; spots that depend on the block's size (round a mark) are tried in rounds (beside
   * the mark, then further out), each line break at all of a round's spots before the next.
   */
  spots: readonly TextSpot[] | ((block: BlockSize) => readonly (readonly TextSpot[])[]);
  /** How its text is set: weight, size and the reader's spacing. */
  measure: Measure;
  /** Boxes this item, and only this one, must keep clear of. */
  avoid?: readonly Box[];
  /** Boxes it keeps clear of if any of its spots allows, else ignores. */
  prefer?: readonly Box[];
  datum: T;
}

export type Leader = { x1: number; y1: number; x2: number; y2: number };

export interface PlacedText<T> {
  text: string;
  lines: readonly string[];
  /** Where to draw it: x at the anchor, y at the block's middle. */
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
  /** A thin line from the mark to the text, when the text had to move away from it. */
  leader?: Leader;
  datum: T;
}

/** How far a block of lines reaches, a pixel to spare either side. */
export function blockSize(lines: readonly string[], m: Measure): BlockSize {
  const width = Math.max(...lines.map((l) => textWidth(l, m))) + 2;
  return { width, height: lines.length * m.size * LINE_HEIGHT };
}

/** The box a block of lines takes at a spot, with a pixel to spare either side. */
export function blockBox(lines: readonly string[], m: Measure, spot: TextSpot): Box {
  const { width: w, height: h } = blockSize(lines, m);
  const x0 =
    spot.anchor === "start" ? spot.x - 1 : spot.anchor === "end" ? spot.x + 1 - w : spot.x - w / 2;
  const y0 = spot.edge === "top" ? spot.y : spot.edge === "bottom" ? spot.y - h : spot.y - h / 2;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

export const inside = (a: Box, frame: Box) =>
  a.x0 >= frame.x0 && a.x1 <= frame.x1 && a.y0 >= frame.y0 && a.y1 <= frame.y1;

export const overlaps = (a: Box, b: Box) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Small boxes along a drawn line, so text keeps off it. */
export function segmentBoxes(points: readonly [number, number][], pad = 2.5): Box[] {
  const boxes: Box[] = [];
  points.slice(1).forEach(([x2, y2], i) => {
    const [x1, y1] = points[i] as [number, number];
    const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 3));
    for (let s = 0; s <= steps; s++) {
      const x = x1 + ((x2 - x1) * s) / steps;
      const y = y1 + ((y2 - y1) * s) / steps;
      boxes.push({ x0: x - pad, y0: y - pad, x1: x + pad, y1: y + pad });
    }
  });
  return boxes;
}

/** Space between a mark and a leader line's end. */
const LEADER_GAP = 3;

/** From the edge of the mark to the nearest point of the text's box, if they are apart. */
function leaderTo(t: Mark, box: Box): Leader | undefined {
  const x2 = Math.min(Math.max(t.x, box.x0), box.x1);
  const y2 = Math.min(Math.max(t.y, box.y0), box.y1);
  const d = Math.hypot(x2 - t.x, y2 - t.y);
  const r = Math.max(t.halfWidth, t.halfHeight) + 1;
  if (d <= r + LEADER_GAP + 2) return undefined;
  return {
    x1: t.x + ((x2 - t.x) / d) * r,
    y1: t.y + ((y2 - t.y) / d) * r,
    x2: x2 - ((x2 - t.x) / d) * 1.5,
    y2: y2 - ((y2 - t.y) / d) * 1.5,
  };
}

interface Candidate {
  lines: readonly string[];
  spot: TextSpot;
  /** How much worse than the item's first choice: a later break, a later spot. */
  cost: number;
}

/** Every way to set an item, in rounds tried one after the other, best first in each. */
function rounds<T>(item: TextItem<T>): Candidate[][] {
  const { spots, variants } = item;
  if (typeof spots !== "function")
    return [
      spots.flatMap((spot, i) =>
        variants.map((lines, v) => ({ lines, spot, cost: v * 3 + i * 0.1 })),
      ),
    ];
  const size = variants.map((lines) => blockSize(lines, item.measure));
  const perVariant = size.map((s) => spots(s));
  const count = Math.max(0, ...perVariant.map((r) => r.length));
  return Array.from({ length: count }, (_, r) =>
    variants.flatMap((lines, v) =>
      (perVariant[v]?.[r] ?? []).map((spot, i) => ({ lines, spot, cost: v * 3 + i * 0.1 })),
    ),
  );
}

export interface Pass<T> {
  placed: PlacedText<T>[];
  dropped: T[];
  cost: number;
}

/**
 * One greedy pass in the given order: each item takes the first way to set it that stays
 * inside the frame, clear of the obstacles and of everything placed before it (and, with
 * a leader line, whose line crosses no text), and clear of the boxes it would rather avoid
 * if any spot of that round allows.
 */
export function greedy<T>(
  order: readonly TextItem<T>[],
  priority: readonly TextItem<T>[],
  frame: Box,
  obstacles: readonly Box[],
): Pass<T> {
  const taken: Box[] = [...obstacles];
  const pass: Pass<T> = { placed: [], dropped: [], cost: 0 };
  for (const item of order) {
    const found = firstFree(item, frame, taken, pass.placed);
    if (!found) {
      pass.dropped.push(item.datum);
      // Leaving out a more important item costs more.
      pass.cost += 1000 + 10 * (priority.length - priority.indexOf(item));
      continue;
    }
    taken.push(found.placed.box, ...found.path);
    pass.placed.push(found.placed);
    pass.cost += found.cost;
  }
  return pass;
}

function firstFree<T>(
  item: TextItem<T>,
  frame: Box,
  taken: readonly Box[],
  placed: readonly PlacedText<T>[],
) {
  const preferences = item.prefer?.length ? [item.prefer, []] : [[]];
  for (const round of rounds(item)) {
    for (const [p, prefer] of preferences.entries()) {
      for (const { lines, spot, cost } of round) {
        const box = blockBox(lines, item.measure, spot);
        const clear = (t: Box) => !overlaps(t, box);
        if (!inside(box, frame) || !taken.every(clear)) continue;
        if (!(item.avoid ?? []).every(clear) || !prefer.every(clear)) continue;
        const leader = spot.leaderFrom && leaderTo(spot.leaderFrom, box);
        const path = leader
          ? segmentBoxes(
              [
                [leader.x1, leader.y1],
                [leader.x2, leader.y2],
              ],
              1,
            )
          : [];
        // A leader line may not cross text already placed.
        if (path.some((b) => placed.some((l) => overlaps(l.box, b)))) continue;
        const y = (box.y0 + box.y1) / 2;
        const text = { text: lines.join("\n"), lines, x: spot.x, y, anchor: spot.anchor, box };
        const length = leader ? Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) : 0;
        return {
          placed: { ...text, ...(leader ? { leader } : {}), datum: item.datum },
          path,
          cost: cost + (leader ? 6 + length / 20 : 0) + p * 4,
        };
      }
    }
  }
  return undefined;
}

/**
 * Greedy placement of a chart's text, in priority order: each item takes the first free
 * way to set it (see `greedy`). An item with no free spot is left out rather than drawn
 * over another, so what matters most goes first; the caller decides what a left-out label
 * means for its mark.
 */
export function placeText<T>(
  items: readonly TextItem<T>[],
  frame: Box,
  obstacles: readonly Box[],
): PlacedText<T>[] {
  return greedy(items, items, frame, obstacles).placed;
}
