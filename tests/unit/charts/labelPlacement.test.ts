import { describe, expect, it } from "vitest";
import {
  labelSize,
  placeLabels,
  type Spot,
  textWidth,
} from "../../../src/charts/labelPlacement.ts";

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
    expect(size.w).toBe(textWidth("reported, 2 Dec", 12));
    expect(size.h).toBeCloseTo(28.8);
    const placed = placeLabels([at(150, 100, twoLines), at(150, 112, "below")], frame, [], 12);
    expect(placed.map((p) => p.ty)).not.toContain(112);
  });
});
