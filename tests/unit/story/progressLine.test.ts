import { describe, expect, it } from "vitest";
import { momentCount, progressDate, progressFill } from "../../../src/story/progressLine.ts";

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

describe("progressFill(index, progress, total)", () => {
  it("is empty at the first beat and full at the last", () => {
    expect(progressFill(0, 0, 39)).toBe(0);
    expect(progressFill(38, 0, 39)).toBe(1);
  });

  it("moves between two beats as the reading line goes through the first", () => {
    expect(progressFill(1, 0.5, 5)).toBe(0.375);
    expect(progressFill(1, 1, 5)).toBe(progressFill(2, 0, 5));
  });

  it("never runs past full, and is full for a story of one beat", () => {
    expect(progressFill(38, 1, 39)).toBe(1);
    expect(progressFill(0, 0, 1)).toBe(1);
  });
});
