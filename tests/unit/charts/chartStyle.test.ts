import { describe, expect, it } from "vitest";
import { renderSvg } from "../../../scripts/prerender/renderSvg.ts";
import { STATIC_SIZES } from "../../../scripts/prerender/staticGraphics.ts";
import { LINE_HEIGHT, labelFontSize, plotFrame } from "../../../src/charts/chartStyle.ts";
import { graphic } from "../../../src/charts/registry.ts";
import { shippedStory as story } from "../content/shippedStory.ts";
import { records } from "./records.ts";

const phone = STATIC_SIZES.find((s) => s.key === "narrow") as (typeof STATIC_SIZES)[number];
const PHONE = { width: phone.width, height: phone.height };

describe("LINE_HEIGHT", () => {
  // Placement reserves LINE_HEIGHT em a line; a label drawn tighter or looser than that
  // stands shorter or taller than the room kept for it, and may then touch its neighbours.
  const pitches = (svg: string) => [...svg.matchAll(/<tspan dy="([\d.]+)em"/g)].map((m) => m[1]);

  it.each(story.beats.map((b) => [b.id, b] as const))(
    "is the pitch of every label of several lines at %s",
    (_, beat) => {
      const state = { state: beat.state, date: beat.date, highlight: beat.highlight };
      const svg = renderSvg(graphic(beat.graphic), records, state, PHONE);
      for (const dy of pitches(svg)) expect(Number(dy)).toBeCloseTo(LINE_HEIGHT, 5);
    },
  );

  it("is checked on labels that do have several lines", () => {
    const beat = story.beats.find((b) => b.graphic === "control" && b.state === "old-city");
    const state = { state: "old-city", date: beat?.date ?? "2016-12-06", highlight: [] };
    expect(pitches(renderSvg(graphic("control"), records, state, PHONE))).not.toEqual([]);
  });
});

describe("plotFrame(size, margin, fontSize)", () => {
  it("gives Plot the canvas's size, every margin and the chart's type size", () => {
    const frame = plotFrame(
      { width: 360, height: 300 },
      { top: 1, right: 2, bottom: 3, left: 4 },
      12,
    );
    expect(frame).toMatchObject({
      width: 360,
      height: 300,
      marginTop: 1,
      marginRight: 2,
      marginBottom: 3,
      marginLeft: 4,
    });
    expect(frame.style.fontSize).toBe("12px");
  });
});

describe("labelFontSize(size)", () => {
  it("is 12 px on a phone's frame and 14 px from the first wide one up", () => {
    expect(labelFontSize({ width: 259, height: 270 })).toBe(12);
    expect(labelFontSize({ width: 519, height: 400 })).toBe(12);
    expect(labelFontSize({ width: 520, height: 400 })).toBe(14);
    expect(labelFontSize({ width: 690, height: 680 })).toBe(14);
  });
});
