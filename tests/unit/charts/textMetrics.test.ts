import { describe, expect, it } from "vitest";
import {
  NO_SPACING,
  spacingWidth,
  textWidth,
  withTextSpacing,
  wrapWords,
} from "../../../src/charts/textMetrics.ts";

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

describe("withTextSpacing(spacing, lay)", () => {
  const wide = { letter: 0.12, word: 0.16 };

  it("widens every line measured inside by the spacing after each character and space", () => {
    const plain = textWidth("50,000 fled", 12);
    const spaced = withTextSpacing(wide, () => textWidth("50,000 fled", 12));
    // 11 characters at 0.12em and one space at 0.16em, with the measure's slack.
    expect(spaced - plain).toBeCloseTo((11 * 0.12 + 0.16) * 12 * 1.06);
    expect(withTextSpacing(wide, () => spacingWidth("100%", 12))).toBeCloseTo(4 * 0.12 * 12 * 1.06);
  });

  it("adds nothing with the page's own spacing, and ends with its lay-out", () => {
    expect(withTextSpacing(NO_SPACING, () => spacingWidth("100%", 12))).toBe(0);
    withTextSpacing(wide, () => 0);
    expect(spacingWidth("100%", 12)).toBe(0);
    expect(() =>
      withTextSpacing(wide, () => {
        throw new Error("no room");
      }),
    ).toThrow("no room");
    expect(spacingWidth("100%", 12)).toBe(0);
  });

  it("wraps a label into more lines when its letters are spaced", () => {
    const text = "Civilians executed (alleged) by government forces";
    const lines = withTextSpacing(wide, () => wrapWords(text, 12, 150));
    expect(lines.length).toBeGreaterThan(wrapWords(text, 12, 150).length);
  });
});
