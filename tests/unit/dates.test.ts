import { describe, expect, it } from "vitest";
import {
  chartDate,
  compareDates,
  earlierDate,
  isIsoDate,
  isStoryDate,
  longDate,
  proseDate,
  toUtc,
} from "../../src/dates.ts";

describe("compareDates(a, b)", () => {
  it("orders ISO dates as the calendar does", () => {
    const dates = ["2016-12-22", "2016-11-15", "2016-12-03", "2016-10-01", "2016-12-03"];
    expect([...dates].sort(compareDates)).toEqual([
      "2016-10-01",
      "2016-11-15",
      "2016-12-03",
      "2016-12-03",
      "2016-12-22",
    ]);
    expect(compareDates("2016-12-03", "2016-12-03")).toBe(0);
    expect(compareDates("2016-11-30", "2016-12-01")).toBeLessThan(0);
    expect(compareDates("2016-12-01", "2016-11-30")).toBeGreaterThan(0);
  });

  it("agrees with the time each date stands for, on every day of the story", () => {
    const days: string[] = [];
    for (let t = toUtc("2016-10-01").getTime(); t <= toUtc("2016-12-31").getTime(); t += 864e5) {
      days.push(new Date(t).toISOString().slice(0, 10));
    }
    for (const a of days) {
      for (const b of [days[0] as string, "2016-11-15", "2016-12-22"]) {
        expect(Math.sign(compareDates(a, b))).toBe(
          Math.sign(toUtc(a).getTime() - toUtc(b).getTime()),
        );
      }
    }
  });
});

describe("earlierDate(a, b)", () => {
  it("returns the earlier of two dates, in either order", () => {
    expect(earlierDate("2016-12-22", "2016-11-15")).toBe("2016-11-15");
    expect(earlierDate("2016-11-15", "2016-12-22")).toBe("2016-11-15");
    expect(earlierDate("2016-12-03", "2016-12-03")).toBe("2016-12-03");
  });
});

describe("the story's dates as text", () => {
  it("writes a date for prose and for charts", () => {
    expect(proseDate("2016-11-27")).toBe("27 November");
    expect(chartDate("2016-11-27")).toBe("27 Nov");
    expect(chartDate("2016-12-05")).toBe("5 Dec");
  });

  it("writes a date with its year, for a correction or a picture's title", () => {
    expect(longDate("2026-12-07")).toBe("7 December 2026");
    expect(longDate("2016-01-01")).toBe("1 January 2016");
  });

  it("accepts only real calendar dates, and only the story's for story dates", () => {
    expect(isIsoDate("2016-02-29")).toBe(true);
    expect(isIsoDate("2015-02-29")).toBe(false);
    expect(isIsoDate("2016-11-5")).toBe(false);
    expect(isStoryDate("2016-10-01")).toBe(true);
    expect(isStoryDate("2016-09-30")).toBe(false);
    expect(isStoryDate("2017-01-01")).toBe(false);
  });
});
