import { describe, expect, it } from "vitest";
import {
  blockBox,
  overlaps,
  placeText,
  type TextItem,
} from "../../../src/charts/labelPlacement.ts";

const frame = { x0: 0, y0: 0, x1: 300, y1: 200 };
const item = (text: string, x: number, y: number, more: Partial<TextItem<string>> = {}) => ({
  variants: [[text]],
  spots: [
    { x, y, anchor: "middle" as const },
    { x, y: y + 20, anchor: "middle" as const },
  ],
  fontSize: 12,
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
          fontSize: 12,
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
    const top = blockBox(lines, 10, { x: 50, y: 20, anchor: "start", edge: "top" });
    const bottom = blockBox(lines, 10, { x: 50, y: 20, anchor: "end", edge: "bottom" });
    expect(top.y0).toBe(20);
    expect(top.y1 - top.y0).toBeCloseTo(24);
    expect(bottom.y1).toBe(20);
    expect(bottom.x1).toBe(51);
  });
});
