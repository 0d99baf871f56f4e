import { describe, expect, it } from "vitest";
import { activeBeatIndex, triggerOffset } from "../../../src/story/activeBeat.ts";
import { breakpoint } from "../../../src/styles/breakpoints.ts";

const boxes = (...tops: number[]) => tops.map((top) => ({ top }));

describe("activeBeatIndex(boxes, trigger)", () => {
  it("is the first beat before any has reached the trigger line", () => {
    expect(activeBeatIndex(boxes(600, 1400, 2200), 400)).toBe(0);
  });

  it("is the last beat whose top has crossed the trigger line", () => {
    expect(activeBeatIndex(boxes(-900, -100, 380, 1200), 400)).toBe(2);
  });

  it("counts a top exactly on the line as crossed", () => {
    expect(activeBeatIndex(boxes(-500, 400, 1200), 400)).toBe(1);
  });

  it("lands on the right beat after a jump, whatever came before (no history)", () => {
    expect(activeBeatIndex(boxes(-9000, -8000, -7000, -300, 900), 400)).toBe(3);
    expect(activeBeatIndex(boxes(100, 900, 1700), 400)).toBe(0);
  });

  it("is the last beat at the end of the story", () => {
    expect(activeBeatIndex(boxes(-3000, -2000, -1000), 400)).toBe(2);
  });
});

describe("triggerOffset(width)", () => {
  it("sits lower on phones, where the graphic takes the top half", () => {
    expect(triggerOffset(390)).toBeGreaterThan(triggerOffset(1280));
  });

  it("moves up where the page puts the graphic beside the text, and not a pixel before", () => {
    expect(triggerOffset(breakpoint.sideBySide - 1)).toBe(0.6);
    expect(triggerOffset(breakpoint.sideBySide)).toBe(0.5);
  });
});
