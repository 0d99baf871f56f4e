import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { directSvg, svgAnchor } from "../../../src/charts/svgDirection.ts";

const svgOf = (markup: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.querySelector("svg") as unknown as Element;
};

describe("svgAnchor(visual, dir)", () => {
  it("keeps visual anchors left to right and swaps the edges right to left", () => {
    expect(["start", "middle", "end"].map((a) => svgAnchor(a as "start", "ltr"))).toEqual([
      "start",
      "middle",
      "end",
    ]);
    expect(["start", "middle", "end"].map((a) => svgAnchor(a as "start", "rtl"))).toEqual([
      "end",
      "middle",
      "start",
    ]);
  });
});

describe("directSvg(svg, dir)", () => {
  const markup =
    '<svg text-anchor="middle"><g text-anchor="start"><text>a</text></g><text text-anchor="end">b</text></svg>';

  it("gives an English drawing its direction and leaves its anchors alone", () => {
    const svg = svgOf(markup);
    directSvg(svg, "ltr");
    expect(svg.outerHTML).toBe(markup.replace("<svg ", '<svg direction="ltr" '));
  });

  it("turns every visual anchor into SVG's for a right-to-left drawing", () => {
    const svg = svgOf(markup);
    directSvg(svg, "rtl");
    expect(svg.getAttribute("direction")).toBe("rtl");
    expect(svg.querySelector("g")?.getAttribute("text-anchor")).toBe("end");
    expect(svg.querySelector("svg > text")?.getAttribute("text-anchor")).toBe("start");
    expect(svg.getAttribute("text-anchor")).toBe("middle");
  });
});
