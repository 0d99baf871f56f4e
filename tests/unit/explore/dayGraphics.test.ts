import { describe, expect, it } from "vitest";
import { KNOWN_STATES } from "../../../src/charts/registry.ts";
import { EXPLORE_GRAPHICS, graphicsOn } from "../../../src/explore/dayGraphics.ts";
import { exploreDays } from "../../../src/explore/days.ts";

describe("graphicsOn", () => {
  it("draws the map, the control chart and the evacuation chart on the day, none outlined", () => {
    expect(graphicsOn("2016-12-06")).toEqual([
      { graphic: "map", state: "front", date: "2016-12-06", highlight: [] },
      { graphic: "control", state: "airport-road", date: "2016-12-06", highlight: [] },
      { graphic: "evacuation", state: "fleeing", date: "2016-12-06", highlight: [] },
    ]);
  });

  it("turns to the claims and the convoys from 13 December", () => {
    const states = graphicsOn("2016-12-13").map((g) => g.state);
    expect(states).toEqual(["front", "complete", "complete"]);
  });

  it("uses only states the story's graphics know, on every day", () => {
    for (const { graphic, states } of EXPLORE_GRAPHICS) {
      for (const { state } of states) expect(KNOWN_STATES[graphic]).toContain(state);
    }
    for (const day of exploreDays()) expect(graphicsOn(day).every((g) => g.state)).toBe(true);
  });
});
