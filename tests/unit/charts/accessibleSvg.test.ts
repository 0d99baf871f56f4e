import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { labelSvg } from "../../../src/charts/accessibleSvg.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

describe("labelSvg(svg, name)", () => {
  const svg = Plot.plot({
    marks: [Plot.dot([1, 2, 3], { x: (d) => d, y: (d) => d })],
    document: document as unknown as Document,
  }) as unknown as Element;
  labelSvg(svg, "Control chart, 6 December 2016");

  it("names the drawing as one image", () => {
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Control chart, 6 December 2016");
  });

  it("hides every mark, axis numbers included, from assistive technology", () => {
    const ticks = [...svg.querySelectorAll("text")].filter((t) => /\d/.test(t.textContent ?? ""));
    expect(ticks.length).toBeGreaterThan(0);
    for (const text of ticks)
      expect(text.closest('[aria-hidden="true"]'), text.textContent).not.toBeNull();
  });

  it("keeps no aria-label below the root, only the marks' names as data", () => {
    expect(svg.querySelectorAll("[aria-label]")).toHaveLength(0);
    expect(svg.querySelector('[data-mark="x-axis tick label"]')).not.toBeNull();
  });
});
