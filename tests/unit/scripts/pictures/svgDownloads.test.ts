import { describe, expect, it } from "vitest";
import { creditLine } from "../../../../scripts/pictures/credit.ts";
import { pictureSvg } from "../../../../scripts/pictures/picture.ts";
import { renderPng } from "../../../../scripts/pictures/renderPng.ts";
import { svgDownloads } from "../../../../scripts/pictures/svgDownloads.ts";
import { graphic } from "../../../../src/charts/registry.ts";
import { at, records } from "../../charts/records.ts";

const credit = creditLine({
  organisation: "The Aleppo graphics desk",
  headline: "The fall of east Aleppo",
  address: "https://news.example.org/aleppo/",
});
const copy = { headline: "The fall of east Aleppo", credit };
const state = at("old-city", "2016-12-06");
const wide = pictureSvg(graphic("control"), records, state, copy);
const { entries, files } = svgDownloads(graphic("control"), records, state, copy, wide);
const svgOf = (use: string) => files.get(entries.find((e) => e.use === use)?.path ?? "") ?? "";
const drawnText = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");

describe("svgDownloads(definition, records, state, copy, wide)", () => {
  it("lays the picture out for a phone, a column and a wide page, named by use", () => {
    expect(entries.map((e) => e.use)).toEqual(["phone", "column", "wide"]);
    for (const e of entries) {
      expect(e.path).toMatch(
        new RegExp(`^downloads/control-old-city-${e.use}-[0-9a-f]{10}\\.svg$`),
      );
      expect(files.has(e.path)).toBe(true);
    }
  });

  it("has the story's name, the title, the date and the credit as drawn text in each", () => {
    for (const { use } of entries) {
      const words = drawnText(svgOf(use));
      expect(words, use).toContain("The fall of east Aleppo");
      expect(words, use).toContain("Share of the formerly");
      expect(words, use).toContain("6 December 2016");
      expect(words, use).toContain(credit);
    }
  });

  it("carries its faces as woff2 data, the weights it uses, and stays under 150 kB", () => {
    for (const { use } of entries) {
      const svg = svgOf(use);
      const faces = [
        ...svg.matchAll(
          /@font-face\{font-family:"([^"]+)";[^}]*font-weight:(\d+);src:url\(data:font\/woff2;base64,/g,
        ),
      ];
      expect(
        faces.map(([, family, weight]) => `${family} ${weight}`),
        use,
      ).toEqual(["Source Sans 3 400", "Source Sans 3 600", "Source Sans 3 700"]);
      expect(svg).not.toContain("Helvetica Neue");
      expect(Buffer.byteLength(svg), use).toBeLessThan(150_000);
    }
  });

  it("makes the wide one the very picture the PNG is drawn from, drawn the same", () => {
    const svg = svgOf("wide");
    expect(svg.replace(/<defs><style>.*?<\/style><\/defs>/, "")).toBe(wide.svg);
    expect(renderPng(svg, wide.width)).toEqual(renderPng(wide.svg, wide.width));
  });
});
