import { describe, expect, it } from "vitest";
import { renderSvg, STATIC_FONTS } from "../../../scripts/prerender/renderSvg.ts";
import { graphic } from "../../../src/charts/registry.ts";
import { at, records } from "../charts/records.ts";

describe("renderSvg(definition, records, state, size)", () => {
  const svg = renderSvg(graphic("control"), records, at("old-city", "2016-12-06"), {
    width: 360,
    height: 340,
  });

  it("asks a picture's text for narrow system faces, a size smaller than the live chart's", () => {
    expect(svg).toContain(`font-family:${STATIC_FONTS.replaceAll('"', "&quot;")};`);
    expect(svg).toContain("font-size:10.8px;");
  });

  it("is a standalone, labelled SVG", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svg).toContain('role="img"');
  });
});
