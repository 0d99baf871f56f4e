import { describe, expect, it } from "vitest";
import { CARD_SIZE, cardSvg } from "../../../../scripts/pictures/card.ts";
import { bidiRuns, pictureSide } from "../../../../scripts/pictures/pictureSide.ts";
import { renderImage } from "../../../../scripts/pictures/renderPng.ts";
import { graphic } from "../../../../src/charts/registry.ts";
import { chartRecords } from "../../../../src/data/chartRecords.ts";
import { ar } from "../../../../src/locale/ar.ts";
import { at } from "../../charts/records.ts";
import { shipped } from "../../data/fixtures.ts";
import { darkPixels, withoutText } from "./pixels.ts";

const WIDTH = 600;
const RTL = pictureSide("rtl");
const STYLE = { size: 28, lineHeight: 34, fill: "#000" };

/** An SVG of one picture line set at the right edge, as the Arabic pictures set theirs. */
const lineSvg = (line: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="60"><rect width="100%" height="100%" fill="#fff"/>${RTL.text([line], WIDTH - 20, 40, STYLE)}</svg>`;

/** The inked columns of a drawing, as [first, last] runs with gaps of at least `gap` px between. */
function inkRuns(svg: string, gap: number): [number, number][] {
  const { width, height, pixels } = renderImage(svg, WIDTH);
  const runs: [number, number][] = [];
  let blank = gap;
  for (let x = 0; x < width; x++) {
    let ink = false;
    for (let y = 0; y < height && !ink; y++) ink = (pixels[(y * width + x) * 4] ?? 255) < 128;
    if (!ink) {
      blank++;
      continue;
    }
    if (blank >= gap) runs.push([x, x]);
    else (runs.at(-1) as [number, number])[1] = x;
    blank = 0;
  }
  return runs;
}

const span = ([a, b]: [number, number]) => b - a;

describe("pictureSide('rtl'): a picture's own Arabic text, drawn by resvg", () => {
  it("splits a line into Arabic and Latin runs in reading order", () => {
    expect(bidiRuns("المصدر: ويكيبيديا، CC BY-SA 4.0")).toEqual([
      { text: "المصدر: ويكيبيديا،", latin: false, spaceAfter: true },
      { text: "CC BY-SA 4.0", latin: true, spaceAfter: false },
    ]);
    expect(bidiRuns("23 كانون الأول 2016")).toEqual([
      { text: "23 كانون الأول 2016", latin: false, spaceAfter: false },
    ]);
  });

  it("reads a date from the right: its day at the right edge, its year at the left", () => {
    const runs = inkRuns(lineSvg("23 كانون الأول 2016"), 6);
    // The reference renderings: each piece alone, at the same size and in the same face.
    const day = inkRuns(lineSvg("23"), 6);
    const year = inkRuns(lineSvg("2016"), 6);
    expect(
      Math.abs(span(runs.at(-1) as [number, number]) - span(day[0] as [number, number])),
    ).toBeLessThanOrEqual(1);
    const yearWidth = (year.at(-1) as [number, number])[1] - (year[0] as [number, number])[0];
    const left = runs.slice(0, year.length);
    const leftWidth = (left.at(-1) as [number, number])[1] - (left[0] as [number, number])[0];
    // Within a pixel or two: a glyph lands on a different sub-pixel in a longer line.
    expect(Math.abs(leftWidth - yearWidth)).toBeLessThanOrEqual(2);
    // Set at the right margin.
    expect((runs.at(-1) as [number, number])[1]).toBeGreaterThan(WIDTH - 24);
  });

  it("joins a word's letters: one unbroken stroke, narrower than its letters apart", () => {
    const joined = inkRuns(lineSvg("بحسب"), 1);
    const apart = inkRuns(lineSvg("ب\u200Cح\u200Cس\u200Cب"), 1);
    expect(joined.length).toBe(1);
    expect(apart.length).toBeGreaterThanOrEqual(4);
    const whole = (runs: [number, number][]) =>
      (runs.at(-1) as [number, number])[1] - (runs[0] as [number, number])[0];
    expect(whole(joined)).toBeLessThan(whole(apart));
  });

  it("keeps a Latin run after the Arabic it follows, to its left", () => {
    const mixed = inkRuns(lineSvg("المصدر: ويكيبيديا، CC BY-SA 4.0"), 10);
    const latin = inkRuns(lineSvg("CC BY-SA 4.0"), 10);
    const arabic = inkRuns(lineSvg("المصدر: ويكيبيديا،"), 10);
    // The Arabic reads first, from the right margin; the licence stands at the line's left end.
    const last = (runs: [number, number][]) => span(runs.at(-1) as [number, number]);
    expect(Math.abs(last(mixed) - last(arabic))).toBeLessThanOrEqual(1);
    const latinWidth = (latin.at(-1) as [number, number])[1] - (latin[0] as [number, number])[0];
    const head = mixed.slice(0, latin.length);
    expect((head.at(-1) as [number, number])[1] - (head[0] as [number, number])[0]).toBe(
      latinWidth,
    );
  });

  it("sets an Arabic card's column on the right, its chart on the left", () => {
    const records = chartRecords(shipped, undefined, ar);
    const svg = cardSvg(graphic("map"), records, at("front", "2016-11-26", ["hanano"]), {
      headline: "سقوط شرق حلب",
      when: "26 تشرين الثاني 2016",
      title: graphic("map").title(ar),
      credit: "المصدر: ويكيبيديا، CC BY-SA 4.0",
    });
    const column = (s: string) =>
      darkPixels(s, CARD_SIZE.width, { top: 64, bottom: 240, left: 780 });
    expect(column(svg)).toBeGreaterThan(5000);
    expect(column(withoutText(svg))).toBe(0);
    expect(svg).toContain('text-anchor="end"');
  });
});
