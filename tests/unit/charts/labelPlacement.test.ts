import { describe, expect, it } from "vitest";
import {
  blockBox,
  greedy,
  overlaps,
  placeText,
  segmentBoxes,
  type TextItem,
} from "../../../src/charts/labelPlacement.ts";
import { measure } from "../../../src/charts/measure.ts";
import { textWidth } from "../../../src/charts/textMetrics.ts";

const frame = { x0: 0, y0: 0, x1: 300, y1: 200 };
const item = (text: string, x: number, y: number, more: Partial<TextItem<string>> = {}) => ({
  variants: [[text]],
  spots: [
    { x, y, anchor: "middle" as const },
    { x, y: y + 20, anchor: "middle" as const },
  ],
  measure: measure(12),
  datum: text,
  ...more,
});

describe("placeText(items, frame, obstacles)", () => {
  it("places items in order, moving or dropping the later ones rather than overlapping", () => {
    const placed = placeText(
      [item("Hanano", 150, 100), item("Hanano", 150, 100), item("Hanano", 150, 100)],
      frame,
      [],
    );
    expect(placed.map((p) => p.y)).toEqual([100, 120]);
    expect(overlaps(placed[0]?.box ?? frame, placed[1]?.box ?? frame)).toBe(false);
  });

  it("keeps text inside the frame and off the obstacles", () => {
    expect(placeText([item("Sakhour", 2, 100)], frame, [])).toEqual([]);
    const placed = placeText([item("Sakhour", 150, 100)], frame, [
      { x0: 100, y0: 90, x1: 200, y1: 110 },
    ]);
    expect(placed[0]?.y).toBe(120);
  });

  it("tries each line break at a spot before the next spot", () => {
    const [placed] = placeText(
      [
        {
          variants: [["Government-held west"], ["Government-held", "west"]],
          spots: [{ x: 100, y: 100, anchor: "end" }],
          measure: measure(12),
          datum: "west",
        },
      ],
      frame,
      [],
    );
    expect(placed?.text).toBe("Government-held\nwest");
    expect(placed?.box.x0).toBeGreaterThanOrEqual(0);
  });

  it("keeps off boxes it would rather avoid when it can, and off those it must avoid always", () => {
    const cell = { x0: 130, y0: 90, x1: 170, y1: 110 };
    expect(placeText([item("Road", 150, 100, { prefer: [cell] })], frame, [])[0]?.y).toBe(120);
    const everywhere = { x0: 0, y0: 0, x1: 300, y1: 200 };
    expect(placeText([item("Road", 150, 100, { prefer: [everywhere] })], frame, [])[0]?.y).toBe(
      100,
    );
    expect(placeText([item("Road", 150, 100, { avoid: [everywhere] })], frame, [])).toEqual([]);
  });

  it("measures a block of lines from its top, middle or bottom", () => {
    const lines = ["Rebel pocket,", "reported"];
    const top = blockBox(lines, measure(10), { x: 50, y: 20, anchor: "start", edge: "top" });
    const bottom = blockBox(lines, measure(10), { x: 50, y: 20, anchor: "end", edge: "bottom" });
    expect(top.y0).toBe(20);
    expect(top.y1 - top.y0).toBeCloseTo(24);
    expect(bottom.y1).toBe(20);
    expect(bottom.x1).toBe(51);
  });

  it("keeps every edge of the text inside every edge of the frame, touching allowed", () => {
    const spot = { x: 150, y: 100, anchor: "middle" as const };
    const box = blockBox(["Bustan al-Qasr"], measure(12), spot);
    const only = (frame: { x0: number; y0: number; x1: number; y1: number }) =>
      placeText(
        [{ variants: [["Bustan al-Qasr"]], spots: [spot], measure: measure(12), datum: 1 }],
        frame,
        [],
      ).length;
    expect(only(box)).toBe(1);
    expect(only({ ...box, y1: box.y1 - 1 })).toBe(0);
    expect(only({ ...box, y0: box.y0 + 1 })).toBe(0);
    expect(only({ ...box, x1: box.x1 - 1 })).toBe(0);
    expect(only({ ...box, x0: box.x0 + 1 })).toBe(0);
  });

  it("sets text at the width of its longest line, a pixel to spare either side", () => {
    const one = blockBox(["Sheikh Saeed"], measure(12), { x: 100, y: 50, anchor: "start" });
    const two = blockBox(["Sheikh Saeed", "SDF"], measure(12), { x: 100, y: 50, anchor: "start" });
    expect(one.x0).toBe(99);
    expect(one.x1 - one.x0).toBeCloseTo(textWidth("Sheikh Saeed", measure(12)) + 2);
    expect(two.x1 - two.x0).toBe(one.x1 - one.x0);
    expect(one.x1 - one.x0).toBeGreaterThan(2 + 12 * 4);
    const middle = blockBox(["Sheikh Saeed"], measure(12), { x: 100, y: 50, anchor: "middle" });
    expect((middle.x0 + middle.x1) / 2).toBeCloseTo(100);
    expect(middle.x1 - middle.x0).toBeCloseTo(one.x1 - one.x0);
    const end = blockBox(["Sheikh Saeed"], measure(12), { x: 100, y: 50, anchor: "end" });
    expect(end.x1).toBeCloseTo(101);
    expect(end.x1 - end.x0).toBeCloseTo(one.x1 - one.x0);
  });
});

