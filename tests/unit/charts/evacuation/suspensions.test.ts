import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../../scripts/prerender/renderSvg.ts";
import { at, pauseEnd } from "../../../../src/charts/evacuation/days.ts";
import { evacuation } from "../../../../src/charts/evacuation/index.ts";
import { layoutEvacuation } from "../../../../src/charts/evacuation/layout.ts";
import { records } from "../records.ts";
import { BEATS, SIZES } from "./fixtures.ts";

/** Every straight piece of every line the drawing has, as [x1, x2] in pixels. */
function lineSegments(svg: string): [number, number][] {
  const groups = svg.match(/<g data-mark="line"[^>]*>(.*?)<\/g>/g) ?? [];
  return groups.flatMap((group) =>
    [...group.matchAll(/ d="([^"]*)"/g)].flatMap(([, d]) => {
      const xs = [...(d ?? "").matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
      return xs.slice(1).map((x, i) => [xs[i] ?? x, x] as [number, number]);
    }),
  );
}

describe("evacuationSpec(records, state, size): lines and pauses", () => {
  const cases = [...BEATS, { state: "suspended", date: "2016-12-18", highlight: [] }].flatMap(
    (state) => SIZES.map((size) => [state.state, state.date, size.width, size.height] as const),
  );

  it.each(cases)(
    "%s on %s at %i×%i joins no claimant's totals across a pause",
    (name, date, width, height) => {
      const state = { state: name, date, highlight: [] };
      const size = { width, height };
      const layout = layoutEvacuation(records, state, size);
      const bands = layout.view.pauses.map((p) => ({
        p,
        x0: layout.scales.px(at(p.start)),
        x1: layout.scales.px(pauseEnd(p)),
      }));
      for (const [a, b] of lineSegments(renderSvg(evacuation, records, state, size))) {
        const [x0, x1] = [Math.min(a, b), Math.max(a, b)];
        for (const band of bands)
          expect(
            band.x1 <= x0 + 0.5 || band.x0 >= x1 - 0.5,
            `a line from x=${x0} to x=${x1} crosses the pause of ${band.p.start}–${band.p.end}`,
          ).toBe(true);
      }
    },
  );
});
