import { describe, expect, it } from "vitest";
import { creditLine } from "../../../../scripts/pictures/credit.ts";
import {
  PICTURE_SCALE,
  pictureLink,
  picturePath,
  pictureSvg,
  renderPicture,
} from "../../../../scripts/pictures/picture.ts";
import { graphic } from "../../../../src/charts/registry.ts";
import { type } from "../../../../src/styles/tokens.ts";
import { at, records } from "../../charts/records.ts";
import { darkPixels, pngSize, withoutText } from "./pixels.ts";

const credit = creditLine({
  organisation: "The Aleppo graphics desk",
  headline: "The fall of east Aleppo",
  address: "https://news.example.org/aleppo/",
});
const copy = { headline: "The fall of east Aleppo", credit };
const state = at("old-city", "2016-12-06");
const drawn = pictureSvg(graphic("control"), records, state, copy);

describe("pictureSvg(definition, records, state, copy)", () => {
  it("is at least 1200 px wide, for print and retina screens", () => {
    expect(drawn.width).toBeGreaterThanOrEqual(1200);
  });

  it("carries the headline, the chart's title and date, and the credit line with the link", () => {
    expect(drawn.svg).toContain(">The fall of east Aleppo</text>");
    expect(drawn.svg).toContain(">Share of the formerly rebel-held east under");
    expect(drawn.svg).toContain(">6 December 2016</text>");
    // The credit wraps; its words are all there, the link among them.
    const words = [...drawn.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
    expect(words).toContain(credit);
  });

  it("sets the chart in its own face at its own size, not the <img> picture's system faces", () => {
    expect(drawn.svg).not.toContain("Helvetica Neue");
    // The picture draws the chart at a wide screen's size, so at its wide text size.
    expect(drawn.svg).toContain(`font-size:${type.chartWide}px`);
  });
});

describe("renderPicture(definition, records, state, copy)", () => {
  it("draws a PNG of the picture's size with its title in ink", () => {
    expect(pngSize(renderPicture(graphic("control"), records, state, copy))).toEqual({
      width: drawn.width,
      height: drawn.height,
    });
    // The title's rows: ink from the text, none without it.
    const title = { top: 66 * PICTURE_SCALE, bottom: 96 * PICTURE_SCALE };
    expect(darkPixels(drawn.svg, drawn.width, title)).toBeGreaterThan(2000);
    expect(darkPixels(withoutText(drawn.svg), drawn.width, title)).toBe(0);
  });
});

describe("picturePath(graphic, beat) and pictureLink(path, version)", () => {
  it("names a beat's picture for its graphic and beat, and keeps its version in the link", () => {
    expect(picturePath("map", "old-city-falls")).toBe("pictures/map-old-city-falls.png");
    expect(pictureLink("pictures/map-old-city-falls.png", "0123456789")).toBe(
      "pictures/map-old-city-falls.png?v=0123456789",
    );
  });
});
