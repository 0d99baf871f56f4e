import { describe, expect, it } from "vitest";
import {
  blockBox,
  labelSize,
  overlaps,
  placeLabels,
  placeText,
  type Spot,
  type TextItem,
} from "../../../src/charts/labelPlacement.ts";
import { textWidth } from "../../../src/charts/textMetrics.ts";

const frame = { x0: 0, y0: 0, x1: 300, y1: 200 };
const at = (x: number, y: number, text: string) => ({ x, y, text, datum: text });
const boxOf = (l: ReturnType<typeof placeLabels<string>>[number], size = 12) => {
  const w = textWidth(l.text, size);
  const x0 = l.anchor === "start" ? l.tx : l.anchor === "end" ? l.tx - w : l.tx - w / 2;
  return { x0, x1: x0 + w, y0: l.ty - 7.2, y1: l.ty + 7.2 };
};

describe("placeLabels(candidates, frame, reserved, fontSize)", () => {
  it("puts a lone label on its point", () => {
    expect(placeLabels([at(150, 100, "Hanano")], frame, [], 12)).toMatchObject([
      { tx: 150, ty: 100, anchor: "middle" },
    ]);
  });

  it("moves a label that would collide, and never lets two overlap", () => {
    const placed = placeLabels(
      [at(150, 100, "Sakhour"), at(152, 101, "Haydariyah"), at(149, 99, "Sheikh Khider")],
      frame,
      [],
      12,
    );
    expect(placed.length).toBeGreaterThan(1);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        const p = boxOf(a);
        const q = boxOf(b);
        expect(
          p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1,
          `${a.text} / ${b.text}`,
        ).toBe(false);
      }
    }
  });

  it("keeps labels inside the frame and out of reserved boxes, dropping one with no room", () => {
    const placed = placeLabels(
      [at(5, 100, "A long district name")],
      frame,
      [{ x0: 0, y0: 0, x1: 300, y1: 200 }],
      12,
    );
    expect(placed).toEqual([]);
    const edge = placeLabels([at(295, 100, "Fardous")], frame, [], 12);
    expect(edge[0]?.anchor).toBe("end");
  });

  it("takes a label's own spots, in order, when it brings them", () => {
    const spots: Spot[] = [
      [100, 50, "end"],
      [120, 50, "start"],
    ];
    const placed = placeLabels(
      [{ ...at(110, 50, "60%"), spots }],
      frame,
      [{ x0: 60, y0: 40, x1: 105, y1: 60 }],
      12,
    );
    expect(placed).toMatchObject([{ tx: 120, ty: 50, anchor: "start" }]);
  });

  it("places a label of several lines as one block", () => {
    const twoLines = "60%\nreported, 2 Dec";
    const size = labelSize(twoLines, 12);
    expect(size.w).toBe(textWidth("reported, 2 Dec", 12) + 2);
    expect(size.h).toBeCloseTo(28.8);
    const placed = placeLabels([at(150, 100, twoLines), at(150, 112, "below")], frame, [], 12);
    expect(placed.map((p) => p.ty)).not.toContain(112);
  });
});

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
