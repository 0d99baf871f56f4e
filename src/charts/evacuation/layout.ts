import { type Box, overlaps } from "../labelPlacement.ts";
import { textWidth } from "../textMetrics.ts";

/** What a label names, in pixels: a dot (half sizes = radius) or a short rule. */
export interface Target {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

export interface LabelRequest<T> {
  target: Target;
  /** Texts to try, best first; each is a list of lines. */
  variants: readonly (readonly string[])[];
  /** False for a note that names no mark: it never hangs from a leader line. */
  leader?: boolean;
  /** A note that names no mark goes in a corner of the plot. */
  corners?: boolean;
  datum: T;
}

export interface LaidLabel<T> {
  datum: T;
  lines: readonly string[];
  /** The anchor point: x where the lines are anchored, y the middle of the block. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
  /** A thin line from the mark to its label, when the label had to move away. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** Lines of a label are this many font sizes apart. */
export const LINE_HEIGHT = 1.1;
export const GAP = 3;

const inside = (b: Box, frame: Box) =>
  b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;

/** Small boxes along a drawn line, so labels keep off it. */
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

export const targetBox = (t: Target, pad = 1): Box => ({
  x0: t.x - t.halfWidth - pad,
  y0: t.y - t.halfHeight - pad,
  x1: t.x + t.halfWidth + pad,
  y1: t.y + t.halfHeight + pad,
});

type Spot = [x: number, y: number, anchor: LaidLabel<unknown>["anchor"]];

/** Spots next to the mark, then spots further up or down that need a leader line. */
function spots(t: Target, w: number, h: number, lineH: number): { near: Spot[]; far: Spot[] } {
  const above = t.y - t.halfHeight - GAP - h / 2;
  const below = t.y + t.halfHeight + GAP + h / 2;
  const right = t.x + t.halfWidth + GAP;
  const left = t.x - t.halfWidth - GAP;
  const near: Spot[] = [
    [right, t.y, "start"],
    [left, t.y, "end"],
    [t.x, above, "middle"],
    [t.x, below, "middle"],
    [t.x - t.halfWidth, above, "start"],
    [t.x + t.halfWidth, above, "end"],
    [t.x - t.halfWidth, below, "start"],
    [t.x + t.halfWidth, below, "end"],
    // Stacked lines beside the mark, the first or the last line level with it.
    [right, t.y + h / 2 - lineH / 2, "start"],
    [left, t.y + h / 2 - lineH / 2, "end"],
    [right, t.y - h / 2 + lineH / 2, "start"],
    [left, t.y - h / 2 + lineH / 2, "end"],
  ];
  const far: Spot[] = [];
  // Level with the mark but further out, the first or the last line level with it.
  for (let k = 1; k <= 10; k++) {
    for (const y of [t.y, t.y + h / 2 - lineH / 2, t.y - h / 2 + lineH / 2]) {
      far.push([left - k * 10, y, "end"], [right + k * 10, y, "start"]);
    }
  }
  for (let k = 1; k <= 8; k++) {
    const d = k * lineH;
    for (const y of [above - d, below + d]) {
      far.push([t.x, y, "middle"], [t.x - 4, y, "start"], [t.x + 4, y, "end"]);
      far.push([t.x - w / 2 - 8, y, "middle"], [t.x + w / 2 + 8, y, "middle"]);
    }
  }
  return { near, far };
}

function boxAt([x, y, anchor]: Spot, w: number, h: number): Box {
  const x0 = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
  return { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
}

/** From the edge of the mark to the nearest point of the label's box. */
function leaderTo(t: Target, box: Box): LaidLabel<unknown>["leader"] {
  const x2 = Math.min(Math.max(t.x, box.x0), box.x1);
  const y2 = Math.min(Math.max(t.y, box.y0), box.y1);
  const d = Math.hypot(x2 - t.x, y2 - t.y);
  const r = Math.max(t.halfWidth, t.halfHeight) + 1;
  if (d <= r + GAP + 2) return undefined;
  return {
    x1: t.x + ((x2 - t.x) / d) * r,
    y1: t.y + ((y2 - t.y) / d) * r,
    x2: x2 - ((x2 - t.x) / d) * 1.5,
    y2: y2 - ((y2 - t.y) / d) * 1.5,
  };
}

/**
 * Lays out every label of the chart. Each label takes a free spot next to its mark, trying
 * each of its texts (one line, then stacked lines), and only then a spot further away with a
 * leader line; `soft` boxes (shaded bands) are avoided while any other spot is free. Placing
 * one label at a time is greedy, so several orders are tried (most important first, then
 * the ones left out first, then fixed shuffles) and the layout that leaves out the fewest,
 * then needs the fewest leaders and stacked lines, wins. A label with no spot at all is
 * reported as dropped, so the caller can leave out its mark rather than draw a figure with
 * no claimant.
 */
/**
 * How many other orders to try. Each is a whole greedy pass; the chart is drawn on the
 * main thread at every beat, so the search stays small (a few milliseconds on a phone).
 */
const SHUFFLES = 8;

export function layoutLabels<T>(
  requests: readonly LabelRequest<T>[],
  frame: Box,
  obstacles: readonly Box[],
  soft: readonly Box[],
  fontSize: number,
): { placed: LaidLabel<T>[]; dropped: T[] } {
  const run = (order: readonly LabelRequest<T>[]) =>
    greedy(order, requests, frame, obstacles, soft, fontSize);
  let best = run(requests);
  const orders: LabelRequest<T>[][] = [];
  if (best.dropped.length > 0) {
    const out = new Set<T>(best.dropped);
    orders.push([
      ...requests.filter((r) => out.has(r.datum)),
      ...requests.filter((r) => !out.has(r.datum)),
    ]);
  }
  // A fixed seed: the same records and size always give the same drawing.
  let seed = 7;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  for (let i = 0; i < SHUFFLES; i++) {
    const order = [...requests];
    for (let j = order.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [order[j], order[k]] = [order[k] as LabelRequest<T>, order[j] as LabelRequest<T>];
    }
    orders.push(order);
  }
  for (const order of orders) {
    if (best.dropped.length === 0) break;
    const next = run(order);
    if (next.cost < best.cost) best = next;
  }
  // Back in priority order, so the drawing does not depend on the order that won.
  const rank = new Map(requests.map((r, i) => [r.datum, i]));
  best.placed.sort((a, b) => (rank.get(a.datum) ?? 0) - (rank.get(b.datum) ?? 0));
  return { placed: best.placed, dropped: best.dropped };
}

function greedy<T>(
  order: readonly LabelRequest<T>[],
  requests: readonly LabelRequest<T>[],
  frame: Box,
  obstacles: readonly Box[],
  soft: readonly Box[],
  fontSize: number,
): { placed: LaidLabel<T>[]; dropped: T[]; cost: number } {
  const taken: Box[] = [...obstacles];
  const placed: LaidLabel<T>[] = [];
  const dropped: T[] = [];
  const lineH = fontSize * LINE_HEIGHT;
  let cost = 0;
  for (const request of order) {
    const free = (box: Box, avoidSoft: boolean) =>
      inside(box, frame) &&
      !taken.some((b) => overlaps(b, box)) &&
      !(avoidSoft && soft.some((b) => overlaps(b, box)));
    let found: LaidLabel<T> | undefined;
    const distances = request.leader === false ? (["near"] as const) : (["near", "far"] as const);
    // Next to the mark over a shaded band reads better than at the end of a leader.
    search: for (const distance of distances) {
      for (const avoidSoft of [true, false]) {
        for (const [v, lines] of request.variants.entries()) {
          const w = Math.max(...lines.map((l) => textWidth(l, fontSize)));
          const h = lines.length * lineH + 2;
          const list = request.corners
            ? cornerSpots(frame, h)
            : spots(request.target, w, h, lineH)[distance];
          for (const [i, spot] of list.entries()) {
            const box = boxAt(spot, w, h);
            if (!free(box, avoidSoft)) continue;
            const leader = distance === "far" ? leaderTo(request.target, box) : undefined;
            const path = leader
              ? segmentBoxes(
                  [
                    [leader.x1, leader.y1],
                    [leader.x2, leader.y2],
                  ],
                  1,
                )
              : [];
            // A leader may not cross text already placed.
            if (path.some((p) => placed.some((l) => overlaps(l.box, p)))) continue;
            found = { datum: request.datum, lines, x: spot[0], y: spot[1], anchor: spot[2], box };
            if (leader) found.leader = leader;
            taken.push(box, ...path);
            cost +=
              v * 3 +
              i * 0.1 +
              (leader ? 6 + Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) / 20 : 0) +
              (avoidSoft ? 0 : 4);
            break search;
          }
        }
      }
    }
    if (found) placed.push(found);
    else {
      dropped.push(request.datum);
      // Leaving out a more important label costs more.
      cost += 1000 + 10 * (requests.length - requests.indexOf(request));
    }
  }
  return { placed, dropped, cost };
}

/** A note's spots: the corners of the plot, top first, then anywhere along its top and foot. */
function cornerSpots(frame: Box, h: number): Spot[] {
  const top = frame.y0 + h / 2;
  const bottom = frame.y1 - h / 2;
  const spots: Spot[] = [
    [frame.x0 + 2, top, "start"],
    [frame.x1 - 2, top, "end"],
    [frame.x1 - 2, bottom, "end"],
    [frame.x0 + 2, bottom, "start"],
  ];
  for (const y of [top, top + h / 2, bottom]) {
    for (let x = frame.x0 + 12; x < frame.x1; x += 10) spots.push([x, y, "start"]);
  }
  return spots;
}

/**
 * Short labels centred over their spans along one edge, on at most `rows` rows (row 0 is
 * nearest the plot); a label with no room on any row is left out.
 */
export function stackRows<T extends { x: number; text: string }>(
  items: readonly T[],
  fontSize: number,
  x0: number,
  x1: number,
  rows = Number.POSITIVE_INFINITY,
): (T & { row: number; cx: number })[] {
  const taken: [number, number][][] = [];
  const out: (T & { row: number; cx: number })[] = [];
  for (const item of items) {
    const w = textWidth(item.text, fontSize);
    const cx = Math.min(Math.max(item.x, x0 + w / 2), x1 - w / 2);
    const span: [number, number] = [cx - w / 2 - 1, cx + w / 2 + 1];
    let row = taken.findIndex((spans) => spans.every(([a, b]) => span[1] <= a || span[0] >= b));
    if (row === -1 && taken.length < rows) row = taken.push([]) - 1;
    if (row === -1) continue;
    taken[row]?.push(span);
    out.push({ ...item, row, cx });
  }
  return out;
}
