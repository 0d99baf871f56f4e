import { describe, expect, it } from "vitest";
import { exploreDays, FIRST_DAY, LAST_DAY, stepDay } from "../../../src/explore/days.ts";

describe("exploreDays", () => {
  it("lists every day of the offensive, one step each, 15 November to 22 December", () => {
    const days = exploreDays();
    expect(days[0]).toBe("2016-11-15");
    expect(days.at(-1)).toBe("2016-12-22");
    expect(days).toHaveLength(38);
    expect(days).toContain("2016-11-30");
    expect(days).toContain("2016-12-01");
    expect(new Set(days).size).toBe(days.length);
  });

  it("starts and ends on the offensive's first and last day", () => {
    expect(FIRST_DAY).toBe("2016-11-15");
    expect(LAST_DAY).toBe("2016-12-22");
  });
});

describe("stepDay", () => {
  it("moves a day at a time across the month's end", () => {
    expect(stepDay("2016-11-30", 1)).toBe("2016-12-01");
    expect(stepDay("2016-12-01", -1)).toBe("2016-11-30");
  });

  it("stops at either end", () => {
    expect(stepDay("2016-12-22", 1)).toBe("2016-12-22");
    expect(stepDay("2016-11-15", -1)).toBe("2016-11-15");
  });
});
