import { describe, expect, it } from "vitest";
import { embedChartSize } from "../../../src/embed/embedSize.ts";
import { embedStates, embedUrl } from "../../../src/embed/embedStates.ts";

const beat = (id: string, graphic: string, state: string, date: string) => ({
  id,
  graphic,
  state,
  date,
  highlight: [],
});

describe("embedStates(beats)", () => {
  it("lists each graphic's states at the date of the first beat showing each", () => {
    const states = embedStates([
      beat("a", "control", "start", "2016-10-15"),
      beat("b", "map", "overview", "2016-11-15"),
      beat("c", "control", "hanano", "2016-11-26"),
      beat("d", "control", "start", "2016-12-01"),
    ]);
    expect([...states.keys()]).toEqual(["control", "map"]);
    expect(states.get("control")?.map((s) => [s.id, s.date, s.beat])).toEqual([
      ["control-start", "2016-10-15", "a"],
      ["control-hanano", "2016-11-26", "c"],
    ]);
    expect(embedUrl(states.get("control")?.[1] as never)).toBe("embed/control.html?state=hanano");
  });

  it("orders each graphic's states by date, not by where the story first shows them", () => {
    // The story opens on its end: the last state comes first in the copy.
    const states = embedStates([
      beat("the-end", "map", "pocket", "2016-12-13"),
      beat("start", "map", "overview", "2016-11-15"),
      beat("same-day-a", "map", "front", "2016-11-16"),
      beat("same-day-b", "map", "line", "2016-11-16"),
    ]);
    expect(states.get("map")?.map((s) => s.state)).toEqual(["overview", "front", "line", "pocket"]);
  });
});

describe("embedChartSize(width)", () => {
  it("keeps to 280–1000 px wide and a height a screen can show", () => {
    expect(embedChartSize(100).width).toBe(280);
    expect(embedChartSize(5000).width).toBe(1000);
    for (const w of [280, 320, 600, 1000]) {
      const { height } = embedChartSize(w);
      expect(height).toBeGreaterThanOrEqual(260);
      expect(height).toBeLessThanOrEqual(520);
    }
  });
});
