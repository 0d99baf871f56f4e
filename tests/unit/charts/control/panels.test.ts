import type { Markish } from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../../scripts/prerender/renderSvg.ts";
import { control } from "../../../../src/charts/control/index.ts";
import { layoutControl } from "../../../../src/charts/control/layout.ts";
import { controlSpec } from "../../../../src/charts/control/spec.ts";
import { CONTROL_STATES } from "../../../../src/charts/control/states.ts";
import { controlView } from "../../../../src/charts/control/view.ts";
import { at, records } from "../records.ts";
import { STATE_DATES as DATES, SIZES } from "./fixtures.ts";

/** A mark as Plot built it: its data and its channels, each with the scale it is on. */
type Built = { data?: unknown; channels: Record<string, { value: unknown; scale?: unknown }> };

const CASES = Object.keys(CONTROL_STATES).flatMap((state) =>
  SIZES.map((size) => [state, `${size.width}×${size.height}`, size] as const),
);

const built = (marks: readonly Markish[] | undefined) => (marks ?? []) as unknown as Built[];
const rows = (mark: Built) => (Array.isArray(mark.data) ? (mark.data as unknown[]) : []);
/** The vertical channels a mark puts on the share's y scale. */
const onShareAxis = (mark: Built) =>
  ["y", "y1", "y2"].filter((name) => mark.channels[name]?.scale === "y");
/** A channel's values, in pixels where it is on no scale. */
const values = (mark: Built, name: string) => {
  const { value } = mark.channels[name] as { value: unknown };
  return rows(mark).map((d, i) =>
    typeof value === "function" ? value(d, i) : (d as Record<string, unknown>)[value as string],
  ) as number[];
};

describe("the control chart's two panels", () => {
  it.each(CASES)(
    "%s at %s never draws the count of districts on the share axis",
    (state, _, size) => {
      const s = at(state, DATES[state] as string);
      const { steps } = controlView(records, s);
      const chart = layoutControl(records, s, size);
      const countMarks = built(controlSpec(records, s, size).marks).filter((m) =>
        rows(m).some((d) => steps.includes(d as (typeof steps)[number])),
      );
      expect(countMarks.length).toBeGreaterThan(0);
      for (const mark of countMarks) {
        expect(onShareAxis(mark)).toEqual([]);
        // Its own panel, below the share panel's foot.
        for (const y of values(mark, "y")) {
          expect(y).toBeGreaterThanOrEqual(chart.panels.count.y0 - 0.5);
          expect(y).toBeLessThanOrEqual(chart.panels.count.y1 + 0.5);
        }
      }
      expect(chart.panels.count.y0).toBeGreaterThan(chart.panels.share.y1);
    },
  );

  it.each(CASES)(
    "%s at %s never draws a claim of complete control as a share, nor joins it to one",
    (state, _, size) => {
      const s = at(state, DATES[state] as string);
      const fullCity = records.data.control.filter(
        (c) => c.measure === "east-share" && c.value_high >= 100,
      );
      for (const mark of built(controlSpec(records, s, size).marks)) {
        const claims = rows(mark).filter((d) => fullCity.includes(d as (typeof fullCity)[number]));
        if (claims.length) expect(onShareAxis(mark)).toEqual([]);
      }
    },
  );

  it("marks each claim of complete control on its date, with its claimant, at every size", () => {
    const s = at("complete", "2016-12-23");
    for (const size of SIZES.filter((z) => z.height > 155)) {
      const chart = layoutControl(records, s, size);
      expect(chart.claims.map((c) => [c.date, c.claimant])).toEqual([
        ["2016-12-13", "russia-officials"],
        ["2016-12-16", "russia-mod"],
        ["2016-12-21", "sohr"],
        ["2016-12-22", "syrian-army"],
      ]);
      const text = [...chart.labels.map((l) => l.text), ...chart.lines.map((l) => l.text)].join(
        " ",
      );
      expect(text.replace(/\s+/g, " ")).toMatch(/Claims of complete control: Russian officials/);
    }
  });

  it.each(CASES)(
    "%s at %s titles the count panel with the count, of all the districts",
    (state, _, size) => {
      const svg = renderSvg(control, records, at(state, DATES[state] as string), size);
      expect(svg).toMatch(/Named districts held: \d+ of 35/);
    },
  );

  it.each(CASES)(
    "%s at %s sets its text at 14 px on a wide screen, never under 12 px",
    (state, _, size) => {
      const svg = renderSvg(control, records, at(state, DATES[state] as string), size, "own");
      const sizes = [...svg.matchAll(/font-size[:=]"?\s*(\d+(?:\.\d+)?)px/g)].map((m) =>
        Number(m[1]),
      );
      expect(sizes.length).toBeGreaterThan(0);
      for (const px of sizes) expect(px).toBeGreaterThanOrEqual(size.width >= 600 ? 14 : 12);
    },
  );

  it("says in an empty share panel that no share had been reported yet", () => {
    for (const size of SIZES.filter((z) => z.height > 155)) {
      const svg = renderSvg(control, records, at("start", "2016-11-15"), size);
      expect(svg).toMatch(
        /No share (under government control )?reported yet|No share under government/,
      );
    }
  });
});
