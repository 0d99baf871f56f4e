import { describe, expect, it } from "vitest";
import { at, DAY } from "../../../../src/charts/evacuation/days.ts";
import { layoutEvacuation } from "../../../../src/charts/evacuation/layout.ts";
import { axisEnd } from "../../../../src/charts/evacuation/scales.ts";
import { evacuationSpec } from "../../../../src/charts/evacuation/spec.ts";
import { records } from "../records.ts";
import { BEATS, SIZES } from "./fixtures.ts";

const CASES = BEATS.flatMap((state) =>
  SIZES.map(
    (size) => [state.state, state.date, `${size.width}×${size.height}`, state, size] as const,
  ),
);

describe("evacuationScales: one set of scales for the layout and the spec", () => {
  it.each(CASES)(
    "%s on %s at %s: the spec's x and y are the layout's",
    (_s, _d, _z, state, size) => {
      const layout = layoutEvacuation(records, state, size);
      const spec = evacuationSpec(records, state, size);
      const { margin, scales } = layout;
      for (const name of ["x", "y"] as const) {
        expect(spec[name]?.domain).toEqual(scales[name].domain);
        expect(spec[name]?.range).toEqual(scales[name].range);
      }
      expect(scales.x.range).toEqual([margin.left, size.width - margin.right]);
      expect(scales.y.range).toEqual([size.height - margin.bottom, margin.top]);
      // The axis ends with the whole of its last day.
      const [, t1] = scales.x.domain as [Date, Date];
      const end = axisEnd(layout.view.config.domain, layout.view.config.minDays, state.date);
      expect(t1.getTime()).toBe(at(end).getTime() + DAY);
    },
  );

  it("draws placed labels in the placer's pixels, not through the scales", () => {
    const state = BEATS.at(-1) as (typeof BEATS)[number];
    const size = SIZES.at(-1) as (typeof SIZES)[number];
    const spec = evacuationSpec(records, state, size);
    const texts = (spec.marks ?? []) as unknown as {
      data?: unknown;
      channels: Record<string, { scale?: unknown }>;
    }[];
    // A placed label carries the box the placer kept clear for it.
    const placed = (d: unknown) => typeof d === "object" && d !== null && "box" in d;
    const drawing = texts.filter((m) => Array.isArray(m.data) && m.data.some(placed));
    expect(drawing.length).toBeGreaterThan(0);
    for (const mark of drawing) {
      expect(mark.channels.x?.scale).toBeNull();
      expect(mark.channels.y?.scale).toBeNull();
    }
  });
});
