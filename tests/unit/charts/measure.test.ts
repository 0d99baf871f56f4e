import { describe, expect, it } from "vitest";
import { inWeight, measure, PAGE_TEXT } from "../../../src/charts/measure.ts";

describe("measure(size, setting, weight)", () => {
  it("is the page's own by default: the shipped face, regular, no added spacing", () => {
    expect(measure(12)).toEqual({ face: "shipped", weight: 400, size: 12, letter: 0, word: 0 });
    expect(PAGE_TEXT.face).toBe("shipped");
  });

  it("takes the face and spacing of where the text is drawn, and a weight", () => {
    const setting = { face: "system", letter: 0.12, word: 0.16 } as const;
    expect(measure(14, setting, 700)).toEqual({ ...setting, weight: 700, size: 14 });
  });
});

describe("inWeight(measure, weight)", () => {
  it("changes the weight alone", () => {
    const m = measure(12, { face: "system", letter: 0.1, word: 0 });
    expect(inWeight(m, 600)).toEqual({ ...m, weight: 600 });
    expect(m.weight).toBe(400);
  });
});
