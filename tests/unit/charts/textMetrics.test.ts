import { describe, expect, it } from "vitest";
import { FONT_METRICS } from "../../../src/charts/fontMetrics.generated.ts";
import { measure } from "../../../src/charts/measure.ts";
import { SLACK, spacingWidth, textWidth, wrapWords } from "../../../src/charts/textMetrics.ts";

const regular = measure(12);
const bold = measure(12, undefined, 700);

describe("textWidth(text, measure)", () => {
  it("measures Source Sans 3: narrow letters narrower than wide ones, bold wider", () => {
    expect(textWidth("iiii", regular)).toBeLessThan(textWidth("MMMM", regular));
    expect(textWidth("Hanano", bold)).toBeGreaterThan(textWidth("Hanano", regular));
    expect(textWidth("Hanano", measure(24))).toBeCloseTo(2 * textWidth("Hanano", regular));
  });

  it("is the generated table's advances, with the slack, and no typed-in width", () => {
    const advance = (ch: string) =>
      FONT_METRICS.faces["400"]?.advances[[...FONT_METRICS.chars].indexOf(ch)] ?? 0;
    const ems = (advance("H") + advance("a") + advance("n")) / FONT_METRICS.unitsPerEm;
    expect(textWidth("Han", regular)).toBeCloseTo(ems * 12 * SLACK.shipped);
  });

  it("kerns neighbours as the shipped font does", () => {
    // Source Sans 3 sets "AV" and "Te" tighter than their letters side by side.
    expect(textWidth("AV", regular)).toBeLessThan(
      textWidth("A", regular) + textWidth("V", regular),
    );
    expect(textWidth("Te", bold)).toBeLessThan(textWidth("T", bold) + textWidth("e", bold));
  });

  it("measures 600 in the 700 face, the one the page ships above 400", () => {
    const semibold = measure(12, undefined, 600);
    expect(textWidth("Named districts held", semibold)).toBe(
      textWidth("Named districts held", bold),
    );
  });

  it("gives a system face (a picture as an <img>) more room than the shipped face, bold most", () => {
    const system = { face: "system", letter: 0, word: 0 } as const;
    const text = "600+ · reported";
    expect(textWidth(text, measure(12, system))).toBeGreaterThanOrEqual(textWidth(text, regular));
    expect(textWidth(text, measure(12, system, 700)) / textWidth(text, bold)).toBeCloseTo(
      SLACK.system[700] / SLACK.shipped,
    );
    expect(SLACK.system[700]).toBeGreaterThan(SLACK.system[400]);
  });

  it("counts a character it does not know as wide", () => {
    expect(textWidth("ж", regular)).toBeGreaterThan(textWidth("a", regular));
  });
});

describe("spacingWidth(text, measure)", () => {
  const wide = measure(12, { face: "shipped", letter: 0.12, word: 0.16 });

  it("widens a line by the spacing after each character and space", () => {
    const plain = textWidth("50,000 fled", regular);
    // 11 characters at 0.12em and one space at 0.16em, with the measure's slack.
    expect(textWidth("50,000 fled", wide) - plain).toBeCloseTo((11 * 0.12 + 0.16) * 12 * 1.06);
    expect(spacingWidth("100%", wide)).toBeCloseTo(4 * 0.12 * 12 * 1.06);
  });

  it("adds nothing with the page's own spacing", () => {
    expect(spacingWidth("100%", regular)).toBe(0);
  });
});

describe("wrapWords(text, width, measure)", () => {
  const text = "Civilians executed (alleged) by government forces";

  it("breaks a long label between words within the width", () => {
    const lines = wrapWords(text, 150, regular);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => textWidth(l, regular) <= 150)).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });

  it("gives a word wider than the width a line of its own", () => {
    expect(wrapWords("a Scientific b", 30, regular)).toEqual(["a", "Scientific", "b"]);
  });

  it("wraps a label into more lines when its letters are spaced", () => {
    const wide = measure(12, { face: "shipped", letter: 0.12, word: 0.16 });
    expect(wrapWords(text, 150, wide).length).toBeGreaterThan(wrapWords(text, 150, regular).length);
  });
});
