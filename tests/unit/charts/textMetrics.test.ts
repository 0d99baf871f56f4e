import { describe, expect, it } from "vitest";
import { textWidth, wrapWords } from "../../../src/charts/textMetrics.ts";

describe("textWidth(text, fontSize, bold)", () => {
  it("measures Source Sans 3: narrow letters narrower than wide ones, bold wider", () => {
    expect(textWidth("iiii", 12)).toBeLessThan(textWidth("MMMM", 12));
    expect(textWidth("Hanano", 12, true)).toBeGreaterThan(textWidth("Hanano", 12));
    expect(textWidth("Hanano", 24)).toBeCloseTo(2 * textWidth("Hanano", 12));
  });

  it("counts a character it does not know as wide", () => {
    expect(textWidth("ж", 12)).toBeGreaterThan(textWidth("a", 12));
  });
});

describe("wrapWords(text, fontSize, width, bold)", () => {
  it("breaks a long label between words within the width", () => {
    const text = "Civilians executed (alleged) by government forces";
    const lines = wrapWords(text, 12, 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => textWidth(l, 12) <= 150)).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });

  it("gives a word wider than the width a line of its own", () => {
    expect(wrapWords("a Scientific b", 12, 30)).toEqual(["a", "Scientific", "b"]);
  });
});
