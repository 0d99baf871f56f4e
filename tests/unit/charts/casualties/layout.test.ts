import { describe, expect, it } from "vitest";
import { layoutCasualties } from "../../../../src/charts/casualties/layout.ts";
import { casualtiesSpec } from "../../../../src/charts/casualties/spec.ts";
import { chartRecords } from "../../../../src/data/chartRecords.ts";
import { ar } from "../../../../src/locale/ar.ts";
import { shipped } from "../../data/fixtures.ts";
import { records as english } from "../records.ts";

const state = { state: "civilians-by-side", date: "2016-12-22", highlight: [] };
const size = { width: 358, height: 300 };

describe("layoutCasualties: the edition's direction", () => {
  it("draws an English layout as it is laid out", () => {
    const rows = layoutCasualties(english, state, size);
    expect(rows.mirror(40)).toBe(40);
    expect(rows.flip("start")).toBe("start");
    expect(rows.drawnX).toBe(rows.x);
  });

  it("mirrors an Arabic one whole: x to width − x, anchors swapped, zero on the right", () => {
    const rows = layoutCasualties(chartRecords(shipped, undefined, ar), state, size);
    expect(rows.mirror(40)).toBe(size.width - 40);
    expect([rows.flip("start"), rows.flip("end"), rows.flip("middle")]).toEqual([
      "end",
      "start",
      "middle",
    ]);
    const [r0, r1] = rows.x.range as [number, number];
    expect(rows.drawnX.range).toEqual([size.width - r0, size.width - r1]);
    expect(rows.drawnX.apply(0)).toBeCloseTo(size.width - rows.px(0));
    const spec = casualtiesSpec(chartRecords(shipped, undefined, ar), state, size);
    expect([spec.marginLeft, spec.marginRight]).toEqual([rows.marginRight, rows.marginLeft]);
  });
});
