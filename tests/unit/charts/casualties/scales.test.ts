import { describe, expect, it } from "vitest";
import { layoutCasualties } from "../../../../src/charts/casualties/layout.ts";
import { casualtyScale } from "../../../../src/charts/casualties/scales.ts";
import { casualtiesSpec } from "../../../../src/charts/casualties/spec.ts";
import { CASUALTY_STATES } from "../../../../src/charts/casualties/states.ts";
import { measure } from "../../../../src/charts/measure.ts";
import { at, records } from "../records.ts";

const SIZES = [
  { width: 296, height: 200 },
  { width: 690, height: 640 },
];
const CASES = Object.keys(CASUALTY_STATES).flatMap((state) =>
  SIZES.map((size) => [state, `${size.width}×${size.height}`, size] as const),
);

describe("casualtyScale: one people scale for the rows and the spec", () => {
  it.each(CASES)("%s at %s: the spec's x is the layout's scale", (state, _, size) => {
    const s = at(state, "2016-12-23");
    const rows = layoutCasualties(records, s, size);
    const spec = casualtiesSpec(records, s, size);
    expect(spec.x?.domain).toEqual(rows.x.domain);
    expect(spec.x?.range).toEqual(rows.x.range);
    expect(rows.x.range).toEqual([rows.marginLeft, size.width - rows.marginRight]);
    for (const row of rows.layout.rows) {
      const claim = row.claim as { low?: number };
      if (row.mark && claim.low !== undefined)
        expect(row.mark.x0).toBe(rows.x.apply(claim.low) - rows.r);
    }
  });

  it("ends the axis on a round number above the largest figure, with room for an arrow", () => {
    const figure = { high: 1_000 } as Parameters<typeof casualtyScale>[0][number];
    const { x } = casualtyScale([figure], { width: 690, height: 640 }, measure(14));
    expect(x.domain).toEqual([0, 1_500]);
    expect(x.apply(0)).toBe(8);
  });
});
