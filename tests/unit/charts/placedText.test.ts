import { describe, expect, it } from "vitest";
import type { PlacedText } from "../../../src/charts/labelPlacement.ts";
import { inPixels, leaderMark, placedTextMark } from "../../../src/charts/placedText.ts";

/** A mark as Plot built it: its data and its channels, each with the scale it is on. */
type Built = { data: unknown[]; channels: Record<string, { scale?: unknown }> };

const label = (anchor: PlacedText<string>["anchor"], leader = false): PlacedText<string> => ({
  text: "Red Cross\n10,000",
  lines: ["Red Cross", "10,000"],
  x: 120.25,
  y: 40,
  anchor,
  box: { x0: 120, y0: 30, x1: 180, y1: 50 },
  ...(leader ? { leader: { x1: 100, y1: 60, x2: 118, y2: 42 } } : {}),
  datum: "icrc",
});

describe("placedTextMark(labels, anchor, look)", () => {
  it("draws the labels of its anchor at the placer's pixels, on no scale", () => {
    const mark = placedTextMark(
      [label("start"), label("end")],
      "start",
      {},
      "ltr",
    ) as unknown as Built;
    expect(mark.data).toHaveLength(1);
    expect(mark.channels.x?.scale).toBeNull();
    expect(mark.channels.y?.scale).toBeNull();
  });
});

describe("placedTextMark right to left", () => {
  type Text = Built & { textAnchor: string; channels: { x: { value: (d: unknown) => number } } };
  const one = { ...label("start"), text: "Red Cross", lines: ["Red Cross"] };

  it("draws a block of lines flush right, from its box's right edge", () => {
    const [single, blocks] = placedTextMark(
      [one, label("start")],
      "start",
      {},
      "rtl",
    ) as unknown as Text[];
    expect(blocks?.textAnchor).toBe("end");
    expect(blocks?.data).toEqual([label("start")]);
    expect(blocks?.channels.x.value(label("start"))).toBe(179);
    // A single line stays at the placer's anchor, beside what it names.
    expect(single?.textAnchor).toBe("start");
    expect(single?.channels.x.value(one)).toBe(120.25);
  });
});

describe("leaderMark(labels, look)", () => {
  it("draws a leader for each label that has one, in pixels", () => {
    const mark = leaderMark([label("start", true), label("end")], {}) as unknown as Built;
    expect(mark.data).toEqual([{ x1: 100, y1: 60, x2: 118, y2: 42 }]);
    for (const name of ["x1", "y1", "x2", "y2"]) expect(mark.channels[name]?.scale).toBeNull();
  });
});

describe("inPixels(value)", () => {
  it("is a channel on no scale", () => {
    const f = (d: { x: number }) => d.x;
    expect(inPixels(f)).toEqual({ value: f, scale: null });
  });
});
