import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  PICTURE_FONT_FILES,
  PICTURE_SANS,
  PICTURE_SERIF,
} from "../../../../scripts/pictures/fonts.ts";
import { renderPng } from "../../../../scripts/pictures/renderPng.ts";
import { darkPixels, pngSize, withoutText } from "./pixels.ts";

const line = (family: string, weight = 400) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="60"><rect width="300" height="60" fill="#fff"/><text x="10" y="40" font-family="${family}" font-size="28" font-weight="${weight}">Aleppo, 1,198</text></svg>`;

describe("renderPng(svg, width)", () => {
  it("gives a real PNG, the width asked for and the SVG's proportions", () => {
    expect(pngSize(renderPng(line(PICTURE_SANS), 1200))).toEqual({ width: 1200, height: 240 });
  });

  it("draws the text: taking it out leaves no ink", () => {
    expect(darkPixels(line(PICTURE_SANS), 300)).toBeGreaterThan(500);
    expect(darkPixels(withoutText(line(PICTURE_SANS)), 300)).toBe(0);
  });

  it("loads our faces from static TTFs, each weight its own file", () => {
    expect(PICTURE_FONT_FILES.length).toBeGreaterThan(0);
    for (const file of PICTURE_FONT_FILES) {
      expect(file).toMatch(/\.ttf$/);
      expect(existsSync(file), file).toBe(true);
    }
    // No machine fonts are loaded: a face we did not ship would fall back to the sans, and
    // a weight we did not ship would come out as the regular.
    const sans = darkPixels(line(PICTURE_SANS), 300);
    expect(darkPixels(line(PICTURE_SERIF), 300)).not.toBe(sans);
    expect(darkPixels(line(PICTURE_SANS, 700), 300)).toBeGreaterThan(sans * 1.2);
    expect(darkPixels(line(PICTURE_SANS, 600), 300)).toBeGreaterThan(sans * 1.1);
  });
});
