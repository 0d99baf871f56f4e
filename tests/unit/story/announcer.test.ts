import { describe, expect, it } from "vitest";
import { announcement } from "../../../src/story/announcer.ts";
import type { ClientBeat } from "../../../src/story/clientStory.ts";

const beat = (graphic: string, sameGraphic: string, newGraphic: string): ClientBeat => ({
  id: "b",
  graphic,
  state: "s",
  date: "2016-11-28",
  highlight: [],
  name: "",
  description: "",
  title: "",
  announce: { sameGraphic, newGraphic },
  pictures: [],
});

describe("announcement(beat, graphicShown, lastSaid)", () => {
  const map = beat("map", "28 November: Sakhour taken", "District map, 28 November: Sakhour taken");

  it("names the graphic when it has changed", () => {
    expect(announcement(map, "control", "")).toBe("District map, 28 November: Sakhour taken");
    expect(announcement(map, null, "")).toBe("District map, 28 November: Sakhour taken");
  });

  it("leaves the title out when only the state changed", () => {
    expect(announcement(map, "map", "older")).toBe("28 November: Sakhour taken");
  });

  it("says nothing rather than repeat the last line", () => {
    expect(announcement(map, "map", "28 November: Sakhour taken")).toBeNull();
  });
});
