import { describe, expect, it } from "vitest";
import { renderImage } from "../../../../scripts/pictures/renderPng.ts";
import { rtlForResvg } from "../../../../scripts/pictures/rtlForResvg.ts";
import { placeChart } from "../../../../scripts/pictures/svgText.ts";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"';

/** A right-to-left drawing of one line, anchored (as `directSvg` writes it) at its right end. */
const rtlLine = (text: string) =>
  `${SVG} direction="rtl" text-anchor="middle" style="font-family:&quot;Source Sans 3&quot;"><text x="190" y="28" font-size="20" text-anchor="start">${text}</text></svg>`;

/** The picture as the pipeline draws it, and each pixel column's count of ink. */
function inkColumns(chart: string): number[] {
  const svg = `${SVG}><rect width="100%" height="100%" fill="#fff"/>${placeChart(chart, 0, 0)}</svg>`;
  const image = renderImage(svg, 200);
  const columns = new Array<number>(image.width).fill(0);
  for (let i = 0; i < image.pixels.length; i += 4) {
    const [r = 0, g = 0, b = 0] = image.pixels.subarray(i, i + 3);
    const x = (i / 4) % image.width;
    if (r + g + b < 3 * 128) columns[x] = (columns[x] ?? 0) + 1;
  }
  return columns;
}

const inked = (columns: number[]) => columns.flatMap((n, x) => (n > 0 ? [x] : []));

describe("rtlForResvg(svg)", () => {
  it("leaves a left-to-right drawing as it is", () => {
    const ltr = `${SVG} direction="ltr"><text text-anchor="start">a</text></svg>`;
    expect(rtlForResvg(ltr)).toBe(ltr);
  });

  it("anchors by the visual edge, one text per line, without isolates or direction", () => {
    const out = rtlForResvg(
      `${SVG} direction="rtl" style="font-family:x"><g text-anchor="end"><text transform="translate(5,6)"><tspan y="-0.2em" x="0">أ \u2066614–990+\u2069</tspan><tspan dy="1.2em" x="0">ب</tspan></text></g></svg>`,
    );
    expect(out).not.toContain("direction");
    expect(out).not.toMatch(/[\u2066-\u2069]/);
    expect(out).toContain('<g text-anchor="start">');
    expect(out.match(/<text /g)).toHaveLength(2);
    expect(out).toContain('y="-0.2em"');
    expect(out).toContain('y="1em"');
    expect(out).not.toContain("<tspan");
  });

  // resvg orders a line from a left-to-right paragraph unless told: "15 ت2" (15 November)
  // must read from the right, the day first, as the browser draws it.
  it("draws an axis date with its day at the right, where the line starts reading", () => {
    const line = inkColumns(rtlLine("15 ت2"));
    const day = inkColumns(rtlLine("15"));
    const [from, to] = [Math.min(...inked(day)), Math.max(...inked(day))];
    // The day alone and the whole line share their rightmost columns, ink for ink.
    const same = day.slice(from, to + 1).filter((n, i) => Math.abs(n - (line[from + i] ?? 0)) <= 1);
    expect(same.length).toBeGreaterThanOrEqual((to - from + 1) * 0.9);
    // And the month is drawn to its left.
    expect(Math.min(...inked(line))).toBeLessThan(from - 5);
  });
});
