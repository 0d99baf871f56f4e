import { describe, expect, it } from "vitest";
import { momentCount, progressDate } from "../../../src/story/progressLine.ts";

describe("the progress line's words", () => {
  it("progressDate(date) gives the beat's day, month and year", () => {
    expect(progressDate("2016-11-26")).toBe("26 Nov 2016");
    expect(progressDate("2016-12-22")).toBe("22 Dec 2016");
  });

  it("momentCount(position, total) counts from 1", () => {
    expect(momentCount(1, 39)).toBe("Moment 1 of 39");
    expect(momentCount(39, 39)).toBe("Moment 39 of 39");
  });
});
