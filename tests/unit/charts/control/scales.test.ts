import { describe, expect, it } from "vitest";
import { layoutControl } from "../../../../src/charts/control/layout.ts";
import { controlSpec } from "../../../../src/charts/control/spec.ts";
import { toUtc } from "../../../../src/dates.ts";
import { at, records } from "../records.ts";
import { STATE_DATES as DATES, SIZES } from "./fixtures.ts";

const CASES = Object.keys(DATES).flatMap((state) =>
  SIZES.map((size) => [state, `${size.width}×${size.height}`, size] as const),
);

describe("controlScales: one set of scales for the layout and the spec", () => {
  it.each(CASES)("%s at %s: the spec's x and y are the layout's scales", (state, _, size) => {
    const s = at(state, DATES[state] as string);
    const chart = layoutControl(records, s, size);
    const spec = controlSpec(records, s, size);
    for (const name of ["x", "y"] as const) {
      const scale = chart.scales[name];
      expect(spec[name]?.domain).toEqual(scale.domain);
      expect(spec[name]?.range).toEqual(scale.range);
    }
    expect(chart.scales.x.range).toEqual([chart.margin.left, size.width - chart.margin.right]);
    expect(chart.scales.y.range).toEqual([chart.panels.share.y1, chart.panels.share.y0]);
    expect(chart.scales.count.range).toEqual([chart.panels.count.y1, chart.panels.count.y0]);
  });

  it("places labels with the scales it hands the spec", () => {
    const chart = layoutControl(records, at("complete", "2016-12-23"), { width: 690, height: 640 });
    expect(chart.px("2016-12-01")).toBe(chart.scales.x.apply(toUtc("2016-12-01")));
    expect(chart.py(70)).toBe(chart.scales.y.apply(70));
  });
});
