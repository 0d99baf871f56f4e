import type { BlockSize, Box, Mark, TextSpot } from "../labelPlacement.ts";

/** Space between a mark and its label. */
const GAP = 3;

/**
 * Where a label may go round its mark, in two rounds: beside it (right, left, over, under,
 * then stacked lines with the first or last level with the mark), then further out, with
 * a leader line back to the mark.
 */
export const aroundMark =
  (t: Mark, fontSize: number, lineHeight: number) =>
  ({ width: w, height: h }: BlockSize): TextSpot[][] => {
    const lineH = fontSize * lineHeight;
    const above = t.y - t.halfHeight - GAP - h / 2;
    const below = t.y + t.halfHeight + GAP + h / 2;
    const right = t.x + t.halfWidth + GAP;
    const left = t.x - t.halfWidth - GAP;
    const firstLevel = t.y + h / 2 - lineH / 2;
    const lastLevel = t.y - h / 2 + lineH / 2;
    const spot = (x: number, y: number, anchor: TextSpot["anchor"]): TextSpot => ({ x, y, anchor });
    const near = [
      spot(right, t.y, "start"),
      spot(left, t.y, "end"),
      spot(t.x, above, "middle"),
      spot(t.x, below, "middle"),
      spot(t.x - t.halfWidth, above, "start"),
      spot(t.x + t.halfWidth, above, "end"),
      spot(t.x - t.halfWidth, below, "start"),
      spot(t.x + t.halfWidth, below, "end"),
      spot(right, firstLevel, "start"),
      spot(left, firstLevel, "end"),
      spot(right, lastLevel, "start"),
      spot(left, lastLevel, "end"),
    ];
    const far: TextSpot[] = [];
    const away = (x: number, y: number, anchor: TextSpot["anchor"]) =>
      far.push({ x, y, anchor, leaderFrom: t });
    // Level with the mark but further out, the first or the last line level with it.
    for (let k = 1; k <= 10; k++) {
      for (const y of [t.y, firstLevel, lastLevel]) {
        away(left - k * 10, y, "end");
        away(right + k * 10, y, "start");
      }
    }
    for (let k = 1; k <= 8; k++) {
      for (const y of [above - k * lineH, below + k * lineH]) {
        away(t.x, y, "middle");
        away(t.x - 4, y, "start");
        away(t.x + 4, y, "end");
        away(t.x - w / 2 - 8, y, "middle");
        away(t.x + w / 2 + 8, y, "middle");
      }
    }
    return [near, far];
  };

/** A note's spots: the corners of the plot, top first, then anywhere along its top and foot. */
export const inCorners =
  (frame: Box) =>
  ({ height: h }: BlockSize): TextSpot[][] => {
    const top = frame.y0 + h / 2;
    const bottom = frame.y1 - h / 2;
    const spots: TextSpot[] = [
      { x: frame.x0 + 2, y: top, anchor: "start" },
      { x: frame.x1 - 2, y: top, anchor: "end" },
      { x: frame.x1 - 2, y: bottom, anchor: "end" },
      { x: frame.x0 + 2, y: bottom, anchor: "start" },
    ];
    for (const y of [top, top + h / 2, bottom]) {
      for (let x = frame.x0 + 12; x < frame.x1; x += 10) spots.push({ x, y, anchor: "start" });
    }
    return [spots];
  };

/**
 * A note about a day: in that day's column, as high as it finds room, centred on the day or
 * reaching from it either way.
 */
export const inColumn =
  (x: number, frame: Box) =>
  ({ height: h }: BlockSize): TextSpot[][] => {
    const spots: TextSpot[] = [];
    for (let y = frame.y0 + h / 2; y <= frame.y1 - h / 2; y += 10)
      for (const anchor of ["middle", "end", "start"] as const) spots.push({ x, y, anchor });
    return [spots];
  };
