import { describe, expect, it } from "vitest";
import {
  facesUsed,
  weightsUsed,
  withEmbeddedFaces,
} from "../../../../scripts/pictures/embeddedFaces.ts";

describe("weightsUsed(svg)", () => {
  it("reads weights from attributes and styles, by number or name, with 400 always", () => {
    expect([...weightsUsed('<text font-weight="700">a</text>')].sort()).toEqual([400, 700]);
    expect([...weightsUsed('<g style="font-weight: 600;">')].sort()).toEqual([400, 600]);
    expect([...weightsUsed('<text font-weight="bold">')].sort()).toEqual([400, 700]);
  });
});

describe("facesUsed(svg)", () => {
  it("embeds the serif only where the picture names it", () => {
    const sans = facesUsed("<svg><text>a</text></svg>").map((f) => f.family);
    expect(sans).toEqual(["Source Sans 3"]);
    const both = facesUsed('<svg><text font-family="Source Serif 4">a</text></svg>');
    expect(both.map((f) => f.family)).toEqual(["Source Sans 3", "Source Serif 4"]);
  });

  it("embeds the Arabic faces only in an Arabic picture, at the weights it uses", () => {
    const svg =
      '<svg><text font-family="Noto Sans Arabic, Source Sans 3" font-weight="700">ب</text></svg>';
    expect(facesUsed(svg).map((f) => `${f.family} ${f.weight}`)).toEqual([
      "Source Sans 3 400",
      "Source Sans 3 700",
      "Noto Sans Arabic 400",
      "Noto Sans Arabic 700",
    ]);
  });
});

describe("withEmbeddedFaces(svg)", () => {
  it("puts the faces in a style at the top of the root, the drawing unchanged", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10"><text>a</text></svg>';
    const out = withEmbeddedFaces(svg);
    expect(out).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="10"><defs><style>@font-face\{[^<]+<\/style><\/defs><text>a<\/text><\/svg>$/,
    );
  });
});
