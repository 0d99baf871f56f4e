import { describe, expect, it } from "vitest";
import { hasFigure } from "../../../src/charts/hasFigure.ts";

describe("hasFigure(record)", () => {
  it("is true only where both ends of the range are given", () => {
    expect(hasFigure({ low: 614, high: 990 })).toBe(true);
    expect(hasFigure({ low: 0, high: 0 })).toBe(true);
    expect(hasFigure({ low: undefined, high: undefined })).toBe(false);
    expect(hasFigure({})).toBe(false);
    expect(hasFigure({ low: 5 })).toBe(false);
    expect(hasFigure({ high: 5 })).toBe(false);
  });
});
