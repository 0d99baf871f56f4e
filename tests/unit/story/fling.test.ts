import { describe, expect, it } from "vitest";
import { burstAfterScroll, outranSteps, quietBurst } from "../../../src/story/fling.ts";

const scrollThrough = (...ys: number[]) =>
  ys.slice(1).reduce(burstAfterScroll, quietBurst(ys[0] as number));

describe("a burst of scrolling", () => {
  it("keeps the longest move between two scroll events, up or down", () => {
    expect(scrollThrough(0, 40, 160, 200).largestJump).toBe(120);
    expect(scrollThrough(2000, 1990, 1700, 1650).largestJump).toBe(290);
  });

  it("starts quiet where the last one stopped", () => {
    expect(quietBurst(900)).toEqual({ lastY: 900, largestJump: 0 });
  });
});

describe("outranSteps(burst, shortestBeat)", () => {
  it("is false for a reader's scroll, which moves less than a beat between frames", () => {
    expect(outranSteps(scrollThrough(0, 60, 120, 180), 150)).toBe(false);
  });

  it("is true for a fling that can carry a whole beat past the line between two frames", () => {
    expect(outranSteps(scrollThrough(0, 60, 900, 1000), 150)).toBe(true);
    expect(outranSteps(scrollThrough(0, 150), 150)).toBe(true);
  });

  it("is true before the beats have been measured", () => {
    expect(outranSteps(scrollThrough(0, 1), 0)).toBe(true);
  });
});
