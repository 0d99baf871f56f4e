import type { PlotOptions } from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../../scripts/prerender/renderSvg.ts";
import { describeControl } from "../../../../src/charts/control/describe.ts";
import { control } from "../../../../src/charts/control/index.ts";
import { controlSpec } from "../../../../src/charts/control/spec.ts";
import { CONTROL_STATES } from "../../../../src/charts/control/states.ts";
import { controlView, turningPoints } from "../../../../src/charts/control/view.ts";
import { claimantName } from "../../../../src/charts/format.ts";
import { at, records } from "../records.ts";
import { SIZES, STATE_DATES } from "./fixtures.ts";

const phone = { width: 360, height: 340 };

describe("controlView(records, state)", () => {
  it("shows nothing reported after the beat's date", () => {
    const view = controlView(records, at("airport-road", "2016-12-02"));
    expect(view.shares.map((s) => [s.date, s.value_high])).toEqual([["2016-12-02", 60]]);
    expect(view.pockets).toEqual([]);
    expect(view.steps.every((p) => p.date <= "2016-12-02")).toBe(true);
  });

  it("keeps 'more than 70%' open-ended and the pocket in km², never as a share", () => {
    const view = controlView(records, at("pocket", "2016-12-14"));
    expect(view.shares.find((s) => s.date === "2016-12-06")).toMatchObject({
      value_high: 70,
      open_ended: true,
    });
    expect(view.pockets.map((p) => [p.date, p.value_high, p.unit])).toEqual([
      ["2016-12-13", 3.5, "km2"],
      ["2016-12-14", 2.5, "km2"],
    ]);
  });

  it("carries the named-districts step to the beat's date", () => {
    const view = controlView(records, at("old-city", "2016-12-07"));
    expect(view.steps.at(-1)?.date).toBe("2016-12-07");
  });
});

describe("turningPoints(records)", () => {
  it("dates each turning point from its district event", () => {
    const dates = Object.fromEntries(turningPoints(records).map((t) => [t.key, t.date]));
    expect(dates.hanano).toBe("2016-11-26");
    expect(dates.northeast).toBe("2016-11-28");
    expect(dates["old-city"]).toBe("2016-12-06");
    expect(dates.river).toBe("2016-12-12");
  });

  it("says the northeast fell, as the source does ('the entire northeastern part of Aleppo had fallen')", () => {
    const labels = Object.fromEntries(turningPoints(records).map((t) => [t.key, t.label]));
    expect(labels.northeast).toBe("Northeast falls");
  });
});

describe("controlSpec(records, state, size)", () => {
  it("spans 15 November to 22 December and 0–100%", () => {
    const spec = controlSpec(records, at("start", "2016-11-15"), phone) as PlotOptions & {
      x: { domain: Date[] };
      y: { domain: number[] };
    };
    expect(spec.x.domain.map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2016-11-15",
      "2016-12-22",
    ]);
    expect(spec.y.domain).toEqual([0, 100]);
    expect(spec.width).toBe(360);
  });

  it("is pure: the same input gives the same marks", () => {
    const a = controlSpec(records, at("river", "2016-12-13"), phone);
    const b = controlSpec(records, at("river", "2016-12-13"), phone);
    expect(a.marks?.length).toBe(b.marks?.length);
  });

  it("throws on a state it does not know", () => {
    expect(() => controlSpec(records, at("finale", "2016-12-13"), phone)).toThrow(
      'unknown control state "finale"',
    );
  });
});

describe("controlSpec labels", () => {
  const drawnText = (state: string, size: { width: number; height: number }) => {
    const svg = renderSvg(control, records, at(state, STATE_DATES[state] as string), size);
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    // A label of several lines is one <text> of <tspan>s; a name may wrap between them.
    return [...document.querySelectorAll("text")]
      .map((t) => {
        const lines = [...t.querySelectorAll("tspan")].map((l) => l.textContent ?? "");
        return lines.length ? lines.join(" ") : (t.textContent ?? "");
      })
      .join("\n");
  };

  it.each(
    Object.keys(CONTROL_STATES).flatMap((state) =>
      SIZES.map((size) => [state, `${size.width}×${size.height}`, size] as const),
    ),
  )(
    "%s at %s names every reported share it draws, and draws every one with room for a plot",
    (state, _, size) => {
      const text = drawnText(state, size);
      const shares = controlView(records, at(state, STATE_DATES[state] as string)).shares;
      const named = shares.filter(
        (share) =>
          text.includes(claimantName(records, share.claimant)) &&
          new RegExp(`\\b${share.value_high}%`).test(text),
      );
      const svg = renderSvg(control, records, at(state, STATE_DATES[state] as string), size);
      // Only on the smallest canvas may other figures give way, so the plot keeps its height.
      if (size.height > 155) expect(named).toEqual(shares);
      expect(svg.match(/<circle/g)?.length ?? 0).toBe(named.length);
    },
  );

  it("groups the claims of complete control under one label, with no 100% beside them", () => {
    const text = drawnText("complete", { width: 690, height: 640 });
    expect(text.match(/100%/g)?.length).toBe(1); // the axis tick alone
    expect(text).toContain("Claims of complete control:");
    for (const who of ["Russian officials, 13 Dec", "Russian MoD, 16 Dec", "Syrian army, 22 Dec"]) {
      expect(text).toContain(who);
    }
  });
});

describe("describeControl(records, state)", () => {
  it("names the figure, its date and who reported it", () => {
    expect(describeControl(records, at("airport-road", "2016-12-02"))).toMatch(
      /^By 2 December, government forces held 60% of the formerly rebel-held east, (as reported|according to [^;]+); \d+ of the \d+ named districts/,
    );
  });

  it("names each claim of complete control with its claimant, as a claim, not a share", () => {
    const text = describeControl(records, at("complete", "2016-12-16"));
    expect(text).toMatch(
      /Russian officials \(13 December\) and the Russian MoD \(16 December\) said government forces controlled the whole city; the rebels' pocket was still put at 2\.5 km² on 14 December/,
    );
    expect(text).not.toMatch(/100%/);
  });

  it("calls the named districts held a count, not a share of the area", () => {
    expect(describeControl(records, at("hanano", "2016-11-26"))).toMatch(
      /1 of the 35 named districts of the east was in government hands \(a count of districts, not of area\)\.$/,
    );
  });

  it("says when nothing has been reported yet", () => {
    expect(describeControl(records, at("start", "2016-11-15"))).toMatch(
      /no share of the east under government control had been reported/,
    );
  });

  it("gives the pocket's size in km² when the state is about it", () => {
    expect(describeControl(records, at("pocket", "2016-12-14"))).toMatch(
      /pocket was (still )?put at 2\.5 km²/,
    );
  });
});
