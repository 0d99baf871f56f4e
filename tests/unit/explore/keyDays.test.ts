import { describe, expect, it } from "vitest";
import { keyDays } from "../../../src/explore/keyDays.ts";
import { records } from "../charts/records.ts";

describe("keyDays", () => {
  const days = keyDays(records);

  it("runs from the first day to the last, in order, each once", () => {
    expect(days[0]).toBe("2016-11-15");
    expect(days.at(-1)).toBe("2016-12-22");
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
  });

  it("takes the turning points, the reported shares and the first convoy from the data", () => {
    // Hanano's capture, the northeast, the Old City, the river: the district events' dates.
    expect(days).toEqual(expect.arrayContaining(["2016-11-26", "2016-11-28", "2016-12-12"]));
    // East-share figures: 60% (2 Dec), more than 70% (6 Dec), the claims from 13 Dec.
    expect(days).toEqual(expect.arrayContaining(["2016-12-02", "2016-12-06", "2016-12-13"]));
    expect(days).toContain("2016-12-15");
  });

  it("stays a small table", () => {
    expect(days.length).toBeLessThanOrEqual(14);
  });
});
