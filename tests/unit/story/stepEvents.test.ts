import { describe, expect, it } from "vitest";
import { activeBeatIndex } from "../../../src/story/activeBeat.ts";
import {
  afterStepEnter,
  afterStepExit,
  afterStepProgress,
  progressThrough,
  samePosition,
} from "../../../src/story/stepEvents.ts";

describe("afterStepEnter(event)", () => {
  it("makes the entered step active, whichever way the page scrolled", () => {
    expect(afterStepEnter({ index: 4, direction: "down" })).toEqual({ index: 4, progress: 0 });
    expect(afterStepEnter({ index: 4, direction: "up" })).toEqual({ index: 4, progress: 1 });
    expect(afterStepEnter({ index: 0, direction: undefined })).toEqual({ index: 0, progress: 0 });
  });
});

describe("afterStepExit(current, event)", () => {
  const at = (index: number, progress = 0.5) => ({ index, progress });

  it("keeps a beat active when the line leaves it going down, until the next enters", () => {
    expect(afterStepExit(at(3), { index: 3, direction: "down" })).toEqual({
      index: 3,
      progress: 1,
    });
  });

  it("hands back to the beat before when the line leaves going up", () => {
    expect(afterStepExit(at(3), { index: 3, direction: "up" })).toEqual({ index: 2, progress: 1 });
  });

  it("keeps the first beat active above the story, as the layout check does", () => {
    expect(afterStepExit(at(0), { index: 0, direction: "up" })).toEqual({ index: 0, progress: 0 });
    expect(activeBeatIndex([{ top: 500 }, { top: 900 }], 400)).toBe(0);
  });

  it("ignores the exit of a step that is no longer active (a fling up: entered first, left after)", () => {
    const landed = afterStepEnter({ index: 3, direction: "up" });
    expect(afterStepExit(landed, { index: 9, direction: "up" })).toBe(landed);
  });

  it("agrees with the layout check as the line crosses gaps between beats", () => {
    // Beats 200 px tall with 300 px gaps; the line at 400 px, scrolling up past beat 1.
    const tops = (y: number) => [0, 500, 1000].map((top) => ({ top: top - y }));
    const line = 400;
    // The line in beat 1 (y = 200), then in the gap above it (y = 0: beat 1's top at 500).
    let position = afterStepEnter({ index: 1, direction: "up" });
    expect(position.index).toBe(activeBeatIndex(tops(200), line));
    position = afterStepExit(position, { index: 1, direction: "up" });
    expect(position.index).toBe(activeBeatIndex(tops(0), line));
  });
});

describe("afterStepProgress(current, step)", () => {
  it("follows the active step's progress", () => {
    expect(afterStepProgress({ index: 2, progress: 0 }, { index: 2, progress: 0.25 })).toEqual({
      index: 2,
      progress: 0.25,
    });
  });

  it("ignores another step's progress, and keeps progress between 0 and 1", () => {
    const current = { index: 2, progress: 0.5 };
    expect(afterStepProgress(current, { index: 5, progress: 0.1 })).toBe(current);
    expect(afterStepProgress(current, { index: 2, progress: 1.2 }).progress).toBe(1);
  });
});

describe("progressThrough(box, line)", () => {
  it("is how far the line has gone through the box, 0 above it and 1 below it", () => {
    expect(progressThrough({ top: 300, height: 200 }, 400)).toBe(0.5);
    expect(progressThrough({ top: 500, height: 200 }, 400)).toBe(0);
    expect(progressThrough({ top: 0, height: 200 }, 400)).toBe(1);
  });

  it("reads a box with no height as passed once its top has crossed the line", () => {
    expect(progressThrough({ top: 400, height: 0 }, 400)).toBe(1);
    expect(progressThrough({ top: 401, height: 0 }, 400)).toBe(0);
  });
});

describe("samePosition(a, b)", () => {
  it("compares the step and the progress", () => {
    expect(samePosition({ index: 1, progress: 0.5 }, { index: 1, progress: 0.5 })).toBe(true);
    expect(samePosition({ index: 1, progress: 0.5 }, { index: 1, progress: 0.6 })).toBe(false);
    expect(samePosition({ index: 1, progress: 0.5 }, { index: 2, progress: 0.5 })).toBe(false);
  });
});
