import { describe, expect, it } from "vitest";
import { placeTextInBestOrder } from "../../../src/charts/labelOrder.ts";
import { placeText, type TextItem } from "../../../src/charts/labelPlacement.ts";
import { measure } from "../../../src/charts/measure.ts";

const frame = { x0: 0, y0: 0, x1: 100, y1: 40 };
const at = (x: number) => ({ x, y: 20, anchor: "middle" as const });
/** A label of `ems` capital Ms (about 10 px each at 12 px) that may go only at the spots given. */
const label = (datum: string, ems: number, ...xs: number[]): TextItem<string> => ({
  variants: [["M".repeat(ems)]],
  spots: xs.map(at),
  measure: measure(12),
  datum,
});

describe("placeTextInBestOrder(items, frame, obstacles, shuffles)", () => {
  // "a" first takes the spot that shuts out both "b" and "c"; it has another.
  const items = [label("a", 4, 40, 75), label("b", 1, 45), label("c", 1, 20)];

  it("finds an order that leaves fewer labels out, and hands them back in priority order", () => {
    expect(placeText(items, frame, []).map((p) => p.datum)).toEqual(["a"]);
    const { placed, dropped } = placeTextInBestOrder(items, frame, [], 8);
    expect(placed.map((p) => p.datum)).toEqual(["a", "b", "c"]);
    expect(placed[0]?.x).toBe(75);
    expect(dropped).toEqual([]);
  });

  it("tries no other order when the first leaves nothing out", () => {
    const alone = [label("a", 1, 50)];
    expect(placeTextInBestOrder(alone, frame, [], 0).placed.map((p) => p.datum)).toEqual(["a"]);
  });

  it("reports what it could not place", () => {
    const { dropped } = placeTextInBestOrder([label("a", 1, 50), label("b", 1, 50)], frame, [], 8);
    expect(dropped).toEqual(["b"]);
  });

  it("finds, among its fixed shuffles, an order neither the first nor the left-out-first finds", () => {
    // "a" shuts out "b" at its first spot and "c" at its second; only with both placed
    // before it does it take its third, which leaves room for all three.
    const three = [label("a", 3, 25, 75, 50), label("b", 1, 20), label("c", 1, 80)];
    expect(placeText(three, frame, []).map((p) => p.datum)).toEqual(["a", "c"]);
    const leftOutFirst = [three[1], three[0], three[2]] as TextItem<string>[];
    expect(placeText(leftOutFirst, frame, []).map((p) => p.datum)).toEqual(["b", "a"]);
    expect(placeTextInBestOrder(three, frame, [], 0).dropped).toHaveLength(1);
    const { placed, dropped } = placeTextInBestOrder(three, frame, [], 8);
    expect(dropped).toEqual([]);
    expect(placed.map((p) => [p.datum, p.x])).toEqual([
      ["a", 50],
      ["b", 20],
      ["c", 80],
    ]);
    // The same items always give the same drawing.
    expect(placeTextInBestOrder(three, frame, [], 8)).toEqual({ placed, dropped });
  });
});