describe("overlaps(a, b)", () => {
  const a = { x0: 10, y0: 10, x1: 20, y1: 20 };
  it("is true only where two boxes share area, not where they merely touch", () => {
    expect(overlaps(a, { x0: 15, y0: 15, x1: 25, y1: 25 })).toBe(true);
    expect(overlaps(a, { x0: 20, y0: 10, x1: 30, y1: 20 })).toBe(false);
    expect(overlaps(a, { x0: 0, y0: 10, x1: 10, y1: 20 })).toBe(false);
    expect(overlaps(a, { x0: 10, y0: 20, x1: 20, y1: 30 })).toBe(false);
    expect(overlaps(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
  });

  it("is false for boxes apart on one axis only", () => {
    expect(overlaps(a, { x0: 30, y0: 12, x1: 40, y1: 18 })).toBe(false);
    expect(overlaps(a, { x0: -10, y0: 12, x1: 0, y1: 18 })).toBe(false);
    expect(overlaps(a, { x0: 12, y0: 30, x1: 18, y1: 40 })).toBe(false);
    expect(overlaps(a, { x0: 12, y0: -10, x1: 18, y1: 0 })).toBe(false);
  });
});

describe("placeText with spots round a mark", () => {
  const mark = { x: 150, y: 100, halfWidth: 4, halfHeight: 4 };
  const frame = { x0: 0, y0: 0, x1: 300, y1: 200 };
  /** Beside the mark first; then 60 px to its right, with a leader line. */
  const item = (datum: string) => ({
    variants: [["Red Cross"]],
    spots: () => [
      [{ x: mark.x + 7, y: mark.y, anchor: "start" as const }],
      [{ x: mark.x + 60, y: mark.y, anchor: "start" as const, leaderFrom: mark }],
    ],
    measure: measure(12),
    datum,
  });

  it("goes beside its mark with no leader when it can", () => {
    const [placed] = placeText([item("a")], frame, []);
    expect(placed?.x).toBe(157);
    expect(placed?.leader).toBeUndefined();
  });

  it("moves out to a spot of the next round, joined to its mark by a leader line", () => {
    const taken = { x0: 155, y0: 90, x1: 200, y1: 110 };
    const [placed] = placeText([item("a")], frame, [taken]);
    expect(placed?.x).toBe(210);
    expect(placed?.leader?.x1).toBeCloseTo(mark.x + 5);
    expect(placed?.leader?.x2).toBeLessThanOrEqual(placed?.box.x0 ?? 0);
  });

  it("takes no spot whose leader line would cross text already placed", () => {
    const first = {
      variants: [["I"]],
      spots: [{ x: 180, y: 100, anchor: "middle" as const }],
      measure: measure(12),
      datum: "in the way",
    };
    const blocked = { x0: 155, y0: 90, x1: 170, y1: 110 };
    const placed = placeText([first, item("a")], frame, [blocked]);
    expect(placed.map((p) => p.datum)).toEqual(["in the way"]);
  });
});

describe("segmentBoxes(points, pad)", () => {
  it("covers a line with boxes at most 3 px apart, from its first point to its last", () => {
    const boxes = segmentBoxes(
      [
        [0, 0],
        [30, 40],
      ],
      2,
    );
    expect(boxes).toHaveLength(Math.ceil(50 / 3) + 1);
    expect(boxes[0]).toEqual({ x0: -2, y0: -2, x1: 2, y1: 2 });
    expect(boxes.at(-1)).toEqual({ x0: 28, y0: 38, x1: 32, y1: 42 });
    const centres = boxes.map((b) => [(b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2] as const);
    centres.slice(1).forEach(([x, y], i) => {
      const [px, py] = centres[i] ?? [0, 0];
      expect(Math.hypot(x - px, y - py)).toBeLessThanOrEqual(3);
      expect(y / x).toBeCloseTo(40 / 30);
    });
  });

  it("follows every leg of a line, and takes no boxes from a single point", () => {
    const legs = segmentBoxes([
      [0, 0],
      [0, 6],
      [6, 6],
    ]);
    expect(legs.some((b) => b.x0 === -2.5 && b.y0 === 3.5)).toBe(true);
    expect(legs.at(-1)).toEqual({ x0: 3.5, y0: 3.5, x1: 8.5, y1: 8.5 });
    expect(segmentBoxes([[5, 5]])).toEqual([]);
  });
});

describe("greedy(order, priority, frame, obstacles)", () => {
  const frame = { x0: 0, y0: 0, x1: 300, y1: 200 };
  const spot = (x: number) => ({ x, y: 100, anchor: "middle" as const });
  const wall = { x0: 0, y0: 0, x1: 150, y1: 200 };

  it("costs a later spot a tenth, a later line break three, a shunned box four", () => {
    const item = {
      variants: [["Sakhour district"], ["Sakhour", "district"]],
      spots: [spot(100), spot(220)],
      measure: measure(12),
      datum: "x",
    };
    expect(greedy([item], [item], frame, []).cost).toBe(0);
    expect(greedy([item], [item], frame, [wall]).cost).toBeCloseTo(0.1);
    const narrow = { ...frame, x1: 250 };
    const broken = greedy([item], [item], narrow, [wall]);
    expect(broken.placed[0]?.lines).toEqual(["Sakhour", "district"]);
    expect(broken.cost).toBeCloseTo(3.1);
    const shunned = greedy([{ ...item, prefer: [frame] }], [item], frame, []);
    expect(shunned.cost).toBeCloseTo(4);
  });

  it("costs a leader line six and a twentieth of its length", () => {
    const mark = { x: 100, y: 100, halfWidth: 4, halfHeight: 4 };
    const item = {
      variants: [["Red Cross"]],
      spots: () => [[{ x: 140, y: 100, anchor: "start" as const, leaderFrom: mark }]],
      measure: measure(12),
      datum: "x",
    };
    const pass = greedy([item], [item], frame, []);
    const leader = pass.placed[0]?.leader;
    expect(leader).toEqual({ x1: 105, y1: 100, x2: 139 - 1.5, y2: 100 });
    expect(pass.cost).toBeCloseTo(6 + (137.5 - 105) / 20);
  });

  it("draws a leader from the mark's edge towards the text, above or below it too", () => {
    const mark = { x: 100, y: 100, halfWidth: 2, halfHeight: 6 };
    const item = {
      variants: [["SOHR"]],
      spots: () => [
        [{ x: 100, y: 40, anchor: "middle" as const, edge: "bottom" as const, leaderFrom: mark }],
      ],
      measure: measure(12),
      datum: "x",
    };
    const leader = greedy([item], [item], frame, []).placed[0]?.leader;
    expect(leader?.x1).toBeCloseTo(100);
    expect(leader?.y1).toBeCloseTo(93);
    expect(leader?.x2).toBeCloseTo(100);
    expect(leader?.y2).toBeCloseTo(41.5);
  });

  it("draws no leader to text that sits next to its mark after all", () => {
    const mark = { x: 100, y: 100, halfWidth: 4, halfHeight: 4 };
    const item = {
      variants: [["SOHR"]],
      spots: () => [[{ x: 108, y: 100, anchor: "start" as const, leaderFrom: mark }]],
      measure: measure(12),
      datum: "x",
    };
    expect(greedy([item], [item], frame, []).placed[0]?.leader).toBeUndefined();
  });

  it("costs a label left out by its rank in the priority order, not in the order tried", () => {
    const item = (datum: string) => ({
      variants: [["A"]],
      spots: [spot(150)],
      measure: measure(12),
      datum,
    });
    const [a, b, c] = [item("a"), item("b"), item("c")];
    expect(greedy([a, b, c], [a, b, c], frame, []).cost).toBe(1000 + 10 * 2 + 1000 + 10 * 1);
    expect(greedy([c, b, a], [a, b, c], frame, []).cost).toBe(1000 + 10 * 3 + 1000 + 10 * 2);
  });

  it("tries a round's line breaks each at all of its spots before the next round", () => {
    const mark = { x: 150, y: 100, halfWidth: 4, halfHeight: 4 };
    const item = {
      variants: [["Government side"], ["Government", "side"]],
      spots: ({ width }: { width: number }) => [
        [{ x: width > 75 ? 10 : 150, y: 100, anchor: "middle" as const }],
        [{ x: 150, y: 40, anchor: "middle" as const, leaderFrom: mark }],
      ],
      measure: measure(12),
      datum: "x",
    };
    const [placed] = greedy([item], [item], frame, []).placed;
    expect(placed?.lines).toEqual(["Government", "side"]);
    expect(placed?.leader).toBeUndefined();
  });
});
