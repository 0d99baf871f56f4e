import { describe, expect, it } from "vitest";
import { CARD_SIZE, cardSvg } from "../../../../scripts/pictures/card.ts";
import { renderPng } from "../../../../scripts/pictures/renderPng.ts";
import { graphic } from "../../../../src/charts/registry.ts";
import { at, records } from "../../charts/records.ts";
import { darkPixels, pngSize, withoutText } from "./pixels.ts";

const svg = cardSvg(graphic("map"), records, at("front", "2016-11-26", ["hanano"]), {
  headline: "The fall of east Aleppo",
  when: "26 November 2016",
  title: graphic("map").title(records.edition),
  credit: "Source: Wikipedia, CC BY-SA 4.0",
});

describe("cardSvg(definition, records, state, copy)", () => {
  it("draws a 1200×630 PNG, the size link previews show", () => {
    expect(CARD_SIZE).toEqual({ width: 1200, height: 630 });
    expect(pngSize(renderPng(svg, CARD_SIZE.width))).toEqual(CARD_SIZE);
  });

  it("carries the headline and the beat's date, in ink in the left column", () => {
    expect(svg).toContain(">26 November 2016</text>");
    expect(svg).toMatch(/>The fall of east( Aleppo)?<\/text>/);
    const column = (s: string) =>
      darkPixels(s, CARD_SIZE.width, { top: 64, bottom: 240, right: 420 });
    expect(column(svg)).toBeGreaterThan(5000);
    expect(column(withoutText(svg))).toBe(0);
  });
});
